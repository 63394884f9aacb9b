package id.sakip.survei;

import static id.sakip.survei.ContohSkm.UNSUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.Pita;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KalkulatorSkmTest {

  private static final KalkulatorSkm EKSAK = KalkulatorSkm.standar();
  private static final KalkulatorSkm TERCETAK =
      EKSAK.withBobot(BobotSkm.tercetak(new BigDecimal("0.111")));

  private static HasilSkm unit(KalkulatorSkm kalkulator, SurveiSkm survei) {
    return kalkulator.hitung(survei).unit().value();
  }

  // ------------------------------------------------------------ the worked example

  @Test
  void the_29_respondents_have_the_worked_totals_per_unsur() {
    HasilSkm h = unit(EKSAK, ContohSkm.survei29());
    assertThat(h.jumlahResponden()).isEqualTo(29);
    assertThat(h.unsur()).extracting(NilaiUnsur::jumlahNilai)
        .containsExactly(105L, 101L, 100L, 116L, 102L, 105L, 106L, 105L, 115L);
    assertThat(h.unsur()).extracting(NilaiUnsur::jumlahResponden).containsOnly(29);
    assertThat(h.unsur("U1").orElseThrow().nrr()).isEqualTo(Pecahan.of(105, 29));
  }

  @Test
  void skm_of_29_respondents_is_91_48_with_exact_ninths_and_quality_a() {
    HasilSkm h = unit(EKSAK, ContohSkm.survei29());
    assertThat(h.ikm()).isEqualTo(Pecahan.of(955, 261));
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(23875, 261));
    assertThat(h.nilaiSkm().format()).isEqualTo("91,48");
    assertThat(h.unsur()).extracting(NilaiUnsur::bobot).containsOnly(Pecahan.of(1, 9));
    assertThat(h.unsur("U4").orElseThrow().nrrTertimbang()).isEqualTo(Pecahan.of(116, 29 * 9));
    assertThat(h.kodeMutu()).contains("A");
    assertThat(h.mutu().toOptional().map(Pita::label)).contains("Sangat baik");
    assertThat(h.layanan()).isEmpty();
  }

  @Test
  void skm_of_29_respondents_is_91_38_with_the_printed_0_111() {
    HasilSkm h = unit(TERCETAK, ContohSkm.survei29());
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("2650.125")).times(Pecahan.of(1, 29)));
    assertThat(h.nilaiSkm().format()).isEqualTo("91,38");
    assertThat(h.kodeMutu()).contains("A");
  }

  @Test
  void an_all_4_survey_is_exactly_100_with_exact_ninths_and_99_90_with_0_111() {
    SurveiSkm survei = SurveiSkm.of(MetodeSkm.PERMENPAN_RB_14_2017, ContohSkm.semua(UNSUR, 7, 4));
    HasilSkm eksak = unit(EKSAK, survei);
    assertThat(eksak.ikm()).isEqualTo(Pecahan.of(4));
    assertThat(eksak.nilaiSkm()).isEqualTo(Pecahan.of(100));
    assertThat(eksak.nilaiSkm().toString()).isEqualTo("100");
    assertThat(eksak.nilaiSkm().format()).isEqualTo("100,00");
    HasilSkm tercetak = unit(TERCETAK, survei);
    assertThat(tercetak.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("99.9")));
    assertThat(tercetak.nilaiSkm().format()).isEqualTo("99,90");
    assertThat(tercetak.kodeMutu()).contains("A");
  }

  @Test
  void an_all_1_survey_with_printed_weights_gives_24_975_which_is_still_band_d() {
    SurveiSkm survei = SurveiSkm.of(MetodeSkm.PERMENPAN_RB_14_2017, ContohSkm.semua(UNSUR, 3, 1));
    assertThat(unit(EKSAK, survei).nilaiSkm()).isEqualTo(Pecahan.of(25));
    assertThat(unit(EKSAK, survei).kodeMutu()).contains("D");
    HasilSkm h = unit(TERCETAK, survei);
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("24.975")));
    assertThat(h.nilaiSkm().format()).isEqualTo("24,98");
    assertThat(h.kodeMutu()).contains("D");
    assertThat(h.mutu().toOptional().map(Pita::label)).contains("Tidak baik");
    // The regulation's printed bands alone leave it without one.
    assertThat(MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu().klasifikasi(h.nilaiSkm().toPersentase()))
        .isInstanceOf(Klasifikasi.DiLuarSkala.class);
  }

  // ------------------------------------------------------------ quality bands

  @ParameterizedTest(name = "SKM value {0} is {1}")
  @CsvSource({
    "25.00, D", "64.99, D", "65.00, C", "76.60, C", "76.61, B", "88.30, B", "88.31, A", "100.00, A",
    "64.994999, D", "64.995, C", "76.604999, C", "76.605, B", "88.304999, B", "88.305, A",
  })
  void quality_bands_of_permenpan_rb_14_2017_on_the_converted_value(BigDecimal nilai, String kode) {
    Klasifikasi k = MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu().klasifikasi(Pecahan.of(nilai).toPersentase());
    assertThat(k.toOptional().flatMap(Pita::kode)).contains(kode);
  }

  @ParameterizedTest(name = "SKM value {0} is {1} under KepMenPAN 25/2004")
  @CsvSource({
    "25.00, D", "43.75, D", "43.76, C", "62.50, C", "62.51, B", "81.25, B", "81.26, A", "100, A",
  })
  void quality_bands_of_kepmenpan_25_2004(BigDecimal nilai, String kode) {
    Klasifikasi k = MetodeSkm.KEPMENPAN_25_2004.skalaMutu().klasifikasi(nilai);
    assertThat(k.toOptional().flatMap(Pita::kode)).contains(kode);
  }

  @Test
  void the_quality_labels_run_from_sangat_baik_to_tidak_baik() {
    assertThat(MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu().pita())
        .extracting(p -> p.kode().orElseThrow() + " " + p.label())
        .containsExactly("A Sangat baik", "B Baik", "C Kurang baik", "D Tidak baik");
    assertThat(MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu().kebijakanCelah().toString())
        .isEqualTo("BULATKAN_DULU(2, HALF_UP)");
  }

  @ParameterizedTest(name = "{0} respondents answering {1} in all: SKM {2} rounds to {3}, {4}")
  @CsvSource({
    "38, 889, 22225/342, 64.99, D",
    "5,  117, 65,        65.00, C",
    "26, 717, 5975/78,   76.60, C",
    "19, 524, 13100/171, 76.61, B",
    "19, 604, 15100/171, 88.30, B",
    "24, 763, 19075/216, 88.31, A",
  })
  void surveys_on_each_side_of_each_band_edge_take_the_band_of_their_rounded_value(
      int n, int total, String exact, BigDecimal printed, String kode) {
    HasilSkm h = unit(EKSAK, ContohSkm.denganTotal(n, total));
    assertThat(h.nilaiSkm().toString()).isEqualTo(exact);
    assertThat(h.nilaiSkm().rounded(2, RoundingMode.HALF_UP)).isEqualTo(printed);
    assertThat(h.kodeMutu()).contains(kode);
  }

  // ------------------------------------------------------------ the older method

  @Test
  void kepmenpan_25_2004_has_14_unsur_and_weights_1_14_or_0_071() {
    MetodeSkm lama = MetodeSkm.KEPMENPAN_25_2004;
    assertThat(lama.unsur()).hasSize(14);
    SurveiSkm survei = SurveiSkm.of(lama, ContohSkm.semua(lama.unsur(), 5, 4));
    KalkulatorSkm eksak = KalkulatorSkm.of(lama, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK);
    assertThat(unit(eksak, survei).nilaiSkm()).isEqualTo(Pecahan.of(100));
    assertThat(unit(eksak, survei).unsur()).extracting(NilaiUnsur::bobot).containsOnly(Pecahan.of(1, 14));
    HasilSkm tercetak = unit(eksak.withBobot(BobotSkm.tercetak(lama)), survei);
    assertThat(tercetak.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("99.4")));
    assertThat(tercetak.kodeMutu()).contains("A");
  }

  // ------------------------------------------------------------ unit versus services

  @Test
  void the_unit_figure_comes_from_all_answers_not_from_the_mean_of_the_services() {
    List<Responden> responden = new ArrayList<>();
    responden.add(ContohSkm.semua(UNSUR, 1, 4).get(0).withLayanan("KTP"));
    ContohSkm.semua(UNSUR, 3, 1).forEach(r -> responden.add(r.withLayanan("KK")));
    HasilSurveiSkm hasil = EKSAK.hitung(SurveiSkm.of(MetodeSkm.PERMENPAN_RB_14_2017, responden));

    Pecahan ktp = hasil.layanan("KTP").orElseThrow().value().nilaiSkm();
    Pecahan kk = hasil.layanan("KK").orElseThrow().value().nilaiSkm();
    assertThat(ktp).isEqualTo(Pecahan.of(100));
    assertThat(kk).isEqualTo(Pecahan.of(25));
    Pecahan meanOfServices = ktp.plus(kk).times(Pecahan.of(1, 2));
    assertThat(meanOfServices).isEqualTo(Pecahan.of(new BigDecimal("62.5")));

    HasilSkm unit = hasil.unit().value();
    assertThat(unit.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("43.75")));
    assertThat(unit.nilaiSkm()).isNotEqualTo(meanOfServices);
    assertThat(unit.jumlahResponden()).isEqualTo(4);
    assertThat(unit.kodeMutu()).contains("D");
    assertThat(hasil.perLayanan().keySet()).containsExactly("KTP", "KK");
    assertThat(hasil.layanan("KTP").orElseThrow().value().layanan()).contains("KTP");
    assertThat(hasil.layanan("Akta")).isEmpty();
  }

  @Test
  void respondents_without_a_service_count_in_the_unit_only() {
    List<Responden> responden = new ArrayList<>(ContohSkm.semua(UNSUR, 2, 4));
    responden.add(ContohSkm.semua(UNSUR, 1, 1).get(0).withLayanan("KTP"));
    HasilSurveiSkm hasil = EKSAK.hitung(SurveiSkm.of(UNSUR, responden));
    assertThat(hasil.unit().value().jumlahResponden()).isEqualTo(3);
    assertThat(hasil.perLayanan()).containsOnlyKeys("KTP");
    assertThat(hasil.layanan("KTP").orElseThrow().value().nilaiSkm()).isEqualTo(Pecahan.of(25));
  }

  // ------------------------------------------------------------ missing answers

  private static SurveiSkm withOneBlank() {
    Map<String, Integer> blank = new LinkedHashMap<>(ContohSkm.semua(UNSUR, 1, 4).get(0).jawaban());
    blank.remove("U4");
    List<Responden> responden = new ArrayList<>();
    responden.add(Responden.lengkap(UNSUR, 2, 2, 2, 2, 2, 2, 2, 2, 2).withLayanan("KTP"));
    responden.add(Responden.of("KTP", blank));
    responden.add(Responden.lengkap(UNSUR, 3, 3, 3, 3, 3, 3, 3, 3, 3).withLayanan("KK"));
    return SurveiSkm.of(UNSUR, responden);
  }

  @Test
  void a_blank_answer_under_tolak_leaves_its_groups_without_an_skm_and_names_respondent_and_unsur() {
    HasilSurveiSkm hasil = EKSAK.hitung(withOneBlank());
    assertThat(hasil.unit().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(hasil.unit().explanation())
        .isEqualTo("SKM of the unit: respondent 2 (layanan 'KTP') left unsur U4 Biaya/tarif blank;"
            + " under TOLAK a blank answer leaves the group without an SKM (KELUARKAN excludes the"
            + " respondent from that unsur)");
    assertThat(hasil.layanan("KTP").orElseThrow().explanation())
        .startsWith("SKM of layanan 'KTP': respondent 2");
    assertThat(hasil.layanan("KK").orElseThrow().value().nilaiSkm()).isEqualTo(Pecahan.of(75));
  }

  @Test
  void a_blank_answer_under_keluarkan_excludes_the_respondent_from_that_unsur_only() {
    HasilSurveiSkm hasil =
        EKSAK.withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN).hitung(withOneBlank());
    HasilSkm unit = hasil.unit().value();
    NilaiUnsur u4 = unit.unsur("U4").orElseThrow();
    assertThat(u4.jumlahResponden()).isEqualTo(2);
    assertThat(u4.jumlahNilai()).isEqualTo(5);
    assertThat(u4.nrr()).isEqualTo(Pecahan.of(5, 2));
    NilaiUnsur u1 = unit.unsur("U1").orElseThrow();
    assertThat(u1.jumlahResponden()).isEqualTo(3);
    assertThat(u1.nrr()).isEqualTo(Pecahan.of(3));
    assertThat(unit.jumlahResponden()).isEqualTo(3);
    // IKM = (8 × 3 + 5/2) / 9 = 53/18; SKM = 53/18 × 25
    assertThat(unit.ikm()).isEqualTo(Pecahan.of(53, 18));
    assertThat(unit.nilaiSkm()).isEqualTo(Pecahan.of(53 * 25, 18));
  }

  @Test
  void an_unsur_nobody_in_a_group_answered_has_no_nrr_under_keluarkan() {
    Map<String, Integer> blank = new LinkedHashMap<>(ContohSkm.semua(UNSUR, 1, 4).get(0).jawaban());
    blank.remove("U9");
    HasilSurveiSkm hasil = EKSAK.withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN)
        .hitung(SurveiSkm.of(UNSUR, List.of(Responden.of("KTP", blank),
            Responden.lengkap(UNSUR, 4, 4, 4, 4, 4, 4, 4, 4, 4).withLayanan("KK"))));
    assertThat(hasil.layanan("KTP").orElseThrow().explanation())
        .isEqualTo("SKM of layanan 'KTP': none of its 1 respondents answered unsur U9 Sarana dan"
            + " prasarana, so its NRR has no value");
    assertThat(hasil.unit().value().unsur("U9").orElseThrow().jumlahResponden()).isEqualTo(1);
  }

  @Test
  void a_survey_without_respondents_has_no_skm() {
    HasilSurveiSkm hasil = EKSAK.hitung(SurveiSkm.of(UNSUR, List.of()));
    assertThat(hasil.unit().isComputable()).isFalse();
    assertThat(hasil.unit().explanation()).isEqualTo("SKM of the unit: the survey has no respondents");
    assertThat(hasil.perLayanan()).isEmpty();
  }

  // ------------------------------------------------------------ weights

  @Test
  void custom_weights_summing_to_1_weight_each_unsur() {
    List<Unsur> tiga = List.of(Unsur.of("A", "Persyaratan"), Unsur.of("B", "Biaya/tarif"),
        Unsur.of("C", "Sarana dan prasarana"));
    Map<String, Pecahan> w = new LinkedHashMap<>();
    w.put("A", Pecahan.of(1, 2));
    w.put("B", Pecahan.of(1, 3));
    w.put("C", Pecahan.of(1, 6));
    KalkulatorSkm k = EKSAK.withBobot(BobotSkm.khusus(w));
    HasilSkm h = unit(k, SurveiSkm.of(tiga, List.of(Responden.lengkap(tiga, 4, 1, 1))));
    // IKM = 4/2 + 1/3 + 1/6 = 5/2
    assertThat(h.ikm()).isEqualTo(Pecahan.of(5, 2));
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("62.5")));
    assertThat(h.kodeMutu()).contains("D");
  }

  @Test
  void custom_weights_must_sum_to_exactly_1() {
    Map<String, Pecahan> w = new LinkedHashMap<>();
    UNSUR.forEach(u -> w.put(u.kode(), Pecahan.of(new BigDecimal("0.111"))));
    assertThatThrownBy(() -> BobotSkm.khusus(w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sum to 0.999, not 1: the weights of the unsur must sum to exactly 1");
  }

  @Test
  void custom_weights_must_be_positive_and_name_the_survey_unsur() {
    assertThatThrownBy(() -> BobotSkm.khusus(Map.of("U1", Pecahan.ONE, "U2", Pecahan.ZERO)))
        .hasMessage("weight of unsur U2 is 0: every weight must be above 0");
    assertThatThrownBy(() -> BobotSkm.khusus(Map.of()))
        .hasMessage("custom weights are empty: give a weight per unsur");
    KalkulatorSkm k = EKSAK.withBobot(BobotSkm.khusus(Map.of("U1", Pecahan.ONE)));
    assertThatThrownBy(() -> k.hitung(ContohSkm.survei29()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("custom weights are given for [U1] but the survey asks [U1, U2,");
  }

  @Test
  void a_printed_weight_must_be_1_over_n_as_printed() {
    KalkulatorSkm k = EKSAK.withBobot(BobotSkm.tercetak(new BigDecimal("0.071")));
    assertThatThrownBy(() -> k.hitung(ContohSkm.survei29()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("printed weight 0.071 does not fit 9 unsur: 1/9 rounded to 3 decimals is 0.111;"
            + " a printed weight is the equal weight 1/n as printed (use khusus(...) for other"
            + " weights)");
    assertThat(BobotSkm.tercetak(new BigDecimal("0.1111")).untuk(UNSUR).get("U1"))
        .isEqualTo(Pecahan.of(1111, 10000));
    assertThatThrownBy(() -> BobotSkm.tercetak(BigDecimal.ZERO))
        .hasMessage("printed weight 0 is not above 0 and at most 1: a weight is a share of the index");
  }

  @Test
  void the_weights_of_each_policy_for_nine_unsur() {
    assertThat(BobotSkm.SAMA_RATA.untuk(UNSUR).values()).containsOnly(Pecahan.of(1, 9));
    assertThat(BobotSkm.tercetak(MetodeSkm.PERMENPAN_RB_14_2017).untuk(UNSUR).values())
        .containsOnly(Pecahan.of(111, 1000));
    assertThat(BobotSkm.SAMA_RATA.untuk(UNSUR).keySet())
        .containsExactly("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");
  }

  // ------------------------------------------------------------ the model

  @Test
  void an_answer_outside_1_to_4_is_refused_with_unsur_value_and_rule() {
    assertThatThrownBy(() -> Responden.of(Map.of("U4", 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unsur U4: answer 5 is outside 1–4: an SKM answer is a whole number from 1"
            + " (tidak baik) to 4 (sangat baik) (PermenPAN-RB 14/2017)");
    assertThatThrownBy(() -> Responden.of(Map.of("U1", 0))).hasMessageContaining("answer 0 is outside 1–4");
  }

  @Test
  void a_survey_refuses_an_answer_to_an_unsur_it_does_not_ask() {
    assertThatThrownBy(() -> SurveiSkm.of(UNSUR, List.of(ContohSkm.semua(UNSUR, 1, 4).get(0),
            Responden.of(Map.of("U10", 3)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondent 2 answers unsur 'U10', which the survey does not ask ([U1, U2, U3,"
            + " U4, U5, U6, U7, U8, U9]): every answer names an unsur of the survey");
    assertThatThrownBy(() -> SurveiSkm.of(List.of(Unsur.of("U1", "a"), Unsur.of("U1", "b")), List.of()))
        .hasMessage("survey asks two unsur coded 'U1': each unsur needs its own code");
    assertThatThrownBy(() -> SurveiSkm.of(List.of(), List.of()))
        .hasMessage("survey asks no unsur: an SKM asks at least one");
  }

  @Test
  void a_complete_respondent_answers_each_unsur_once() {
    assertThatThrownBy(() -> Responden.lengkap(UNSUR, 4, 4))
        .hasMessage("2 answers for 9 unsur: a complete respondent answers each unsur once");
    Responden r = Responden.lengkap(UNSUR, 4, 3, 4, 4, 3, 4, 4, 3, 4);
    assertThat(r.jawaban("U2")).contains(3);
    assertThat(r.jawaban("U10")).isEmpty();
    assertThat(r.layanan()).isEmpty();
    assertThatThrownBy(() -> r.withLayanan(" "))
        .hasMessage("layanan ' ' is blank: leave the service out or name it");
  }

  @Test
  void results_compare_by_value() {
    assertThat(EKSAK.hitung(ContohSkm.survei29())).isEqualTo(EKSAK.hitung(ContohSkm.survei29()));
    assertThat(KalkulatorSkm.standar()).isEqualTo(KalkulatorSkm.of(
        MetodeSkm.PERMENPAN_RB_14_2017, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK));
    assertThat(unit(EKSAK, ContohSkm.survei29()).nilaiSkm().rounded(2, RoundingMode.HALF_UP))
        .isEqualTo("91.48");
  }
}
