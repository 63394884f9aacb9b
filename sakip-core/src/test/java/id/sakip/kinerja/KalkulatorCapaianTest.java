package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.AngkaParser;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.skala.SkalaOrdinal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of domain.md §1 and of the seed report, as test data. */
class KalkulatorCapaianTest {

  private static final KalkulatorCapaian STANDAR = KalkulatorCapaian.standar();

  private static Persentase capaian(Polaritas p, Target t, String realisasi) {
    return STANDAR.hitung(p, t, new BigDecimal(realisasi)).value();
  }

  private static Target angka(String v) {
    return Target.angka(new BigDecimal(v));
  }

  @Test
  void capaian_of_positive_indicator_92_against_80_is_115() {
    assertThat(capaian(Polaritas.POSITIF, angka("80"), "92")).isEqualTo(Persentase.of(115));
  }

  @Test
  void capaian_of_negative_indicator_below_target_exceeds_100() {
    Persentase c = capaian(Polaritas.NEGATIF, angka("7"), "6.5");
    assertThat(c.toBigDecimal().toPlainString()).startsWith("107.142857142857");
    assertThat(c).isEqualTo(Persentase.ratio(new BigDecimal("7.5"), new BigDecimal("7")).value());
  }

  @Test
  void capaian_of_negative_indicator_above_target_is_below_100() {
    assertThat(capaian(Polaritas.NEGATIF, angka("8"), "9")).isEqualTo(Persentase.of(new BigDecimal("87.5")));
  }

  @Test
  void lan_form_goes_below_zero_and_is_floored_only_when_asked() {
    Persentase raw = capaian(Polaritas.NEGATIF, angka("10"), "25");
    assertThat(raw).isEqualTo(Persentase.of(-50));
    assertThat(BatasCapaian.TANPA_BATAS.terapkan(raw).tersaji()).isEqualTo(Persentase.of(-50));
    CapaianTersaji floored = BatasCapaian.TANPA_BATAS.denganLantaiNol().terapkan(raw);
    assertThat(floored.tersaji()).isEqualTo(Persentase.ZERO);
    assertThat(floored.mentah()).isEqualTo(Persentase.of(-50));
    assertThat(floored.isDibatasi()).isTrue();
  }

  @Test
  void inverse_negative_form_10_against_8_is_125() {
    KalkulatorCapaian invers = STANDAR.withNegatif(RumusCapaian.NEGATIF_INVERS);
    assertThat(invers.hitung(Polaritas.NEGATIF, angka("10"), new BigDecimal("8")).value())
        .isEqualTo(Persentase.of(125));
    assertThat(invers.rumusNegatif()).isEqualTo(RumusCapaian.NEGATIF_INVERS);
  }

  @ParameterizedTest
  @CsvSource({"70, 87.5", "80, 100", "85, 100", "90, 100", "92, 102.222222222222222222222222222222"})
  void range_target_80_90_uses_the_nearest_bound(String realisasi, String expectedStart) {
    Target rentang = Target.rentang(new BigDecimal("80"), new BigDecimal("90"));
    Persentase c = capaian(Polaritas.RENTANG, rentang, realisasi);
    assertThat(c.toBigDecimal().toPlainString()).startsWith(expectedStart);
  }

  @Test
  void range_92_is_102_22_not_the_113_the_regulation_prints() {
    Target rentang = Target.rentang(new BigDecimal("80"), new BigDecimal("90"));
    Persentase c = capaian(Polaritas.RENTANG, rentang, "92");
    assertThat(c).isEqualTo(Persentase.ratio(new BigDecimal("92"), new BigDecimal("90")).value());
    assertThat(c.agreesWith(new BigDecimal("113"))).isFalse();
  }

