package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.AngkaParser;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Degenerate inputs (domain.md §11 "Degenerate inputs"): target 0, realisasi 0 under T / R, a
 * missing realisasi or target; the default leaves them not computable, each practice answer is a
 * named policy, and a value a policy sets says so.
 */
class KebijakanDegenerasiTest {

  private static final KalkulatorCapaian STANDAR = KalkulatorCapaian.standar();
  private static final KalkulatorCapaian INVERS = STANDAR.withNegatif(RumusCapaian.NEGATIF_INVERS);

  private static Outcome<HasilCapaian> rinci(KalkulatorCapaian k, Polaritas p, long target, String realisasi) {
    return k.hitungRinci(p, Target.angka(target), new BigDecimal(realisasi));
  }

  private static KalkulatorCapaian dengan(KalkulatorCapaian k, KebijakanDegenerasi kebijakan) {
    return k.withKebijakanDegenerasi(kebijakan);
  }

  @Test
  void the_default_leaves_every_degenerate_input_not_computable_as_before() {
    assertThat(STANDAR.kebijakanDegenerasi()).isEqualTo(KebijakanDegenerasi.STANDAR);
    assertThat(rinci(STANDAR, Polaritas.POSITIF, 0, "5").notComputableReason())
        .contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(rinci(STANDAR, Polaritas.NEGATIF, 0, "0").notComputableReason())
        .contains(Outcome.Reason.ZERO_DENOMINATOR);
    Outcome<HasilCapaian> invers = rinci(INVERS, Polaritas.NEGATIF, 10, "0");
    assertThat(invers.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(invers.explanation()).contains("realisasi is 0").contains("T / R × 100");
    assertThat(STANDAR.hitung(Polaritas.POSITIF, Optional.empty(), Optional.of(BigDecimal.TEN)).notComputableReason())
        .contains(Outcome.Reason.NO_VALUE);
  }

  @Test
  void wp_eval_sakip_gives_0_for_a_positive_indicator_with_target_0_and_says_a_policy_set_it() {
    KalkulatorCapaian wp = dengan(STANDAR, KebijakanDegenerasi.WP_EVAL_SAKIP);
    HasilCapaian h = rinci(wp, Polaritas.POSITIF, 0, "5").value();
    assertThat(h.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN);
    assertThat(h.penjelasan())
        .contains("target is 0")
        .contains("KebijakanDegenerasi.targetNol = NOL")
        .contains("not by a formula");
    assertThat(rinci(wp, Polaritas.POSITIF, 0, "0").value().nilai()).isEqualTo(Persentase.ZERO);
  }

  @Test
  void wp_eval_sakip_gives_100_to_realisasi_0_under_t_over_r_only_when_the_target_is_0_too() {
    KalkulatorCapaian wp = dengan(INVERS, KebijakanDegenerasi.WP_EVAL_SAKIP);
    HasilCapaian keduanyaNol = rinci(wp, Polaritas.NEGATIF, 0, "0").value();
    assertThat(keduanyaNol.nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(keduanyaNol.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN);
    assertThat(keduanyaNol.penjelasan()).contains("realisasiNol = SERATUS_JIKA_KEDUANYA_NOL");
    assertThat(rinci(wp, Polaritas.NEGATIF, 10, "0").value().nilai()).isEqualTo(Persentase.ZERO);
    // a target of 0 with another realisasi is targetNol: 0%, as 0 / R would give
    assertThat(rinci(wp, Polaritas.NEGATIF, 0, "4").value().nilai()).isEqualTo(Persentase.ZERO);
  }

  @Test
  void e_sakip_aksara_trend_turun_gives_100_for_realisasi_0_and_leaves_target_0_not_computable() {
    KalkulatorCapaian aksara = dengan(INVERS, KebijakanDegenerasi.E_SAKIP_AKSARA);
    HasilCapaian h = rinci(aksara, Polaritas.NEGATIF, 10, "0").value();
    assertThat(h.nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN);
    assertThat(rinci(aksara, Polaritas.POSITIF, 0, "5").isComputable()).isFalse();
  }

  @Test
  void e_sakip_bna_returns_null_for_target_0_which_is_the_default() {
    assertThat(KebijakanDegenerasi.E_SAKIP_BNA).isEqualTo(KebijakanDegenerasi.STANDAR);
    assertThat(rinci(dengan(STANDAR, KebijakanDegenerasi.E_SAKIP_BNA), Polaritas.POSITIF, 0, "5").isComputable())
        .isFalse();
  }

  @Test
  void hundred_when_both_are_0_otherwise_0_for_a_target_of_0() {
    KalkulatorCapaian k = dengan(STANDAR,
        KebijakanDegenerasi.STANDAR.withTargetNol(JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL));
    assertThat(rinci(k, Polaritas.POSITIF, 0, "0").value().nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(rinci(k, Polaritas.POSITIF, 0, "3").value().nilai()).isEqualTo(Persentase.ZERO);
    assertThat(rinci(k, Polaritas.NEGATIF, 0, "0").value().nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(rinci(k, Polaritas.NEGATIF, 0, "-0.001").value().nilai()).isEqualTo(Persentase.ZERO);
  }

  @Test
  void a_target_of_0_under_the_deviation_form_is_degenerate_too() {
    KalkulatorCapaian deviasi = STANDAR.withPositif(RumusCapaian.POSITIF_DEVIASI);
    assertThat(rinci(deviasi, Polaritas.POSITIF, 0, "3").notComputableReason())
        .contains(Outcome.Reason.ZERO_DENOMINATOR);
    KalkulatorCapaian seratus = dengan(deviasi, KebijakanDegenerasi.STANDAR.withTargetNol(JawabanDegenerasi.SERATUS));
    assertThat(rinci(seratus, Polaritas.POSITIF, 0, "3").value().nilai()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void a_range_bound_of_0_that_the_realisasi_is_measured_against_is_a_target_of_0() {
    Target rentang = Target.rentang(BigDecimal.ZERO, new BigDecimal("5"));
    assertThat(STANDAR.hitung(Polaritas.RENTANG, rentang, new BigDecimal("-1")).notComputableReason())
        .contains(Outcome.Reason.ZERO_DENOMINATOR);
    KalkulatorCapaian nol = dengan(STANDAR, KebijakanDegenerasi.STANDAR.withTargetNol(JawabanDegenerasi.NOL));
    HasilCapaian h = nol.hitungRinci(Polaritas.RENTANG, rentang, new BigDecimal("-1")).value();
    assertThat(h.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN);
    assertThat(h.penjelasan()).contains("range 0–5").contains("bound 0");
  }

  @Test
  void a_missing_realisasi_is_answered_by_its_own_member() {
    Target t = Target.angka(85);
    assertThat(STANDAR.hitung(Polaritas.POSITIF, t, Optional.empty()).explanation()).contains("no realisasi");
    KalkulatorCapaian nol = dengan(STANDAR, KebijakanDegenerasi.STANDAR.withRealisasiKosong(JawabanDegenerasi.NOL));
    HasilCapaian h = nol.hitungRinci(Polaritas.POSITIF, Optional.of(t), Optional.empty()).value();
    assertThat(h.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN);
    assertThat(h.penjelasan()).contains("no realisasi").contains("realisasiKosong = NOL");
    Indikator i = Indikator.builder().nama("x").satuan(Satuan.PERSEN).polaritas(Polaritas.NEGATIF).build();
    assertThat(nol.hitung(i, t, AngkaParser.parse("n/a")).value()).isEqualTo(Persentase.ZERO);
    KalkulatorCapaian seratus =
        dengan(STANDAR, KebijakanDegenerasi.STANDAR.withRealisasiKosong(JawabanDegenerasi.SERATUS));
    assertThat(seratus.hitung(Polaritas.POSITIF, t, Optional.empty()).value()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void a_missing_target_is_looked_at_before_a_missing_realisasi() {
    Outcome<HasilCapaian> tanpaTarget = STANDAR.hitungRinci(Polaritas.POSITIF, Optional.empty(), Optional.of(BigDecimal.TEN));
    assertThat(tanpaTarget.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(tanpaTarget.explanation()).contains("no target").contains("realisasi 10");
    KalkulatorCapaian k = dengan(STANDAR, KebijakanDegenerasi.STANDAR
        .withTargetKosong(JawabanDegenerasi.SERATUS)
        .withRealisasiKosong(JawabanDegenerasi.NOL));
    HasilCapaian keduanya = k.hitungRinci(Polaritas.POSITIF, Optional.empty(), Optional.empty()).value();
    assertThat(keduanya.nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(keduanya.penjelasan()).contains("targetKosong = SERATUS").contains("no realisasi was reported");
    assertThat(k.hitung(Polaritas.POSITIF, Optional.of(Target.angka(80)), Optional.of(new BigDecimal("92"))).value())
        .isEqualTo(Persentase.of(115));
  }

  @ParameterizedTest
  @EnumSource(JawabanDegenerasi.class)
  void no_policy_changes_a_capaian_the_formula_defines(JawabanDegenerasi jawaban) {
    KebijakanDegenerasi semua = new KebijakanDegenerasi(jawaban, jawaban,
        jawaban == JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL ? JawabanDegenerasi.NOL : jawaban,
        jawaban == JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL ? JawabanDegenerasi.NOL : jawaban);
    HasilCapaian h = rinci(dengan(STANDAR, semua), Polaritas.POSITIF, 80, "92").value();
    assertThat(h.nilai()).isEqualTo(Persentase.of(115));
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.RUMUS);
    assertThat(h.penjelasan()).contains("R / T × 100").contains("T 80").contains("R 92");
    assertThat(rinci(dengan(INVERS, semua), Polaritas.NEGATIF, 10, "8").value().nilai()).isEqualTo(Persentase.of(125));
  }

  @Test
  void no_policy_rescues_a_negative_target_under_a_ratio_formula() {
    KebijakanDegenerasi seratus = new KebijakanDegenerasi(JawabanDegenerasi.SERATUS, JawabanDegenerasi.SERATUS,
        JawabanDegenerasi.SERATUS, JawabanDegenerasi.SERATUS);
    Outcome<HasilCapaian> c = rinci(dengan(STANDAR, seratus), Polaritas.POSITIF, -4, "-5");
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("a ratio needs a positive target");
  }

  @Test
  void hundred_when_both_are_0_is_refused_for_a_missing_figure_naming_member_value_and_rule() {
    assertThatThrownBy(() -> KebijakanDegenerasi.STANDAR.withRealisasiKosong(JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebijakanDegenerasi.realisasiKosong")
        .hasMessageContaining("SERATUS_JIKA_KEDUANYA_NOL")
        .hasMessageContaining("a missing figure is not 0");
    assertThatThrownBy(() -> new KebijakanDegenerasi(JawabanDegenerasi.NOL, JawabanDegenerasi.NOL,
            JawabanDegenerasi.NOL, JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kebijakanDegenerasi.targetKosong");
    assertThatThrownBy(() -> KebijakanDegenerasi.STANDAR.withTargetNol(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("targetNol");
  }

  @Test
  void presets_hold_the_answers_their_sources_give() {
    assertThat(KebijakanDegenerasi.STANDAR).isEqualTo(new KebijakanDegenerasi(JawabanDegenerasi.TIDAK_TERHITUNG,
        JawabanDegenerasi.TIDAK_TERHITUNG, JawabanDegenerasi.TIDAK_TERHITUNG, JawabanDegenerasi.TIDAK_TERHITUNG));
    assertThat(KebijakanDegenerasi.WP_EVAL_SAKIP.targetNol()).isEqualTo(JawabanDegenerasi.NOL);
    assertThat(KebijakanDegenerasi.WP_EVAL_SAKIP.realisasiNol()).isEqualTo(JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL);
    assertThat(KebijakanDegenerasi.WP_EVAL_SAKIP.realisasiKosong()).isEqualTo(JawabanDegenerasi.TIDAK_TERHITUNG);
    assertThat(KebijakanDegenerasi.E_SAKIP_AKSARA.realisasiNol()).isEqualTo(JawabanDegenerasi.SERATUS);
    assertThat(KebijakanDegenerasi.E_SAKIP_AKSARA.targetNol()).isEqualTo(JawabanDegenerasi.TIDAK_TERHITUNG);
  }

  @Test
  void calculators_with_different_policies_differ_and_equal_ones_are_equal_values() {
    KalkulatorCapaian a = dengan(STANDAR, KebijakanDegenerasi.WP_EVAL_SAKIP);
    KalkulatorCapaian b = KalkulatorCapaian.of(RumusCapaian.POSITIF, RumusCapaian.NEGATIF_LAN,
        RumusRentang.PERMENPAN_RB_8_2021).withKebijakanDegenerasi(KebijakanDegenerasi.WP_EVAL_SAKIP);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(STANDAR);
    assertThat(a.withKebijakanBatasKetat(KebijakanBatasKetat.NOL)).isNotEqualTo(a);
    assertThat(a.toString()).contains("targetNol=NOL").contains("batasKetat=TIDAK_TERHITUNG");
    assertThat(a.withKebijakanDegenerasi(KebijakanDegenerasi.STANDAR)).isEqualTo(STANDAR);
  }

  @Test
  void a_result_says_how_it_came_about() {
    assertThatThrownBy(() -> new HasilCapaian(Persentase.HUNDRED, HasilCapaian.Asal.RUMUS, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hasilCapaian.penjelasan");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_hundred_thousand_figures_each_say_whether_a_policy_set_their_value() {
    KalkulatorCapaian wp = dengan(INVERS, KebijakanDegenerasi.WP_EVAL_SAKIP);
    int dariKebijakan = 0;
    for (int i = 0; i < 100_000; i++) {
      HasilCapaian h = wp.hitungRinci(Polaritas.NEGATIF, Target.angka(i % 7), BigDecimal.valueOf(i % 5)).value();
      if (h.asal() == HasilCapaian.Asal.KEBIJAKAN) {
        dariKebijakan++;
      }
    }
    // degenerate when R = 0 (i ≡ 0 mod 5) or T = 0 (i ≡ 0 mod 7), by inclusion and exclusion
    assertThat(dariKebijakan).isEqualTo(20_000 + 14_286 - 2_858);
  }
}
