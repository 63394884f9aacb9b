package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PecahanTest {

  @Test
  void nine_ninths_are_exactly_one() {
    Pecahan ninth = Pecahan.of(1, 9);
    Pecahan sum = Pecahan.ZERO;
    for (int i = 0; i < 9; i++) {
      sum = sum.plus(ninth);
    }
    assertThat(sum).isEqualTo(Pecahan.ONE);
  }

  @Test
  void a_fraction_is_reduced_and_its_sign_sits_on_the_numerator() {
    Pecahan p = Pecahan.of(BigInteger.valueOf(6), BigInteger.valueOf(-4));
    assertThat(p.numerator()).isEqualTo(-3);
    assertThat(p.denominator()).isEqualTo(2);
    assertThat(p).isEqualTo(Pecahan.of(new BigDecimal("-1.50")));
    assertThat(p.hashCode()).isEqualTo(Pecahan.of(-3, 2).hashCode());
    assertThat(Pecahan.of(0, 7)).isSameAs(Pecahan.ZERO);
  }

  @Test
  void decimals_convert_exactly() {
    assertThat(Pecahan.of(new BigDecimal("0.111"))).isEqualTo(Pecahan.of(111, 1000));
    assertThat(Pecahan.of(new BigDecimal("1E+2"))).isEqualTo(Pecahan.of(100));
    assertThat(Pecahan.of(BigInteger.TEN)).isEqualTo(Pecahan.of(10));
  }

  @Test
  void skm_23875_over_261_rounds_and_prints_as_91_48() {
    Pecahan skm = Pecahan.of(23875, 261);
    assertThat(skm.rounded(2, RoundingMode.HALF_UP)).isEqualTo("91.48");
    assertThat(skm.format()).isEqualTo("91,48");
    assertThat(skm.format(4, RoundingMode.DOWN)).isEqualTo("91,4750");
    assertThat(skm.toBigDecimal().toPlainString()).startsWith("91.475095785");
    assertThat(skm.agreesWith(new BigDecimal("91.48"))).isTrue();
    assertThat(skm.agreesWith(new BigDecimal("91.47"))).isFalse();
    assertThat(skm.toString()).isEqualTo("23875/261");
    assertThat(skm.toExactBigDecimal()).isEmpty();
    assertThat(skm.toPersentase()).isEqualTo(Persentase.ofFraction(BigInteger.valueOf(23875), BigInteger.valueOf(261)));
  }

  @Test
  void a_terminating_value_prints_its_exact_decimal() {
    assertThat(Pecahan.of(999, 10).toString()).isEqualTo("99.9");
    assertThat(Pecahan.of(100).toString()).isEqualTo("100");
    assertThat(Pecahan.of(999, 10).toExactBigDecimal()).contains(new BigDecimal("99.9"));
  }

  @Test
  void arithmetic_and_order_are_exact() {
    Pecahan a = Pecahan.of(1, 3);
    Pecahan b = Pecahan.of(1, 6);
    assertThat(a.plus(b)).isEqualTo(Pecahan.of(1, 2));
    assertThat(a.minus(b)).isEqualTo(b);
    assertThat(a.times(b)).isEqualTo(Pecahan.of(1, 18));
    assertThat(a.times(3)).isEqualTo(Pecahan.ONE);
    assertThat(a.isGreaterThan(b)).isTrue();
    assertThat(b.isLessThan(a)).isTrue();
    assertThat(a.compareTo(Pecahan.of(2, 6))).isZero();
    assertThat(b.minus(a).signum()).isEqualTo(-1);
  }

  @Test
  void a_zero_denominator_is_refused_with_the_rule() {
    assertThatThrownBy(() -> Pecahan.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominator is 0 in fraction 1/0: a fraction needs a non-zero denominator");
  }

  @Test
  void rounding_unnecessary_refuses_an_inexact_value() {
    assertThatThrownBy(() -> Pecahan.of(1, 3).rounded(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Pecahan.of(1, 4).rounded(2, RoundingMode.UNNECESSARY)).isEqualTo("0.25");
  }
}
