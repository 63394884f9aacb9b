package id.sakip.kinerja.konversi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Target;
import id.sakip.skala.KebijakanCelah;
import id.sakip.skala.Rentang;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PermenPAN-RB 8/2021's conversion of capaian to nilai on its own examples and at every band edge. */
class KonversiNilaiTest {

  private static final KonversiNilai TABEL = KonversiNilai.PERMENPAN_RB_8_2021;
  private static final KonversiNilai ASUMSI = KonversiNilai.PERMENPAN_RB_8_2021_DENGAN_ASUMSI;

  private static Persentase c(String percent) {
    return Persentase.of(new BigDecimal(percent));
  }

  private static BigDecimal b(long v) {
    return BigDecimal.valueOf(v);
  }

  // ------------------------------------------------------------------ the lampiran's examples

  @Test
  void target_95_realisasi_93_is_capaian_97_89_and_nilai_87_89_cukup() {
    // Lampiran p. 363: target 95, realisasi 93, capaian 98% (printed), Cukup, nilai 88 (printed).
    Persentase capaian = KalkulatorCapaian.standar().hitung(Polaritas.POSITIF, Target.angka(95), b(93)).value();
    NilaiCapaian n = TABEL.konversi(capaian).value();
    // 70 + (89 − 70)/(99 − 80) × (9300/95 − 80) = 1670/19
    assertThat(n.nilai()).isEqualTo(Pecahan.of(1670, 19));
    assertThat(n.nilai().rounded(2, RoundingMode.HALF_UP)).isEqualByComparingTo("87.89");
    assertThat(n.kategori()).isEqualTo("Cukup");
    assertThat(n.capaian()).isEqualTo(capaian);
    assertThat(n.dasar()).contains("Cukup").contains("70 + (89 − 70)/(99 − 80) × (C − 80)");
    // The printed figures agree at their printed precision.
    assertThat(capaian.agreesWith(new BigDecimal("98"))).isTrue();
    assertThat(n.nilai().agreesWith(new BigDecimal("88"))).isTrue();
  }

  @Test
  void capaian_100_is_baik_with_nilai_109_as_in_the_lampiran_example() {
    // Lampiran p. 363: target 85, realisasi 85, capaian 100%, Baik, nilai 109.
    Persentase capaian = KalkulatorCapaian.standar().hitung(Polaritas.POSITIF, Target.angka(85), b(85)).value();
    NilaiCapaian n = TABEL.konversi(capaian).value();
    assertThat(n.nilai()).isEqualTo(Pecahan.of(109));
    assertThat(n.kategori()).isEqualTo("Baik");
  }

  @Test
  void capaian_100_on_a_target_already_at_its_maximum_is_sangat_baik_120() {
    // Huruf (i): "Persentase Pengelolaan Keuangan yang Bebas dari Temuan Material", target 100%, realisasi 100%.
    NilaiCapaian n = TABEL.konversiTargetMaksimal(Persentase.HUNDRED).value();
    assertThat(n.nilai()).isEqualTo(Pecahan.of(120));
    assertThat(n.kategori()).isEqualTo("Sangat Baik");
    assertThat(n.dasar()).contains("maximum possible");
    // Any other capaian on such a target follows the bands.
    assertThat(TABEL.konversiTargetMaksimal(c("99")).value()).isEqualTo(TABEL.konversi(c("99")).value());
  }

