package id.sakip.survei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Pecahan;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.Pita;
import id.sakip.skala.SkalaOrdinal;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every valid survey has a quality band (the lowest band from the method's minimum, domain.md §11),
 * and a built-in method refuses the other method's standard unsur.
 */
class SkmPitaMetodeTest {

  private static HasilSkm semua(MetodeSkm metode, BobotSkm bobot, int jawaban) {
    SurveiSkm survei = SurveiSkm.of(metode, ContohSkm.semua(metode.unsur(), 3, jawaban));
    return KalkulatorSkm.of(metode, bobot, KebijakanJawabanKosong.TOLAK).hitung(survei).unit().value();
  }

  // ------------------------------------------------------------ the extremes of every method and weight

  @ParameterizedTest(name = "{0}, {1} weights, all answers {2}: {3} → {4}, band {5}")
  @CsvSource({
    "PERMENPAN_RB_14_2017, exact,   1, 25,     25.00,  D",
    "PERMENPAN_RB_14_2017, exact,   4, 100,    100.00, A",
    "PERMENPAN_RB_14_2017, printed, 1, 24.975, 24.98,  D",
    "PERMENPAN_RB_14_2017, printed, 4, 99.9,   99.90,  A",
    "KEPMENPAN_25_2004,    exact,   1, 25,     25.00,  D",
    "KEPMENPAN_25_2004,    exact,   4, 100,    100.00, A",
    "KEPMENPAN_25_2004,    printed, 1, 24.85,  24.85,  D",
    "KEPMENPAN_25_2004,    printed, 4, 99.4,   99.40,  A",
  })
  void all_answers_1_and_all_4_have_a_band_under_every_method_and_weight(
      MetodeSkm metode, String bobot, int jawaban, BigDecimal nilai, BigDecimal dibulatkan, String kode) {
    HasilSkm h = semua(metode, bobot.equals("exact") ? BobotSkm.SAMA_RATA : BobotSkm.tercetak(metode), jawaban);
    assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(nilai));
    assertThat(h.nilaiSkm().rounded(2, RoundingMode.HALF_UP)).isEqualTo(dibulatkan);
    assertThat(h.kodeMutu()).contains(kode);
    assertThat(h.mutu().isDalamPita()).isTrue();
  }

  @Test
  void with_the_printed_weights_the_regulation_bands_alone_leave_the_minimum_without_a_band() {
    for (MetodeSkm metode : MetodeSkm.values()) {
      HasilSkm h = semua(metode, BobotSkm.tercetak(metode), 1);
      assertThat(metode.skalaMutu().klasifikasi(h.nilaiSkm().toPersentase()))
          .isInstanceOf(Klasifikasi.DiLuarSkala.class);
    }
  }

  @Test
  void custom_weights_summing_to_1_keep_the_extremes_25_and_100() {
    Map<String, Pecahan> w = new java.util.LinkedHashMap<>();
    ContohSkm.UNSUR.forEach(u -> w.put(u.kode(), Pecahan.of(1, 16)));
    w.put("U1", Pecahan.of(1, 2));
    assertThat(w.values().stream().reduce(Pecahan.ZERO, Pecahan::plus)).isEqualTo(Pecahan.ONE);
    assertThat(semua(MetodeSkm.PERMENPAN_RB_14_2017, BobotSkm.khusus(w), 1).nilaiSkm()).isEqualTo(Pecahan.of(25));
    assertThat(semua(MetodeSkm.PERMENPAN_RB_14_2017, BobotSkm.khusus(w), 4).nilaiSkm()).isEqualTo(Pecahan.of(100));
  }

  // ------------------------------------------------------------ the scale for a sum of weights

  @Test
  void the_scale_for_weights_summing_to_1_is_the_regulation_scale() {
    for (MetodeSkm metode : MetodeSkm.values()) {
      assertThat(metode.skalaMutu(Pecahan.ONE)).isSameAs(metode.skalaMutu());
    }
  }

  @ParameterizedTest(name = "weights summing to 0,999: {0} is {1}")
  @CsvSource({
    "24.9749, -", "24.975, D", "24.98, D", "25, D", "64.99, D", "64.995, C", "65.00, C", "76.60, C", "76.61, B",
    "88.30, B", "88.31, A", "99.9, A", "100, A", "100.005, -",
  })
  void the_lowest_band_of_the_printed_0_111_starts_at_24_98(BigDecimal nilai, String kode) {
    SkalaOrdinal skala = MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu(Pecahan.of(new BigDecimal("0.999")));
    Klasifikasi k = skala.klasifikasi(nilai);
    assertThat(k.toOptional().flatMap(Pita::kode).orElse("-")).isEqualTo(kode);
  }

  @Test
  void a_printed_weight_above_1_over_n_raises_the_top_of_band_a_to_the_maximum() {
    // 1/7 printed as 0,143: seven unsur sum to 1,001, so all 4 gives 100,1 and all 1 gives 25,025.
    List<Unsur> tujuh = MetodeSkm.PERMENPAN_RB_14_2017.unsur().subList(0, 7);
    KalkulatorSkm k = KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(new BigDecimal("0.143")));
    HasilSkm atas = k.hitung(SurveiSkm.of(tujuh, ContohSkm.semua(tujuh, 2, 4))).unit().value();
    assertThat(atas.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("100.1")));
    assertThat(atas.kodeMutu()).contains("A");
    HasilSkm bawah = k.hitung(SurveiSkm.of(tujuh, ContohSkm.semua(tujuh, 2, 1))).unit().value();
    assertThat(bawah.nilaiSkm()).isEqualTo(Pecahan.of(new BigDecimal("25.025")));
    assertThat(bawah.kodeMutu()).contains("D");
    SkalaOrdinal skala = MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu(Pecahan.of(new BigDecimal("1.001")));
    assertThat(skala.klasifikasi(new BigDecimal("100.10")).toOptional().flatMap(Pita::kode)).contains("A");
    assertThat(skala.klasifikasi(new BigDecimal("100.11")).isDalamPita()).isFalse();
    assertThat(skala.klasifikasi(new BigDecimal("24.99")).isDalamPita()).isFalse();
  }

  @Test
  void the_scale_of_kepmenpan_25_2004_with_0_071_starts_at_24_85() {
    SkalaOrdinal skala = MetodeSkm.KEPMENPAN_25_2004.skalaMutu(Pecahan.of(new BigDecimal("0.994")));
    assertThat(skala.klasifikasi(new BigDecimal("24.85")).toOptional().flatMap(Pita::kode)).contains("D");
    assertThat(skala.klasifikasi(new BigDecimal("24.84")).isDalamPita()).isFalse();
    assertThat(skala.klasifikasi(new BigDecimal("43.76")).toOptional().flatMap(Pita::kode)).contains("C");
    assertThat(skala.nama()).contains("KepMenPAN 25/2004").contains("24.85");
  }

  @Test
  void a_sum_of_weights_not_above_0_is_refused() {
    assertThatThrownBy(() -> MetodeSkm.PERMENPAN_RB_14_2017.skalaMutu(Pecahan.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jumlahBobot is 0: the weights of the unsur sum to more than 0");
  }

  // ------------------------------------------------------------ one method's unsur under the other

  @Test
  void kepmenpan_25_2004_refuses_a_survey_of_the_nine_unsur_of_permenpan_rb_14_2017() {
    KalkulatorSkm lama = KalkulatorSkm.of(MetodeSkm.KEPMENPAN_25_2004, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK);
    assertThatThrownBy(() -> lama.hitung(ContohSkm.survei29()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method KepMenPAN 25/2004 expects 14 unsur, but the survey asks 9, the standard unsur of"
            + " PermenPAN-RB 14/2017: compute it under MetodeSkm.PERMENPAN_RB_14_2017");
  }

  @Test
  void permenpan_rb_14_2017_refuses_a_survey_of_the_fourteen_unsur_of_kepmenpan_25_2004() {
    MetodeSkm lama = MetodeSkm.KEPMENPAN_25_2004;
    SurveiSkm survei = SurveiSkm.of(lama, ContohSkm.semua(lama.unsur(), 2, 3));
    assertThatThrownBy(() -> KalkulatorSkm.standar().hitung(survei))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method PermenPAN-RB 14/2017 expects 9 unsur, but the survey asks 14, the standard unsur of"
            + " KepMenPAN 25/2004: compute it under MetodeSkm.KEPMENPAN_25_2004");
    assertThatThrownBy(() -> KalkulatorSkm.standar().hitungDariNrr(lama.unsur(), Map.of()))
        .hasMessageStartingWith("method PermenPAN-RB 14/2017 expects 9 unsur, but the survey asks 14");
  }

  @Test
  void a_streamed_file_of_the_other_method_is_refused_before_it_is_read() {
    Reader tidakDibaca = new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) {
        throw new AssertionError("the file was read");
      }

      @Override
      public void close() {}
    };
    KalkulatorSkm lama = KalkulatorSkm.of(MetodeSkm.KEPMENPAN_25_2004, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK);
    assertThatThrownBy(() -> SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).hitung(tidakDibaca, lama))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("method KepMenPAN 25/2004 expects 14 unsur, but the survey asks 9");
  }

  @Test
  void a_unit_s_own_unsur_are_computed_under_either_method() {
    List<Unsur> sendiri = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      sendiri.add(Unsur.of("P" + i, "Pertanyaan " + i));
    }
    SurveiSkm survei = SurveiSkm.of(sendiri, ContohSkm.semua(sendiri, 2, 3));
    for (MetodeSkm metode : MetodeSkm.values()) {
      HasilSkm h = KalkulatorSkm.of(metode, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK)
          .hitung(survei).unit().value();
      assertThat(h.nilaiSkm()).isEqualTo(Pecahan.of(75));
    }
    // 75 is C (Kurang baik) under 2017 and B (Baik) under 2004: the method still decides the band.
    assertThat(KalkulatorSkm.standar().hitung(survei).unit().value().kodeMutu()).contains("C");
    assertThat(KalkulatorSkm.of(MetodeSkm.KEPMENPAN_25_2004, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK)
        .hitung(survei).unit().value().kodeMutu()).contains("B");
  }

  @Test
  void a_csv_of_the_right_method_streams_through() {
    String csv = "U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n";
    assertThat(SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).hitung(new StringReader(csv), KalkulatorSkm.standar())
        .unit().value().nilaiSkm()).isEqualTo(Pecahan.of(100));
  }
}
