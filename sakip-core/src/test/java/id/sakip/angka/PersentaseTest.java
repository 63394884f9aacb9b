package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersentaseTest {

  private static final Rupiah PAGU = Rupiah.parse("2.910.568.737,00");

  @Test
  void seed_absorption_2_691_204_248_of_2_910_568_737_is_92_46() {
    Persentase serapan = Persentase.ratio(Rupiah.parse("2.691.204.248"), PAGU).value();
    assertThat(serapan.toBigDecimal().toPlainString()).startsWith("92.4631744");
    assertThat(serapan.rounded(2, RoundingMode.HALF_UP)).isEqualTo("92.46");
    assertThat(serapan.format()).isEqualTo("92,46%");
  }

  @Test
  void seed_share_7_682_800_of_2_910_568_737_is_0_26() {
    Persentase share = Persentase.ratio(Rupiah.parse("7.682.800"), PAGU).value();
    assertThat(share.format()).isEqualTo("0,26%");
    assertThat(share.agreesWith(new BigDecimal("0.26"))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "2048040176, 2226289308, 91.99",
    "60019143, 61165000, 98.13",
    "265742000, 305711500, 86.93",
  })
  void seed_budget_rows_recompute_to_their_printed_percentages(
      long realisasi, long pagu, BigDecimal printed) {
    Persentase serapan = Persentase.ratio(Rupiah.of(realisasi), Rupiah.of(pagu)).value();
    assertThat(serapan.agreesWith(printed)).isTrue();
  }

  @Test
  void seed_skm_85_82_against_85_is_not_the_printed_100() {
    Persentase capaian =
        Persentase.ratio(new BigDecimal("85.82"), new BigDecimal("85")).value();
    assertThat(capaian.toBigDecimal().toPlainString()).startsWith("100.9647");
    assertThat(capaian.agreesWith(new BigDecimal("100"))).isFalse();
    assertThat(capaian.agreesWith(new BigDecimal("100.96"))).isTrue();
  }

  @Test
  void a_zero_denominator_is_not_computable_in_the_type() {
    Outcome<Persentase> outcome = Persentase.ratio(new BigDecimal("5"), BigDecimal.ZERO);
    assertThat(outcome.isComputable()).isFalse();
    assertThat(outcome).isInstanceOf(Outcome.NotComputable.class);
    assertThat(outcome.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(outcome.explanation()).contains("5 / 0").contains("denominator is 0");
    assertThat(outcome.toOptional()).isEmpty();
    assertThat(outcome.orElse(Persentase.ZERO)).isSameAs(Persentase.ZERO);
    assertThatThrownBy(outcome::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ZERO_DENOMINATOR");

    Outcome<Persentase> amounts = Persentase.ratio(Rupiah.of(5), Rupiah.ZERO);
    assertThat(amounts.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(amounts.explanation()).contains("Rp5,00 / Rp0,00");
  }

  @Test
  void a_zero_numerator_is_zero_percent() {
    assertThat(Persentase.ratio(Rupiah.ZERO, PAGU).value()).isEqualTo(Persentase.ZERO);
  }

  @Test
  void printed_92_46_agrees_with_92_4631_and_printed_101_75_does_not_agree_with_101_7291() {
    Persentase a = Persentase.of(new BigDecimal("92.4631744"));
    Persentase b = Persentase.of(new BigDecimal("101.7291"));
    assertThat(a.agreesWith(new BigDecimal("92.46"))).isTrue();
    assertThat(b.agreesWith(new BigDecimal("101.75"))).isFalse();
    assertThat(b.agreesWith(new BigDecimal("101.73"))).isTrue();
  }

  @Test
  void agreement_uses_the_rounding_mode_given() {
    Persentase nearTie = Persentase.of(new BigDecimal("12.345"));
    assertThat(nearTie.agreesWith(new BigDecimal("12.35"))).isTrue();
    assertThat(nearTie.agreesWith(new BigDecimal("12.35"), RoundingMode.DOWN)).isFalse();
    assertThat(nearTie.agreesWith(new BigDecimal("12.34"), RoundingMode.DOWN)).isTrue();
    assertThat(nearTie.agreesWith(new BigDecimal("12.34"), RoundingMode.HALF_EVEN)).isTrue();
    assertThat(nearTie.agreesWith(new BigDecimal("12.345"), RoundingMode.UNNECESSARY)).isTrue();
    assertThat(nearTie.agreesWith(new BigDecimal("12.35"), RoundingMode.UNNECESSARY)).isFalse();
  }

  @Test
  void agreement_with_a_printed_figure_uses_its_printed_precision() {
    Persentase capaian = Persentase.ratio(new BigDecimal("85.82"), new BigDecimal("85")).value();
    assertThat(capaian.agreesWith(AngkaParser.parse("100%"))).isFalse();
    assertThat(capaian.agreesWith(AngkaParser.parse("100,96%"))).isTrue();
    assertThat(capaian.agreesWith(AngkaParser.parse("101%"))).isTrue();
    assertThat(capaian.agreesWith(AngkaParser.parse("n/a"))).isFalse();
  }

  @Test
  void keeps_more_than_34_significant_digits_exactly() {
    Persentase third = Persentase.ratio(BigDecimal.ONE, new BigDecimal("3")).value();
    assertThat(third.toBigDecimal()).isEqualTo(new BigDecimal("33.33333333333333333333333333333333"));
    assertThat(third.rounded(40, RoundingMode.DOWN).toPlainString())
        .isEqualTo("33." + "3".repeat(40));
    assertThat(third.toExactBigDecimal()).isEmpty();
    assertThat(third.multipliedBy(new BigDecimal("3"))).isEqualTo(Persentase.of(100));
    assertThat(third.toString()).endsWith("…%");
    assertThat(third.toBigDecimal(MathContext.DECIMAL32)).isEqualTo(new BigDecimal("33.33333"));
  }

  @Test
  void exact_values_print_exactly() {
    assertThat(Persentase.ratio(new BigDecimal("7"), new BigDecimal("8")).value().toString())
        .isEqualTo("87.5%");
    assertThat(Persentase.of(new BigDecimal("115.00")).toExactBigDecimal())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("115"));
  }

  @Test
  void equal_values_are_equal_whatever_their_written_scale() {
    assertThat(Persentase.of(new BigDecimal("85.0"))).isEqualTo(Persentase.of(85));
    assertThat(Persentase.of(new BigDecimal("85.0")).hashCode()).isEqualTo(Persentase.of(85).hashCode());
    assertThat(Persentase.ofFraction(BigInteger.valueOf(-2), BigInteger.valueOf(-4)))
        .isEqualTo(Persentase.of(new BigDecimal("0.5")));
    assertThat(Persentase.of(new BigDecimal("1E+2"))).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void percentage_point_arithmetic_is_exact() {
    Persentase capaian = Persentase.of(100);
    Persentase serapan = Persentase.ratio(Rupiah.parse("2.691.204.248"), PAGU).value();
    Persentase efisiensi = capaian.minus(serapan);
    assertThat(efisiensi.plus(serapan)).isEqualTo(capaian);
    assertThat(efisiensi.format()).isEqualTo("7,54%");
    assertThat(Persentase.of(200).minus(Persentase.of(250)).format()).isEqualTo("-50,00%");
    assertThat(serapan.negated().isNegative()).isTrue();
    assertThat(serapan.min(capaian)).isEqualTo(serapan);
    assertThat(serapan.max(capaian)).isEqualTo(capaian);
  }

  @Test
  void ratio_to_another_percentage() {
    assertThat(Persentase.of(50).ratioTo(Persentase.of(200)).value()).isEqualTo(Persentase.of(25));
    assertThat(Persentase.of(50).ratioTo(Persentase.ZERO).notComputableReason())
        .contains(Outcome.Reason.ZERO_DENOMINATOR);
  }

  @Test
  void of_fraction_refuses_a_zero_denominator_naming_it() {
    assertThatThrownBy(() -> Persentase.ofFraction(BigInteger.ONE, BigInteger.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1/0")
        .hasMessageContaining("non-zero denominator");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "92.4631744 | 2 | HALF_UP | 92,46%",
        "0.005      | 2 | HALF_UP | 0,01%",
        "0.005      | 2 | HALF_EVEN | 0,00%",
        "1234.5     | 1 | HALF_UP | 1.234,5%",
        "-50        | 0 | HALF_UP | -50%",
      })
  void formats_in_indonesian_notation(
      BigDecimal value, int scale, RoundingMode mode, String expected) {
    assertThat(Persentase.of(value).format(scale, mode)).isEqualTo(expected);
  }
}
