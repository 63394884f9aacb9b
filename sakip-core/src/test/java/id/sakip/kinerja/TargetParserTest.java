package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.Notasi;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Targets as reports print them (domain reference §1, §9, §11): every accepted spelling, every
 * refusal with its position, and inputs of 10^6 characters.
 */
class TargetParserTest {

  private static final String FORMS = "a target is a number ('85', '90%', '4 Buku'), a range of two numbers";

  // ---- numbers ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "[{0}] is the number {1}")
  @CsvSource(delimiter = '|', value = {
    "85 Indek               | 85",
    "85,82 Indek            | 85.82",
    "2100 KK/KTP/Mutasi     | 2100",
    "4 Buku                 | 4",
    "90%                    | 90",
    "90 %                   | 90",
    "2.850                  | 2850",
    "-5                     | -5",
    "−4                     | -4",
    "(5)                    | -5",
    "Rp 1.000.000           | 1000000",
    "1.000,-                | 1000",
    "80 m2                  | 80",
    "12,5 km2               | 12.5",
    "80 orang-hari          | 80",
    "1.250 Orang per Hari   | 1250",
    "5 SD                   | 5",
    "5 sd                   | 5",
    "3 SD/MI                | 3",
    "80 Indek sd x          | 80",
  })
  void reads_a_number_with_its_unit_dropped(String text, BigDecimal nilai) {
    assertThat(TargetParser.parse(text)).isEqualTo(Target.angka(nilai));
  }

  @Test
  void whitespace_around_the_target_is_any_whitespace_the_non_breaking_space_included() {
    assertThat(TargetParser.parse("\u00A0 85,82\u00A0Indek \t\u00A0")).isEqualTo(Target.angka(new BigDecimal("85.82")));
  }

  // ---- ranges ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "[{0}] is the range {1} to {2}")
  @CsvSource(delimiter = '|', value = {
    "60 hingga 70               | 60   | 70",
    "60 HINGGA 70               | 60   | 70",
    "80 sampai 90               | 80   | 90",
    "80 sampai dengan 90        | 80   | 90",
    "80 Sampai \u00A0 Dengan 90 | 80   | 90",
    "80 s.d. 90                 | 80   | 90",
    "80 S.D. 90                 | 80   | 90",
    "80 s.d 90                  | 80   | 90",
    "80 s/d 90                  | 80   | 90",
    "80 sd 90                   | 80   | 90",
    "80 SD 90                   | 80   | 90",
    "80 to 90                   | 80   | 90",
    "80 - 90                    | 80   | 90",
    "80-90                      | 80   | 90",
    "80 – 90                    | 80   | 90",
    "80–90                      | 80   | 90",
    "80 — 90                    | 80   | 90",
    "80 − 90                    | 80   | 90",
    "80−90                      | 80   | 90",
    "80s.d.90                   | 80   | 90",
    "80 -90                     | 80   | 90",
    "80\u00A0hingga\u00A090     | 80   | 90",
    "7,5-8,5                    | 7.5  | 8.5",
    "0 - 0,5                    | 0    | 0.5",
    "1.000,- - 2.000,-          | 1000 | 2000",
    "Rp 1.000 - Rp 2.000        | 1000 | 2000",
    "Rp 1.000 s.d. 2.000        | 1000 | 2000",
  })
  void reads_a_range_with_every_separator(String text, BigDecimal bawah, BigDecimal atas) {
    assertThat(TargetParser.parse(text)).isEqualTo(Target.rentang(bawah, atas));
  }

  @ParameterizedTest(name = "[{0}] is the range {1} to {2}")
  @CsvSource(delimiter = '|', value = {
    "-5 - 5            | -5  | 5",
    "-10 - -5          | -10 | -5",
    "-10--5            | -10 | -5",
    "-10 s.d. -5       | -10 | -5",
    "-10 sd -5         | -10 | -5",
    "−10 − −5          | -10 | -5",
    "(10) - (5)        | -10 | -5",
    "-10 hingga 0      | -10 | 0",
  })
  void a_sign_touches_its_digits_and_the_first_dash_after_a_bound_separates(
      String text, BigDecimal bawah, BigDecimal atas) {
    assertThat(TargetParser.parse(text)).isEqualTo(Target.rentang(bawah, atas));
  }

  @ParameterizedTest(name = "[{0}] is the range 80 to 90")
  @CsvSource(delimiter = '|', value = {
    "80%–90%",
    "80 % - 90 %",
    "80 - 90 %",
    "80–90 Indek",
    "80 Indek - 90 Indek",
    "80 Indek - 90 indek",
    "80 Orang per Hari s.d. 90 Orang  per  Hari",
    "80 Indek-90 Indek",
    "80 m2 - 90 m2",
    "80 orang-hari - 90 orang-hari",
    "80 SD - 90 SD",
    "80 SD sd 90 SD",
  })
  void a_unit_follows_each_bound_or_only_the_last(String text) {
    assertThat(TargetParser.parse(text)).isEqualTo(Target.rentang(BigDecimal.valueOf(80), BigDecimal.valueOf(90)));
  }

