package id.sakip.evaluasi;

import static id.sakip.evaluasi.JawabanLke.A;
import static id.sakip.evaluasi.JawabanLke.B;
import static id.sakip.evaluasi.JawabanLke.Y;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LKE criteria scored by number, nilai / nilai maksimal × bobot (domain.md §11). */
class NilaiKriteriaTest {

  private static final MetodeLke LKE_2021 = MetodeLke.PERMENPAN_RB_88_2021;

  /** An internal LKE whose first sub-component weighs 5, as in the worked example. */
  private static final MetodeLke LKE_INTERNAL = MetodeLke.of("LKE internal", List.of(
      KomponenLke.of("1", "Perencanaan kinerja", BigDecimal.valueOf(30), List.of(
          SubKomponenLke.of("1.a", "Dokumen Renstra", BigDecimal.valueOf(5)),
          SubKomponenLke.of("1.b", "Dokumen RKT dan PK", BigDecimal.valueOf(25)))),
      KomponenLke.utuh("2", "Pengukuran, pelaporan dan evaluasi", BigDecimal.valueOf(70))));

  private static Pecahan angka(String value) {
    return Pecahan.of(new BigDecimal(value));
  }

  private static Pecahan sub(LembarKerjaEvaluasi lke, String kode) {
    return KalkulatorLke.standar().hitung(lke).komponen().stream()
        .flatMap(k -> k.subKomponen().stream())
        .filter(s -> s.subKomponen().kode().equals(kode)).findFirst().orElseThrow().nilai().value();
  }

  @Test
  void seventy_of_100_on_weight_5_scores_3_50() {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(LKE_INTERNAL).withNilai("1.a", NilaiKriteria.of(70, 100));
    Pecahan nilai = sub(lke, "1.a");
    assertThat(nilai).isEqualTo(angka("3.5"));
    assertThat(nilai.format(2, RoundingMode.HALF_UP)).isEqualTo("3,50");
    assertThat(NilaiKriteria.of(70, 100).rasio()).isEqualTo(Pecahan.of(7, 10));
  }

  @Test
  void a_worksheet_scored_by_number_totals_and_gets_a_grade() {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(LKE_INTERNAL)
        .withNilai("1.a", NilaiKriteria.of(70, 100)) // 3,5
        .withNilai("1.b", NilaiKriteria.of(80, 100), NilaiKriteria.of(3, 4)) // (0,8 + 0,75) / 2 × 25 = 19,375
        .withNilai("2", NilaiKriteria.of(new BigDecimal("62.5"), BigDecimal.valueOf(100))); // 43,75
    HasilLke h = KalkulatorLke.standar().hitung(lke);
    assertThat(h.komponen("1").orElseThrow().nilai().value()).isEqualTo(angka("22.875"));
    assertThat(h.total().value()).isEqualTo(angka("66.625"));
    assertThat(h.predikat().value()).isEqualTo(Predikat.B);
    NilaiSubKomponen n = h.komponen("1").orElseThrow().subKomponen().get(1);
    assertThat(n.nilaiKriteria()).containsExactly(NilaiKriteria.of(80, 100), NilaiKriteria.of(3, 4));
    assertThat(n.jawaban()).isEmpty();
  }

  @Test
  void numbers_and_letters_score_different_sub_components_of_one_worksheet() {
    LembarKerjaEvaluasi lke = KalkulatorLkeTest.lke79().withNilai("1.b", NilaiKriteria.of(70, 100));
    HasilLke h = KalkulatorLke.standar().hitung(lke);
    // 79,5 − 6,75 (A C on 9) + 6,3 (0,7 × 9)
    assertThat(h.total().value()).isEqualTo(angka("79.05"));
    assertThat(sub(lke, "1.b")).isEqualTo(angka("6.3"));
    assertThat(sub(lke, "1.a")).isEqualTo(Pecahan.of(6));
  }

  @ParameterizedTest(name = "{0} of {1} on weight 6 scores {2}")
  @CsvSource({
    "0,     100, 0",
    "100,   100, 6",
    "72.5,  100, 4.35",
    "3,     4,   4.5",
    "1,     3,   2",
    "0.001, 1,   0.006",
  })
  void the_score_runs_from_0_to_the_weight(String nilai, String maks, String expected) {
    LembarKerjaEvaluasi lke = LembarKerjaEvaluasi.of(LKE_2021)
        .withNilai("1.a", NilaiKriteria.of(new BigDecimal(nilai), new BigDecimal(maks)));
    assertThat(sub(lke, "1.a")).isEqualTo(angka(expected));
  }

