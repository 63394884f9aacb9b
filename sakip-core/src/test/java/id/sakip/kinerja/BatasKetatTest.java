package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strict inequality targets (domain.md §11 "Inequality targets"): "kurang dari 20" is met only by
 * R below 20, and R 20 must not score 100% silently.
 */
class BatasKetatTest {

  private static final KalkulatorCapaian STANDAR = KalkulatorCapaian.standar();
  private static final Target KURANG_DARI_20 = TargetParser.parse("kurang dari 20");

  private static Outcome<HasilCapaian> rinci(KalkulatorCapaian k, Polaritas p, Target t, String r) {
    return k.hitungRinci(p, t, new BigDecimal(r));
  }

  @Test
  void r_20_under_kurang_dari_20_is_not_computable_by_default_and_says_why() {
    Outcome<HasilCapaian> c = rinci(STANDAR, Polaritas.NEGATIF, KURANG_DARI_20, "20");
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation())
        .contains("realisasi 20")
        .contains("'< 20'")
        .contains("does not meet it")
        .contains("KebijakanBatasKetat.TIDAK_TERHITUNG");
    assertThat(STANDAR.kebijakanBatasKetat()).isEqualTo(KebijakanBatasKetat.TIDAK_TERHITUNG);
  }

  @Test
  void r_19_999_under_kurang_dari_20_meets_it_and_keeps_the_formula() {
    HasilCapaian h = rinci(STANDAR, Polaritas.NEGATIF, KURANG_DARI_20, "19.999").value();
    assertThat(h.nilai()).isEqualTo(Persentase.of(new BigDecimal("100.005")));
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.RUMUS);
  }

  @Test
  void r_20_under_paling_banyak_20_is_100() {
    for (String teks : new String[] {"paling banyak 20", "maksimal 20", "≤ 20"}) {
      HasilCapaian h = rinci(STANDAR, Polaritas.NEGATIF, TargetParser.parse(teks), "20").value();
      assertThat(h.nilai()).as(teks).isEqualTo(Persentase.HUNDRED);
      assertThat(h.asal()).as(teks).isEqualTo(HasilCapaian.Asal.RUMUS);
    }
  }

  @Test
  void a_missed_strict_bound_scored_0_says_a_policy_set_it() {
    KalkulatorCapaian nol = STANDAR.withKebijakanBatasKetat(KebijakanBatasKetat.NOL);
    HasilCapaian h = rinci(nol, Polaritas.NEGATIF, KURANG_DARI_20, "20").value();
    assertThat(h.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.KEBIJAKAN);
    assertThat(h.penjelasan()).contains("KebijakanBatasKetat.NOL").contains("not by a formula");
    assertThat(nol.hitung(Polaritas.NEGATIF, KURANG_DARI_20, new BigDecimal("20")).value()).isEqualTo(Persentase.ZERO);
  }

  @Test
  void the_formulas_value_on_a_missed_strict_bound_is_flagged_not_met() {
    KalkulatorCapaian ditandai = STANDAR.withKebijakanBatasKetat(KebijakanBatasKetat.NILAI_RUMUS_DITANDAI);
    HasilCapaian h = rinci(ditandai, Polaritas.NEGATIF, KURANG_DARI_20, "20").value();
    assertThat(h.nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.RUMUS_BATAS_TIDAK_TERPENUHI);
    assertThat(h.penjelasan()).contains("does not meet it").contains("NILAI_RUMUS_DITANDAI");
  }

  @Test
  void lebih_dari_is_strict_and_paling_sedikit_inclusive() {
    Target lebihDari90 = TargetParser.parse("lebih dari 90");
    assertThat(rinci(STANDAR, Polaritas.POSITIF, lebihDari90, "90").isComputable()).isFalse();
    assertThat(rinci(STANDAR, Polaritas.POSITIF, lebihDari90, "90.9").value().nilai())
        .isEqualTo(Persentase.of(101));
    assertThat(rinci(STANDAR, Polaritas.POSITIF, TargetParser.parse("paling sedikit 90"), "90").value().nilai())
        .isEqualTo(Persentase.HUNDRED);
    assertThat(rinci(STANDAR, Polaritas.POSITIF, TargetParser.parse("> 90"), "90").isComputable()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(KebijakanBatasKetat.class)
  void a_realisasi_beyond_a_strict_bound_scores_by_the_formula_under_every_policy(KebijakanBatasKetat kebijakan) {
    HasilCapaian h = rinci(STANDAR.withKebijakanBatasKetat(kebijakan), Polaritas.NEGATIF, KURANG_DARI_20, "25").value();
    assertThat(h.nilai()).isEqualTo(Persentase.of(75));
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.RUMUS);
  }

  @Test
  void the_operators_know_which_are_strict() {
    assertThat(Target.Operator.KURANG_DARI.isKetat()).isTrue();
    assertThat(Target.Operator.LEBIH_DARI.isKetat()).isTrue();
    assertThat(Target.Operator.PALING_BANYAK.isKetat()).isFalse();
    assertThat(Target.Operator.PALING_SEDIKIT.isKetat()).isFalse();
    Target.Pertidaksamaan p = (Target.Pertidaksamaan) KURANG_DARI_20;
    assertThat(p.terpenuhi(new BigDecimal("20"))).isFalse();
    assertThat(p.terpenuhi(new BigDecimal("19.999"))).isTrue();
  }

  @Test
  void a_strict_bound_of_0_missed_by_a_realisasi_of_0_is_not_rescued_by_hundred_when_both_are_0() {
    KalkulatorCapaian k = STANDAR.withKebijakanDegenerasi(
        KebijakanDegenerasi.STANDAR.withTargetNol(JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL));
    Target kurangDari0 = new Target.Pertidaksamaan(Target.Operator.KURANG_DARI, BigDecimal.ZERO);
    assertThat(rinci(k, Polaritas.NEGATIF, kurangDari0, "0").explanation()).contains("does not meet it");
    assertThat(rinci(k, Polaritas.NEGATIF, TargetParser.parse("paling banyak 0"), "0").value().nilai())
        .isEqualTo(Persentase.HUNDRED);
  }
}
