package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules of domain.md §11 that practice uses, against independent exact oracles: fractions of
 * BigIntegers at a common scale, with the formulas rearranged ({@code (1 + (R − T)/|T|)} is {@code
 * (2T − R)/T} when T is negative), never by calling the formula under test.
 */
class CapaianPraktikPropertiesTest {

  private static final BigInteger SERATUS = BigInteger.valueOf(100);

  /** Target and realisasi as integers at their common scale. */
  private record Bulat(BigInteger t, BigInteger r) {
    static Bulat of(BigDecimal t, BigDecimal r) {
      int s = Math.max(0, Math.max(t.scale(), r.scale()));
      return new Bulat(t.setScale(s).unscaledValue(), r.setScale(s).unscaledValue());
    }
  }

  /** True when {@code c} is exactly {@code num / den} (den ≠ 0), by cross-multiplication. */
  private static boolean sama(Persentase c, BigInteger num, BigInteger den) {
    return c.numerator().multiply(den).equals(num.multiply(c.denominator()));
  }

  /** {@code 100 × a / b}. */
  private static boolean persen(Persentase c, BigInteger a, BigInteger b) {
    return sama(c, SERATUS.multiply(a), b);
  }

  // ---------------------------------------------------------------- deviation forms

  @Property
  void higher_is_better_deviation_equals_r_over_t_above_0_and_2t_minus_r_over_t_below(
      @ForAll("nonZeroTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r) {
    Persentase c = RumusCapaian.POSITIF_DEVIASI.hitung(t, r).value();
    Bulat b = Bulat.of(t, r);
    BigInteger num = t.signum() > 0 ? b.r() : b.t().shiftLeft(1).subtract(b.r());
    assertThat(persen(c, num, b.t())).as("%s against T %s, R %s", c, t, r).isTrue();
  }

  @Property
  void lower_is_better_deviation_equals_2t_minus_r_over_t_above_0_and_r_over_t_below(
      @ForAll("nonZeroTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r) {
    Persentase c = RumusCapaian.NEGATIF_DEVIASI.hitung(t, r).value();
    Bulat b = Bulat.of(t, r);
    BigInteger num = t.signum() > 0 ? b.t().shiftLeft(1).subtract(b.r()) : b.r();
    assertThat(persen(c, num, b.t())).as("%s against T %s, R %s", c, t, r).isTrue();
  }

  @Property
  void deviation_forms_equal_r_over_t_and_the_lan_form_when_the_target_is_positive(
      @ForAll("positiveTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r) {
    assertThat(RumusCapaian.POSITIF_DEVIASI.hitung(t, r)).isEqualTo(RumusCapaian.POSITIF.hitung(t, r));
    assertThat(RumusCapaian.NEGATIF_DEVIASI.hitung(t, r)).isEqualTo(RumusCapaian.NEGATIF_LAN.hitung(t, r));
  }

  @Property
  void deviation_forms_keep_the_direction_of_the_polarity_whatever_the_sign_of_the_target(
      @ForAll("nonZeroTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r1, @ForAll("realisasi") BigDecimal r2) {
    Assume.that(r1.compareTo(r2) < 0);
    assertThat(RumusCapaian.POSITIF_DEVIASI.hitung(t, r1).value())
        .isLessThan(RumusCapaian.POSITIF_DEVIASI.hitung(t, r2).value());
    assertThat(RumusCapaian.NEGATIF_DEVIASI.hitung(t, r1).value())
        .isGreaterThan(RumusCapaian.NEGATIF_DEVIASI.hitung(t, r2).value());
    assertThat(RumusCapaian.POSITIF_DEVIASI.hitung(t, t).value()).isEqualTo(Persentase.HUNDRED);
    assertThat(RumusCapaian.NEGATIF_DEVIASI.hitung(t, t).value()).isEqualTo(Persentase.HUNDRED);
  }

  // ---------------------------------------------------------------- sign rule

  @Property
  void the_ratio_forms_refuse_every_negative_target_whatever_the_policies(
      @ForAll("negativeTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r,
      @ForAll("kebijakan") KebijakanDegenerasi kebijakan, @ForAll KebijakanBatasKetat batasKetat) {
    for (RumusCapaian rumus : List.of(RumusCapaian.POSITIF, RumusCapaian.NEGATIF_LAN, RumusCapaian.NEGATIF_INVERS)) {
      KalkulatorCapaian k = kalkulator(rumus).withKebijakanDegenerasi(kebijakan).withKebijakanBatasKetat(batasKetat);
      Outcome<Persentase> c = k.hitung(rumus.polaritas(), Target.angka(t), r);
      assertThat(c.notComputableReason()).as(rumus.name()).contains(Outcome.Reason.NOT_APPLICABLE);
      assertThat(c.explanation()).contains("a ratio needs a positive target");
    }
  }

  // ---------------------------------------------------------------- standar() unchanged

  @Property
  void standar_equals_the_old_formulas_for_positive_targets_and_non_strict_bounds(
      @ForAll("positiveTargets") BigDecimal t, @ForAll("positiveTargets") BigDecimal lebar,
      @ForAll("realisasi") BigDecimal r, @ForAll Target.Operator operator, @ForAll Polaritas polaritas) {
    KalkulatorCapaian standar = KalkulatorCapaian.standar();
    Bulat b = Bulat.of(t, r);
    BigInteger lama = polaritas == Polaritas.NEGATIF ? b.t().shiftLeft(1).subtract(b.r()) : b.r();
    if (polaritas != Polaritas.RENTANG) {
      Persentase angka = standar.hitung(polaritas, Target.angka(t), r).value();
      assertThat(persen(angka, lama, b.t())).as("numeric %s T %s R %s: %s", polaritas, t, r, angka).isTrue();
    }
    if (operator.polaritas() == polaritas && !(operator.isKetat() && r.compareTo(t) == 0)) {
      Persentase batas = standar.hitung(polaritas, new Target.Pertidaksamaan(operator, t), r).value();
      assertThat(persen(batas, lama, b.t())).as("%s %s R %s: %s", operator, t, r, batas).isTrue();
    }
    BigDecimal atas = t.add(lebar);
    Persentase rentang = standar.hitung(Polaritas.RENTANG, Target.rentang(t, atas), r).value();
    if (r.compareTo(t) >= 0 && r.compareTo(atas) <= 0) {
      assertThat(rentang).isEqualTo(Persentase.HUNDRED);
    } else {
      Bulat bound = Bulat.of(r.compareTo(atas) > 0 ? atas : t, r);
      assertThat(persen(rentang, bound.r(), bound.t())).as("range %s–%s R %s: %s", t, atas, r, rentang).isTrue();
    }
  }

  // ---------------------------------------------------------------- degenerate inputs

  @Property
  void no_policy_changes_a_capaian_the_formula_defines(
      @ForAll RumusCapaian rumus, @ForAll("nonZeroTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r,
      @ForAll("kebijakan") KebijakanDegenerasi kebijakan) {
    Outcome<Persentase> rumusSaja = rumus.hitung(t, r);
    Assume.that(rumusSaja.isComputable());
    Outcome<HasilCapaian> h = kalkulator(rumus).withKebijakanDegenerasi(kebijakan)
        .hitungRinci(rumus.polaritas(), Target.angka(t), r);
    assertThat(h.value().nilai()).isEqualTo(rumusSaja.value());
    assertThat(h.value().asal()).isEqualTo(HasilCapaian.Asal.RUMUS);
  }

  @Property
  void a_target_of_0_gets_the_answer_of_the_policy(
      @ForAll RumusCapaian rumus, @ForAll("realisasi") BigDecimal r, @ForAll("nolAtauBukan") BigDecimal nolAtauBukan,
      @ForAll JawabanDegenerasi jawaban) {
    BigDecimal realisasi = nolAtauBukan.signum() == 0 ? BigDecimal.ZERO : r;
    Assume.that(!(rumus == RumusCapaian.NEGATIF_INVERS && realisasi.signum() < 0));
    KebijakanDegenerasi kebijakan = KebijakanDegenerasi.STANDAR.withTargetNol(jawaban).withRealisasiNol(jawaban);
    Outcome<HasilCapaian> h = kalkulator(rumus).withKebijakanDegenerasi(kebijakan)
        .hitungRinci(rumus.polaritas(), Target.angka(0), realisasi);
    switch (jawaban) {
      case TIDAK_TERHITUNG -> assertThat(h.isComputable()).isFalse();
      case NOL -> assertThat(h.value().nilai()).isEqualTo(Persentase.ZERO);
      case SERATUS -> assertThat(h.value().nilai()).isEqualTo(Persentase.HUNDRED);
      case SERATUS_JIKA_KEDUANYA_NOL -> assertThat(h.value().nilai())
          .isEqualTo(realisasi.signum() == 0 ? Persentase.HUNDRED : Persentase.ZERO);
    }
    h.toOptional().ifPresent(v -> assertThat(v.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN));
  }

  // ---------------------------------------------------------------- strict bounds

  @Property
  void a_strict_bound_scores_as_the_inclusive_one_except_on_the_bound(
      @ForAll("positiveTargets") BigDecimal batas, @ForAll("realisasi") BigDecimal acak,
      @ForAll boolean padaBatas, @ForAll KebijakanBatasKetat kebijakan) {
    BigDecimal r = padaBatas ? batas : acak;
    KalkulatorCapaian k = KalkulatorCapaian.standar().withKebijakanBatasKetat(kebijakan);
    for (Target.Operator[] pasangan : new Target.Operator[][] {
        {Target.Operator.KURANG_DARI, Target.Operator.PALING_BANYAK},
        {Target.Operator.LEBIH_DARI, Target.Operator.PALING_SEDIKIT}}) {
      Polaritas p = pasangan[0].polaritas();
      Outcome<HasilCapaian> ketat = k.hitungRinci(p, new Target.Pertidaksamaan(pasangan[0], batas), r);
      Outcome<HasilCapaian> inklusif = k.hitungRinci(p, new Target.Pertidaksamaan(pasangan[1], batas), r);
      if (r.compareTo(batas) != 0) {
        assertThat(ketat).isEqualTo(inklusif);
        continue;
      }
      assertThat(inklusif.value().nilai()).isEqualTo(Persentase.HUNDRED);
      switch (kebijakan) {
        case TIDAK_TERHITUNG -> assertThat(ketat.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
        case NOL -> assertThat(ketat.value().nilai()).isEqualTo(Persentase.ZERO);
        case NILAI_RUMUS_DITANDAI -> assertThat(ketat.value().asal())
            .isEqualTo(HasilCapaian.Asal.RUMUS_BATAS_TIDAK_TERPENUHI);
      }
    }
  }

  // ---------------------------------------------------------------- range variant

  @Property
  void realisasi_pemda_service_equals_its_oracle_and_never_exceeds_the_default(
      @ForAll("positiveTargets") BigDecimal bawah, @ForAll("positiveTargets") BigDecimal lebar,
      @ForAll("realisasi") BigDecimal acak, @ForAll("posisi") int posisi) {
    BigDecimal atas = bawah.add(lebar);
    BigDecimal r = switch (posisi) {
      case 0 -> bawah;
      case 1 -> atas;
      case 2 -> bawah.add(lebar.divide(BigDecimal.valueOf(2)));
      default -> acak;
    };
    Target.Rentang rentang = Target.rentang(bawah, atas);
    Persentase pemda = RumusRentang.REALISASI_PEMDA_SERVICE.hitung(rentang, r).value();
    Persentase standar = RumusRentang.PERMENPAN_RB_8_2021.hitung(rentang, r).value();
    if (r.compareTo(atas) >= 0) {
      assertThat(pemda).isEqualTo(Persentase.HUNDRED);
    } else {
      Bulat b = Bulat.of(r.compareTo(bawah) > 0 ? atas : bawah, r);
      assertThat(persen(pemda, b.r(), b.t())).as("range %s–%s R %s: %s", bawah, atas, r, pemda).isTrue();
    }
    assertThat(pemda).isLessThanOrEqualTo(standar);
    if (r.compareTo(bawah) <= 0) {
      assertThat(pemda).isEqualTo(standar);
    }
  }

  // ---------------------------------------------------------------- generators

  private static KalkulatorCapaian kalkulator(RumusCapaian rumus) {
    return rumus.polaritas() == Polaritas.POSITIF
        ? KalkulatorCapaian.standar().withPositif(rumus)
        : KalkulatorCapaian.standar().withNegatif(rumus);
  }

  @Provide
  Arbitrary<BigDecimal> positiveTargets() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> negativeTargets() {
    return positiveTargets().map(BigDecimal::negate);
  }

  @Provide
  Arbitrary<BigDecimal> nonZeroTargets() {
    return Arbitraries.oneOf(positiveTargets(), negativeTargets());
  }

  @Provide
  Arbitrary<BigDecimal> realisasi() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-2000000"), new BigDecimal("2000000")).ofScale(3);
  }

  /** Where a realisasi lies against a range: its lower bound, its upper bound, its middle, anywhere. */
  @Provide
  Arbitrary<Integer> posisi() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<BigDecimal> nolAtauBukan() {
    return Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE);
  }

  @Provide
  Arbitrary<KebijakanDegenerasi> kebijakan() {
    List<JawabanDegenerasi> untukKosong = Arrays.stream(JawabanDegenerasi.values())
        .filter(j -> j != JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL).toList();
    return Combinators.combine(Arbitraries.of(JawabanDegenerasi.class), Arbitraries.of(JawabanDegenerasi.class),
        Arbitraries.of(untukKosong), Arbitraries.of(untukKosong)).as(KebijakanDegenerasi::new);
  }
}