  @Test
  void three_of_4_is_worth_what_an_answer_b_is_worth() {
    assertThat(NilaiKriteria.of(3, 4).rasio()).isEqualTo(Pecahan.of(B.nilai()));
    assertThat(NilaiKriteria.of(4, 4).rasio()).isEqualTo(Pecahan.of(A.nilai()));
  }

  @Test
  void a_score_outside_0_to_its_maximum_is_refused_naming_field_value_and_rule() {
    assertThatThrownBy(() -> NilaiKriteria.of(101, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nilaiKriteria.nilai is 101 of nilaiMaksimal 100: a criterion's score lies from 0 to"
            + " its highest score");
    assertThatThrownBy(() -> NilaiKriteria.of(new BigDecimal("-0.5"), BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nilaiKriteria.nilai is -0.5 of nilaiMaksimal 10: a criterion's score lies from 0 to"
            + " its highest score");
    assertThatThrownBy(() -> NilaiKriteria.of(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nilaiKriteria.nilaiMaksimal is 0: the highest score of a criterion is above 0");
    assertThatThrownBy(() -> NilaiKriteria.of(-1, -4))
        .hasMessage("nilaiKriteria.nilaiMaksimal is -4: the highest score of a criterion is above 0");
    assertThat(NilaiKriteria.of(100, 100).nilai()).isEqualTo(BigDecimal.valueOf(100));
    assertThatNullPointerException().isThrownBy(() -> NilaiKriteria.of(null, BigDecimal.ONE)).withMessage("nilai");
  }

  @Test
  void a_sub_component_is_scored_by_letters_or_by_numbers_not_both() {
    assertThatThrownBy(() -> new LembarKerjaEvaluasi(LKE_2021, Map.of("1.a", List.of(Y)),
            Map.of("1.a", List.of(NilaiKriteria.of(70, 100)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sub-komponen 1.a has answers [Y] and numeric scores [70 of 100]: a sub-component is"
            + " scored either with Y/T/A–E answers or with numbers, not both");
    LembarKerjaEvaluasi angka = LembarKerjaEvaluasi.of(LKE_2021).with("1.a", Y).withNilai("1.a", NilaiKriteria.of(1, 2));
    assertThat(angka.jawaban("1.a")).isEmpty();
    assertThat(angka.nilaiKriteria("1.a")).containsExactly(NilaiKriteria.of(1, 2));
    LembarKerjaEvaluasi huruf = angka.with("1.a", Y);
    assertThat(huruf.nilaiKriteria("1.a")).isEmpty();
    assertThat(huruf.jawaban("1.a")).containsExactly(Y);
  }

  @Test
  void scores_are_filed_only_under_the_method_codes_and_never_empty() {
    assertThatThrownBy(() -> LembarKerjaEvaluasi.of(LKE_2021).withNilai("5.a", NilaiKriteria.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores are filed under sub-komponen '5.a', which method 'PermenPAN-RB 88/2021'"
            + " does not have ([1.a, 1.b, 1.c, 2.a, 2.b, 2.c, 3.a, 3.b, 3.c, 4.a, 4.b, 4.c])");
    assertThatThrownBy(() -> LembarKerjaEvaluasi.of(LKE_2021).withNilai("1.a"))
        .hasMessage("sub-komponen 1.a has an empty list of scores: give at least one score or leave the"
            + " sub-component out");
  }

  @Test
  void scores_compare_numerically() {
    assertThat(NilaiKriteria.of(new BigDecimal("70.0"), new BigDecimal("100.00")))
        .isEqualTo(NilaiKriteria.of(70, 100))
        .hasSameHashCodeAs(NilaiKriteria.of(70, 100))
        .isNotEqualTo(NilaiKriteria.of(7, 10))
        .hasToString("70.0 of 100.00");
    assertThat(LembarKerjaEvaluasi.of(LKE_2021).withNilai("1.a", NilaiKriteria.of(7, 10)))
        .isEqualTo(new LembarKerjaEvaluasi(LKE_2021, Map.of(), Map.of("1.a", List.of(NilaiKriteria.of(7, 10)))));
  }
}
