package id.sakip.anggaran;

/**
 * The version of a regional budget a figure belongs to. One Perjanjian Kinerja can carry both
 * (the seed: 3.144.023.773 in the APBD murni, 2.910.568.737 after the APBD perubahan), and a report
 * must say which one each table uses.
 */
public enum VersiAnggaran {
  /** The original budget (APBD murni). */
  APBD_MURNI,
  /** The revised budget (APBD perubahan, APBD-P). */
  APBD_PERUBAHAN
}
