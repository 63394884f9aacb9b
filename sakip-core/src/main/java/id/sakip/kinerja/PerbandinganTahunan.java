package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Year-on-year comparison (perbandingan dengan tahun lalu) of capaian or realisasi, as in table
 * 1.2 of an LKj: the change in percentage points (or in the indicator's unit) and the relative
 * change.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class PerbandinganTahunan {

  private PerbandinganTahunan() {}

  /** Returns {@code tahunIni − tahunLalu} in percentage points. */
  public static Persentase selisihPoin(Persentase tahunIni, Persentase tahunLalu) {
    Objects.requireNonNull(tahunIni, "tahunIni");
    Objects.requireNonNull(tahunLalu, "tahunLalu");
    return tahunIni.minus(tahunLalu);
  }

  /**
   * Returns the relative change {@code (tahunIni − tahunLalu) / |tahunLalu| × 100}; not computable
   * when last year's capaian is 0. Dividing by the absolute value keeps the sign meaning "up" or
   * "down" even for a negative base.
   */
  public static Outcome<Persentase> perubahanRelatif(Persentase tahunIni, Persentase tahunLalu) {
    Objects.requireNonNull(tahunIni, "tahunIni");
    Objects.requireNonNull(tahunLalu, "tahunLalu");
    Persentase base = tahunLalu.isNegative() ? tahunLalu.negated() : tahunLalu;
    return selisihPoin(tahunIni, tahunLalu).ratioTo(base);
  }

  /** Returns {@code tahunIni − tahunLalu} of two realisasi, in the indicator's unit. */
  public static BigDecimal selisih(BigDecimal tahunIni, BigDecimal tahunLalu) {
    Objects.requireNonNull(tahunIni, "tahunIni");
    Objects.requireNonNull(tahunLalu, "tahunLalu");
    return tahunIni.subtract(tahunLalu);
  }

  /**
   * Returns the relative change of realisasi {@code (tahunIni − tahunLalu) / |tahunLalu| × 100};
   * not computable when last year's realisasi is 0. Seed SKM: 85,82 in 2022 against 85,30 in 2021
   * is +0,52 and +0,61%.
   */
  public static Outcome<Persentase> perubahanRelatif(BigDecimal tahunIni, BigDecimal tahunLalu) {
    return Persentase.ratio(selisih(tahunIni, tahunLalu), tahunLalu.abs());
  }
}