  @Test
  void seed_skm_85_82_against_85_is_100_96_raw_and_100_under_a_100_cap() {
    Indikator skm =
        Indikator.builder()
            .nama("Survey Kepuasan Masyarakat (SKM) Kecamatan")
            .satuan(Satuan.INDEKS)
            .polaritas(Polaritas.POSITIF)
            .build();
    Outcome<Persentase> raw = STANDAR.hitung(skm, Target.angka(85), AngkaParser.parse("85,82 Indek"));
    assertThat(raw.value().toBigDecimal().toPlainString()).startsWith("100.9647058823529");
    assertThat(raw.value().format()).isEqualTo("100,96%");
    CapaianTersaji shown = BatasCapaian.MAKS_100.terapkan(raw.value());
    assertThat(shown.tersaji()).isEqualTo(Persentase.HUNDRED);
    assertThat(shown.mentah()).isEqualTo(raw.value());
    assertThat(shown.isDibatasi()).isTrue();
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN.klasifikasi(raw.value()).toOptional())
        .hasValueSatisfying(pita -> assertThat(pita.label()).isEqualTo("Sangat berhasil"));
  }

  @Test
  void seed_musrenbangcam_10_of_10_against_target_90_percent_is_111_11() {
    Persentase realisasi = Persentase.ratio(BigDecimal.TEN, BigDecimal.TEN).value();
    Persentase c =
        STANDAR.hitung(Polaritas.POSITIF, Target.angka(90), realisasi.toExactBigDecimal().orElseThrow()).value();
    assertThat(c.rounded(2, RoundingMode.HALF_UP)).isEqualTo("111.11");
  }

  @Test
  void target_zero_under_a_ratio_formula_is_not_computable_with_a_reason() {
    Outcome<Persentase> c = STANDAR.hitung(Polaritas.POSITIF, Target.angka(0), new BigDecimal("5"));
    assertThat(c.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(c.explanation()).contains("target is 0").contains("R / T × 100").contains("T 0");
    Outcome<Persentase> lan = STANDAR.hitung(Polaritas.NEGATIF, Target.angka(0), BigDecimal.ONE);
    assertThat(lan.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
  }

  @Test
  void realisasi_zero_is_valid_for_positive_but_not_computable_for_the_inverse_form() {
    assertThat(STANDAR.hitung(Polaritas.POSITIF, Target.angka(85), BigDecimal.ZERO).value())
        .isEqualTo(Persentase.ZERO);
    Outcome<Persentase> inv =
        STANDAR.withNegatif(RumusCapaian.NEGATIF_INVERS).hitung(Polaritas.NEGATIF, Target.angka(10), BigDecimal.ZERO);
    assertThat(inv.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(inv.explanation()).contains("realisasi is 0");
  }

  @Test
  void missing_realisasi_is_not_computable() {
    assertThat(STANDAR.hitung(Polaritas.POSITIF, Target.angka(85), Optional.empty()).notComputableReason())
        .contains(Outcome.Reason.NO_VALUE);
    Indikator i = Indikator.builder().nama("x").satuan(Satuan.PERSEN).polaritas(Polaritas.POSITIF).build();
    Outcome<Persentase> na = STANDAR.hitung(i, Target.angka(90), AngkaParser.parse("n/a"));
    assertThat(na.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(na.explanation()).contains("no realisasi");
  }

  @Test
  void inequality_targets_imply_their_polarity() {
    Target kurangDari20 = TargetParser.parse("kurang dari 20");
    assertThat(capaian(Polaritas.NEGATIF, kurangDari20, "15")).isEqualTo(Persentase.of(125));
    Outcome<Persentase> conflict = STANDAR.hitung(Polaritas.POSITIF, kurangDari20, BigDecimal.TEN);
    assertThat(conflict.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(conflict.explanation()).contains("implies NEGATIF").contains("POSITIF");
    assertThat(capaian(Polaritas.POSITIF, TargetParser.parse("≥ 90"), "99")).isEqualTo(Persentase.of(110));
  }

  @Test
  void a_target_kind_that_does_not_fit_the_polarity_is_not_applicable() {
    Target rentang = Target.rentang(new BigDecimal("80"), new BigDecimal("90"));
    assertThat(STANDAR.hitung(Polaritas.POSITIF, rentang, BigDecimal.TEN).explanation())
        .contains("needs a RENTANG indicator");
    assertThat(STANDAR.hitung(Polaritas.RENTANG, Target.angka(85), BigDecimal.TEN).explanation())
        .contains("needs a range target");
    Target wtp = Target.predikat(SkalaPeringkat.OPINI_BPK, "WTP");
    assertThat(STANDAR.hitung(Polaritas.POSITIF, wtp, BigDecimal.TEN).notComputableReason())
        .contains(Outcome.Reason.NOT_APPLICABLE);
  }

  @Test
  void predicate_targets_compare_ranks() {
    Target.Predikat wtp = Target.predikat(SkalaPeringkat.OPINI_BPK, "WTP");
    assertThat(STANDAR.hitung(wtp, "WTP").value()).isEqualTo(Persentase.HUNDRED);
    assertThat(STANDAR.hitung(wtp, "WDP").value()).isEqualTo(Persentase.of(75));
    assertThat(STANDAR.hitung(wtp, "TMP").value()).isEqualTo(Persentase.of(25));
    Target.Predikat wdp = Target.predikat(SkalaPeringkat.OPINI_BPK, "WDP");
    assertThat(STANDAR.hitung(wdp, "WTP").value().toBigDecimal().toPlainString()).startsWith("133.33");
    assertThat(STANDAR.hitung(wtp, "Baik").explanation()).contains("'Baik' is not a level").contains("Opini BPK");
  }

  @Test
  void a_calculator_refuses_a_formula_of_the_wrong_polarity_naming_both() {
    assertThatThrownBy(
            () -> KalkulatorCapaian.of(RumusCapaian.NEGATIF_LAN, RumusCapaian.NEGATIF_LAN, RumusRentang.PERMENPAN_RB_8_2021))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positif")
        .hasMessageContaining("NEGATIF_LAN")
        .hasMessageContaining("POSITIF");
    assertThatThrownBy(() -> KalkulatorCapaian.standar().withNegatif(RumusCapaian.POSITIF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negatif");
  }

  @Test
  void caps_are_a_separate_named_policy() {
    Persentase raw = Persentase.of(new BigDecimal("130.5"));
    assertThat(BatasCapaian.MAKS_120.terapkan(raw).tersaji()).isEqualTo(Persentase.of(120));
    assertThat(BatasCapaian.maks(new BigDecimal("200")).terapkan(raw).tersaji()).isEqualTo(raw);
    assertThat(BatasCapaian.TANPA_BATAS.terapkan(raw).isDibatasi()).isFalse();
    assertThat(BatasCapaian.MAKS_100.terapkan(Outcome.<Persentase>notComputable(Outcome.Reason.NO_VALUE, "x"))
            .isComputable())
        .isFalse();
    assertThatThrownBy(() -> BatasCapaian.maks(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0%")
        .hasMessageContaining("above 0%");
    assertThat(BatasCapaian.maks(new BigDecimal("100"))).isEqualTo(BatasCapaian.MAKS_100);
  }

  @Test
  void calculators_with_the_same_formulas_are_equal_values() {
    KalkulatorCapaian a = KalkulatorCapaian.of(RumusCapaian.POSITIF, RumusCapaian.NEGATIF_INVERS, RumusRentang.PERMENPAN_RB_8_2021);
    KalkulatorCapaian b = KalkulatorCapaian.standar().withNegatif(RumusCapaian.NEGATIF_INVERS);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(KalkulatorCapaian.standar());
    assertThat(KalkulatorCapaian.of(RumusCapaian.POSITIF, RumusCapaian.NEGATIF_LAN, RumusRentang.PERMENPAN_RB_8_2021))
        .isEqualTo(KalkulatorCapaian.standar());
  }
}
