package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AngkaParserTest {

  // ---- readings ------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(delimiter = '|', value = {
    "2.910.568.737,00 | 2910568737.00",
    "2.910.568.737    | 2910568737",
    "85,82            | 85.82",
    "0,26             | 0.26",
    "1234,567         | 1234.567",
    "1.234,5          | 1234.5",
    "85               | 85",
    "-1.500.000       | -1500000",
    "(1.500.000)      | -1500000",
    "( 1.500.000 )    | -1500000",
    "−1.500.000       | -1500000",
    "9.007.199.254.740.993 | 9007199254740993",
    "0,10             | 0.10",
  })
  void reads_indonesian_figures_in_automatic_mode(String text, String expected) {
    AngkaTercetak angka = AngkaParser.parse(text);

    assertThat(angka.nilai()).contains(new BigDecimal(expected));
    assertThat(angka.notasi()).isEqualTo(Notasi.INDONESIA);
    assertThat(angka.teks()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(delimiter = '|', value = {
    "Rp. 2.910.568.737,00 | 2910568737.00",
    "Rp 1.000.000,-       | 1000000",
    "Rp2.910.568.737,00   | 2910568737.00",
    "Rp.2.910.568.737,00  | 2910568737.00",
    "rp 1.000             | 1000",
    "RP. 500              | 500",
    "-Rp1.500.000,00      | -1500000.00",
    "Rp-1.500.000,00      | -1500000.00",
    "Rp -1.500.000,00     | -1500000.00",
    "(Rp 1.500.000)       | -1500000",
    "1.000.000,-          | 1000000",
    "1000,-               | 1000",
  })
  void reads_indonesian_amount_with_rp_prefix_or_no_sen_suffix(String text, String expected) {
    AngkaTercetak angka = AngkaParser.parse(text);

    assertThat(angka.nilai()).contains(new BigDecimal(expected));
    assertThat(angka.isRupiah()).isEqualTo(text.toLowerCase().contains("rp"));
    assertThat(angka.notasi()).isEqualTo(Notasi.INDONESIA);
    assertThat(angka.isPersen()).isFalse();
    assertThat(angka.satuan()).isEmpty();
  }

  @ParameterizedTest(name = "{0} reads {1}%")
  @CsvSource(delimiter = '|', value = {
    "90%     | 90",
    "0 %     | 0",
    "85,82%  | 85.82",
    "100,96 %| 100.96",
    "(5%)    | -5",
    "-2,5%   | -2.5",
  })
  void reads_percentages(String text, String expected) {
    AngkaTercetak angka = AngkaParser.parse(text);

    assertThat(angka.nilai()).contains(new BigDecimal(expected));
    assertThat(angka.isPersen()).isTrue();
    assertThat(angka.isRupiah()).isFalse();
    assertThat(angka.satuan()).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1} reads {2}")
  @CsvSource(delimiter = '|', value = {
    "1,004,422,800 | OTOMATIS | 1004422800",
    "1,004,422,800 | INGGRIS  | 1004422800",
    "93.6          | OTOMATIS | 93.6",
    "93.6          | INGGRIS  | 93.6",
    "1,234.5       | OTOMATIS | 1234.5",
    "1,234.5       | INGGRIS  | 1234.5",
    "0.123         | OTOMATIS | 0.123",
    "1234.567      | OTOMATIS | 1234.567",
    "Rp 1,004,422,800 | INGGRIS | 1004422800",
    "(1,500,000)   | INGGRIS  | -1500000",
  })
  void reads_english_notation_when_asked_or_unambiguous(String text, Notasi notasi, String expected) {
    AngkaTercetak angka = AngkaParser.parse(text, notasi);

    assertThat(angka.nilai()).contains(new BigDecimal(expected));
    assertThat(angka.notasi()).isEqualTo(Notasi.INGGRIS);
  }

  @ParameterizedTest(name = "{0} reads {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "85 Indek           | 85    | Indek",
    "85,82 Indek        | 85.82 | Indek",
    "4 Buku             | 4     | Buku",
    "2100 KK/KTP/Mutasi | 2100  | KK/KTP/Mutasi",
    "23091 Lembar       | 23091 | Lembar",
    "900 HOK            | 900   | HOK",
    "6 OB               | 6     | OB",
    "1.250 Orang per Hari | 1250 | Orang per Hari",
  })
  void splits_off_the_trailing_unit(String text, String expected, String satuan) {
    AngkaTercetak angka = AngkaParser.parse(text, Notasi.INDONESIA);

    assertThat(angka.nilai()).contains(new BigDecimal(expected));
    assertThat(angka.satuan()).isEqualTo(satuan);
    assertThat(angka.isPersen()).isFalse();
  }

  @Test
  void a_non_breaking_space_separates_the_unit_and_is_trimmed() {
    AngkaTercetak angka = AngkaParser.parse("\u00A0 85,82\u00A0Indek \u00A0");

    assertThat(angka.nilai()).contains(new BigDecimal("85.82"));
    assertThat(angka.satuan()).isEqualTo("Indek");
    assertThat(angka.teks()).isEqualTo("\u00A0 85,82\u00A0Indek \u00A0");
  }

  @ParameterizedTest(name = "[{0}] prints no value")
  @ValueSource(strings = {"n/a", "N/A", " N/a ", "-", "\u2013", "\u2014", "", "   ", "\u00A0", "\t"})
  void reads_explicit_no_value_as_empty_never_zero(String text) {
    AngkaTercetak angka = AngkaParser.parse(text);

    assertThat(angka.nilai()).isEmpty();
    assertThat(angka.adaNilai()).isFalse();
    assertThat(angka.satuan()).isEmpty();
    assertThat(angka.isPersen()).isFalse();
    assertThat(angka.isRupiah()).isFalse();
    assertThat(angka.notasi()).isEqualTo(Notasi.INDONESIA);
  }

  @ParameterizedTest
  @EnumSource(Notasi.class)
  void reads_plain_digits_identically_in_every_notation(Notasi notasi) {
    AngkaTercetak angka = AngkaParser.parse("2850", notasi);

    assertThat(angka.nilai()).contains(new BigDecimal("2850"));
    assertThat(angka.adaNilai()).isTrue();
  }

  @ParameterizedTest(name = "{0} in {1} reports {2}")
  @CsvSource(delimiter = '|', value = {
    "2850      | OTOMATIS  | INDONESIA",
    "2850      | INDONESIA | INDONESIA",
    "2850      | INGGRIS   | INGGRIS",
    "n/a       | INGGRIS   | INGGRIS",
    "85,82     | OTOMATIS  | INDONESIA",
    "93.6      | OTOMATIS  | INGGRIS",
    "Rp 1.000  | OTOMATIS  | INDONESIA",
  })
  void reports_the_notation_it_applied(String text, Notasi requested, Notasi applied) {
    assertThat(AngkaParser.parse(text, requested).notasi()).isEqualTo(applied);
  }

  @Test
  void fixed_notation_reads_ambiguous_thousands_without_complaint() {
    assertThat(AngkaParser.parse("1.234", Notasi.INDONESIA).nilai()).contains(new BigDecimal("1234"));
    assertThat(AngkaParser.parse("1.234", Notasi.INGGRIS).nilai()).contains(new BigDecimal("1.234"));
    assertThat(AngkaParser.parse("1,234", Notasi.INDONESIA).nilai()).contains(new BigDecimal("1.234"));
    assertThat(AngkaParser.parse("1,234", Notasi.INGGRIS).nilai()).contains(new BigDecimal("1234"));
  }

  @Test
  void rp_prefix_settles_thousands_in_automatic_mode() {
    assertThat(AngkaParser.parse("Rp 1.000").nilai()).contains(new BigDecimal("1000"));
  }

  @Test
  void keeps_the_printed_scale() {
    assertThat(AngkaParser.parseNilai("85,80", Notasi.INDONESIA).scale()).isEqualTo(2);
    assertThat(AngkaParser.parseNilai("2.910.568.737,00", Notasi.OTOMATIS).scale()).isEqualTo(2);
    assertThat(AngkaParser.parseNilai("90%", Notasi.OTOMATIS).scale()).isZero();
  }

  @Test
  void parse_nilai_returns_the_value() {
    assertThat(AngkaParser.parseNilai("Rp 2.691.204.248", Notasi.OTOMATIS))
        .isEqualTo(new BigDecimal("2691204248"));
  }

  @Test
  void printed_figures_compare_by_value() {
    AngkaTercetak a = AngkaParser.parse("85,82 Indek");
    AngkaTercetak b = AngkaParser.parse("85,82 Indek");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(AngkaParser.parse("85,82"));
    assertThat(AngkaParser.parse("2850", Notasi.INDONESIA))
        .isNotEqualTo(AngkaParser.parse("2850", Notasi.INGGRIS));
    assertThat(a.toString())
        .contains("85,82 Indek", "85.82", "Indek", "INDONESIA", "persen=false", "rupiah=false");
    assertThat(AngkaParser.parse("n/a").toString()).contains("nilai=none");
  }

  @Test
  void refuses_null() {
    assertThatNullPointerException().isThrownBy(() -> AngkaParser.parse(null)).withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> AngkaParser.parse("1", null))
        .withMessage("notasi");
  }

  // ---- refusals ------------------------------------------------------------------------------

  @Test
  void refuses_ambiguous_thousands_in_automatic_mode() {
    AngkaFormatException e = refused("1.234", Notasi.OTOMATIS, 1);

    assertThat(e.getMessage())
        .startsWith("'1.234' is ambiguous")
        .contains("Indonesian notation reads 1234", "English notation reads 1.234")
        .contains("Notasi.INDONESIA", "Notasi.INGGRIS");
  }

  @Test
  void refuses_ambiguous_comma_thousands_in_automatic_mode() {
    AngkaFormatException e = refused("-1,234 %", Notasi.OTOMATIS, 2);

    assertThat(e.getMessage())
        .contains("Indonesian notation reads -1.234", "English notation reads -1234");
  }

  @Test
  void refuses_a_group_of_the_wrong_length() {
    AngkaFormatException e = refused("2.91.0", Notasi.OTOMATIS, 2);

    assertThat(e.rule()).isEqualTo("a group after '.' must have exactly 3 digits");
    assertThat(e.getMessage())
        .startsWith("'2.91.0': malformed digit grouping at position 2: a group after '.' must have exactly 3 digits");
  }

  @Test
  void refuses_a_four_digit_group_after_the_first() {
    refused("1.2345.678", Notasi.OTOMATIS, 2, "a group after '.' must have exactly 3 digits");
  }

  @Test
  void refuses_a_short_group_in_indonesian_notation() {
    refused("12.34", Notasi.INDONESIA, 3, "a group after '.' must have exactly 3 digits");
  }

  @Test
  void refuses_an_english_decimal_point_in_indonesian_notation() {
    refused("93.6", Notasi.INDONESIA, 3, "a group after '.' must have exactly 3 digits");
  }

  @Test
  void refuses_a_leading_group_longer_than_three_digits() {
    refused("1234.567", Notasi.INDONESIA, 0, "the first group before '.' must have 1 to 3 digits");
  }

  @Test
  void refuses_a_grouped_number_starting_with_zero() {
    refused("0.123", Notasi.INDONESIA, 0, "a number grouped with '.' does not start with 0");
  }

  @Test
  void refuses_a_separator_at_the_start() {
    refused(".123", Notasi.OTOMATIS, 0, "a number starts with a digit");
  }

  @Test
  void refuses_a_separator_at_the_end() {
    refused("123.", Notasi.OTOMATIS, 3, "a number ends with a digit");
  }

  @Test
  void refuses_a_trailing_decimal_comma() {
    refused("1.234,", Notasi.OTOMATIS, 5, "a number ends with a digit");
  }

  @Test
  void refuses_two_decimal_marks() {
    refused("1,2,3", Notasi.INDONESIA, 3, "a number has at most one decimal mark ','");
  }

  @Test
  void refuses_grouping_after_the_decimal_mark() {
    refused("1,234.5", Notasi.INDONESIA, 5, "no '.' may follow the decimal mark ','");
  }

  @Test
  void refuses_letters() {
    refused("abc", Notasi.OTOMATIS, 0, "a figure starts with a digit, '-', '(' or Rp");
  }

  @Test
  void refuses_a_letter_inside_the_number() {
    AngkaFormatException e = refused("12a34", Notasi.OTOMATIS, 2, "a number consists of digits, '.' and ','");

    assertThat(e.getMessage()).contains("'a'");
  }

  @Test
  void refuses_a_double_sign() {
    refused("--5", Notasi.OTOMATIS, 1, "a figure carries at most one sign");
  }

  @Test
  void refuses_a_sign_before_and_after_rp() {
    refused("-Rp-5", Notasi.OTOMATIS, 3, "a figure carries at most one sign");
  }

  @Test
  void refuses_a_sign_inside_parentheses() {
    refused("(-5)", Notasi.OTOMATIS, 1, "a figure in parentheses is negative and carries no sign");
  }

  @Test
  void refuses_an_unclosed_parenthesis() {
    refused("(5", Notasi.OTOMATIS, 0, "a '(' before the figure needs a ')' after it");
  }

  @Test
  void refuses_an_unopened_parenthesis() {
    refused("5)", Notasi.OTOMATIS, 1, "a ')' after the figure needs a '(' before it");
  }

  @Test
  void refuses_rp_without_digits() {
    refused("Rp ", Notasi.OTOMATIS, 2, "digits must follow the sign or Rp prefix");
  }

  @Test
  void refuses_a_unit_together_with_percent() {
    refused("90% Indek", Notasi.OTOMATIS, 4, "a figure has either '%' or a unit, not both");
  }

  @Test
  void refuses_percent_after_a_unit() {
    refused("90 Indek %", Notasi.OTOMATIS, 9, "a figure has either '%' or a unit, not both");
  }

  @Test
  void refuses_rp_together_with_percent() {
    refused("Rp 90%", Notasi.OTOMATIS, 5, "a Rupiah amount is not a percentage");
  }

  @Test
  void refuses_rp_together_with_a_unit() {
    refused("Rp 90 Buku", Notasi.OTOMATIS, 6, "a Rupiah amount carries no other unit");
  }

  @Test
  void refuses_a_unit_not_starting_with_a_letter() {
    refused("12 34", Notasi.OTOMATIS, 3, "a unit after the number starts with a letter");
  }

  @Test
  void refuses_decimals_before_the_no_sen_suffix() {
    refused("1.000,00,-", Notasi.OTOMATIS, 8,
        "a figure with the ',-' suffix (no sen) has no other decimal mark ','");
  }

  @Test
  void refuses_the_no_sen_suffix_in_english_notation() {
    refused("1,000,-", Notasi.INGGRIS, 5, "the ',-' suffix (no sen) belongs to Indonesian notation");
  }

  @Test
  void says_why_automatic_mode_chose_the_notation_it_refuses() {
    AngkaFormatException e = refused("Rp 1,004,422,800", Notasi.OTOMATIS, 8);

    assertThat(e.getMessage()).contains("read as Indonesian notation because of the Rp prefix");
  }

  @Test
  void reads_a_figure_of_the_most_digits_it_allows() {
    String digits = "9".repeat(AngkaParser.MAKS_DIGIT);

    assertThat(AngkaParser.parseNilai(digits, Notasi.INDONESIA)).isEqualTo(new BigDecimal(digits));
    assertThat(AngkaParser.parseNilai("-" + digits.substring(1) + ",5", Notasi.INDONESIA))
        .isEqualTo(new BigDecimal("-" + digits.substring(1) + ".5"));
  }

  @Test
  void refuses_one_digit_more_than_it_allows_at_that_digit() {
    int limit = AngkaParser.MAKS_DIGIT;

    refused("1".repeat(limit + 1), Notasi.INDONESIA, limit, "a figure has at most 1000 digits");
    // separators do not count: 1.000.….000 with 334 groups has 1003 digits, the 1001st at index 1334
    refused("1" + ".000".repeat(334) + " Buku", Notasi.INDONESIA, 1334, "a figure has at most 1000 digits");
  }

  @Test
  @Timeout(60)
  void refuses_a_million_digits_without_converting_them() {
    // converting 10^6 decimal digits to a BigInteger takes about a minute (quadratic); refusing is linear
    AngkaFormatException e = refused("7".repeat(1_000_000) + " %", Notasi.OTOMATIS, AngkaParser.MAKS_DIGIT);

    assertThat(e.problem()).isEqualTo("more than 1000 digits");
  }

  @Test
  void says_the_problem_apart_from_the_text_and_the_rule() {
    AngkaFormatException e = refused("12a34", Notasi.OTOMATIS, 2);
    AngkaFormatException ambiguous = refused("1.234", Notasi.OTOMATIS, 1);

    assertThat(e.problem()).isEqualTo("unexpected character 'a'");
    assertThat(ambiguous.problem())
        .isEqualTo("ambiguous: Indonesian notation reads 1234, English notation reads 1.234");
  }

  @Test
  void parse_nilai_refuses_no_value() {
    AngkaFormatException e =
        catchThrowableOfType(AngkaFormatException.class, () -> AngkaParser.parseNilai("n/a", Notasi.INDONESIA));

    assertThat(e.input()).isEqualTo("n/a");
    assertThat(e.position()).isEqualTo(-1);
    assertThat(e.getMessage()).startsWith("'n/a': no value: ").contains(e.rule()).doesNotContain("position");
  }

  private static AngkaFormatException refused(String text, Notasi notasi, int position, String rule) {
    AngkaFormatException e = refused(text, notasi, position);
    assertThat(e.rule()).isEqualTo(rule);
    assertThat(e.getMessage()).contains(rule);
    return e;
  }

  private static AngkaFormatException refused(String text, Notasi notasi, int position) {
    AngkaFormatException e =
        catchThrowableOfType(AngkaFormatException.class, () -> AngkaParser.parse(text, notasi));
    assertThat(e).as("refusal of '%s'", text).isNotNull();
    assertThat(e.input()).isEqualTo(text);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.getMessage())
        .contains(text.length() <= 120 ? "'" + text + "'" : " (" + text.length() + " characters)")
        .contains("position " + position)
        .contains(e.rule());
    assertThat(e.getMessage().length()).as("message length").isLessThan(1_000 + e.rule().length());
    return e;
  }
}
