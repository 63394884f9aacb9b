package id.sakip.kinerja;

/**
 * Whether an indicator's yearly realisasi is a level or a yearly increment, which decides how
 * tingkat kemajuan compares it with the end-of-Renstra target.
 */
public enum SifatIndikator {
  /** A level (stok): this year's realisasi is compared with the end target (e.g. SKM, a rate). */
  STOK,
  /** An increment (kumulatif): the sum of realisasi to date is compared with the end target. */
  KUMULATIF
}
