package id.sakip.kinerja;

/** The level of an indicator in the results chain (jenis indikator). */
public enum JenisIndikator {
  /** What the organisation produces (keluaran). */
  OUTPUT,
  /** The direct result for the people served (hasil). */
  OUTCOME,
  /** The long-term effect (dampak). */
  IMPACT
}
