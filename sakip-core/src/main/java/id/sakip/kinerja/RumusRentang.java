package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The named formulas for the capaian of a range (stabil) target {@code [bawah, atas]}. Each
 * measures the realisasi against one bound with {@code R / bound × 100} ({@link
 * RumusCapaian#POSITIF}, so a bound of 0 or below is not computable as there) or gives 100%
 * outright; they differ in which.
 */
public enum RumusRentang {

  /**
   * PermenPAN-RB 8/2021: a realisasi above the range is measured against the upper bound ({@code
   * R / atas × 100}), one below it against the lower bound ({@code R / bawah × 100}); inside the
   * range, bounds included, capaian is 100% (this last rule is ours: the regulation is silent).
   * Worked, range 80–90: R 70 gives 87.5%, R 92 gives 102.222…% (the regulation's own example
   * prints 113%, a printing error), R 85 gives 100%. The default.
   */
  PERMENPAN_RB_8_2021("R / atas × 100 di atas rentang, R / bawah × 100 di bawahnya, 100 di dalamnya") {
    @Override
    Optional<BigDecimal> acuan(Target.Rentang target, BigDecimal realisasi) {
      if (target.memuat(realisasi)) {
        return Optional.empty();
      }
      return Optional.of(realisasi.compareTo(target.atas()) > 0 ? target.atas() : target.bawah());
    }
  },

  /**
   * Practice: realisasi-pemda-service (a Java e-SAKIP service). Strictly inside the range the
   * realisasi is measured against the upper bound ({@code R / atas × 100}); at or above the upper
   * bound capaian is 100% (no credit beyond the range, unlike {@link #PERMENPAN_RB_8_2021}); at or
   * below the lower bound it is {@code R / bawah × 100}, so the lower bound itself gives 100% while
   * a realisasi just above it gives about {@code bawah / atas}: the service's own discontinuity,
   * kept so that its figures reproduce. Worked, range 80–90: R 85 gives 94.444…%, R 92 gives 100%,
   * R 80 gives 100%, R 70 gives 87.5%.
   */
  REALISASI_PEMDA_SERVICE("R / atas × 100 di dalam rentang, 100 pada atau di atas batas atas, R / bawah × 100 pada"
      + " atau di bawah batas bawah") {
    @Override
    Optional<BigDecimal> acuan(Target.Rentang target, BigDecimal realisasi) {
      if (realisasi.compareTo(target.atas()) >= 0) {
        return Optional.empty();
      }
      return Optional.of(realisasi.compareTo(target.bawah()) > 0 ? target.atas() : target.bawah());
    }
  };

  private final String rumus;

  RumusRentang(String rumus) {
    this.rumus = rumus;
  }

  /** Returns the formula in symbols, as in messages: {@code R / atas × 100 …}. */
  public String rumus() {
    return rumus;
  }

  /**
   * Returns the capaian of {@code realisasi} against the range, or a not-computable outcome when
   * the bound it is measured against is 0 or below (as {@link RumusCapaian#POSITIF}).
   */
  public Outcome<Persentase> hitung(Target.Rentang target, BigDecimal realisasi) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    return acuan(target, realisasi)
        .map(bound -> RumusCapaian.POSITIF.hitung(bound, realisasi))
        .orElseGet(() -> Outcome.of(Persentase.HUNDRED));
  }

  /**
   * The bound {@code realisasi} is measured against with {@code R / bound × 100}, or empty when
   * the capaian is 100% outright.
   */
  abstract Optional<BigDecimal> acuan(Target.Rentang target, BigDecimal realisasi);
}
