package id.sakip.kinerja;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point for capaian (achievement): target against realisasi, for every polarity and
 * target kind, with the formula per polarity chosen by the caller.
 *
 * <pre>{@code
 * KalkulatorCapaian kalkulator = KalkulatorCapaian.standar();
 * Outcome<Persentase> capaian =
 *     kalkulator.hitung(Polaritas.NEGATIF, Target.angka(8), new BigDecimal("9")); // 87.5%
 * }</pre>
 *
 * <p>The result is the exact raw value, or a not-computable outcome: target 0 under a ratio
 * formula, no realisasi, or a target kind that does not fit the polarity. Caps are applied
 * separately ({@link BatasCapaian}). Instances are immutable and thread-safe.
 */
public final class KalkulatorCapaian {

  private static final KalkulatorCapaian STANDAR =
      new KalkulatorCapaian(RumusCapaian.POSITIF, RumusCapaian.NEGATIF_LAN, RumusRentang.PERMENPAN_RB_8_2021);

  private final RumusCapaian positif;
  private final RumusCapaian negatif;
  private final RumusRentang rentang;

  private KalkulatorCapaian(RumusCapaian positif, RumusCapaian negatif, RumusRentang rentang) {
    this.positif = positif;
    this.negatif = negatif;
    this.rentang = rentang;
  }

  /**
   * Returns the standard calculator: {@link RumusCapaian#POSITIF}, {@link
   * RumusCapaian#NEGATIF_LAN} (every published negative figure we know reproduces with it) and
   * {@link RumusRentang#PERMENPAN_RB_8_2021}.
   */
  public static KalkulatorCapaian standar() {
    return STANDAR;
  }

  /**
   * Returns a calculator with the given formulas.
   *
   * @throws IllegalArgumentException if {@code positif} is not a positive formula or {@code
   *     negatif} not a negative one
   */
  public static KalkulatorCapaian of(RumusCapaian positif, RumusCapaian negatif, RumusRentang rentang) {
    Objects.requireNonNull(positif, "positif");
    Objects.requireNonNull(negatif, "negatif");
    Objects.requireNonNull(rentang, "rentang");
    requirePolarity("positif", positif, Polaritas.POSITIF);
    requirePolarity("negatif", negatif, Polaritas.NEGATIF);
    return new KalkulatorCapaian(positif, negatif, rentang);
  }

  /** Returns a copy of this calculator using {@code negatif} for negative indicators. */
  public KalkulatorCapaian withNegatif(RumusCapaian negatif) {
    return of(positif, negatif, rentang);
  }

  /** Returns the formula for positive indicators. */
  public RumusCapaian rumusPositif() {
    return positif;
  }

  /** Returns the formula for negative indicators. */
  public RumusCapaian rumusNegatif() {
    return negatif;
  }

  /** Returns the formula for range targets. */
  public RumusRentang rumusRentang() {
    return rentang;
  }

  /** Returns the formula this calculator uses for a numeric target of {@code polaritas}. */
  public Optional<RumusCapaian> rumusUntuk(Polaritas polaritas) {
    return switch (Objects.requireNonNull(polaritas, "polaritas")) {
      case POSITIF -> Optional.of(positif);
      case NEGATIF -> Optional.of(negatif);
      case RENTANG -> Optional.empty();
    };
  }

