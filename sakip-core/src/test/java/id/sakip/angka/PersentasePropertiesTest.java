package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Percentages against a {@link BigInteger} oracle of numerator and denominator. */
class PersentasePropertiesTest {

  @Property
  void rounding_of_a_ratio_equals_the_oracle_in_every_mode(
      @ForAll("figures") BigDecimal numerator,
      @ForAll("figures") BigDecimal denominator,
      @ForAll @IntRange(min = 0, max = 6) int scale,
      @ForAll RoundingMode mode) {
    Assume.that(denominator.signum() != 0);
    Persentase p = Persentase.ratio(numerator, denominator).value();
    // p = n/d × 100; at scale s: n × 100 × 10^s / d, with both figures brought to a common scale.
    int common = Math.max(numerator.scale(), denominator.scale());
    BigInteger n = numerator.setScale(common).unscaledValue();
    BigInteger d = denominator.setScale(common).unscaledValue();
    BigInteger scaledNumerator = n.multiply(BigInteger.valueOf(100)).multiply(BigInteger.TEN.pow(scale));
    if (mode == RoundingMode.UNNECESSARY) {
      if (scaledNumerator.mod(d.abs()).signum() != 0) {
        assertThatThrownBy(() -> p.rounded(scale, mode)).isInstanceOf(ArithmeticException.class);
      } else {
        assertThat(p.rounded(scale, mode).unscaledValue()).isEqualTo(scaledNumerator.divide(d));
      }
      return;
    }
    BigInteger oracle = Oracle.divide(scaledNumerator, d, mode);
    BigDecimal rounded = p.rounded(scale, mode);
    assertThat(rounded.scale()).isEqualTo(scale);
    assertThat(rounded.unscaledValue()).isEqualTo(oracle);
  }

  @Property
  void comparison_equals_cross_multiplication(
      @ForAll("figures") BigDecimal a, @ForAll("figures") BigDecimal b) {
    Persentase pa = Persentase.of(a);
    Persentase pb = Persentase.of(b);
    assertThat(Integer.signum(pa.compareTo(pb))).isEqualTo(a.compareTo(b));
    assertThat(pa.equals(pb)).isEqualTo(a.compareTo(b) == 0);
  }

  @Property
  void plus_and_minus_are_exact(@ForAll("figures") BigDecimal a, @ForAll("figures") BigDecimal b) {
    assertThat(Persentase.of(a).plus(Persentase.of(b))).isEqualTo(Persentase.of(a.add(b)));
    assertThat(Persentase.of(a).minus(Persentase.of(b))).isEqualTo(Persentase.of(a.subtract(b)));
  }

  @Property
  void a_rounded_figure_agrees_with_its_exact_value(
      @ForAll("figures") BigDecimal numerator,
      @ForAll("figures") BigDecimal denominator,
      @ForAll @IntRange(min = 0, max = 4) int scale) {
    Assume.that(denominator.signum() != 0);
    Persentase p = Persentase.ratio(numerator, denominator).value();
    BigDecimal printed = p.rounded(scale, RoundingMode.HALF_UP);
    assertThat(p.agreesWith(printed)).isTrue();
    assertThat(p.agreesWith(printed.add(BigDecimal.ONE.movePointLeft(scale)))).isFalse();
  }

  @Provide
  Arbitrary<BigDecimal> figures() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000000000"), new BigDecimal("1000000000000"))
        .ofScale(3);
  }
}