  @Test
  void reads_both_notations_when_asked() {
    assertThat(TargetParser.parse("1.234,5 - 2.345,5", Notasi.INDONESIA))
        .isEqualTo(Target.rentang(new BigDecimal("1234.5"), new BigDecimal("2345.5")));
    assertThat(TargetParser.parse("1,234.5 - 2,345.5", Notasi.INGGRIS))
        .isEqualTo(Target.rentang(new BigDecimal("1234.5"), new BigDecimal("2345.5")));
    assertThat(TargetParser.parse("93.6 to 95.25 %", Notasi.OTOMATIS))
        .isEqualTo(Target.rentang(new BigDecimal("93.6"), new BigDecimal("95.25")));
  }

  @Test
  void the_regulation_range_example_computes_from_the_parsed_target() {
    // domain reference §1, PermenPAN-RB 8/2021: range 80–90, R 70 → 87.5 %; R 92 → 102.222…%
    KalkulatorCapaian standar = KalkulatorCapaian.standar();
    for (String text : new String[] {"80–90", "80 s.d. 90", "80 sampai dengan 90 %"}) {
      Target t = TargetParser.parse(text);
      assertThat(standar.hitung(Polaritas.RENTANG, t, BigDecimal.valueOf(70)).value())
          .isEqualTo(Persentase.of(new BigDecimal("87.5")));
      assertThat(standar.hitung(Polaritas.RENTANG, t, BigDecimal.valueOf(92)).value())
          .isEqualTo(Persentase.ratio(BigDecimal.valueOf(92), BigDecimal.valueOf(90)).value());
    }
  }

  // ---- inequalities ----------------------------------------------------------------------------

  @ParameterizedTest(name = "[{0}] is {1} {2}")
  @CsvSource(delimiter = '|', value = {
    "kurang dari 20            | KURANG_DARI    | 20",
    "Kurang Dari 20%           | KURANG_DARI    | 20",
    "kurang \u00A0 dari 20     | KURANG_DARI    | 20",
    "kurang dari20             | KURANG_DARI    | 20",
    "< 20                      | KURANG_DARI    | 20",
    "<20                       | KURANG_DARI    | 20",
    "lebih dari 85,5           | LEBIH_DARI     | 85.5",
    "LEBIH DARI 85             | LEBIH_DARI     | 85",
    "> 85                      | LEBIH_DARI     | 85",
    "paling sedikit 75%        | PALING_SEDIKIT | 75",
    "sekurang-kurangnya 75     | PALING_SEDIKIT | 75",
    "tidak kurang dari 75      | PALING_SEDIKIT | 75",
    "minimal 80                | PALING_SEDIKIT | 80",
    "min. 80                   | PALING_SEDIKIT | 80",
    "Min.80                    | PALING_SEDIKIT | 80",
    "min 80                    | PALING_SEDIKIT | 80",
    ">= 90                     | PALING_SEDIKIT | 90",
    "≥ 90                      | PALING_SEDIKIT | 90",
    "≥90 %                     | PALING_SEDIKIT | 90",
    "paling banyak 5 kasus     | PALING_BANYAK  | 5",
    "tidak lebih dari 7        | PALING_BANYAK  | 7",
    "maksimal 3 hari           | PALING_BANYAK  | 3",
    "maks. 20                  | PALING_BANYAK  | 20",
    "MAKS. 20                  | PALING_BANYAK  | 20",
    "maks 20                   | PALING_BANYAK  | 20",
    "<= 5                      | PALING_BANYAK  | 5",
    "≤ 9,5                     | PALING_BANYAK  | 9.5",
    "≤ -2                      | PALING_BANYAK  | -2",
    "maksimal 5 SD             | PALING_BANYAK  | 5",
  })
  void reads_an_inequality_with_every_operator(String text, Target.Operator operator, BigDecimal batas) {
    assertThat(TargetParser.parse(text)).isEqualTo(new Target.Pertidaksamaan(operator, batas));
  }

