package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The named formulas for the capaian (achievement) of a numeric target {@code T} by a realisasi
 * {@code R}. Published practice disagrees on the negative form, so each variant is a constant and
 * the caller chooses (through {@link KalkulatorCapaian}).
 *
 * <p>A ratio with a zero denominator (target 0 under {@code R/T}, realisasi 0 under {@code T/R})
 * is {@linkplain Outcome.Reason#ZERO_DENOMINATOR not computable}: no source gives a rule for it.
 */
public enum RumusCapaian {

  /**
   * Positive polarity: {@code R / T × 100}. Source: PermenPAN-RB 8/2021 lampiran; used in every
   * LKj. Worked: T 80, R 92 gives 115%.
   */
  POSITIF(Polaritas.POSITIF, "R / T × 100") {
    @Override
    Outcome<Persentase> rumus(BigDecimal target, BigDecimal realisasi) {
      return Persentase.ratio(realisasi, target);
    }
  },

  /**
   * Negative polarity, the LAN form: {@code (2T − R) / T × 100}, equal to {@code 200 − R/T × 100}.
   * Source: PermenPAN-RB 8/2021 ("kondisi khusus"); every negative-polarity LKj figure we checked
   * reproduces with it, so it is the default. Linear in R and unbounded below: T 10, R 25 gives
   * −50% (no source floors it; use {@link BatasCapaian#denganLantaiNol()} to present a floor).
   * Worked: T 7, R 6.5 gives 107.142857…%; T 8, R 9 gives 87.5%.
   */
  NEGATIF_LAN(Polaritas.NEGATIF, "(2T − R) / T × 100") {
    @Override
    Outcome<Persentase> rumus(BigDecimal target, BigDecimal realisasi) {
      return Persentase.ratio(target.add(target).subtract(realisasi), target);
    }
  },

  /**
   * Negative polarity, the inverse form: {@code T / R × 100}. Source: practice only (several
   * e-SAKIP applications); non-linear in R and not computable when R is 0. Worked: T 10, R 8
   * gives 125%.
   */
  NEGATIF_INVERS(Polaritas.NEGATIF, "T / R × 100") {
    @Override
    Outcome<Persentase> rumus(BigDecimal target, BigDecimal realisasi) {
      return Persentase.ratio(target, realisasi);
    }
  };

  private final Polaritas polaritas;
  private final String rumus;

  RumusCapaian(Polaritas polaritas, String rumus) {
    this.polaritas = polaritas;
    this.rumus = rumus;
  }

  /** Returns the polarity this formula is for. */
  public Polaritas polaritas() {
    return polaritas;
  }

  /** Returns the formula as text, e.g. {@code (2T − R) / T × 100}. */
  public String rumus() {
    return rumus;
  }

  /**
   * Returns the capaian of {@code realisasi} against {@code target}, exactly, or a not-computable
   * outcome whose explanation names the zero denominator.
   */
  public Outcome<Persentase> hitung(BigDecimal target, BigDecimal realisasi) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    Outcome<Persentase> result = rumus(target, realisasi);
    if (result.isComputable()) {
      return result;
    }
    String zero = this == NEGATIF_INVERS ? "realisasi" : "target";
    return Outcome.notComputable(
        Outcome.Reason.ZERO_DENOMINATOR,
        "capaian " + name() + " " + rumus + " with T " + target.toPlainString() + ", R "
            + realisasi.toPlainString() + ": the " + zero + " is 0, and no rule defines a capaian then");
  }

  abstract Outcome<Persentase> rumus(BigDecimal target, BigDecimal realisasi);
}
