package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Combines the periods of a {@link DeretPeriode} into the figure for the year, or for the year to
 * date (<i>agregasi periode</i>), with the indicator's {@link Agregasi} and the caller's {@link
 * PeriodeKosong} policy for periods that were not reported.
 *
 * <p>Targets per period combine likewise: a series of quarterly targets aggregated with the same
 * {@link Agregasi} as the realisasi gives the target for the year.
 *
 * <ul>
 *   <li>{@link Agregasi#SUM}: the exact sum of the reported values; its scale is the largest scale
 *       among them.
 *   <li>{@link Agregasi#LAST}: the value of the last reported period, as reported.
 *   <li>{@link Agregasi#MAX}: the largest reported value, as reported (of equal values, the one of
 *       the earliest period).
 *   <li>{@link Agregasi#AVERAGE}: the sum divided by the number of reported periods. When the
 *       quotient has a finite decimal expansion it is exact, with the scale of the sum or, if that
 *       is too small, the smallest scale that holds it ({@link BigDecimal#divide(BigDecimal)}):
 *       {@code (1 + 2) / 2 = 1.5}. Otherwise it is rounded to 34 significant digits, half-even
 *       ({@link MathContext#DECIMAL128}): {@code (10 + 10 + 11) / 3 = 10.33…3} with 34 digits.
 * </ul>
 *
 * <p>The result is {@linkplain Outcome.Reason#NO_VALUE not computable} when no period up to the
 * one aggregated to was reported, or, under {@link PeriodeKosong#TOLAK}, when any of them was not;
 * the explanation names the periodisasi and the missing periods. A missing period is never read as
 * zero.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class AgregasiPeriode {

  private AgregasiPeriode() {}

  /**
   * Returns the figure for the whole year: {@link #hitung(DeretPeriode, Agregasi, PeriodeKosong,
   * int)} up to the last period of the periodisasi.
   */
  public static Outcome<BigDecimal> hitung(
      DeretPeriode deret, Agregasi agregasi, PeriodeKosong kebijakan) {
    Objects.requireNonNull(deret, "deret");
    return hitung(deret, agregasi, kebijakan, deret.periodisasi().jumlahPeriode());
  }

  /**
   * Returns the figure for the year to date: periods 1 to {@code sampaiPeriode} combined with
   * {@code agregasi}; later periods are not looked at.
   *
   * @throws IllegalArgumentException if {@code sampaiPeriode} is not a period of the series'
   *     periodisasi
   */
  public static Outcome<BigDecimal> hitung(
      DeretPeriode deret, Agregasi agregasi, PeriodeKosong kebijakan, int sampaiPeriode) {
    Objects.requireNonNull(deret, "deret");
    Objects.requireNonNull(agregasi, "agregasi");
    Objects.requireNonNull(kebijakan, "kebijakan");
    Periodisasi periodisasi = deret.periodisasi();
    periodisasi.periksa(sampaiPeriode, "sampaiPeriode");

    List<Integer> kosong = new ArrayList<>();
    List<BigDecimal> dilaporkan = new ArrayList<>();
    for (int periode = 1; periode <= sampaiPeriode; periode++) {
      Optional<BigDecimal> nilai = deret.nilai(periode);
      if (nilai.isPresent()) {
        dilaporkan.add(nilai.get());
      } else {
        kosong.add(periode);
      }
    }
    String rentang = periodisasi.name() + " periods 1.." + sampaiPeriode;
    if (kebijakan == PeriodeKosong.TOLAK && !kosong.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          daftar(kosong) + " of " + rentang + " not reported: PeriodeKosong.TOLAK needs every"
              + " period up to " + sampaiPeriode + " reported for " + agregasi);
    }
    if (dilaporkan.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          "none of " + rentang + " reported (no value in " + daftar(kosong) + "): "
              + agregasi + " needs at least one reported period");
    }
    return Outcome.of(
        switch (agregasi) {
          case SUM -> jumlah(dilaporkan);
          case LAST -> dilaporkan.get(dilaporkan.size() - 1);
          case MAX -> terbesar(dilaporkan);
          case AVERAGE -> rataRata(jumlah(dilaporkan), dilaporkan.size());
        });
  }

  private static BigDecimal jumlah(List<BigDecimal> values) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum = sum.add(v);
    }
    return sum;
  }

  private static BigDecimal terbesar(List<BigDecimal> values) {
    BigDecimal max = values.get(0);
    for (BigDecimal v : values) {
      if (v.compareTo(max) > 0) {
        max = v;
      }
    }
    return max;
  }

  private static BigDecimal rataRata(BigDecimal sum, int count) {
    BigDecimal n = BigDecimal.valueOf(count);
    try {
      return sum.divide(n);
    } catch (ArithmeticException nonTerminating) {
      return sum.divide(n, MathContext.DECIMAL128);
    }
  }

  private static String daftar(List<Integer> periode) {
    return (periode.size() == 1 ? "period " : "periods ")
        + periode.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
