package id.sakip.evaluasi;

import static id.sakip.evaluasi.JawabanLke.A;
import static id.sakip.evaluasi.JawabanLke.B;
import static id.sakip.evaluasi.JawabanLke.C;
import static id.sakip.evaluasi.JawabanLke.T;
import static id.sakip.evaluasi.JawabanLke.Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KalkulatorLkeTest {

  private static final MetodeLke LKE_2021 = MetodeLke.PERMENPAN_RB_88_2021;
  private static final KalkulatorLke BAWAH = KalkulatorLke.standar();
  private static final KalkulatorLke ATAS = KalkulatorLke.of(PembacaanBatas.BATAS_KE_PITA_ATAS);

  /** Components 25,5 + 24 + 12 + 18 = 79,5. */
  static LembarKerjaEvaluasi lke79() {
    return LembarKerjaEvaluasi.of(LKE_2021)
        .with("1.a", Y, Y, Y) // 6
        .with("1.b", A, C) // 0,75 × 9 = 6,75
        .with("1.c", A, A, A, B, C) // 0,85 × 15 = 12,75
        .with("2.a", Y) // 6
        .with("2.b", A) // 9
        .with("2.c", Y, Y, Y, T, T) // 0,6 × 15 = 9
        .with("3.a", Y) // 3
        .with("3.b", A, B, C) // 0,75 × 4,5 = 3,375
        .with("3.c", B) // 0,75 × 7,5 = 5,625
        .with("4.a", Y, Y, Y, T, T) // 0,6 × 5 = 3
        .with("4.b", A) // 7,5
        .with("4.c", Y, Y, Y, T, T); // 0,6 × 12,5 = 7,5
  }

  private static Pecahan angka(String value) {
    return Pecahan.of(new BigDecimal(value));
  }

  @Test
  void components_25_5_24_12_18_total_79_5_which_is_bb() {
    HasilLke h = BAWAH.hitung(lke79());
    assertThat(h.komponen()).extracting(k -> k.nilai().value())
        .containsExactly(angka("25.5"), angka("24"), angka("12"), angka("18"));
    assertThat(h.total().value()).isEqualTo(angka("79.5"));
    assertThat(h.total().value().format(1, java.math.RoundingMode.HALF_UP)).isEqualTo("79,5");
    assertThat(h.predikat().value()).isEqualTo(Predikat.BB);
    assertThat(h.predikat().value().label()).isEqualTo("Sangat baik");
    assertThat(ATAS.hitung(lke79()).predikat().value()).isEqualTo(Predikat.BB);
  }

  @Test
  void a_sub_component_of_weight_6_answered_y_y_y_t_scores_4_5() {
    HasilLke h = BAWAH.hitung(LembarKerjaEvaluasi.of(LKE_2021).with("1.a", Y, Y, Y, T));
    NilaiSubKomponen pemenuhan = h.komponen("1").orElseThrow().subKomponen().get(0);
    assertThat(pemenuhan.subKomponen()).isEqualTo(SubKomponenLke.of("1.a", "Pemenuhan", BigDecimal.valueOf(6)));
    assertThat(pemenuhan.jawaban()).containsExactly(Y, Y, Y, T);
    assertThat(pemenuhan.nilai().value()).isEqualTo(angka("4.5"));
  }

  @Test
  void sub_component_scores_are_exact_means_times_weight() {
    // B, C, C on weight 9: (0,75 + 0,5 + 0,5) / 3 × 9 = 5,25; Y, T, T on weight 15: 5
    HasilLke h = BAWAH.hitung(LembarKerjaEvaluasi.of(LKE_2021).with("1.b", B, C, C).with("1.c", Y, T, T));
    List<NilaiSubKomponen> subs = h.komponen("1").orElseThrow().subKomponen();
    assertThat(subs.get(1).nilai().value()).isEqualTo(angka("5.25"));
    assertThat(subs.get(2).nilai().value()).isEqualTo(Pecahan.of(5));
  }

  @Test
  void answers_have_their_regulation_values() {
    assertThat(List.of(JawabanLke.values())).extracting(j -> j.name() + "=" + j.nilai().toPlainString())
        .containsExactly("Y=1", "T=0", "A=1", "B=0.75", "C=0.5", "D=0.25", "E=0");
  }

  // ------------------------------------------------------------ predikat boundaries

  @ParameterizedTest(name = "total {0}: {1} when a boundary goes to the band below, {2} when above")
  @CsvSource({
    "100,   AA, AA",
    "90.01, AA, AA",
    "90,    A,  AA",
    "89.99, A,  A",
    "80.01, A,  A",
    "80,    BB, A",
    "79.99, BB, BB",
    "70.01, BB, BB",
    "70,    B,  BB",
    "69.99, B,  B",
    "60.01, B,  B",
    "60,    CC, B",
    "59.99, CC, CC",
    "50.01, CC, CC",
    "50,    C,  CC",
    "49.99, C,  C",
    "30.01, C,  C",
    "30,    D,  C",
    "29.99, D,  D",
    "0,     D,  D",
  })
  void each_predikat_boundary_on_both_sides_under_both_readings(
      BigDecimal total, Predikat bawah, Predikat atas) {
    assertThat(PembacaanBatas.BATAS_KE_PITA_BAWAH.predikat(Pecahan.of(total)).value()).isEqualTo(bawah);
    assertThat(PembacaanBatas.BATAS_KE_PITA_ATAS.predikat(Pecahan.of(total)).value()).isEqualTo(atas);
  }

  @Test
  void a_total_just_above_a_boundary_is_not_rounded_onto_it() {
    Pecahan justAbove = Pecahan.of(80).plus(Pecahan.of(1, 1_000_000));
    assertThat(PembacaanBatas.BATAS_KE_PITA_BAWAH.predikat(justAbove).value()).isEqualTo(Predikat.A);
  }

  @Test
  void a_worksheet_totalling_exactly_80_is_bb_or_a_by_reading() {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(LKE_2021);
    for (String kode : LKE_2021.kodeSubKomponen()) {
      lke = lke.with(kode, Y, Y, Y, Y, T);
    }
    assertThat(BAWAH.hitung(lke).total().value()).isEqualTo(Pecahan.of(80));
    assertThat(BAWAH.hitung(lke).predikat().value()).isEqualTo(Predikat.BB);
    assertThat(ATAS.hitung(lke).predikat().value()).isEqualTo(Predikat.A);
  }

  @Test
  void the_default_reading_puts_a_boundary_in_the_band_below() {
    assertThat(KalkulatorLke.standar().pembacaanBatas()).isEqualTo(PembacaanBatas.BATAS_KE_PITA_BAWAH);
    assertThat(PembacaanBatas.BATAS_KE_PITA_BAWAH.skala().pita().get(0).toString())
        .isEqualTo("AA Sangat memuaskan (90 < x ≤ 100)");
    assertThat(PembacaanBatas.BATAS_KE_PITA_ATAS.skala().pita().get(0).toString())
        .isEqualTo("AA Sangat memuaskan (90 ≤ x ≤ 100)");
    assertThat(PembacaanBatas.BATAS_KE_PITA_BAWAH.skala().pita().get(6).toString())
        .isEqualTo("D Sangat kurang (0 ≤ x ≤ 30)");
    assertThat(PembacaanBatas.BATAS_KE_PITA_ATAS.skala().pita().get(6).toString())
        .isEqualTo("D Sangat kurang (0 ≤ x < 30)");
    assertThat(PembacaanBatas.BATAS_KE_PITA_BAWAH.skala().isTanpaCelah()).isTrue();
    assertThat(PembacaanBatas.BATAS_KE_PITA_ATAS.skala().isTanpaCelah()).isTrue();
  }

  @Test
  void a_total_outside_0_to_100_has_no_predikat() {
    Outcome<Predikat> p = PembacaanBatas.BATAS_KE_PITA_BAWAH.predikat(Pecahan.of(101));
    assertThat(p.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(p.explanation()).contains("101 lies beyond scale").endsWith("whose domain is 0 ≤ x ≤ 100");
  }

  @Test
  void predikat_codes_and_labels() {
    assertThat(List.of(Predikat.values())).extracting(p -> p + " " + p.label()).containsExactly(
        "AA Sangat memuaskan", "A Memuaskan", "BB Sangat baik", "B Baik", "CC Cukup", "C Kurang",
        "D Sangat kurang");
    assertThat(Predikat.ofKode("CC")).contains(Predikat.CC);
    assertThat(Predikat.ofKode("AAA")).isEmpty();
  }

  // ------------------------------------------------------------ incomplete worksheets

  @Test
  void a_sub_component_without_answers_leaves_its_component_and_the_total_not_computable() {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(LKE_2021).with("1.a", Y).with("1.b", Y);
    HasilLke h = BAWAH.hitung(lke);
    NilaiKomponen perencanaan = h.komponen("1").orElseThrow();
    assertThat(perencanaan.subKomponen().get(0).nilai().value()).isEqualTo(Pecahan.of(6));
    assertThat(perencanaan.subKomponen().get(2).nilai().explanation())
        .isEqualTo("sub-komponen 1.c Implementasi (15) of komponen 1 Perencanaan kinerja (30) has no"
            + " answers: its score is the mean of its answers × 15");
    assertThat(perencanaan.nilai().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(h.total().explanation()).startsWith("sub-komponen 1.c Implementasi");
    assertThat(h.predikat().isComputable()).isFalse();
  }

  // ------------------------------------------------------------ methods

  @Test
  void permenpan_rb_88_2021_splits_30_30_15_25_into_20_30_50() {
    assertThat(LKE_2021.komponen()).extracting(KomponenLke::toString).containsExactly(
        "1 Perencanaan kinerja (30)", "2 Pengukuran kinerja (30)", "3 Pelaporan kinerja (15)",
        "4 Evaluasi akuntabilitas kinerja internal (25)");
    assertThat(LKE_2021.komponen().get(0).subKomponen()).extracting(SubKomponenLke::toString)
        .containsExactly("1.a Pemenuhan (6)", "1.b Kualitas (9)", "1.c Implementasi (15)");
    assertThat(LKE_2021.komponen().get(2).subKomponen()).extracting(SubKomponenLke::toString)
        .containsExactly("3.a Pemenuhan (3)", "3.b Kualitas (4.5)", "3.c Implementasi (7.5)");
    assertThat(LKE_2021.komponen().get(3).subKomponen()).extracting(SubKomponenLke::toString)
        .containsExactly("4.a Pemenuhan (5)", "4.b Kualitas (7.5)", "4.c Implementasi (12.5)");
  }

  @Test
  void permenpan_rb_12_2015_has_five_components_answered_whole() {
    MetodeLke lama = MetodeLke.PERMENPAN_RB_12_2015;
    assertThat(lama.komponen()).extracting(KomponenLke::toString).containsExactly(
        "1 Perencanaan kinerja (30)", "2 Pengukuran kinerja (25)", "3 Pelaporan kinerja (15)",
        "4 Evaluasi internal (10)", "5 Capaian kinerja (20)");
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(lama)
        .with("1", A).with("2", B).with("3", C).with("4", Y, T).with("5", A, B);
    HasilLke h = BAWAH.hitung(lke);
    // 30 + 18,75 + 7,5 + 5 + 17,5 = 78,75
    assertThat(h.total().value()).isEqualTo(angka("78.75"));
    assertThat(h.predikat().value()).isEqualTo(Predikat.BB);
  }

  @Test
  void a_method_must_total_100_and_a_component_its_sub_components() {
    assertThatThrownBy(() -> MetodeLke.of("tiga puluh", List.of(
            KomponenLke.utuh("1", "Perencanaan kinerja", BigDecimal.valueOf(30)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("component weights of LKE method 'tiga puluh' sum to 30, not 100: the components"
            + " share the 100-point total exactly");
    assertThatThrownBy(() -> KomponenLke.of("1", "Perencanaan kinerja", BigDecimal.valueOf(30), List.of(
            SubKomponenLke.of("1.a", "Pemenuhan", BigDecimal.valueOf(6)),
            SubKomponenLke.of("1.b", "Kualitas", BigDecimal.valueOf(9)))))
        .hasMessage("sub-component weights of komponen 1 Perencanaan kinerja sum to 15, not its weight"
            + " 30: the sub-components share the component's weight exactly");
    assertThatThrownBy(() -> MetodeLke.of("dua", List.of(
            KomponenLke.utuh("1", "a", BigDecimal.valueOf(50)),
            KomponenLke.utuh("1", "b", BigDecimal.valueOf(50)))))
        .hasMessage("LKE method 'dua' has two components coded '1': each needs its own code");
    assertThatThrownBy(() -> SubKomponenLke.of("1.a", "Pemenuhan", BigDecimal.ZERO))
        .hasMessage("bobot 0 of sub-komponen 1.a is not above 0: a sub-component carries part of the total");
  }

  @Test
  void a_worksheet_files_answers_only_under_the_method_codes() {
    assertThatThrownBy(() -> LembarKerjaEvaluasi.of(LKE_2021).with("5.a", Y))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers are filed under sub-komponen '5.a', which method 'PermenPAN-RB 88/2021'"
            + " does not have ([1.a, 1.b, 1.c, 2.a, 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c])");
    assertThatThrownBy(() -> LembarKerjaEvaluasi.of(LKE_2021).with("1.a"))
        .hasMessage("sub-komponen 1.a has an empty list of answers: give at least one answer or leave"
            + " the sub-component out");
    assertThat(LembarKerjaEvaluasi.of(LKE_2021).with("1.a", Y).with("1.a", T).jawaban("1.a")).containsExactly(T);
    assertThat(new LembarKerjaEvaluasi(LKE_2021, Map.of("2.b", List.of(A))).jawaban("1.a")).isEmpty();
  }

  @Test
  void values_compare_by_value() {
    assertThat(BAWAH.hitung(lke79())).isEqualTo(BAWAH.hitung(lke79()));
    assertThat(KomponenLke.utuh("1", "a", new BigDecimal("100.0")))
        .isEqualTo(KomponenLke.utuh("1", "a", BigDecimal.valueOf(100)))
        .hasSameHashCodeAs(KomponenLke.utuh("1", "a", BigDecimal.valueOf(100)));
  }
}
