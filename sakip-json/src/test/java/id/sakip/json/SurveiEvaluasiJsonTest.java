package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.angka.Pecahan;
import id.sakip.evaluasi.JawabanLke;
import id.sakip.evaluasi.KalkulatorLke;
import id.sakip.evaluasi.KomponenLke;
import id.sakip.evaluasi.LembarKerjaEvaluasi;
import id.sakip.evaluasi.MetodeLke;
import id.sakip.evaluasi.NilaiKriteria;
import id.sakip.evaluasi.PembacaanBatas;
import id.sakip.evaluasi.SubKomponenLke;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.KebijakanJawabanKosong;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.Responden;
import id.sakip.survei.SurveiSkm;
import id.sakip.survei.Unsur;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON of the SKM and LKE models: round trips, byte-stable writing, and errors with their paths. */
class SurveiEvaluasiJsonTest {

  private static final SakipJson JSON = SakipJson.standar();
  private static final List<Unsur> U9 = MetodeSkm.PERMENPAN_RB_14_2017.unsur();

  static Stream<Object> values() {
    Map<String, Pecahan> khusus = new LinkedHashMap<>();
    khusus.put("A", Pecahan.of(1, 3));
    khusus.put("B", Pecahan.of(1, 6));
    khusus.put("C", Pecahan.of(1, 2));
    List<Unsur> tiga = List.of(Unsur.of("A", "Kebersihan"), Unsur.of("B", "Keamanan"), Unsur.of("C", "Informasi"));
    List<Responden> responden = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      responden.add(Responden.lengkap(U9, 4, 3, 4, 4, 3, 4, 4, 3, 1 + i % 4).withLayanan(i % 2 == 0 ? "KTP" : "KK"));
    }
    responden.add(Responden.of(Map.of("U1", 2, "U9", 3)));
    MetodeLke sendiri = MetodeLke.of("LKE internal", List.of(
        KomponenLke.pemenuhanKualitasImplementasi("P", "Perencanaan", new BigDecimal("62.5")),
        KomponenLke.of("Q", "Capaian", new BigDecimal("37.5"), List.of(
            SubKomponenLke.of("Q1", "Output", new BigDecimal("12.5")),
            SubKomponenLke.of("Q2", "Outcome", BigDecimal.valueOf(25))))));
    return Stream.of(
        Pecahan.of(1, 9),
        Pecahan.of(new BigDecimal("0.111")),
        Pecahan.of(-7, 4),
        Unsur.of("U4", "Biaya/tarif"),
        responden.get(0),
        responden.get(5),
        SurveiSkm.of(MetodeSkm.PERMENPAN_RB_14_2017, responden),
        SurveiSkm.of(MetodeSkm.KEPMENPAN_25_2004, List.of()),
        SurveiSkm.of(tiga, List.of(Responden.lengkap(tiga, 4, 1, 2), Responden.of("Loket 2", Map.of("B", 4)))),
        BobotSkm.SAMA_RATA,
        BobotSkm.tercetak(new BigDecimal("0.111")),
        BobotSkm.khusus(khusus),
        KalkulatorSkm.standar(),
        KalkulatorSkm.of(MetodeSkm.KEPMENPAN_25_2004, BobotSkm.tercetak(MetodeSkm.KEPMENPAN_25_2004),
            KebijakanJawabanKosong.KELUARKAN),
        SubKomponenLke.of("3.b", "Kualitas", new BigDecimal("4.5")),
        MetodeLke.PERMENPAN_RB_88_2021.komponen().get(3),
        MetodeLke.PERMENPAN_RB_88_2021,
        MetodeLke.PERMENPAN_RB_12_2015,
        sendiri,
        LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_88_2021)
            .with("1.a", JawabanLke.Y, JawabanLke.Y, JawabanLke.Y, JawabanLke.T)
            .with("3.c", JawabanLke.B, JawabanLke.E),
        LembarKerjaEvaluasi.of(sendiri).with("Q2", JawabanLke.A),
        NilaiKriteria.of(new BigDecimal("72.5"), BigDecimal.valueOf(100)),
        LembarKerjaEvaluasi.of(sendiri).with("Q2", JawabanLke.A).withNilai("Q1", NilaiKriteria.of(70, 100),
            NilaiKriteria.of(3, 4)),
        LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_12_2015),
        KalkulatorLke.standar(),
        KalkulatorLke.of(PembacaanBatas.BATAS_KE_PITA_ATAS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void every_value_reads_back_equal_and_writes_byte_stable(Object value) {
    String written = JSON.write(value);
    Class<?> type = value instanceof BobotSkm ? BobotSkm.class : value.getClass();
    Object read = JSON.read(written, type);
    assertThat(read).isEqualTo(value);
    assertThat(JSON.write(read)).isEqualTo(written);
  }

  @Test
  void a_survey_of_standard_unsur_names_its_method_and_answers_by_code() {
    SurveiSkm survei = SurveiSkm.of(MetodeSkm.PERMENPAN_RB_14_2017, List.of(
        Responden.lengkap(U9, 4, 3, 4, 4, 3, 4, 4, 3, 4).withLayanan("KTP"),
        Responden.of(Map.of("U2", 1))));
    assertThat(JSON.write(survei)).isEqualTo("""
        {
          "unsur": "PERMENPAN_RB_14_2017",
          "responden": [
            {
              "layanan": "KTP",
              "jawaban": {
                "U1": 4,
                "U2": 3,
                "U3": 4,
                "U4": 4,
                "U5": 3,
                "U6": 4,
                "U7": 4,
                "U8": 3,
                "U9": 4
              }
            },
            {
              "jawaban": {
                "U2": 1
              }
            }
          ]
        }
        """);
  }

  @Test
  void weights_are_written_by_name_as_printed_or_as_exact_fractions() {
    assertThat(JSON.write(BobotSkm.SAMA_RATA)).isEqualTo("\"SAMA_RATA\"\n");
    assertThat(JSON.write(BobotSkm.tercetak(new BigDecimal("0.111")))).isEqualTo("{\n  \"tercetak\": 0.111\n}\n");
    assertThat(JSON.write(BobotSkm.khusus(Map.of("U1", Pecahan.of(1, 3), "U2", Pecahan.of(2, 3)))))
        .contains("\"U1\": \"1/3\"").contains("\"U2\": \"2/3\"");
    assertThat(JSON.read("{\"khusus\": {\"U1\": 0.25, \"U2\": \"0,75\"}}", BobotSkm.class))
        .isEqualTo(BobotSkm.khusus(Map.of("U1", Pecahan.of(1, 4), "U2", Pecahan.of(3, 4))));
    assertThat(JSON.write(KalkulatorSkm.standar())).isEqualTo("""
        {
          "metode": "PERMENPAN_RB_14_2017",
          "bobot": "SAMA_RATA",
          "jawabanKosong": "TOLAK"
        }
        """);
  }

  @Test
  void a_worksheet_files_answers_by_sub_component_code() {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_88_2021)
        .with("1.a", JawabanLke.Y, JawabanLke.T);
    assertThat(JSON.write(lke)).isEqualTo("""
        {
          "metode": "PERMENPAN_RB_88_2021",
          "jawaban": {
            "1.a": [
              "Y",
              "T"
            ]
          }
        }
        """);
    assertThat(KalkulatorLke.standar().hitung(JSON.read(JSON.write(lke), LembarKerjaEvaluasi.class))
        .komponen("1").orElseThrow().subKomponen().get(0).nilai().value()).isEqualTo(Pecahan.of(3));
  }

  @Test
  void a_sub_component_scored_by_number_is_filed_under_nilai_kriteria() {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_88_2021)
        .with("1.a", JawabanLke.Y)
        .withNilai("1.b", NilaiKriteria.of(70, 100));
    assertThat(JSON.write(lke)).isEqualTo("""
        {
          "metode": "PERMENPAN_RB_88_2021",
          "jawaban": {
            "1.a": [
              "Y"
            ]
          },
          "nilaiKriteria": {
            "1.b": [
              {
                "nilai": 70,
                "nilaiMaksimal": 100
              }
            ]
          }
        }
        """);
    assertThat(KalkulatorLke.standar().hitung(JSON.read(JSON.write(lke), LembarKerjaEvaluasi.class))
        .komponen("1").orElseThrow().subKomponen().get(1).nilai().value()).isEqualTo(Pecahan.of(new BigDecimal("6.3")));
  }

  @Test
  void a_numeric_score_above_its_maximum_is_reported_with_its_path() {
    String json = "{\"metode\": \"PERMENPAN_RB_88_2021\", \"nilaiKriteria\": {\"1.a\": [{\"nilai\": 70,"
        + " \"nilaiMaksimal\": 100}, {\"nilai\": 120, \"nilaiMaksimal\": 100}]}}";
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read(json, LembarKerjaEvaluasi.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.nilaiKriteria[\"1.a\"][1].nilai");
      assertThat(p.rule()).isEqualTo("nilaiKriteria.nilai is 120 of nilaiMaksimal 100: a criterion's score lies"
          + " from 0 to its highest score");
    });
  }

  @Test
  void an_answer_outside_1_to_4_is_reported_with_its_path_value_and_rule() {
    String json = """
        {"unsur": "PERMENPAN_RB_14_2017", "responden": [
          {"jawaban": {"U1": 4}},
          {"layanan": "KK", "jawaban": {"U4": 5, "U5": 2.5, "U10": 3}}
        ]}""";
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read(json, SurveiSkm.class));
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.responden[1].jawaban[\"U4\"]: 5: an SKM answer is a whole number from 1 (tidak baik) to 4"
            + " (sangat baik) (PermenPAN-RB 14/2017); leave a missing answer out",
        "$.responden[1].jawaban[\"U5\"]: 2.5: an SKM answer is a whole number from 1 (tidak baik) to 4"
            + " (sangat baik) (PermenPAN-RB 14/2017); leave a missing answer out");
  }

  @Test
  void an_answer_to_an_unsur_the_survey_does_not_ask_is_reported_at_the_survey() {
    String json = "{\"unsur\": \"PERMENPAN_RB_14_2017\", \"responden\": [{\"jawaban\": {\"U10\": 3}}]}";
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read(json, SurveiSkm.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.rule()).startsWith("respondent 1 answers unsur 'U10', which the survey does not ask");
    });
  }

  @Test
  void invalid_weights_and_methods_are_reported_with_the_rule() {
    SakipJsonException sum = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read("{\"khusus\": {\"U1\": 0.5, \"U2\": 0.4}}", BobotSkm.class));
    assertThat(sum.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.khusus");
      assertThat(p.rule()).isEqualTo("custom weights 0.5 + 0.4 sum to 0.9, not 1: the weights of the unsur"
          + " must sum to exactly 1");
    });
    SakipJsonException both = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read("{\"khusus\": {\"U1\": 1}, \"tercetak\": 0.111}", BobotSkm.class));
    assertThat(both.problems()).extracting(JsonProblem::rule).singleElement().asString()
        .startsWith("must have exactly one of the members [tercetak, khusus]").endsWith("it has [tercetak, khusus]");
    SakipJsonException metode = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read("{\"metode\": \"PERMENPAN_RB_14_2071\", \"bobot\": \"SAMA_RATA\", \"jawabanKosong\": \"TOLAK\"}",
            KalkulatorSkm.class));
    assertThat(metode.problems()).extracting(JsonProblem::rule).singleElement().asString()
        .contains("did you mean 'PERMENPAN_RB_14_2017'?");
  }

  @Test
  void invalid_lke_answers_and_codes_are_reported_with_their_paths() {
    String json = "{\"metode\": \"PERMENPAN_RB_88_2021\", \"jawaban\": {\"1.a\": [\"Y\", \"X\"]}}";
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read(json, LembarKerjaEvaluasi.class));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly("$.jawaban[\"1.a\"][1]");
    SakipJsonException code = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read("{\"metode\": \"PERMENPAN_RB_12_2015\", \"jawaban\": {\"1.a\": [\"Y\"]}}",
            LembarKerjaEvaluasi.class));
    assertThat(code.problems()).extracting(JsonProblem::rule).singleElement().asString()
        .startsWith("answers are filed under sub-komponen '1.a', which method 'PermenPAN-RB 12/2015' does not have");
    SakipJsonException sum = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read("{\"nama\": \"x\", \"komponen\": [{\"kode\": \"1\", \"nama\": \"a\", \"bobot\": 90,"
            + " \"subKomponen\": [{\"kode\": \"1\", \"nama\": \"a\", \"bobot\": 90}]}]}", MetodeLke.class));
    assertThat(sum.problems()).extracting(JsonProblem::rule).singleElement().asString()
        .startsWith("component weights of LKE method 'x' sum to 90, not 100");
  }

  @Test
  void the_jackson_module_binds_the_new_types_too() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new SakipModule());
    KalkulatorSkm k = KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(new BigDecimal("0.111")));
    assertThat(mapper.readValue(mapper.writeValueAsString(k), KalkulatorSkm.class)).isEqualTo(k);
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(MetodeLke.PERMENPAN_RB_88_2021).with("2.b", JawabanLke.C);
    assertThat(mapper.readValue(mapper.writeValueAsString(lke), LembarKerjaEvaluasi.class)).isEqualTo(lke);
  }
}
