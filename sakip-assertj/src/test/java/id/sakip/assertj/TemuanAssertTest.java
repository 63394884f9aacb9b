package id.sakip.assertj;

import static id.sakip.assertj.Contoh.CAPAIAN_SKM;
import static id.sakip.assertj.Contoh.DIBATASI;
import static id.sakip.assertj.Contoh.DUA_VERSI;
import static id.sakip.assertj.Contoh.IKM_2022;
import static id.sakip.assertj.Contoh.SKM_2022;
import static id.sakip.assertj.Contoh.TOTAL;
import static id.sakip.assertj.Contoh.TOTAL_B;
import static id.sakip.assertj.Contoh.failure;
import static id.sakip.assertj.SakipAssertions.assertThat;

import id.sakip.assertj.Contoh.AturanUji;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class TemuanAssertTest {

  /** Checks the failure carries {@code expected} and {@code actual}, so IDEs show a diff. */
  private static void hasDiff(AssertionError error, String expected, String actual) {
    Assertions.assertThat(error).isInstanceOfSatisfying(AssertionFailedError.class, e -> {
      Assertions.assertThat(e.isExpectedDefined()).isTrue();
      Assertions.assertThat(e.getExpected().getStringRepresentation()).isEqualTo(expected);
      Assertions.assertThat(e.getActual().getStringRepresentation()).isEqualTo(actual);
    });
  }

  @Test
  void hasRule_passes_for_the_finding_rule() {
    assertThat(TOTAL).hasRule(AturanUji.TOTAL_SALAH);
  }

  @Test
  void hasRule_fails_naming_location_expected_and_actual_rule() {
    AssertionError e = failure(() -> assertThat(TOTAL).hasRule(AturanUji.CAPAIAN_SALAH));
    Assertions.assertThat(e).hasMessageContaining("Expecting the finding at Table B › total row ›"
        + " pagu (budget) to be of rule CAPAIAN_SALAH but it is of rule TOTAL_SALAH");
    hasDiff(e, "CAPAIAN_SALAH", "TOTAL_SALAH");
  }

  @Test
  void hasSeverity_passes_for_the_rule_severity() {
    assertThat(TOTAL).hasSeverity(Keparahan.ERROR);
    assertThat(DIBATASI).hasSeverity(Keparahan.WARNING);
    assertThat(DUA_VERSI).hasSeverity(Keparahan.INFO);
  }

  @Test
  void hasSeverity_fails_saying_expected_and_actual_severity() {
    AssertionError e = failure(() -> assertThat(DIBATASI).hasSeverity(Keparahan.ERROR));
    Assertions.assertThat(e).hasMessageContaining("Expecting finding DIBATASI at Table 1.1 › indicator 'IKU' 2022 ›"
        + " capaian to have severity ERROR but it has severity WARNING");
    hasDiff(e, "ERROR", "WARNING");
  }

  @Test
  void isAt_passes_for_an_equal_location() {
    assertThat(CAPAIAN_SKM).isAt(Lokasi.of(Bagian.TABEL_1_1).withBaris(Baris.Indikator.of("SKM", 2022))
        .withKolom(Kolom.CAPAIAN));
  }

  @Test
  void isAt_fails_showing_both_locations_on_their_own_lines() {
    AssertionError e = failure(() -> assertThat(CAPAIAN_SKM).isAt(IKM_2022));
    Assertions.assertThat(e).hasMessageContaining(String.format("Expecting finding CAPAIAN_SALAH to be at:%n"
        + "  Table 1.1 › indicator 'IKM' 2022 › capaian%n"
        + "but it is at:%n"
        + "  Table 1.1 › indicator 'SKM' 2022 › capaian"));
    hasDiff(e, "Table 1.1 › indicator 'IKM' 2022 › capaian", "Table 1.1 › indicator 'SKM' 2022 › capaian");
  }

  @Test
  void isAt_fails_showing_the_records_when_two_locations_read_the_same() {
    Lokasi printedPlace = SKM_2022.withTempat("Tabel 1.1");
    AssertionError e = failure(() -> assertThat(CAPAIAN_SKM).isAt(printedPlace));
    Assertions.assertThat(e).hasMessageContaining("tempat=Optional[Tabel 1.1]").hasMessageContaining("tempat=Optional.empty");
  }

  @Test
  void isIn_passes_for_the_part_of_the_report() {
    assertThat(TOTAL).isIn(Bagian.TABEL_B);
  }

  @Test
  void isIn_fails_naming_both_parts() {
    AssertionError e = failure(() -> assertThat(TOTAL).isIn(Bagian.TABEL_3_1));
    Assertions.assertThat(e).hasMessageContaining("Expecting finding TOTAL_SALAH at Table B ›"
        + " total row › pagu (budget) to be in Table 3.1 but it is in Table B");
    hasDiff(e, "Table 3.1", "Table B");
  }

  @Test
  void inRow_passes_for_the_row_key() {
    assertThat(CAPAIAN_SKM).inRow(Baris.Indikator.of("SKM", 2022));
    assertThat(TOTAL).inRow(new Baris.Jumlah());
  }

  @Test
  void inRow_fails_naming_both_rows_or_the_absence_of_one() {
    AssertionError e = failure(() -> assertThat(CAPAIAN_SKM).inRow(Baris.Indikator.of("SKM", 2021)));
    Assertions.assertThat(e).hasMessageContaining("to be in row indicator 'SKM' 2021 but it is in row indicator 'SKM' 2022");
    hasDiff(e, "indicator 'SKM' 2021", "indicator 'SKM' 2022");
    Assertions.assertThat(failure(() -> assertThat(DUA_VERSI).inRow(new Baris.Kode("7.01.02"))))
        .hasMessageContaining("Expecting finding DUA_VERSI at Table B to be in row code 7.01.02"
            + " but it points at no row");
  }

  @Test
  void inColumn_passes_for_the_column() {
    assertThat(CAPAIAN_SKM).inColumn(Kolom.CAPAIAN);
  }

  @Test
  void inColumn_fails_naming_both_columns_or_the_absence_of_one() {
    AssertionError e = failure(() -> assertThat(CAPAIAN_SKM).inColumn(Kolom.TARGET));
    Assertions.assertThat(e).hasMessageContaining("to be in column target but it is in column capaian");
    hasDiff(e, "target", "capaian");
    Assertions.assertThat(failure(() -> assertThat(DUA_VERSI).inColumn(Kolom.PAGU)))
        .hasMessageContaining("to be in column pagu (budget) but it points at no column");
  }

  @Test
  void hasPrinted_compares_numerically() {
    assertThat(TOTAL).hasPrinted("315604700").hasPrinted("315604700.000").hasPrinted(new BigDecimal("315604700"));
    assertThat(CAPAIAN_SKM).hasPrinted("100.00").hasPrinted(BigDecimal.valueOf(100));
  }

  @Test
  void hasPrinted_fails_with_expected_and_actual_in_domain_words() {
    AssertionError e = failure(() -> assertThat(TOTAL).hasPrinted("315604701"));
    Assertions.assertThat(e).hasMessageContaining("Expecting finding TOTAL_SALAH at Table B ›"
        + " total row › pagu (budget) to have printed figure 315604701 but it is 315604700.00 (Rp315,604,700.00)");
    hasDiff(e, "315604701", "315604700.00");
    AssertionError none = failure(() -> assertThat(DUA_VERSI).hasPrinted(BigDecimal.ONE));
    Assertions.assertThat(none).hasMessageContaining("to have printed figure 1 but it states no printed figure");
    hasDiff(none, "1", "(none)");
  }

  @Test
  void a_number_in_report_notation_is_refused_with_a_hint() {
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> assertThat(TOTAL).hasPrinted("9.893.200,00"))
        .withMessageContaining("'9.893.200,00' is not a decimal number")
        .withMessageContaining("\"9893200\"");
  }

  @Test
  void hasComparand_compares_the_comparand_number_numerically() {
    assertThat(TOTAL).hasComparand(new BigDecimal("305711500")).hasComparand("305711500.00");
    assertThat(CAPAIAN_SKM).hasComparand("100.960");
  }

  @Test
  void hasComparand_fails_with_expected_and_actual() {
    AssertionError e = failure(() -> assertThat(CAPAIAN_SKM).hasComparand("100.97"));
    Assertions.assertThat(e).hasMessageContaining("Expecting finding CAPAIAN_SALAH at Table 1.1 › indicator 'SKM' 2022"
        + " › capaian to have comparand 100.97 but it is 100.96 (100.96%)");
    hasDiff(e, "100.97", "100.96");
    Assertions.assertThat(failure(() -> assertThat(DIBATASI).hasComparand(BigDecimal.TEN)))
        .hasMessageContaining("to have comparand 10 but it compares with nothing");
  }

  @Test
  void hasComparandSource_passes_for_what_the_comparand_is() {
    assertThat(TOTAL).hasComparandSource(Sumber.DIHITUNG);
    Temuan target = Temuan.banding(AturanUji.CAPAIAN_SALAH, SKM_2022.withKolom(Kolom.TARGET),
        Nilai.bilangan(new BigDecimal("80")), new Pembanding(Nilai.bilangan(new BigDecimal("85")), Sumber.DOKUMEN_LAIN));
    assertThat(target).hasComparandSource(Sumber.DOKUMEN_LAIN).hasDifference("-5");
  }

  @Test
  void hasComparandSource_fails_naming_both_sources() {
    AssertionError e = failure(() -> assertThat(TOTAL).hasComparandSource(Sumber.BATAS));
    Assertions.assertThat(e).hasMessageContaining("Expecting finding TOTAL_SALAH at Table B ›"
        + " total row › pagu (budget) to be compared with a limit but it is compared with a recomputed value");
    hasDiff(e, "limit", "recomputed value");
    Assertions.assertThat(failure(() -> assertThat(DUA_VERSI).hasComparandSource(Sumber.DIHITUNG)))
        .hasMessageContaining("to be compared with a recomputed value but it compares with nothing");
  }

  @Test
  void hasDifference_compares_numerically() {
    assertThat(TOTAL).hasDifference("9893200").hasDifference(new BigDecimal("9893200.0"));
    assertThat(CAPAIAN_SKM).hasDifference("-0.96").hasDifference(new BigDecimal("-0.960"));
  }

  @Test
  void hasDifference_fails_with_expected_and_actual_in_the_finding_kind() {
    AssertionError e = failure(() -> assertThat(TOTAL).hasDifference("9893201"));
    Assertions.assertThat(e).hasMessageContaining("Expecting finding TOTAL_SALAH at Table B ›"
        + " total row › pagu (budget) to have difference 9893201 but it is 9893200.00 (Rp9,893,200.00)");
    hasDiff(e, "9893201", "9893200.00");
    Assertions.assertThat(failure(() -> assertThat(CAPAIAN_SKM).hasDifference("0.96")))
        .hasMessageContaining("to have difference 0.96 but it is -0.96 (-0.96%)");
    Assertions.assertThat(failure(() -> assertThat(DIBATASI).hasDifference("0")))
        .hasMessageContaining("to have difference 0 but it has no difference");
  }

  @Test
  void hasMessageContaining_reads_the_message_in_either_language() {
    assertThat(TOTAL)
        .hasMessageContaining(Bahasa.INDONESIA, "jumlah tercetak Rp315.604.700,00 bukan Rp305.711.500,00")
        .hasMessageContaining(Bahasa.INDONESIA, "(selisih Rp9.893.200,00)")
        .hasMessageContaining(Bahasa.INGGRIS, "the printed total Rp315,604,700.00 is not Rp305,711,500.00");
  }

  @Test
  void hasMessageContaining_fails_quoting_the_whole_message() {
    AssertionError e = failure(() -> assertThat(TOTAL).hasMessageContaining(Bahasa.INGGRIS, "Rp9.893.200,00"));
    Assertions.assertThat(e).hasMessage(String.format(
        "Expecting the English message of finding TOTAL_SALAH at Table B › total row › pagu (budget)"
            + " to contain:%n  \"Rp9.893.200,00\"%nbut it is:%n  \"Table B › total row › pagu"
            + " (budget): the printed total Rp315,604,700.00 is not Rp305,711,500.00 (difference Rp9,893,200.00).\""));
  }

  @Test
  void every_assertion_fails_on_a_null_finding() {
    Assertions.assertThat(failure(() -> assertThat((Temuan) null).hasRule(AturanUji.TOTAL_SALAH)))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void a_description_prefixes_the_failure() {
    Assertions.assertThat(failure(() -> assertThat(TOTAL).as("pagu total").isAt(TOTAL_B.withKolom(Kolom.SERAPAN))))
        .hasMessageStartingWith("[pagu total] Expecting finding TOTAL_SALAH to be at:");
  }
}
