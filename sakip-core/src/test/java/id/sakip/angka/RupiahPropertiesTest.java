package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Rupiah against an oracle that counts sen in {@link BigInteger}. */
class RupiahPropertiesTest {

  private static final BigInteger MIN_SEN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_SEN = BigInteger.valueOf(Long.MAX_VALUE);

  @Property
  void total_of_national_scale_amounts_equals_the_oracle_sum(
      @ForAll @Size(max = 60) List<@From("nationalScale") Rupiah> amounts) {
    BigInteger oracle =
        amounts.stream().map(a -> BigInteger.valueOf(a.toSen())).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(BigInteger.valueOf(Rupiah.total(amounts).toSen())).isEqualTo(oracle);
  }

  @Property
  void total_throws_exactly_when_the_oracle_total_is_out_of_range(
      @ForAll @Size(max = 6) List<Rupiah> amounts) {
    BigInteger oracle =
        amounts.stream().map(a -> BigInteger.valueOf(a.toSen())).reduce(BigInteger.ZERO, BigInteger::add);
    if (inRange(oracle)) {
      assertThat(BigInteger.valueOf(Rupiah.total(amounts).toSen())).isEqualTo(oracle);
    } else {
      assertThatThrownBy(() -> Rupiah.total(amounts)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void plus_is_commutative(@ForAll("nationalScale") Rupiah a, @ForAll("nationalScale") Rupiah b) {
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
  }

  @Property
  void plus_is_associative(
      @ForAll("nationalScale") Rupiah a,
      @ForAll("nationalScale") Rupiah b,
      @ForAll("nationalScale") Rupiah c) {
    assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
  }

  @Property
  void minus_undoes_plus(@ForAll("nationalScale") Rupiah a, @ForAll("nationalScale") Rupiah b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
  }

  @Property
  void plus_overflows_exactly_where_the_oracle_leaves_the_range(
      @ForAll Rupiah a, @ForAll Rupiah b) {
    BigInteger oracle = BigInteger.valueOf(a.toSen()).add(BigInteger.valueOf(b.toSen()));
    if (inRange(oracle)) {
      assertThat(BigInteger.valueOf(a.plus(b).toSen())).isEqualTo(oracle);
    } else {
      assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void minus_overflows_exactly_where_the_oracle_leaves_the_range(
      @ForAll Rupiah a, @ForAll Rupiah b) {
    BigInteger oracle = BigInteger.valueOf(a.toSen()).subtract(BigInteger.valueOf(b.toSen()));
    if (inRange(oracle)) {
      assertThat(BigInteger.valueOf(a.minus(b).toSen())).isEqualTo(oracle);
    } else {
      assertThatThrownBy(() -> a.minus(b)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void parse_reads_back_what_format_writes(@ForAll Rupiah amount) {
    assertThat(Rupiah.parse(amount.format())).isEqualTo(amount);
    assertThat(Rupiah.parse(amount.formatWithoutSymbol())).isEqualTo(amount);
    assertThat(Rupiah.parse(amount.toString())).isEqualTo(amount);
  }

  @Property
  void big_decimal_conversion_round_trips(@ForAll Rupiah amount) {
    assertThat(Rupiah.of(amount.toBigDecimal())).isEqualTo(amount);
    assertThat(amount.toBigDecimal().unscaledValue()).isEqualTo(BigInteger.valueOf(amount.toSen()));
    assertThat(Rupiah.from(amount.toMonetaryAmount())).isEqualTo(amount);
  }

  @Property
  void multiplication_rounds_like_the_oracle_in_every_mode(
      @ForAll("nationalScale") Rupiah amount,
      @ForAll("ratios") BigDecimal ratio,
      @ForAll RoundingMode mode) {
    // amount (sen) × ratio = sen × unscaled(ratio) / 10^scale(ratio), rounded to whole sen.
    BigInteger numerator = BigInteger.valueOf(amount.toSen()).multiply(ratio.unscaledValue());
    BigInteger denominator = BigInteger.TEN.pow(ratio.scale());
    BigInteger remainder = numerator.mod(denominator);
    if (mode == RoundingMode.UNNECESSARY && remainder.signum() != 0) {
      assertThatThrownBy(() -> amount.multipliedBy(ratio, mode))
          .isInstanceOf(ArithmeticException.class);
      return;
    }
    BigInteger oracle =
        mode == RoundingMode.UNNECESSARY
            ? numerator.divide(denominator)
            : Oracle.divide(numerator, denominator, mode);
    if (inRange(oracle)) {
      assertThat(BigInteger.valueOf(amount.multipliedBy(ratio, mode).toSen())).isEqualTo(oracle);
    } else {
      assertThatThrownBy(() -> amount.multipliedBy(ratio, mode))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void comparison_agrees_with_the_oracle(@ForAll Rupiah a, @ForAll Rupiah b) {
    assertThat(Integer.signum(a.compareTo(b)))
        .isEqualTo(BigInteger.valueOf(a.toSen()).compareTo(BigInteger.valueOf(b.toSen())));
    assertThat(a.equals(b)).isEqualTo(a.toSen() == b.toSen());
  }

  @Provide
  Arbitrary<Rupiah> nationalScale() {
    return RupiahArbitraryProvider.nationalScale();
  }

  @Provide
  Arbitrary<BigDecimal> ratios() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-3"), new BigDecimal("3"))
        .ofScale(6)
        .edgeCases(c -> c.add(new BigDecimal("0.5"), new BigDecimal("-0.5"), new BigDecimal("0.005")));
  }

  private static boolean inRange(BigInteger sen) {
    return sen.compareTo(MIN_SEN) >= 0 && sen.compareTo(MAX_SEN) <= 0;
  }
}
