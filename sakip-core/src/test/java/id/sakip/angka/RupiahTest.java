package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

  @Test
  void seed_rkt_program_budgets_total_3_144_023_773() {
    Rupiah total =
        Rupiah.total(
            Rupiah.parse("2.385.335.973,00"),
            Rupiah.parse("734.195.800,00"),
            Rupiah.parse("8.164.000,00"),
            Rupiah.parse("8.164.000,00"),
            Rupiah.parse("8.164.000,00"));
    assertThat(total).isEqualTo(Rupiah.of(3_144_023_773L));
    assertThat(total.format()).isEqualTo("Rp3.144.023.773,00");
  }

  @Test
  void seed_bab_ii_pk_after_apbd_p_totals_2_910_568_737() {
    Rupiah total =
        Rupiah.total(
            List.of(
                Rupiah.of(2_566_433_437L),
                Rupiah.of(321_807_300L),
                Rupiah.of(8_164_000L),
                Rupiah.of(8_164_000L),
                Rupiah.of(6_000_000L)));
    assertThat(total).isEqualTo(Rupiah.parse("Rp. 2.910.568.737,00"));
  }

  @Test
  void total_of_nothing_is_zero() {
    assertThat(Rupiah.total(List.of())).isEqualTo(Rupiah.zero());
    assertThat(Rupiah.total()).isSameAs(Rupiah.ZERO);
  }

  @Test
  void total_is_exact_when_an_intermediate_sum_leaves_the_range() {
    Rupiah total = Rupiah.total(Rupiah.MAX, Rupiah.ofSen(1), Rupiah.ofSen(-2));
    assertThat(total).isEqualTo(Rupiah.MAX.minus(Rupiah.ofSen(1)));
  }

  @Test
  void total_beyond_the_range_throws_naming_the_total() {
    assertThatThrownBy(() -> Rupiah.total(Rupiah.MAX, Rupiah.ofSen(1), Rupiah.ofSen(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("92233720368547758.09")
        .hasMessageContaining("outside the supported range");
  }

  @Test
  void holds_national_scale_sums_exactly() {
    Rupiah tenToThe16 = Rupiah.of(10_000_000_000_000_000L);
    Rupiah sum = tenToThe16.plus(Rupiah.ofSen(1)).plus(tenToThe16);
    assertThat(sum.toBigDecimal()).isEqualByComparingTo("20000000000000000.01");
  }

  @Test
  void of_whole_rupiah_beyond_the_range_throws() {
    assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE / 10))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("outside the supported range");
    assertThat(Rupiah.of(Long.MAX_VALUE / 100).toSen()).isEqualTo(Long.MAX_VALUE / 100 * 100);
  }

  @Test
  void of_big_decimal_with_more_than_two_decimals_is_refused_without_a_rounding_mode() {
    assertThatThrownBy(() -> Rupiah.of(new BigDecimal("1.005")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1.005")
        .hasMessageContaining("more than 2 decimal places")
        .hasMessageContaining("RoundingMode");
  }

  @Test
  void of_big_decimal_accepts_trailing_zeros_beyond_the_sen() {
    assertThat(Rupiah.of(new BigDecimal("1.500"))).isEqualTo(Rupiah.ofSen(150));
    assertThat(Rupiah.of(new BigDecimal("1E+3"))).isEqualTo(Rupiah.of(1000));
  }

  @ParameterizedTest
  @CsvSource({
    "1.005, HALF_UP, 1.01",
    "1.005, HALF_EVEN, 1.00",
    "1.005, DOWN, 1.00",
    "-1.005, FLOOR, -1.01",
    "-1.005, CEILING, -1.00",
  })
  void of_big_decimal_rounds_with_the_given_mode(String amount, RoundingMode mode, String sen) {
    assertThat(Rupiah.of(new BigDecimal(amount), mode).toBigDecimal()).isEqualTo(sen);
  }

  @Test
  void plus_minus_negated() {
    Rupiah pagu = Rupiah.of(2_910_568_737L);
    Rupiah realisasi = Rupiah.of(2_691_204_248L);
    assertThat(pagu.minus(realisasi)).isEqualTo(Rupiah.of(219_364_489L));
    assertThat(realisasi.minus(pagu).negated()).isEqualTo(pagu.minus(realisasi));
    assertThat(pagu.plus(realisasi).minus(realisasi)).isEqualTo(pagu);
  }

  @Test
  void plus_beyond_the_range_throws_instead_of_wrapping() {
    assertThatThrownBy(() -> Rupiah.MAX.plus(Rupiah.ofSen(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("outside the supported range");
    assertThatThrownBy(() -> Rupiah.MIN.minus(Rupiah.ofSen(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(Rupiah.MIN::negated).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void multiplied_by_a_ratio_needs_an_explicit_rounding_mode() {
    Rupiah pagu = Rupiah.of(2_910_568_737L);
    assertThat(pagu.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP))
        .isEqualTo(Rupiah.parse("1.455.284.368,50"));
    assertThat(Rupiah.ofSen(1).multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN))
        .isEqualTo(Rupiah.ZERO);
    assertThatThrownBy(
            () -> Rupiah.ofSen(1).multipliedBy(new BigDecimal("0.5"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rupiah.MAX.multipliedBy(BigDecimal.valueOf(2), RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("outside the supported range");
  }

  @Test
  void sign_checks_and_comparison() {
    assertThat(Rupiah.ZERO.isZero()).isTrue();
    assertThat(Rupiah.ZERO.isPositiveOrZero()).isTrue();
    assertThat(Rupiah.ZERO.isNegativeOrZero()).isTrue();
    assertThat(Rupiah.ofSen(1).isPositive()).isTrue();
    assertThat(Rupiah.ofSen(-1).isNegative()).isTrue();
    assertThat(Rupiah.ofSen(-1).signum()).isEqualTo(-1);
    assertThat(Rupiah.ofSen(-1).abs()).isEqualTo(Rupiah.ofSen(1));
    assertThat(Rupiah.of(2).isGreaterThan(Rupiah.of(1))).isTrue();
    assertThat(Rupiah.of(1).isLessThan(Rupiah.of(2))).isTrue();
    assertThat(Rupiah.of(1).compareTo(Rupiah.ofSen(100))).isZero();
  }

  @Test
  void equal_amounts_are_equal_and_hash_alike() {
    assertThat(Rupiah.of(new BigDecimal("5.0"))).isEqualTo(Rupiah.ofSen(500));
    assertThat(Rupiah.of(new BigDecimal("5.0")).hashCode()).isEqualTo(Rupiah.ofSen(500).hashCode());
    assertThat(Rupiah.of(5)).isNotEqualTo(Rupiah.of(6)).isNotEqualTo("Rp5,00");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2910568737.00 | Rp2.910.568.737,00 | 2.910.568.737,00",
        "0.00          | Rp0,00             | 0,00",
        "0.05          | Rp0,05             | 0,05",
        "999.99        | Rp999,99           | 999,99",
        "1000.00       | Rp1.000,00         | 1.000,00",
        "-1500000.00   | -Rp1.500.000,00    | -1.500.000,00",
      })
  void formats_in_indonesian_notation(String amount, String withSymbol, String withoutSymbol) {
    Rupiah rupiah = Rupiah.of(new BigDecimal(amount));
    assertThat(rupiah.format()).isEqualTo(withSymbol);
    assertThat(rupiah.toString()).isEqualTo(withSymbol);
    assertThat(rupiah.formatWithoutSymbol()).isEqualTo(withoutSymbol);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Rp2.910.568.737,00   | 2910568737.00",
        "Rp. 2.910.568.737,00 | 2910568737.00",
        "Rp 1.000.000,-       | 1000000.00",
        "2.910.568.737        | 2910568737.00",
        "-1.500.000           | -1500000.00",
        "(1.500.000)          | -1500000.00",
        "-Rp1.500.000,00      | -1500000.00",
        "85,5                 | 85.50",
      })
  void parses_amounts_as_reports_print_them(String text, String expected) {
    assertThat(Rupiah.parse(text).toBigDecimal()).isEqualTo(expected);
  }

  @Test
  void parses_english_notation_when_asked() {
    assertThat(Rupiah.parse("1,004,422,800", Notasi.INGGRIS)).isEqualTo(Rupiah.of(1_004_422_800L));
  }

  @Test
  void parse_refuses_no_value_units_percent_and_sub_sen_digits() {
    assertThatThrownBy(() -> Rupiah.parse("n/a"))
        .isInstanceOf(AngkaFormatException.class)
        .hasMessageContaining("'n/a'")
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Rupiah.parse("4 Buku"))
        .isInstanceOf(AngkaFormatException.class)
        .hasMessageContaining("'4 Buku'")
        .hasMessageContaining("no unit");
    assertThatThrownBy(() -> Rupiah.parse("92,46%"))
        .isInstanceOf(AngkaFormatException.class)
        .hasMessageContaining("percent");
    assertThatThrownBy(() -> Rupiah.parse("1,005"))
        .isInstanceOf(AngkaFormatException.class)
        .hasMessageContaining("'1,005'")
        .hasMessageContaining("at most 2 decimal places");
  }

  @Test
  void converts_to_and_from_jsr_354_in_idr() {
    Rupiah pagu = Rupiah.parse("2.910.568.737,00");
    MonetaryAmount money = pagu.toMonetaryAmount();
    assertThat(money.getCurrency().getCurrencyCode()).isEqualTo("IDR");
    assertThat(money.getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("2910568737");
    assertThat(Rupiah.from(money)).isEqualTo(pagu);
    assertThat(Rupiah.from(Money.of(new BigDecimal("1.005"), "IDR"), RoundingMode.HALF_UP))
        .isEqualTo(Rupiah.ofSen(101));
  }

  @Test
  void refuses_a_non_idr_amount_naming_both_currencies() {
    assertThatThrownBy(() -> Rupiah.from(Money.of(new BigDecimal("12.50"), "USD")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("IDR")
        .hasMessageContaining("USD")
        .satisfies(
            e -> {
              CurrencyMismatchException c = (CurrencyMismatchException) e;
              assertThat(c.expectedCurrency()).isEqualTo("IDR");
              assertThat(c.actualCurrency()).isEqualTo("USD");
            });
  }

  @Test
  void refuses_a_jsr_354_amount_with_more_than_two_decimals_without_a_rounding_mode() {
    assertThatThrownBy(() -> Rupiah.from(Money.of(new BigDecimal("1.005"), "IDR")))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("1.005");
  }
}