  @Test
  void above_110_is_120_and_110_itself_is_not() {
    assertThat(TABEL.konversi(c("110.0001")).value().nilai()).isEqualTo(Pecahan.of(120));
    assertThat(TABEL.konversi(c("250")).value().kategori()).isEqualTo("Sangat Baik");
    Outcome<NilaiCapaian> at110 = TABEL.konversi(c("110"));
    assertThat(at110.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(at110.explanation()).contains("gap 100 < x ≤ 110");
  }

  // ------------------------------------------------------------------ every edge of every band

  @ParameterizedTest
  @CsvSource({
      "80, 70, Cukup", "99, 89, Cukup", "90, 80, Cukup",
      "60, 50, Kurang", "79, 69, Kurang", "70.5, 60.5, Kurang",
      "59, 49, Sangat Kurang", "0, 0, Sangat Kurang", "29.5, 24.5, Sangat Kurang"})
  void band_edges_give_the_formula_s_end_points(String capaian, String nilai, String kategori) {
    NilaiCapaian n = TABEL.konversi(c(capaian)).value();
    assertThat(n.nilai()).isEqualTo(Pecahan.of(new BigDecimal(nilai)));
    assertThat(n.kategori()).isEqualTo(kategori);
  }

  @Test
  void sangat_kurang_is_open_below_60_and_negative_capaian_gets_a_negative_nilai() {
    // 59,99 < 60 lies in Sangat Kurang (domain.md: < 60): 59,99 / 59 × 49
    assertThat(TABEL.konversi(c("59.99")).value().nilai()).isEqualTo(Pecahan.of(599_900 * 49L, 59 * 10_000L));
    // LAN capaian can be negative (T 10, R 25 → −50%): no source floors the nilai.
    assertThat(TABEL.konversi(c("-50")).value().nilai()).isEqualTo(Pecahan.of(-50 * 49, 59));
  }

  // ------------------------------------------------------------------ gaps: the regulation's integer bands

  @Test
  void capaian_99_5_lies_in_a_gap_and_each_policy_says_what_it_gets() {
    Persentase c = c("99.5");
    Outcome<NilaiCapaian> refused = TABEL.konversi(c);
    assertThat(refused.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(refused.explanation()).contains("99.5").contains("gap 99 < x < 100");

    NilaiCapaian below = TABEL.konversi(c, KebijakanCelah.PITA_BAWAH).value();
    assertThat(below.kategori()).isEqualTo("Cukup");
    assertThat(below.nilai()).isEqualTo(Pecahan.of(new BigDecimal("89.5")));

    NilaiCapaian halfUp = TABEL.konversi(c, KebijakanCelah.bulatkanDulu(0, RoundingMode.HALF_UP)).value();
    assertThat(halfUp.kategori()).isEqualTo("Baik");
    assertThat(halfUp.nilai()).isEqualTo(Pecahan.of(109));
    assertThat(halfUp.capaian()).as("the capaian as given is kept").isEqualTo(c);

    NilaiCapaian down = TABEL.konversi(c, KebijakanCelah.bulatkanDulu(0, RoundingMode.DOWN)).value();
    assertThat(down.nilai()).isEqualTo(Pecahan.of(89));
  }

  @Test
  void rounding_first_converts_the_rounded_capaian() {
    // 9300/95 = 97,89…% rounded to 98 converts to exactly 88, the lampiran's printed figure.
    Persentase c = Persentase.ratio(b(93), b(95)).value();
    assertThat(TABEL.konversi(c, KebijakanCelah.bulatkanDulu(0, RoundingMode.HALF_UP)).value().nilai())
        .isEqualTo(Pecahan.of(88));
  }

  @Test
  void capaian_79_5_lies_in_the_gap_below_cukup() {
    assertThat(TABEL.konversi(c("79.5")).explanation()).contains("gap 79 < x < 80");
    assertThat(TABEL.konversi(c("79.5"), KebijakanCelah.PITA_BAWAH).value().nilai()).isEqualTo(Pecahan.of(new BigDecimal("69.5")));
  }

  // ------------------------------------------------------------------ the assumption, named

  @Test
  void the_assumed_table_fills_100_to_110_with_the_line_from_109_to_120() {
    NilaiCapaian n = ASUMSI.konversi(c("105")).value();
    assertThat(n.nilai()).isEqualTo(Pecahan.of(new BigDecimal("114.5")));
    assertThat(n.kategori()).isEqualTo("Sangat Baik (asumsi)");
    assertThat(ASUMSI.konversi(c("110")).value().nilai()).isEqualTo(Pecahan.of(120));
    assertThat(ASUMSI.konversi(Persentase.HUNDRED).value().nilai()).isEqualTo(Pecahan.of(109));
    assertThat(ASUMSI.nama()).contains("assumed (ours)");
    assertThat(TABEL.nama()).contains("not transcribed");
    // Everything the regulation's text gives is the same in both.
    for (String capaian : new String[] {"-5", "50", "65", "97", "100", "111"}) {
      NilaiCapaian sourced = TABEL.konversi(c(capaian)).value();
      NilaiCapaian assumed = ASUMSI.konversi(c(capaian)).value();
      assertThat(assumed.nilai()).as(capaian).isEqualTo(sourced.nilai());
      assertThat(assumed.kategori()).as(capaian).isEqualTo(sourced.kategori());
    }
  }

  // ------------------------------------------------------------------ tables as data

  @Test
  void a_user_table_converts_by_its_own_bands() {
    KonversiNilai tabel = KonversiNilai.builder("contoh")
        .pita(Rentang.palingSedikit(b(100)), "Tercapai", RumusNilai.tetap(b(100)))
        .pita(Rentang.dariSampaiSebelum(b(50), b(100)), "Sebagian", RumusNilai.interpolasi(b(50), b(25), b(100), b(75)))
        .pita(Rentang.kurangDari(b(50)), "Rendah", RumusNilai.proporsional(b(50), b(25)))
        .build();
    assertThat(tabel.konversi(c("75")).value().nilai()).isEqualTo(Pecahan.of(50));
    assertThat(tabel.konversi(c("10")).value().nilai()).isEqualTo(Pecahan.of(5));
    assertThat(tabel.rumus("Sebagian")).contains(RumusNilai.interpolasi(b(50), b(25), b(100), b(75)));
    assertThat(tabel.aturanTargetMaksimal()).isEmpty();
    Outcome<NilaiCapaian> max = tabel.konversiTargetMaksimal(Persentase.HUNDRED);
    assertThat(max.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(max.explanation()).contains("'contoh' has no rule for a target that is already the maximum possible");
  }

  @Test
  void a_table_with_a_declared_domain_refuses_capaian_beyond_it() {
    KonversiNilai tabel = KonversiNilai.builder("0–120")
        .pita(Rentang.dariSampai(b(0), b(120)), "Semua", RumusNilai.proporsional(b(120), b(120)))
        .domain(Rentang.dariSampai(b(0), b(120)))
        .build();
    assertThat(tabel.konversi(c("121")).explanation()).contains("beyond");
    assertThat(tabel.konversi(c("120")).value().nilai()).isEqualTo(Pecahan.of(120));
  }

  @Test
  void overlapping_bands_an_undeclared_gap_and_a_repeated_label_are_refused() {
    assertThatThrownBy(() -> KonversiNilai.builder("tumpang")
        .pita(Rentang.dariSampai(b(0), b(80)), "A", RumusNilai.tetap(b(1)))
        .pita(Rentang.dariSampai(b(80), b(100)), "B", RumusNilai.tetap(b(2)))
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap on x = 80");
    assertThatThrownBy(() -> KonversiNilai.builder("celah")
        .pita(Rentang.dariSampai(b(0), b(79)), "A", RumusNilai.tetap(b(1)))
        .pita(Rentang.dariSampai(b(80), b(100)), "B", RumusNilai.tetap(b(2)))
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("izinkanCelah");
    assertThatThrownBy(() -> KonversiNilai.builder("label")
        .pita(Rentang.dariSampaiSebelum(b(0), b(80)), "A", RumusNilai.tetap(b(1)))
        .pita(Rentang.dariSampai(b(80), b(100)), "A", RumusNilai.tetap(b(2)))
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two bands labelled 'A'");
  }

  @Test
  void formulas_refuse_points_that_do_not_make_a_line() {
    assertThatThrownBy(() -> RumusNilai.interpolasi(b(99), b(89), b(80), b(70)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c0 99 is not below c1 80");
    assertThatThrownBy(() -> RumusNilai.interpolasi(b(80), b(70), b(80), b(89)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c0 < c1");
    assertThatThrownBy(() -> RumusNilai.proporsional(BigDecimal.ZERO, b(49)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c1 0 is not above 0");
    assertThatThrownBy(() -> KonversiNilai.builder("x").targetMaksimal(b(100), b(120), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
  }

  @Test
  void tables_and_formulas_compare_by_value() {
    assertThat(RumusNilai.interpolasi(new BigDecimal("80.00"), b(70), b(99), b(89)))
        .isEqualTo(RumusNilai.interpolasi(b(80), b(70), b(99), b(89)));
    KonversiNilai a = KonversiNilai.builder("t").pita(Rentang.semua(), "Semua", RumusNilai.tetap(b(1))).build();
    KonversiNilai same = KonversiNilai.builder("t").pita(Rentang.semua(), "Semua", RumusNilai.tetap(new BigDecimal("1.0"))).build();
    KonversiNilai other = KonversiNilai.builder("t").pita(Rentang.semua(), "Semua", RumusNilai.tetap(b(2))).build();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(TABEL).isNotEqualTo(ASUMSI);
    assertThat(TABEL.toString()).contains("Cukup (80 ≤ x ≤ 99) → 70 + (89 − 70)/(99 − 80) × (C − 80)")
        .contains("C / 59 × 49").contains("target maksimal: capaian 100% → 120 (Sangat Baik)");
  }
}