  @Test
  void strict_and_inclusive_operators_follow_the_words() {
    // domain reference §11: "kurang dari 20" is met only by R < 20, "paling banyak 20" by R ≤ 20
    Target.Pertidaksamaan kurangDari = (Target.Pertidaksamaan) TargetParser.parse("kurang dari 20");
    Target.Pertidaksamaan palingBanyak = (Target.Pertidaksamaan) TargetParser.parse("paling banyak 20");
    Target.Pertidaksamaan lebihDari = (Target.Pertidaksamaan) TargetParser.parse("lebih dari 20");
    Target.Pertidaksamaan minimal = (Target.Pertidaksamaan) TargetParser.parse("min. 20");
    BigDecimal twenty = BigDecimal.valueOf(20);

    assertThat(kurangDari.terpenuhi(twenty)).isFalse();
    assertThat(palingBanyak.terpenuhi(twenty)).isTrue();
    assertThat(lebihDari.terpenuhi(twenty)).isFalse();
    assertThat(minimal.terpenuhi(twenty)).isTrue();
    assertThat(kurangDari.polaritasTersirat()).isEqualTo(Polaritas.NEGATIF);
    assertThat(minimal.polaritasTersirat()).isEqualTo(Polaritas.POSITIF);
  }

  @Test
  void the_seed_documents_targets_read_as_before() {
    assertThat(TargetParser.parse("85 Indek")).isEqualTo(Target.angka(85));
    assertThat(TargetParser.parse("90%")).isEqualTo(Target.angka(90));
    assertThat(TargetParser.parse("2.100")).isEqualTo(Target.angka(2100));
    assertThat(TargetParser.parse("90.5 %", Notasi.INGGRIS)).isEqualTo(Target.angka(new BigDecimal("90.5")));
    assertThat(TargetParser.parse("≤ 9,5"))
        .isEqualTo(new Target.Pertidaksamaan(Target.Operator.PALING_BANYAK, new BigDecimal("9.5")));
  }

  // ---- refusals --------------------------------------------------------------------------------

  @ParameterizedTest(name = "[{0}] is refused at {1}: {2}")
  @CsvSource(delimiter = '|', value = {
    "80 dan 90                | 7  | a second number after the number '80 dan' without a separator",
    "80 90                    | 3  | a second number after the number '80' without a separator",
    "4 Buku 2                 | 7  | a second number after the number '4 Buku' without a separator",
    "4 Buku (2 jilid)         | 8  | a number in the unit after the number",
    "80 s. d. 90              | 9  | a second number",
    "80 kurang dari 90        | 15 | a second number",
    "< 20 - 30                | 5  | separator '-' after the bound of '<'",
    "kurang dari 20 hingga 30 | 15 | separator 'hingga' after the bound of 'kurang dari'",
    "kurang dari              | 11 | no number after 'kurang dari'",
    "min.                     | 4  | no number after 'min.'",
    "80 -                     | 3  | no upper bound after '-'",
    "80 hingga                | 3  | no upper bound after 'hingga'",
    "80 - 90 - 100            | 8  | a second separator '-'",
    "- 90                     | 0  | sign '-' apart from the digits of the number",
    "80 - - 5                 | 5  | sign '-' apart from the digits of the upper bound",
    "–90                      | 0  | unexpected character '–' where the number starts",
    "sd 90                    | 0  | unexpected character 's' where the number starts",
    "tinggi                   | 0  | unexpected character 't' where the number starts",
    "n/a                      | 0  | unexpected character 'n' where the number starts",
    "80 - x                   | 5  | unexpected character 'x' where the upper bound starts",
    "maksimal kurang dari 5   | 9  | unexpected character 'k' where the bound starts",
    "(5 Buku)                 | 0  | unclosed parenthesis",
    "80% - 90                 | 2  | '%' after the lower bound only",
    "80 Indek - 90            | 3  | 'Indek' after the lower bound only",
    "80 Indek - 90 Buku       | 14 | different units 'Indek' and 'Buku'",
    "80% - 90 Indek           | 9  | different units '%' and 'Indek'",
    "Rp 5 - 6 Buku            | 9  | different units 'Rp' and 'Buku'",
    "85Indek                  | 2  | unexpected character 'I' in the number '85Indek'",
    "80 - 90x                 | 7  | unexpected character 'x' in the upper bound '90x'",
    "1.2.3 - 5                | 2  | malformed digit grouping in the lower bound '1.2.3'",
  })
  void refuses_what_is_not_cleanly_a_number_a_range_or_an_inequality(String text, int position, String problem) {
    AngkaFormatException e = refused(text, Notasi.INDONESIA, position);

    assertThat(e.getMessage()).contains(problem).contains(FORMS);
  }