  /**
   * Returns the capaian of {@code realisasi} against {@code target} for an indicator of {@code
   * polaritas}.
   *
   * <ul>
   *   <li>a numeric target uses the formula for the polarity; a range indicator with a numeric
   *       target is not computable ({@link Outcome.Reason#NOT_APPLICABLE});
   *   <li>a range target uses the range formula, and needs a range indicator;
   *   <li>an inequality target uses the formula of the polarity it implies, which must match;
   *   <li>a predicate target needs a predicate realisasi: use {@link #hitung(Target.Predikat,
   *       String)}.
   * </ul>
   */
  public Outcome<Persentase> hitung(Polaritas polaritas, Target target, BigDecimal realisasi) {
    Objects.requireNonNull(polaritas, "polaritas");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    if (target instanceof Target.Angka angka) {
      return rumusUntuk(polaritas)
          .map(r -> r.hitung(angka.nilai(), realisasi))
          .orElseGet(() -> notApplicable("a range (RENTANG) indicator needs a range target, not " + target));
    }
    if (target instanceof Target.Rentang r) {
      return polaritas == Polaritas.RENTANG
          ? rentang.hitung(r, realisasi)
          : notApplicable("a range target " + target + " needs a RENTANG indicator, not " + polaritas);
    }
    if (target instanceof Target.Pertidaksamaan p) {
      return p.polaritasTersirat() == polaritas
          ? rumusUntuk(polaritas).orElseThrow().hitung(p.batas(), realisasi)
          : notApplicable(
              "target '" + target + "' implies " + p.polaritasTersirat() + " but the indicator is " + polaritas);
    }
    return notApplicable("a predicate target " + target + " needs a predicate realisasi, not the number "
        + realisasi.toPlainString());
  }

  /**
   * Returns the capaian for a realisasi that may be missing: an empty realisasi is not computable
   * ({@link Outcome.Reason#NO_VALUE}).
   */
  public Outcome<Persentase> hitung(Polaritas polaritas, Target target, Optional<BigDecimal> realisasi) {
    Objects.requireNonNull(realisasi, "realisasi");
    return realisasi
        .map(r -> hitung(polaritas, target, r))
        .orElseGet(() -> Outcome.notComputable(
            Outcome.Reason.NO_VALUE, "no realisasi was reported against target " + target));
  }

  /**
   * Returns the capaian of a realisasi as printed ({@code 85,82 Indek}, {@code n/a}) for {@code
   * indikator}; a printed "no value" is not computable.
   */
  public Outcome<Persentase> hitung(Indikator indikator, Target target, AngkaTercetak realisasi) {
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(realisasi, "realisasi");
    return hitung(indikator.polaritas(), target, realisasi.nilai());
  }

  /**
   * Returns the capaian of a predicate realisasi against a predicate target by rank: {@code
   * rank(R) / rank(T) × 100}, where the worst level has rank 1 and the best the number of levels
   * (ours: practice maps such scales to ordinal numbers and gives no formula). Target WTP,
   * realisasi WDP on {@link SkalaPeringkat#OPINI_BPK}: 3 / 4 = 75%. A level not on the scale is
   * not computable.
   */
  public Outcome<Persentase> hitung(Target.Predikat target, String realisasi) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    Optional<Integer> rank = target.skala().peringkat(realisasi);
    if (rank.isEmpty()) {
      return notApplicable("realisasi '" + realisasi + "' is not a level of scale '" + target.skala().nama()
          + "' " + target.skala().tingkat());
    }
    int targetRank = target.skala().peringkat(target.tingkat()).orElseThrow();
    return Persentase.ratio(BigDecimal.valueOf(rank.get()), BigDecimal.valueOf(targetRank));
  }

  /** Two calculators are equal when they use the same three formulas. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof KalkulatorCapaian other
        && other.positif == positif
        && other.negatif == negatif
        && other.rentang == rentang;
  }

  @Override
  public int hashCode() {
    return Objects.hash(positif, negatif, rentang);
  }

  @Override
  public String toString() {
    return "KalkulatorCapaian[positif=" + positif + ", negatif=" + negatif + ", rentang=" + rentang + "]";
  }

  private static Outcome<Persentase> notApplicable(String why) {
    return Outcome.notComputable(Outcome.Reason.NOT_APPLICABLE, why);
  }

  private static void requirePolarity(String field, RumusCapaian rumus, Polaritas expected) {
    if (rumus.polaritas() != expected) {
      throw new IllegalArgumentException(
          field + ": formula " + rumus + " is for " + rumus.polaritas() + " indicators; the " + field
              + " formula must be one for " + expected);
    }
  }
}
