package id.sakip.survei;

import static id.sakip.survei.ContohSkm.UNSUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.angka.Pecahan;
import java.io.StringReader;
import java.math.BigDecimal;
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

  // ------------------------------------------------------------ separator and header case

  private static final String TITIK_KOMA = "layanan;U1;U2;U3;U4;U5;U6;U7;U8;U9\nKTP;4;4;4;4;4;4;4;4;4\nKK;1;1;1;1;1;1;1;1;1\n";

  @Test
  void a_semicolon_header_as_indonesian_excel_exports_it_is_detected() {
    assertThat(CSV.pemisah()).isEmpty();
    SurveiSkm survei = CSV.read(TITIK_KOMA);
    assertThat(survei.layanan()).containsExactly("KTP", "KK");
    assertThat(KalkulatorSkm.standar().hitung(survei).unit().value().nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("62.5")));
    assertThat(CSV.hitung(new StringReader(TITIK_KOMA), KalkulatorSkm.standar()))
        .isEqualTo(KalkulatorSkm.standar().hitung(survei));
  }

  @Test
  void a_tab_header_is_detected_and_a_one_column_header_reads_as_comma() {
    SurveiSkm survei = CSV.read(TITIK_KOMA.replace(';', '\t'));
    assertThat(survei.responden()).hasSize(2);
    List<Unsur> satu = List.of(Unsur.of("U1", "Persyaratan"));
    assertThat(SkmCsv.of(satu).read("U1\n4\n3\n").responden()).hasSize(2);
    // A header of one quoted cell uses no separator: the next row's ';' does not count.
    assertThat(failure(SkmCsv.of(satu), "\"U1\"\n4;4\n").problems()).extracting(CsvProblem::toString)
        .containsExactly("row 2, column \"U1\", value \"4;4\": not a whole number: an SKM answer is a whole"
            + " number from 1 to 4");
  }

  @Test
  void a_quoted_header_cell_holding_a_comma_does_not_count_for_the_separator() {
    List<Unsur> dua = List.of(Unsur.of("A,B", "Gabungan"), Unsur.of("C", "Lain"));
    SurveiSkm survei = SkmCsv.of(dua).read("\"A,B\";C\n4;3\n");
    assertThat(survei.responden().get(0).jawaban("A,B")).contains(4);
  }

  @Test
  void an_explicit_separator_is_used_however_the_header_looks() {
    SkmCsv koma = CSV.withPemisah(',');
    assertThat(koma.pemisah()).contains(',');
    SkmCsvException e = failure(koma, TITIK_KOMA);
    assertThat(e.problems()).first().satisfies(p -> assertThat(p.rule()).isEqualTo(
        "unknown column: the columns are layanan (optional) and the unsur codes U1, U2, U3, U4, U5, U6, U7, U8,"
            + " U9, in any case; the separator looks like ';', not ',': read with withPemisah(';') or let the"
            + " reader detect it (withPemisahTerdeteksi())"));
    assertThat(koma.withPemisahTerdeteksi().pemisah()).isEmpty();
    assertThat(koma.withPemisahTerdeteksi().read(TITIK_KOMA).responden()).hasSize(2);
    assertThat(CSV.withPemisah(';').read(TITIK_KOMA).responden()).hasSize(2);
  }

  @Test
  void a_header_using_two_separators_is_refused_rather_than_guessed() {
    SkmCsvException e = failure(CSV, "layanan,U1;U2;U3;U4;U5;U6;U7;U8;U9\nKTP,4;4;4;4;4;4;4;4;4\n");
    assertThat(e.problems()).extracting(CsvProblem::toString).containsExactly(
        "row 1, value \"layanan,U1;U2;U3;U4;U5;U6;U7;U8;U9\": the header uses ',' (1×) and ';' (8×) outside"
            + " quotes, so the separator cannot be told: set it with withPemisah");
    SkmCsv dua = SkmCsv.of(List.of(Unsur.of("A,B", "Gabungan"), Unsur.of("C", "Lain")));
    assertThat(failure(dua, "A,B;C\n4;3\n").problems()).extracting(CsvProblem::rule).singleElement().asString()
        .startsWith("the header uses ',' (1×) and ';' (1×) outside quotes");
    assertThat(dua.withPemisah(';').read("A,B;C\n4;3\n").responden().get(0).jawaban("A,B")).contains(4);
  }

  @Test
  void header_names_are_read_in_any_case() {
    SurveiSkm survei = CSV.read("LAYANAN,u1,u2,u3,u4,u5,u6,u7,u8,U9\nKTP,4,3,4,4,3,4,4,3,2\n");
    assertThat(survei.responden().get(0).jawaban("U1")).contains(4);
    assertThat(survei.responden().get(0).jawaban("U9")).contains(2);
    assertThat(survei.layanan()).containsExactly("KTP");
    assertThat(failure(CSV, "u1,U1,U2,U3,U4,U5,U6,U7,U8,U9\n").problems()).extracting(CsvProblem::toString)
        .containsExactly("row 1, column \"U1\", value \"U1\": the column appears twice: each column appears once"
            + " (in any case)");
  }

  @Test
  void unsur_codes_differing_only_in_case_cannot_be_told_apart_in_a_header() {
    assertThatThrownBy(() -> SkmCsv.of(List.of(Unsur.of("a", "Satu"), Unsur.of("A", "Dua"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsur kode 'a' and 'A' differ only in case, and a CSV header is read case-insensitively:"
            + " give the unsur codes that differ in more");
  }

  @Test
  void writing_uses_a_comma_unless_a_separator_is_set() {
    SurveiSkm survei = CSV.read(TITIK_KOMA);
    assertThat(CSV.write(survei)).startsWith("layanan,U1,");
    assertThat(CSV.withPemisah(';').write(survei)).isEqualTo(TITIK_KOMA);
  }

  @Test
  void a_file_of_many_bad_rows_keeps_the_first_1000_problems_and_counts_them_all() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 1500; i++) {
      text.append("KTP,5,4,4,4,4,4,4,4,4\n");
    }
    SkmCsvException e = failure(CSV, text.toString());
    assertThat(e.problems()).hasSize(1000);
    assertThat(e.jumlahMasalah()).isEqualTo(1500);
    assertThat(e.problems().get(999).row()).isEqualTo(1001);
    assertThat(e.getMessage()).startsWith("1500 problems in the SKM CSV file:\n").endsWith("\n  … and 1480 more");
    assertThat(catchThrowableOfType(SkmCsvException.class,
        () -> CSV.hitung(new StringReader(text.toString()), KalkulatorSkm.standar())).problems())
        .isEqualTo(e.problems());
  }
}
