package id.sakip.laporan;

/** Which quantity of an indicator a printed figure states. */
public enum Besaran {
  /** The target. */
  TARGET,
  /** The realisasi (actual). */
  REALISASI,
  /** The capaian (achievement, percent of target). */
  CAPAIAN
}
