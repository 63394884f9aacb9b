package id.sakip.pemantauan;

import id.sakip.kinerja.Periodisasi;

/**
 * A quarter (<i>triwulan</i>) of the budget year, I to IV: the periods of {@link
 * Periodisasi#TRIWULAN} in which Permendagri 86/2017 has a Renja's realisation reported.
 */
public enum Triwulan {
  /** Triwulan I: January to March. */
  I,
  /** Triwulan II: April to June. */
  II,
  /** Triwulan III: July to September. */
  III,
  /** Triwulan IV: October to December. */
  IV;

  private static final Triwulan[] SEMUA = values();

  /** Returns the quarter's number, 1 to 4: its period in {@link Periodisasi#TRIWULAN}. */
  public int nomor() {
    return ordinal() + 1;
  }

  /**
   * Returns the quarter numbered {@code nomor}.
   *
   * @throws IllegalArgumentException if {@code nomor} is not 1 to 4 (a year has four quarters)
   */
  public static Triwulan of(int nomor) {
    if (nomor < 1 || nomor > SEMUA.length) {
      throw new IllegalArgumentException("triwulan " + nomor + " is outside 1..4: a year has four quarters"
          + " / triwulan " + nomor + " di luar 1..4: satu tahun memiliki empat triwulan");
    }
    return SEMUA[nomor - 1];
  }

  /** Returns whether this quarter comes after {@code other}. */
  public boolean isSetelah(Triwulan other) {
    return compareTo(other) > 0;
  }
}
