package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Capaian formulas against a BigInteger cross-multiplication oracle and their monotonicity. */
class CapaianPropertiesTest {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  @Property
  void positive_capaian_equals_the_oracle_fraction(
      @ForAll("positiveTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r) {
    Persentase c = RumusCapaian.POSITIF.hitung(t, r).value();
    // c = num/den  ⇔  num × T = R × 100 × den, all as integers at a common scale.
    int s = Math.max(t.scale(), r.scale());
    BigInteger ti = t.setScale(s).unscaledValue();
    BigInteger ri = r.setScale(s).unscaledValue();
    assertThat(c.numerator().multiply(ti)).isEqualTo(ri.multiply(HUNDRED).multiply(c.denominator()));
  }

  @Property
  void lan_form_equals_200_minus_the_positive_form(
      @ForAll("positiveTargets") BigDecimal t, @ForAll("realisasi") BigDecimal r) {
    Persentase lan = RumusCapaian.NEGATIF_LAN.hitung(t, r).value();
    Persentase positif = RumusCapaian.POSITIF.hitung(t, r).value();
    assertThat(lan).isEqualTo(Persentase.of(200).minus(positif));
  }

  @Property
  void positive_capaian_strictly_increases_with_realisasi(
      @ForAll("positiveTargets") BigDecimal t,
      @ForAll("realisasi") BigDecimal r1,
      @ForAll("realisasi") BigDecimal r2) {
    Assume.that(r1.compareTo(r2) < 0);
    assertThat(RumusCapaian.POSITIF.hitung(t, r1).value())
        .isLessThan(RumusCapaian.POSITIF.hitung(t, r2).value());
  }

  @Property
  void negative_capaian_strictly_decreases_with_realisasi(
      @ForAll("positiveTargets") BigDecimal t,
      @ForAll("realisasi") BigDecimal r1,
      @ForAll("realisasi") BigDecimal r2) {
    Assume.that(r1.compareTo(r2) < 0);
    assertThat(RumusCapaian.NEGATIF_LAN.hitung(t, r1).value())
        .isGreaterThan(RumusCapaian.NEGATIF_LAN.hitung(t, r2).value());
    Assume.that(r1.signum() > 0);
    assertThat(RumusCapaian.NEGATIF_INVERS.hitung(t, r1).value())
        .isGreaterThan(RumusCapaian.NEGATIF_INVERS.hitung(t, r2).value());
  }

  @Property
  void a_capped_value_never_exceeds_its_cap_and_equals_the_raw_value_below_it(
      @ForAll("positiveTargets") BigDecimal t,
      @ForAll("realisasi") BigDecimal r,
      @ForAll("caps") BigDecimal cap) {
    Persentase raw = RumusCapaian.POSITIF.hitung(t, r).value();
    CapaianTersaji shown = BatasCapaian.maks(cap).terapkan(raw);
    assertThat(shown.tersaji()).isLessThanOrEqualTo(Persentase.of(cap));
    assertThat(shown.mentah()).isEqualTo(raw);
    if (raw.compareTo(Persentase.of(cap)) <= 0) {
      assertThat(shown.tersaji()).isEqualTo(raw);
    } else {
      assertThat(shown.tersaji()).isEqualTo(Persentase.of(cap));
    }
  }

  @Property
  void range_capaian_is_100_inside_and_below_100_only_below_the_range(
      @ForAll("positiveTargets") BigDecimal lo,
      @ForAll("positiveTargets") BigDecimal width,
      @ForAll("realisasi") BigDecimal r) {
    Assume.that(width.signum() > 0);
    Target.Rentang range = Target.rentang(lo, lo.add(width));
    Persentase c = RumusRentang.PERMENPAN_RB_8_2021.hitung(range, r).value();
    if (range.memuat(r)) {
      assertThat(c).isEqualTo(Persentase.HUNDRED);
    } else if (r.compareTo(lo) < 0) {
      assertThat(c).isLessThan(Persentase.HUNDRED);
    } else {
      assertThat(c).isGreaterThan(Persentase.HUNDRED);
    }
  }

  @Provide
  Arbitrary<BigDecimal> positiveTargets() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000")).ofScale(2);
  }

  @Provide
  Arbitrary<BigDecimal> realisasi() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000000")).ofScale(3);
  }

  @Provide
  Arbitrary<BigDecimal> caps() {
    return Arbitraries.of(new BigDecimal("100"), new BigDecimal("110"), new BigDecimal("120"), new BigDecimal("200"));
  }
}
