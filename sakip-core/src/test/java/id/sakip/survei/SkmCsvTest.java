package id.sakip.survei;

import static id.sakip.survei.ContohSkm.UNSUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.angka.Pecahan;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkmCsvTest {

  private static final SkmCsv CSV = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017);
  private static final String HEADER = "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n";

  private static SkmCsvException failure(SkmCsv csv, String text) {
    return catchThrowableOfType(SkmCsvException.class, () -> csv.read(text));
  }

  @Test
  void the_29_respondents_written_and_read_back_give_91_48() {
    SurveiSkm survei = ContohSkm.survei29();
    String text = CSV.write(survei);
    assertThat(text).startsWith("U1,U2,U3,U4,U5,U6,U7,U8,U9\n").hasLineCount(30);
    SurveiSkm read = CSV.read(new StringReader(text));
    assertThat(read).isEqualTo(survei);
    assertThat(KalkulatorSkm.standar().hitung(read).unit().value().nilaiSkm().format()).isEqualTo("91,48");
  }

  @Test
  void an_answer_5_at_row_3_column_u4_names_row_column_value_and_rule() {
    String text = HEADER
        + "KTP,4,3,4,4,3,4,4,3,4\n"
        + "KTP,3,3,3,5,3,3,4,3,3\n";
    SkmCsvException e = failure(CSV, text);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.row()).isEqualTo(3);
      assertThat(p.column()).isEqualTo("U4");
      assertThat(p.value()).isEqualTo("5");
    });
    assertThat(e).hasMessage("1 problem in the SKM CSV file:\n"
        + "  row 3, column \"U4\", value \"5\": unsur U4 Biaya/tarif: answer 5 is outside 1–4: an SKM"
        + " answer is a whole number from 1 (tidak baik) to 4 (sangat baik) (PermenPAN-RB 14/2017)");
  }

  @Test
  void every_problem_of_a_file_is_reported_at_once() {
    String text = HEADER
        + "KTP,0,3,4,4,3,4,4,3,4\n"
        + "KTP,3,3,3,4,3,3,4,3\n"
        + "KK,3,3,3,4,empat,3,4,3,3\n";
    SkmCsvException e = failure(CSV, text);
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
        "row 2, column \"U1\", value \"0\": unsur U1 Persyaratan: answer 0 is outside 1–4: an SKM"
            + " answer is a whole number from 1 (tidak baik) to 4 (sangat baik) (PermenPAN-RB 14/2017)",
        "row 3, value \"KTP,3,3,3,4,3,3,4,3\": the row has 9 cells and the header 10: every row"
            + " gives one cell per column",
        "row 4, column \"U5\", value \"empat\": not a whole number: an SKM answer is a whole number"
            + " from 1 to 4");
  }

  @Test
  void a_missing_answer_is_refused_under_tolak_with_its_row_and_column() {
    String text = HEADER + "KTP,4,3,4,4,3,4,4,3,4\n" + "KK,3,3,,4,3,3,4,3,3\n";
    SkmCsvException e = failure(CSV, text);
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
        "row 3, column \"U3\", value \"\": no answer to unsur U3 Waktu penyelesaian; under TOLAK a"
            + " missing answer is refused (read with KELUARKAN to exclude the respondent from that"
            + " unsur)");
  }

  @Test
  void a_missing_answer_is_read_as_missing_under_keluarkan_and_excluded_from_that_unsur() {
    String text = HEADER + "KTP,4,3,4,4,3,4,4,3,4\n" + "KK,3,3,,4,3,3,4,3,3\n";
    SurveiSkm survei = CSV.withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN).read(text);
    assertThat(survei.responden().get(1).jawaban("U3")).isEmpty();
    assertThat(survei.responden().get(1).jawaban()).hasSize(8);
    HasilSurveiSkm hasil = KalkulatorSkm.standar()
        .withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN).hitung(survei);
    NilaiUnsur u3 = hasil.unit().value().unsur("U3").orElseThrow();
    assertThat(u3.jumlahResponden()).isEqualTo(1);
    assertThat(u3.nrr()).isEqualTo(Pecahan.of(4));
    assertThat(hasil.layanan("KK").orElseThrow().isComputable()).isFalse();
  }

  @Test
  void the_header_names_every_unsur_once_and_nothing_else() {
    SkmCsvException e = failure(CSV, "No,layanan,U1,U2,U2,U4,U5,U6,U7,U8,U9\n");
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
        "row 1, column \"No\", value \"No\": unknown column: the columns are layanan (optional) and"
            + " the unsur codes U1, U2, U3, U4, U5, U6, U7, U8, U9, in any case",
        "row 1, column \"U2\", value \"U2\": the column appears twice: each column appears once (in"
            + " any case)",
        "row 1, value \"No,layanan,U1,U2,U2,U4,U5,U6,U7,U8,U9\": no column for unsur U3 Waktu"
            + " penyelesaian: the header names every unsur of the survey");
  }

  @Test
  void an_empty_file_has_no_header() {
    assertThat(failure(CSV, "\uFEFF\n  \n").problems()).extracting(CsvProblem::rule)
        .singleElement().asString().startsWith("the file is empty: it starts with a header row");
  }

  @Test
  void columns_may_come_in_any_order_and_layanan_in_any_case() {
    SurveiSkm survei = CSV.read("U9,U8,U7,U6,U5,U4,U3,U2,U1,Layanan\n1,2,3,4,1,2,3,4,1,KTP\n");
    Responden r = survei.responden().get(0);
    assertThat(r.layanan()).contains("KTP");
    assertThat(r.jawaban("U1")).contains(1);
    assertThat(r.jawaban("U9")).contains(1);
    assertThat(r.jawaban("U6")).contains(4);
  }

  @Test
  void quoted_cells_crlf_a_byte_order_mark_and_blank_lines_are_read() {
    String text = "\uFEFF\"layanan\",U1,U2,U3,U4,U5,U6,U7,U8,U9\r\n"
        + "\r\n"
        + " \"Akta kelahiran, kematian\" , 4 ,3,4,4,3,4,4,3,4\r\n"
        + "\"Surat \"\"pindah\"\"\",4,3,4,4,3,4,4,3,\"4\"";
    SurveiSkm survei = CSV.read(text);
    assertThat(survei.layanan()).containsExactly("Akta kelahiran, kematian", "Surat \"pindah\"");
    assertThat(survei.responden().get(0).jawaban("U1")).contains(4);
  }

  @Test
  void rows_are_counted_with_blank_lines_as_a_spreadsheet_counts_them() {
    String text = HEADER + "\n" + "KTP,4,3,4,4,3,4,4,3,9\n";
    assertThat(failure(CSV, text).problems()).extracting(CsvProblem::row).containsExactly(3);
  }

  @Test
  void a_semicolon_separated_file_is_read_with_that_separator() {
    SkmCsv csv = CSV.withPemisah(';');
    SurveiSkm survei = csv.read("layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\nKTP;4;4;4;4;4;4;4;4;4\n");
    assertThat(KalkulatorSkm.standar().hitung(survei).unit().value().nilaiSkm()).isEqualTo(Pecahan.of(100));
    assertThat(csv.write(survei)).isEqualTo("layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\nKTP;4;4;4;4;4;4;4;4;4\n");
    assertThatThrownBy(() -> CSV.withPemisah('"')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_quote_inside_an_unquoted_cell_and_an_unclosed_quote_are_refused() {
    assertThat(failure(CSV, HEADER + "KT\"P,4,4,4,4,4,4,4,4,4\n").problems())
        .extracting(CsvProblem::toString).containsExactly(
            "row 2, value \"KT\"P,4,4,4,4,4,4,4,4,4\": a quote may only enclose a whole cell: quote"
                + " the cell and write each quote inside it twice");
    assertThat(failure(CSV, HEADER + "\"KTP,4,4,4,4,4,4,4,4,4\n").problems())
        .extracting(CsvProblem::rule).containsExactly("a quoted cell is not closed: end it with a quote");
  }

  @Test
  void writing_and_reading_keep_services_and_missing_answers() {
    SurveiSkm survei = SurveiSkm.of(UNSUR, List.of(
        Responden.lengkap(UNSUR, 4, 3, 4, 4, 3, 4, 4, 3, 4).withLayanan("Akta, \"kelahiran\""),
        Responden.of(java.util.Map.of("U1", 2, "U9", 3)),
        Responden.lengkap(UNSUR, 1, 1, 1, 1, 1, 1, 1, 1, 1).withLayanan(" KK")));
    String text = CSV.write(survei);
    assertThat(text).isEqualTo(HEADER
        + "\"Akta, \"\"kelahiran\"\"\",4,3,4,4,3,4,4,3,4\n"
        + ",2,,,,,,,,3\n"
        + "\" KK\",1,1,1,1,1,1,1,1,1\n");
    assertThat(CSV.withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN).read(text)).isEqualTo(survei);
  }

  @Test
  void a_survey_of_other_unsur_is_not_written_with_these_columns() {
    SurveiSkm lain = SurveiSkm.of(List.of(Unsur.of("X1", "Kebersihan")), List.of());
    assertThatThrownBy(() -> CSV.write(lain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("survey asks [X1] but this CSV has columns for [U1, U2, U3, U4, U5, U6, U7, U8,"
            + " U9]: write with SkmCsv.of(survei.unsur())");
    assertThat(SkmCsv.of(lain.unsur()).write(lain)).isEqualTo("X1\n");
    assertThatThrownBy(() -> SkmCsv.of(List.of(Unsur.of("Layanan", "x"))))
        .hasMessage("unsur kode 'Layanan' is the header of the service column: rename the unsur");
  }
}
