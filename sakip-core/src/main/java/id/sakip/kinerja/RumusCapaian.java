package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The named formulas for the capaian (achievement) of a numeric target {@code T} by a realisasi
 * {@code R}. Published practice disagrees on the negative form, so each variant is a constant and
 * the caller chooses (through {@link KalkulatorCapaian}).
 *
 * <p>The ratio forms ({@link #POSITIF}, {@link #NEGATIF_LAN}, {@link #NEGATIF_INVERS}) need a
 * positive target: with {@code T < 0} a ratio inverts the meaning ({@code R / T} with T −4, R −5
 * gives 125% to a "higher is better" indicator that fell short), so a negative target is
 * {@linkplain Outcome.Reason#NOT_APPLICABLE not computable} under them, and the deviation forms
 * ({@link #POSITIF_DEVIASI}, {@link #NEGATIF_DEVIASI}) are the ones to use (domain.md §11).
 *
 * <p>The degenerate inputs, a target of 0 (every form) and a realisasi of 0 under {@code T / R},
 * are not computable here: no source gives a rule for them. {@link KalkulatorCapaian} can answer
 * them by a {@link KebijakanDegenerasi} instead.
 */
public enum RumusCapaian {

  /**
   * Positive polarity: {@code R / T × 100}. Source: PermenPAN-RB 8/2021 lampiran; used in every
   * LKj. Worked: T 80, R 92 gives 115%. Needs {@code T > 0}.
   */
  POSITIF(Polaritas.POSITIF, "R / T × 100") {
    @Override
    Persentase rumus(BigDecimal target, BigDecimal realisasi) {
      return rasio(realisasi, target);
    }
  },

  /**
   * Negative polarity, the LAN form: {@code (2T − R) / T × 100}, equal to {@code 200 − R/T × 100}.
   * Source: PermenPAN-RB 8/2021 ("kondisi khusus"); every negative-polarity LKj figure we checked
   * reproduces with it, so it is the default. Linear in R and unbounded below: T 10, R 25 gives
   * −50% (no source floors it; use {@link BatasCapaian#denganLantaiNol()} to present a floor).
   * Worked: T 7, R 6.5 gives 107.142857…%; T 8, R 9 gives 87.5%. Needs {@code T > 0}.
   */
  NEGATIF_LAN(Polaritas.NEGATIF, "(2T − R) / T × 100") {
    @Override
    Persentase rumus(BigDecimal target, BigDecimal realisasi) {
      return rasio(target.add(target).subtract(realisasi), target);
    }
  },

  /**
   * Negative polarity, the inverse form: {@code T / R × 100}. Source: practice only (several
   * e-SAKIP applications); non-linear in R. Worked: T 10, R 8 gives 125%. Needs {@code T > 0}
   * and {@code R > 0}: a realisasi below 0 would turn a better-than-target result into a negative
   * capaian (T 10, R −2 gives −500%), so it is not computable (ours: no source covers it; use
   * {@link #NEGATIF_DEVIASI}); a realisasi of 0 is a degenerate input ({@link
   * KebijakanDegenerasi#realisasiNol()}), and so is a target of 0 with any other realisasi.
   */
  NEGATIF_INVERS(Polaritas.NEGATIF, "T / R × 100") {
    @Override
    Persentase rumus(BigDecimal target, BigDecimal realisasi) {
      return rasio(target, realisasi);
    }
  },

  /**
   * Positive polarity, the deviation form: {@code (1 + (R − T) / |T|) × 100}. It equals {@link
   * #POSITIF} when {@code T > 0} and keeps "higher is better" when {@code T < 0}. Source:
   * domain.md §11 "Negative targets" (ours: the ratio inverts the meaning of a negative target).
   * Worked: T −4, R −5 gives 75%; T −4, R −2 gives 150%. A target of 0 is degenerate.
   */
  POSITIF_DEVIASI(Polaritas.POSITIF, "(1 + (R − T) / |T|) × 100") {
    @Override
    Persentase rumus(BigDecimal target, BigDecimal realisasi) {
      return rasio(target.abs().add(realisasi.subtract(target)), target.abs());
    }
  },

  /**
   * Negative polarity, the deviation form: {@code (1 − (R − T) / |T|) × 100}. It equals {@link
   * #NEGATIF_LAN} when {@code T > 0} and keeps "lower is better" when {@code T < 0}. Source:
   * domain.md §11 "Negative targets" (ours, as {@link #POSITIF_DEVIASI}). Worked: T −4, R −5
   * gives 125%; T −4, R −2 gives 50%. A target of 0 is degenerate.
   */
  NEGATIF_DEVIASI(Polaritas.NEGATIF, "(1 − (R − T) / |T|) × 100") {
    @Override
    Persentase rumus(BigDecimal target, BigDecimal realisasi) {
      return rasio(target.abs().subtract(realisasi.subtract(target)), target.abs());
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
   * Returns true for the ratio forms, which need a positive target; false for the deviation
   * forms, which take a target of either sign.
   */
  boolean isRasio() {
    return this == POSITIF || this == NEGATIF_LAN || this == NEGATIF_INVERS;
  }

  /**
   * Returns the capaian of {@code realisasi} against {@code target}, exactly, or a not-computable
   * outcome whose explanation names the formula, both inputs and the rule:
   *
   * <ul>
   *   <li>a negative target under a ratio form, or a negative realisasi under {@code T / R}:
   *       {@link Outcome.Reason#NOT_APPLICABLE} ("a ratio needs a positive target; use the
   *       deviation form");
   *   <li>a target of 0 ({@link Outcome.Reason#ZERO_DENOMINATOR}; under {@code T / R}, where the
   *       target is not the denominator, {@link Outcome.Reason#NOT_APPLICABLE}), or a realisasi of
   *       0 under {@code T / R} ({@link Outcome.Reason#ZERO_DENOMINATOR}).
   * </ul>
   */
  public Outcome<Persentase> hitung(BigDecimal target, BigDecimal realisasi) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    Optional<String> ditolak = tandaDitolak(target, realisasi);
    if (ditolak.isPresent()) {
      return Outcome.notComputable(Outcome.Reason.NOT_APPLICABLE, dengan(target, realisasi) + ditolak.get());
    }
    Optional<KasusDegenerasi> kasus = kasus(target, realisasi);
    if (kasus.isPresent()) {
      boolean realisasiNol = kasus.get() == KasusDegenerasi.REALISASI_NOL;
      Outcome.Reason reason = realisasiNol || this != NEGATIF_INVERS
          ? Outcome.Reason.ZERO_DENOMINATOR
          : Outcome.Reason.NOT_APPLICABLE;
      return Outcome.notComputable(reason, dengan(target, realisasi) + "the " + (realisasiNol ? "realisasi" : "target")
          + " is 0, and no rule defines a capaian then");
    }
    return Outcome.of(rumus(target, realisasi));
  }

  /**
   * The degenerate input these figures are under this formula, once the signs are accepted: a
   * target of 0, or under {@code T / R} a realisasi of 0 (whatever the target).
   */
  Optional<KasusDegenerasi> kasus(BigDecimal target, BigDecimal realisasi) {
    if (tandaDitolak(target, realisasi).isPresent()) {
      return Optional.empty();
    }
    if (this == NEGATIF_INVERS && realisasi.signum() == 0) {
      return Optional.of(KasusDegenerasi.REALISASI_NOL);
    }
    return target.signum() == 0 ? Optional.of(KasusDegenerasi.TARGET_NOL) : Optional.empty();
  }

  /** Why the signs of the inputs rule this formula out, if they do. */
  private Optional<String> tandaDitolak(BigDecimal target, BigDecimal realisasi) {
    if (!isRasio()) {
      return Optional.empty();
    }
    String deviasi = polaritas == Polaritas.POSITIF ? POSITIF_DEVIASI.name() : NEGATIF_DEVIASI.name();
    if (target.signum() < 0) {
      return Optional.of("the target is below 0, and a ratio needs a positive target; use the deviation form ("
          + deviasi + ")");
    }
    if (this == NEGATIF_INVERS && realisasi.signum() < 0) {
      return Optional.of("the realisasi is below 0, and T / R needs a positive realisasi; use the deviation form ("
          + deviasi + ")");
    }
    return Optional.empty();
  }

  /** The start of an explanation: the formula and both inputs. */
  private String dengan(BigDecimal target, BigDecimal realisasi) {
    return "capaian " + name() + " " + rumus + " with T " + target.toPlainString() + ", R " + realisasi.toPlainString()
        + ": ";
  }

  /** The formula on inputs that passed the sign and degenerate-input checks. */
  abstract Persentase rumus(BigDecimal target, BigDecimal realisasi);

  private static Persentase rasio(BigDecimal pembilang, BigDecimal penyebut) {
    return Persentase.ratio(pembilang, penyebut).value();
  }
}