  @ParameterizedTest(name = "[{0}] is refused")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "\"\"            | empty text",
    "\"   \"         | blank text",
    "\"\u00A0\t\"    | blank text",
  })
  void refuses_empty_and_blank_text(String text, String problem) {
    AngkaFormatException e = refused(text, Notasi.INDONESIA, 0);

    assertThat(e.getMessage()).contains(problem).contains(FORMS);
  }

  @ParameterizedTest(name = "[{0}] is refused: bounds out of order")
  @CsvSource(delimiter = '|', value = {
    "90 - 80     | 5  | lower bound 90 is not below upper bound 80",
    "80 - 80     | 5  | lower bound 80 is not below upper bound 80",
    "80 - 80,0   | 5  | lower bound 80 is not below upper bound 80.0",
    "-5 - -10    | 5  | lower bound -5 is not below upper bound -10",
    "80 -80      | 4  | lower bound 80 is not below upper bound 80",
  })
  void refuses_a_range_whose_bounds_are_not_in_order(String text, int position, String problem) {
    AngkaFormatException e = refused(text, Notasi.INDONESIA, position);

    assertThat(e.getMessage()).contains(problem).contains("bawah < atas");
  }

  @Test
  void says_where_a_bound_breaks_a_rule_of_numbers_in_the_whole_text() {
    AngkaFormatException e = refused("80 - 1.234", Notasi.OTOMATIS, 6);

    assertThat(e.problem()).isEqualTo("ambiguous: Indonesian notation reads 1234, English notation reads 1.234"
        + " in the upper bound '1.234'");
    assertThat(e.rule()).startsWith("a figure both notations can read needs a fixed notation");
  }

  @Test
  void refuses_null() {
    assertThatNullPointerException().isThrownBy(() -> TargetParser.parse(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> TargetParser.parse("80", null)).withMessage("notasi");
  }

  // ---- inputs of 10^6 characters: linear time, no backtracking ----------------------------------

  private static final int MILLION = 1_000_000;

  @Test
  @Timeout(60)
  void a_million_spaces_between_two_numbers_are_refused_promptly() {
    String text = "1" + " ".repeat(MILLION) + "2";

    refused(text, Notasi.INDONESIA, MILLION + 1);
  }

  @Test
  @Timeout(60)
  void a_million_spaces_before_garbage_are_refused_promptly() {
    refused(" ".repeat(MILLION) + "x", Notasi.INDONESIA, MILLION);
    refused("\u00A0".repeat(MILLION) + "- 5", Notasi.INDONESIA, MILLION);
  }

  @Test
  @Timeout(60)
  void a_million_spaces_around_a_separator_or_inside_an_operator_are_read() {
    String spaces = " ".repeat(MILLION);

    assertThat(TargetParser.parse("80" + spaces + "-" + spaces + "90"))
        .isEqualTo(Target.rentang(BigDecimal.valueOf(80), BigDecimal.valueOf(90)));
    assertThat(TargetParser.parse("tidak" + spaces + "kurang" + spaces + "dari" + spaces + "75"))
        .isEqualTo(new Target.Pertidaksamaan(Target.Operator.PALING_SEDIKIT, BigDecimal.valueOf(75)));
    assertThat(TargetParser.parse("80 sampai" + spaces + "dengan" + spaces + "90"))
        .isEqualTo(Target.rentang(BigDecimal.valueOf(80), BigDecimal.valueOf(90)));
  }

  @Test
  @Timeout(60)
  void a_million_digit_number_is_refused_at_the_digit_past_the_bound() {
    AngkaFormatException e = refused("9".repeat(MILLION) + " - 1", Notasi.INDONESIA, AngkaParser.MAKS_DIGIT);

    assertThat(e.problem()).startsWith("more than 1000 digits");
  }

  @Test
  @Timeout(60)
  void long_units_and_many_separator_look_alikes_are_read_in_one_pass() {
    // half a million unit words, and a third of a million "sd" that separate nothing: no number follows
    assertThat(TargetParser.parse("1 " + "a ".repeat(MILLION / 2))).isEqualTo(Target.angka(1));
    assertThat(TargetParser.parse("80 - 90 SD" + " sd".repeat(MILLION / 3)))
        .isEqualTo(Target.rentang(BigDecimal.valueOf(80), BigDecimal.valueOf(90)));
    refused("1-".repeat(MILLION / 2) + "9", Notasi.INDONESIA, 3);
  }

  private static AngkaFormatException refused(String text, Notasi notasi, int position) {
    AngkaFormatException e = catchThrowableOfType(AngkaFormatException.class, () -> TargetParser.parse(text, notasi));
    assertThat(e).as("refusal of [%s]", text.length() > 80 ? text.substring(0, 80) + "…" : text).isNotNull();
    assertThat(e.input()).isSameAs(text);
    assertThat(e.position()).isEqualTo(position);
    if (text.length() <= 120) {
      assertThat(e.getMessage()).startsWith("'" + text + "'");
    } else {
      // a long text is quoted by an excerpt around the problem and its length
      assertThat(e.getMessage()).startsWith("'").contains(" (" + text.length() + " characters)");
      assertThat(e.getMessage().length()).as("message length").isLessThan(2_000);
    }
    assertThat(e.getMessage()).contains(" at position " + position + ": ");
    return e;
  }
}
