package id.sakip.anggaran;

/**
 * The named formulas for the efficiency of resource use (efisiensi penggunaan sumber daya) that
 * PermenPAN-RB 53/2014 requires an LKj to analyse without giving a formula. Practice uses each of
 * these; the caller chooses one through {@link KalkulatorEfisiensi}.
 *
 * <p>The first two compare a capaian with the budget of the same sasaran and take capaian, pagu
 * and realisasi ({@link KalkulatorEfisiensi#hitung(id.sakip.angka.Persentase,
 * id.sakip.angka.Rupiah, id.sakip.angka.Rupiah)}) or capaian and serapan as percentages ({@link
 * KalkulatorEfisiensi#hitung(id.sakip.angka.Persentase, id.sakip.angka.Persentase)}); {@link
 * #PMK_249_2011} compares unit costs of outputs and takes {@link KeluaranBiaya} ({@link
 * KalkulatorEfisiensi#hitung(java.util.List)}).
 */
public enum RumusEfisiensi {

  /**
   * {@code capaian − serapan}, in percentage points, where serapan = realisasi / pagu × 100.
   * Source: the seed LKj (Kecamatan Kromengan 2022, table 3.3: 100% − 100% = 0%) and a Laravel
   * e-SAKIP application that classifies the difference with a ±5 point tolerance band.
   *
   * <p>Classification with tolerance {@code tol} (default {@link
   * KalkulatorEfisiensi#DEFAULT_TOLERANSI}): above {@code +tol} {@link KategoriEfisiensi#EFISIEN};
   * from {@code −tol} to {@code +tol}, <b>both edges included</b>, {@link
   * KategoriEfisiensi#SESUAI_RENCANA}; below {@code −tol} {@link KategoriEfisiensi#TIDAK_EFISIEN}.
   * The closed band is ours: the application's source does not show which side owns the edge.
   * Worked: capaian 100%, serapan 2.691.204.248 / 2.910.568.737 = 92,46% gives 7,54 points,
   * efficient.
   */
  SELISIH_CAPAIAN_SERAPAN("capaian − realisasi / pagu × 100"),

  /**
   * Unspent budget (sisa anggaran): {@code (1 − realisasi / pagu) × 100}, equal to {@code 100 −
   * serapan}. Source: practice only (variant 2 of the project's domain reference, §5); no regulation
   * defines it.
   *
   * <p>Classification: the saving counts as efficiency only when the result was delivered, so
   * with capaian of 100% or more a positive value is {@link KategoriEfisiensi#EFISIEN}, zero is
   * {@link KategoriEfisiensi#SESUAI_RENCANA} and a negative value (realisasi above pagu) is {@link
   * KategoriEfisiensi#TIDAK_EFISIEN}; with capaian below 100% it is always {@link
   * KategoriEfisiensi#TIDAK_EFISIEN} (the saving is under-delivery, not efficiency). Worked:
   * 2.691.204.248 of 2.910.568.737 spent leaves 7,54%, efficient with capaian 100% and not
   * efficient with capaian 95%.
   */
  SISA_ANGGARAN("(1 − realisasi / pagu) × 100"),

  /**
   * Central government, Peraturan Menteri Keuangan 249/PMK.02/2011 (evaluation of the
   * implementation of RKA-K/L). Per output (keluaran), {@code E = 1 − (biaya realisasi / volume
   * realisasi) / (biaya rencana / volume rencana)} ({@link KeluaranBiaya#efisiensi()}); the
   * outputs' E averaged (unweighted mean); the mean clamped to [−20%, +20%]; the score (nilai
   * efisiensi) is {@code 50% + E / 20% × 50%}, so E +20% scores 100, E 0 scores 50 and E −20%
   * scores 0. Averaging before clamping and the unweighted mean follow domain.md §5; we could not
   * read the regulation text to confirm either.
   *
   * <p>Classification (ours, the regulation text was not available to us): score above 50 {@link
   * KategoriEfisiensi#EFISIEN}, exactly 50 {@link KategoriEfisiensi#SESUAI_RENCANA}, below 50
   * {@link KategoriEfisiensi#TIDAK_EFISIEN}. Worked: 100 units planned for Rp1.000.000 and
   * delivered for Rp900.000 give E 10% and score 75.
   */
  PMK_249_2011("nilai = 50% + rata-rata(1 − (biaya realisasi / volume realisasi)"
      + " / (biaya rencana / volume rencana)), dibatasi ±20%, / 20% × 50%");

  private final String rumus;

  RumusEfisiensi(String rumus) {
    this.rumus = rumus;
  }

  /** Returns the formula as text, e.g. {@code (1 − realisasi / pagu) × 100}. */
  public String rumus() {
    return rumus;
  }
}
