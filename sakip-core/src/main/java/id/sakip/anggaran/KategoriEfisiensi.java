package id.sakip.anggaran;

/**
 * The classification (kategori) of an efficiency figure. Each {@link RumusEfisiensi} documents
 * which values fall in which category.
 */
public enum KategoriEfisiensi {

  /** Efficient (efisien): the result was reached with fewer resources than planned. */
  EFISIEN,

  /** As planned (sesuai rencana): resources and result match the plan. */
  SESUAI_RENCANA,

  /** Not efficient (tidak efisien): more resources per result than planned, or less result. */
  TIDAK_EFISIEN
}
