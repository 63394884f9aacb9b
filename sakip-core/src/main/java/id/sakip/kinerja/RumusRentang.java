package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;

/** The named formulas for the capaian of a range (stabil) target {@code [bawah, atas]}. */
public enum RumusRentang {

  /**
   * PermenPAN-RB 8/2021: a realisasi above the range is measured against the upper bound ({@code
   * R / atas × 100}), one below it against the lower bound ({@code R / bawah × 100}); inside the
   * range, bounds included, capaian is 100% (this last rule is ours: the regulation is silent).
   * Worked, range 80–90: R 70 gives 87.5%, R 92 gives 102.222…% (the regulation's own example
   * prints 113%, a printing error), R 85 gives 100%.
   */
  PERMENPAN_RB_8_2021("R / atas × 100 di atas rentang, R / bawah × 100 di bawahnya, 100 di dalamnya");

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
   * the bound it is measured against is 0.
   */
  public Outcome<Persentase> hitung(Target.Rentang target, BigDecimal realisasi) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    if (target.memuat(realisasi)) {
      return Outcome.of(Persentase.HUNDRED);
    }
    BigDecimal bound = realisasi.compareTo(target.atas()) > 0 ? target.atas() : target.bawah();
    return RumusCapaian.POSITIF.hitung(bound, realisasi);
  }
}
