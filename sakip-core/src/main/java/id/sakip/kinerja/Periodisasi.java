package id.sakip.kinerja;

/**
 * How a year is divided into reporting periods (<i>periodisasi</i>): realisasi and targets are
 * reported per triwulan (quarter), semester (half-year) or bulan (month). Periods are numbered
 * from 1 to {@link #jumlahPeriode()}.
 */
public enum Periodisasi {
  /** Quarters (<i>triwulan</i>): periods 1 to 4. */
  TRIWULAN(4),
  /** Half-years (<i>semester</i>): periods 1 and 2. */
  SEMESTER(2),
  /** Months (<i>bulan</i>): periods 1 to 12. */
  BULAN(12);

  private final int jumlahPeriode;

  Periodisasi(int jumlahPeriode) {
    this.jumlahPeriode = jumlahPeriode;
  }

  /** Returns the number of periods in a year: 4, 2 or 12. */
  public int jumlahPeriode() {
    return jumlahPeriode;
  }

  /**
   * Checks that {@code periode} numbers a period of this periodisasi.
   *
   * @param field the name of the argument, for the message
   * @throws IllegalArgumentException naming the field, the value and the valid range
   */
  void periksa(int periode, String field) {
    if (periode < 1 || periode > jumlahPeriode) {
      throw new IllegalArgumentException(
          field + " " + periode + " is outside 1.." + jumlahPeriode
              + ": " + name() + " has " + jumlahPeriode + " periods a year, numbered from 1");
    }
  }
}
