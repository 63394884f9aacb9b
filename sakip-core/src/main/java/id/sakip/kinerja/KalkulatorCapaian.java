package id.sakip.kinerja;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point for capaian (achievement): target against realisasi, for every polarity and
 * target kind, with the formula per polarity and the policies for degenerate inputs and strict
 * bounds chosen by the caller.
 *
 * <pre>{@code
 * KalkulatorCapaian kalkulator = KalkulatorCapaian.standar();
 * Outcome<Persentase> capaian =
 *     kalkulator.hitung(Polaritas.NEGATIF, Target.angka(8), new BigDecimal("9")); // 87.5%
 * KalkulatorCapaian wpEval = kalkulator.withKebijakanDegenerasi(KebijakanDegenerasi.WP_EVAL_SAKIP);
 * wpEval.hitungRinci(Polaritas.POSITIF, Target.angka(0), BigDecimal.ONE); // 0%, asal KEBIJAKAN
 * }</pre>
 *
 * <p>The result is the exact raw value, or a not-computable outcome: a negative target under a
 * ratio formula, a degenerate input (target 0, realisasi 0 under {@code T / R}, no realisasi, no
 * target) that the {@link KebijakanDegenerasi} leaves not computable, a realisasi on a strict bound
 * it does not meet under {@link KebijakanBatasKetat#TIDAK_TERHITUNG}, or a target kind that does
 * not fit the polarity. {@link #hitungRinci} also says whether a formula or a policy gave the value.
 * Caps are applied separately ({@link BatasCapaian}). Instances are immutable and thread-safe.
 */
public final class KalkulatorCapaian {

  private static final KalkulatorCapaian STANDAR = new KalkulatorCapaian(RumusCapaian.POSITIF,
      RumusCapaian.NEGATIF_LAN, RumusRentang.PERMENPAN_RB_8_2021, KebijakanDegenerasi.STANDAR,
      KebijakanBatasKetat.TIDAK_TERHITUNG);

  private final RumusCapaian positif;
  private final RumusCapaian negatif;
  private final RumusRentang rentang;
  private final KebijakanDegenerasi degenerasi;
  private final KebijakanBatasKetat batasKetat;

  private KalkulatorCapaian(RumusCapaian positif, RumusCapaian negatif, RumusRentang rentang,
      KebijakanDegenerasi degenerasi, KebijakanBatasKetat batasKetat) {
    this.positif = positif;
    this.negatif = negatif;
    this.rentang = rentang;
    this.degenerasi = degenerasi;
    this.batasKetat = batasKetat;
  }

  /**
   * Returns the standard calculator: {@link RumusCapaian#POSITIF}, {@link
   * RumusCapaian#NEGATIF_LAN} (every published negative figure we know reproduces with it), {@link
   * RumusRentang#PERMENPAN_RB_8_2021}, {@link KebijakanDegenerasi#STANDAR} and {@link
   * KebijakanBatasKetat#TIDAK_TERHITUNG}.
   */
  public static KalkulatorCapaian standar() {
    return STANDAR;
  }

  /**
   * Returns a calculator with the given formulas and the standard policies ({@link
   * KebijakanDegenerasi#STANDAR}, {@link KebijakanBatasKetat#TIDAK_TERHITUNG}).
   *
   * @throws IllegalArgumentException if {@code positif} is not a positive formula or {@code
   *     negatif} not a negative one
   */
  public static KalkulatorCapaian of(RumusCapaian positif, RumusCapaian negatif, RumusRentang rentang) {
    return STANDAR.with(positif, negatif, rentang, STANDAR.degenerasi, STANDAR.batasKetat);
  }

  /**
   * Returns a copy of this calculator using {@code positif} for positive indicators, e.g. {@link
   * RumusCapaian#POSITIF_DEVIASI}.
   *
   * @throws IllegalArgumentException if {@code positif} is not a positive formula
   */
  public KalkulatorCapaian withPositif(RumusCapaian positif) {
    return with(positif, negatif, rentang, degenerasi, batasKetat);
  }

  /**
   * Returns a copy of this calculator using {@code negatif} for negative indicators.
   *
   * @throws IllegalArgumentException if {@code negatif} is not a negative formula
   */
  public KalkulatorCapaian withNegatif(RumusCapaian negatif) {
    return with(positif, negatif, rentang, degenerasi, batasKetat);
  }

  /** Returns a copy of this calculator using {@code rentang} for range targets. */
  public KalkulatorCapaian withRentang(RumusRentang rentang) {
    return with(positif, negatif, rentang, degenerasi, batasKetat);
  }

  /** Returns a copy of this calculator answering degenerate inputs by {@code kebijakan}. */
  public KalkulatorCapaian withKebijakanDegenerasi(KebijakanDegenerasi kebijakan) {
    return with(positif, negatif, rentang, kebijakan, batasKetat);
  }

  /** Returns a copy of this calculator scoring a realisasi on a missed strict bound by {@code kebijakan}. */
  public KalkulatorCapaian withKebijakanBatasKetat(KebijakanBatasKetat kebijakan) {
    return with(positif, negatif, rentang, degenerasi, kebijakan);
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

  /** Returns the policy for degenerate inputs. */
  public KebijakanDegenerasi kebijakanDegenerasi() {
    return degenerasi;
  }

  /** Returns the policy for a realisasi on a strict bound it does not meet. */
  public KebijakanBatasKetat kebijakanBatasKetat() {
    return batasKetat;
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
   * polaritas}: the value of {@link #hitungRinci(Polaritas, Target, BigDecimal)} without where it
   * came from. A value a policy set reads like a formula's here; ask {@code hitungRinci} to tell
   * them apart.
   */
  public Outcome<Persentase> hitung(Polaritas polaritas, Target target, BigDecimal realisasi) {
    return hitungRinci(polaritas, target, realisasi).map(HasilCapaian::nilai);
  }

  /**
   * Returns the capaian of {@code realisasi} against {@code target} for an indicator of {@code
   * polaritas}, with where it came from.
   *
   * <ul>
   *   <li>a numeric target uses the formula for the polarity; a range indicator with a numeric
   *       target is not computable ({@link Outcome.Reason#NOT_APPLICABLE});
   *   <li>a range target uses the range formula, and needs a range indicator;
   *   <li>an inequality target uses the formula of the polarity it implies, which must match; a
   *       realisasi equal to a strict bound ("kurang dari", "lebih dari") does not meet it and is
   *       scored by the {@link KebijakanBatasKetat}, before any other rule;
   *   <li>a predicate target needs a predicate realisasi: use {@link #hitung(Target.Predikat,
   *       String)}.
   * </ul>
   *
   * A degenerate input (target 0, realisasi 0 under {@code T / R}) is answered by the {@link
   * KebijakanDegenerasi}; a negative target under a ratio formula stays not computable whatever
   * the policies say (use a deviation form).
   */
  public Outcome<HasilCapaian> hitungRinci(Polaritas polaritas, Target target, BigDecimal realisasi) {
    Objects.requireNonNull(polaritas, "polaritas");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    if (target instanceof Target.Angka angka) {
      return rumusUntuk(polaritas)
          .map(r -> angka(r, angka.nilai(), realisasi, ""))
          .orElseGet(() -> notApplicable("a range (RENTANG) indicator needs a range target, not " + target));
    }
    if (target instanceof Target.Rentang r) {
      return polaritas == Polaritas.RENTANG
          ? rentang(r, realisasi)
          : notApplicable("a range target " + target + " needs a RENTANG indicator, not " + polaritas);
    }
    if (target instanceof Target.Pertidaksamaan p) {
      return p.polaritasTersirat() == polaritas
          ? pertidaksamaan(p, realisasi)
          : notApplicable(
              "target '" + target + "' implies " + p.polaritasTersirat() + " but the indicator is " + polaritas);
    }
    return notApplicable("a predicate target " + target + " needs a predicate realisasi, not the number "
        + realisasi.toPlainString());
  }

  /**
   * Returns the capaian for a realisasi that may be missing: an empty realisasi is answered by
   * {@link KebijakanDegenerasi#realisasiKosong()} (by default not computable, {@link
   * Outcome.Reason#NO_VALUE}).
   */
  public Outcome<Persentase> hitung(Polaritas polaritas, Target target, Optional<BigDecimal> realisasi) {
    return hitung(polaritas, Optional.of(Objects.requireNonNull(target, "target")), realisasi);
  }

  /**
   * Returns the capaian for a target and a realisasi that may each be missing: the value of {@link
   * #hitungRinci(Polaritas, Optional, Optional)}.
   */
  public Outcome<Persentase> hitung(Polaritas polaritas, Optional<Target> target, Optional<BigDecimal> realisasi) {
    return hitungRinci(polaritas, target, realisasi).map(HasilCapaian::nilai);
  }

  /**
   * Returns the capaian, with where it came from, for a target and a realisasi that may each be
   * missing. A missing target is answered by {@link KebijakanDegenerasi#targetKosong()}, then a
   * missing realisasi by {@link KebijakanDegenerasi#realisasiKosong()} (by default both not
   * computable, {@link Outcome.Reason#NO_VALUE}); with both present, as {@link
   * #hitungRinci(Polaritas, Target, BigDecimal)}.
   */
  public Outcome<HasilCapaian> hitungRinci(
      Polaritas polaritas, Optional<Target> target, Optional<BigDecimal> realisasi) {
    Objects.requireNonNull(polaritas, "polaritas");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    if (target.isEmpty()) {
      return degenerasi.terapkan(KasusDegenerasi.TARGET_KOSONG, false, Outcome.notComputable(
          Outcome.Reason.NO_VALUE, "no target was set"
              + realisasi.map(r -> " for realisasi " + r.toPlainString()).orElse(" and no realisasi was reported")));
    }
    if (realisasi.isEmpty()) {
      return degenerasi.terapkan(KasusDegenerasi.REALISASI_KOSONG, false, Outcome.notComputable(
          Outcome.Reason.NO_VALUE, "no realisasi was reported against target " + target.get()));
    }
    return hitungRinci(polaritas, target.get(), realisasi.get());
  }

  /**
   * Returns the capaian of a realisasi as printed ({@code 85,82 Indek}, {@code n/a}) for {@code
   * indikator}; a printed "no value" is a missing realisasi ({@link
   * KebijakanDegenerasi#realisasiKosong()}).
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
      return Outcome.notComputable(Outcome.Reason.NOT_APPLICABLE, "realisasi '" + realisasi
          + "' is not a level of scale '" + target.skala().nama() + "' " + target.skala().tingkat());
    }
    int targetRank = target.skala().peringkat(target.tingkat()).orElseThrow();
    return Persentase.ratio(BigDecimal.valueOf(rank.get()), BigDecimal.valueOf(targetRank));
  }

  /** Two calculators are equal when they use the same formulas and policies. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof KalkulatorCapaian other
        && other.positif == positif
        && other.negatif == negatif
        && other.rentang == rentang
        && other.degenerasi.equals(degenerasi)
        && other.batasKetat == batasKetat;
  }

  @Override
  public int hashCode() {
    return Objects.hash(positif, negatif, rentang, degenerasi, batasKetat);
  }

  @Override
  public String toString() {
    return "KalkulatorCapaian[positif=" + positif + ", negatif=" + negatif + ", rentang=" + rentang
        + ", degenerasi=" + degenerasi + ", batasKetat=" + batasKetat + "]";
  }

  // ---------------------------------------------------------------- internals

  private KalkulatorCapaian with(RumusCapaian positif, RumusCapaian negatif, RumusRentang rentang,
      KebijakanDegenerasi degenerasi, KebijakanBatasKetat batasKetat) {
    Objects.requireNonNull(positif, "positif");
    Objects.requireNonNull(negatif, "negatif");
    Objects.requireNonNull(rentang, "rentang");
    Objects.requireNonNull(degenerasi, "degenerasi");
    Objects.requireNonNull(batasKetat, "batasKetat");
    requirePolarity("positif", positif, Polaritas.POSITIF);
    requirePolarity("negatif", negatif, Polaritas.NEGATIF);
    return new KalkulatorCapaian(positif, negatif, rentang, degenerasi, batasKetat);
  }

  /** A numeric target under {@code rumus}: the formula, or the degenerate-input policy. */
  private Outcome<HasilCapaian> angka(RumusCapaian rumus, BigDecimal target, BigDecimal realisasi, String konteks) {
    Outcome<Persentase> hasil = rumus.hitung(target, realisasi);
    Optional<KasusDegenerasi> kasus = rumus.kasus(target, realisasi);
    if (kasus.isPresent()) {
      boolean keduanyaNol = target.signum() == 0 && realisasi.signum() == 0;
      return degenerasi.terapkan(kasus.get(), keduanyaNol, hasil)
          .map(h -> konteks.isEmpty() ? h : new HasilCapaian(h.nilai(), h.asal(), h.penjelasan() + konteks));
    }
    return hasil.map(v -> new HasilCapaian(v, HasilCapaian.Asal.RUMUS, rumus.name() + " " + rumus.rumus()
        + " with T " + target.toPlainString() + ", R " + realisasi.toPlainString() + konteks));
  }

  private Outcome<HasilCapaian> rentang(Target.Rentang target, BigDecimal realisasi) {
    Optional<BigDecimal> acuan = rentang.acuan(target, realisasi);
    if (acuan.isEmpty()) {
      return Outcome.of(new HasilCapaian(Persentase.HUNDRED, HasilCapaian.Asal.RUMUS, rentang.name() + " "
          + rentang.rumus() + ": realisasi " + realisasi.toPlainString() + " against range " + target + " gives 100%"));
    }
    return angka(RumusCapaian.POSITIF, acuan.get(), realisasi,
        " (" + rentang.name() + ": realisasi " + realisasi.toPlainString() + " against range " + target
            + " is measured against the bound " + acuan.get().toPlainString() + ")");
  }

  private Outcome<HasilCapaian> pertidaksamaan(Target.Pertidaksamaan target, BigDecimal realisasi) {
    RumusCapaian rumus = rumusUntuk(target.polaritasTersirat()).orElseThrow();
    if (!target.operator().isKetat() || realisasi.compareTo(target.batas()) != 0) {
      return angka(rumus, target.batas(), realisasi, "");
    }
    String tidakTerpenuhi = "realisasi " + realisasi.toPlainString() + " lies on the strict bound of target '" + target
        + "' and does not meet it";
    return switch (batasKetat) {
      case TIDAK_TERHITUNG -> notApplicable(tidakTerpenuhi + "; the formula would give 100% on the bound, so the"
          + " policy KebijakanBatasKetat.TIDAK_TERHITUNG leaves it not computable");
      case NOL -> Outcome.of(new HasilCapaian(Persentase.ZERO, HasilCapaian.Asal.KEBIJAKAN, tidakTerpenuhi
          + "; 0% is set by the policy KebijakanBatasKetat.NOL, not by a formula"));
      case NILAI_RUMUS_DITANDAI -> angka(rumus, target.batas(), realisasi, "").map(h -> new HasilCapaian(h.nilai(),
          h.asal() == HasilCapaian.Asal.RUMUS ? HasilCapaian.Asal.RUMUS_BATAS_TIDAK_TERPENUHI : h.asal(),
          h.penjelasan() + "; " + tidakTerpenuhi + " (KebijakanBatasKetat.NILAI_RUMUS_DITANDAI)"));
    };
  }

  private static Outcome<HasilCapaian> notApplicable(String why) {
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
