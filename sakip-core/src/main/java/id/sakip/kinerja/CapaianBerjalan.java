package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Capaian to date (<i>capaian berjalan</i>) of a series of per-period targets paired with a series
 * of per-period realisasi: {@code Σ realisasi of the filled periods / Σ targets of the same
 * periods}, under the indicator's polarity formula. Source: practice: E-Sakip AKSARA (domain.md
 * §11). Which periods are filled is a {@link PeriodeTerisi} policy; a period with no realisasi is
 * never filled, and is never read as 0.
 *
 * <p>Worked (TRIWULAN, targets 100, 100, 100, 100; realisasi 90, 110, not reported, not reported):
 * periods 1 and 2 are filled, {@code (90 + 110) / (100 + 100) = 100%}. With realisasi 0 reported
 * for period 3, {@link PeriodeTerisi#NOL_TERISI} gives {@code 200 / 300 = 66,67%} and {@link
 * PeriodeTerisi#NOL_DIABAIKAN} keeps 100%.
 *
 * <p>This is a rule of its own, beside the figure for the year that {@link AgregasiPeriode}
 * combines with the indicator's {@link Agregasi}; neither replaces the other.
 *
 * <p>The result is not computable when no period up to the one asked for is filled ({@link
 * Outcome.Reason#NO_VALUE}), when a filled period has no target (NO_VALUE, naming the periods),
 * or when the calculator cannot compute the capaian of the sums (a summed target of 0). Linear in
 * the number of periods.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class CapaianBerjalan {

  private CapaianBerjalan() {}

  /**
   * The capaian to date with what it was computed from.
   *
   * @param capaian the capaian of the sums under the indicator's polarity formula
   * @param periodeTerisi the filled periods that were summed, ascending
   * @param jumlahTarget the sum of their targets
   * @param jumlahRealisasi the sum of their realisasi
   */
  public record Hasil(Persentase capaian, List<Integer> periodeTerisi, BigDecimal jumlahTarget, BigDecimal jumlahRealisasi) {

    /** Creates a result; the list is copied. */
    public Hasil {
      Objects.requireNonNull(capaian, "capaian");
      periodeTerisi = List.copyOf(Objects.requireNonNull(periodeTerisi, "periodeTerisi"));
      Objects.requireNonNull(jumlahTarget, "jumlahTarget");
      Objects.requireNonNull(jumlahRealisasi, "jumlahRealisasi");
    }
  }

  /**
   * Returns the capaian of the whole year with the {@linkplain KalkulatorCapaian#standar()
   * standard} formulas: every period of the periodisasi is looked at.
   *
   * @throws IllegalArgumentException if the two series have different periodisasi
   */
  public static Outcome<Hasil> hitung(
      Indikator indikator, DeretPeriode target, DeretPeriode realisasi, PeriodeTerisi kebijakan) {
    Objects.requireNonNull(target, "target");
    return hitung(KalkulatorCapaian.standar(), indikator, target, realisasi, kebijakan,
        target.periodisasi().jumlahPeriode());
  }

  /**
   * Returns the capaian to date: periods 1 to {@code sampaiPeriode}, those filled under {@code
   * kebijakan} summed, their realisasi against their targets with the formula {@code kalkulator}
   * uses for the indicator's polarity.
   *
   * @throws IllegalArgumentException if the two series have different periodisasi, or {@code
   *     sampaiPeriode} is not a period of it
   */
  public static Outcome<Hasil> hitung(
      KalkulatorCapaian kalkulator,
      Indikator indikator,
      DeretPeriode target,
      DeretPeriode realisasi,
      PeriodeTerisi kebijakan,
      int sampaiPeriode) {
    Objects.requireNonNull(kalkulator, "kalkulator");
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    Objects.requireNonNull(kebijakan, "kebijakan");
    Periodisasi periodisasi = target.periodisasi();
    if (realisasi.periodisasi() != periodisasi) {
      throw new IllegalArgumentException(
          "realisasi.periodisasi " + realisasi.periodisasi() + " differs from target.periodisasi " + periodisasi
              + " of '" + indikator.nama() + "': pair the targets and realisasi of one periodisasi");
    }
    periodisasi.periksa(sampaiPeriode, "sampaiPeriode");

    List<Integer> terisi = new ArrayList<>();
    List<Integer> tanpaTarget = new ArrayList<>();
    BigDecimal jumlahTarget = BigDecimal.ZERO;
    BigDecimal jumlahRealisasi = BigDecimal.ZERO;
    for (int periode = 1; periode <= sampaiPeriode; periode++) {
      BigDecimal r = realisasi.nilai(periode).orElse(null);
      if (r == null || kebijakan == PeriodeTerisi.NOL_DIABAIKAN && r.signum() == 0) {
        continue;
      }
      BigDecimal t = target.nilai(periode).orElse(null);
      if (t == null) {
        tanpaTarget.add(periode);
        continue;
      }
      terisi.add(periode);
      jumlahTarget = jumlahTarget.add(t);
      jumlahRealisasi = jumlahRealisasi.add(r);
    }
    String awalan = "capaian to date of '" + indikator.nama() + "' (" + periodisasi.name() + " periods 1.."
        + sampaiPeriode + ", " + kebijakan + "): ";
    if (!tanpaTarget.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          awalan + daftar(tanpaTarget) + (tanpaTarget.size() == 1 ? " has" : " have")
              + " realisasi but no target; every filled period needs its target");
    }
    if (terisi.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE, awalan + "no period is filled, so there is nothing to sum");
    }
    Outcome<Persentase> capaian =
        kalkulator.hitung(indikator.polaritas(), Target.angka(jumlahTarget), jumlahRealisasi);
    if (!capaian.isComputable()) {
      return Outcome.notComputable(
          capaian.notComputableReason().orElseThrow(),
          awalan + "Σ target " + jumlahTarget.toPlainString() + ", Σ realisasi " + jumlahRealisasi.toPlainString()
              + " of " + daftar(terisi) + ": " + capaian.explanation());
    }
    return Outcome.of(new Hasil(capaian.value(), terisi, jumlahTarget, jumlahRealisasi));
  }

  private static String daftar(List<Integer> periode) {
    return (periode.size() == 1 ? "period " : "periods ")
        + periode.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
