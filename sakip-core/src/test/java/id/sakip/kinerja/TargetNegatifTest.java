package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Negative and sign-crossing targets (domain.md §11 "Negative targets"): the ratio forms refuse a
 * target of 0 or below, and the deviation forms keep the meaning of a negative target.
 */
class TargetNegatifTest {

  private static final KalkulatorCapaian STANDAR = KalkulatorCapaian.standar();
  private static final KalkulatorCapaian DEVIASI =
      STANDAR.withPositif(RumusCapaian.POSITIF_DEVIASI).withNegatif(RumusCapaian.NEGATIF_DEVIASI);

  private static Outcome<Persentase> capaian(KalkulatorCapaian k, Polaritas p, String t, String r) {
    return k.hitung(p, Target.angka(new BigDecimal(t)), new BigDecimal(r));
  }

  @Test
  void higher_is_better_with_t_minus_4_and_r_minus_5_no_longer_scores_125() {
    Outcome<Persentase> c = capaian(STANDAR, Polaritas.POSITIF, "-4", "-5");
    assertThat(c.isComputable()).isFalse();
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation())
        .contains("T -4")
        .contains("R / T × 100")
        .contains("a ratio needs a positive target; use the deviation form")
        .contains("POSITIF_DEVIASI");
  }

  @ParameterizedTest
  @EnumSource(value = RumusCapaian.class, names = {"POSITIF", "NEGATIF_LAN", "NEGATIF_INVERS"})
  void every_ratio_form_refuses_a_negative_target_naming_the_formula(RumusCapaian rumus) {
    Outcome<Persentase> c = rumus.hitung(new BigDecimal("-0.01"), new BigDecimal("3"));
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains(rumus.rumus()).contains("T -0.01").contains("a ratio needs a positive target");
  }

  @Test
  void t_over_r_refuses_a_negative_realisasi_which_would_turn_better_than_target_into_a_negative_capaian() {
    Outcome<Persentase> c = RumusCapaian.NEGATIF_INVERS.hitung(BigDecimal.TEN, new BigDecimal("-2"));
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("T / R needs a positive realisasi").contains("NEGATIF_DEVIASI");
    assertThat(RumusCapaian.NEGATIF_INVERS.hitung(BigDecimal.TEN, new BigDecimal("8")).value())
        .isEqualTo(Persentase.of(125));
  }

  @Test
  void t_over_r_with_a_target_of_0_is_a_degenerate_target_not_a_capaian_of_0() {
    Outcome<Persentase> c = RumusCapaian.NEGATIF_INVERS.hitung(BigDecimal.ZERO, new BigDecimal("4"));
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("target is 0");
  }

  @ParameterizedTest(name = "T {0}, R {1} → {2}%")
  @CsvSource({"-4, -5, 75", "-4, -2, 150", "-4, -4, 100", "-0.1, -0.3, -100", "-2, 2, 300"})
  void deviation_form_higher_is_better_worked_examples(String t, String r, String expected) {
    assertThat(capaian(DEVIASI, Polaritas.POSITIF, t, r).value()).isEqualTo(Persentase.of(new BigDecimal(expected)));
  }

  @ParameterizedTest(name = "T {0}, R {1} → {2}%")
  @CsvSource({"-4, -5, 125", "-4, -2, 50", "-4, -4, 100", "-0.1, -0.3, 300", "-2, 2, -100"})
  void deviation_form_lower_is_better_worked_examples(String t, String r, String expected) {
    assertThat(capaian(DEVIASI, Polaritas.NEGATIF, t, r).value()).isEqualTo(Persentase.of(new BigDecimal(expected)));
  }

  @ParameterizedTest(name = "T {0}, R {1}")
  @CsvSource({"80, 92", "85, 85.82", "7, 6.5", "8, 9", "10, 25", "0.1, 0.3"})
  void deviation_forms_equal_the_ratio_forms_on_the_worked_examples_with_a_positive_target(String t, String r) {
    assertThat(capaian(DEVIASI, Polaritas.POSITIF, t, r)).isEqualTo(capaian(STANDAR, Polaritas.POSITIF, t, r));
    assertThat(capaian(DEVIASI, Polaritas.NEGATIF, t, r)).isEqualTo(capaian(STANDAR, Polaritas.NEGATIF, t, r));
  }

  @Test
  void the_lan_form_on_its_worked_examples_is_unchanged() {
    assertThat(capaian(STANDAR, Polaritas.NEGATIF, "8", "9").value()).isEqualTo(Persentase.of(new BigDecimal("87.5")));
    assertThat(capaian(STANDAR, Polaritas.NEGATIF, "10", "25").value()).isEqualTo(Persentase.of(-50));
    assertThat(capaian(STANDAR, Polaritas.NEGATIF, "-4", "-2").notComputableReason())
        .contains(Outcome.Reason.NOT_APPLICABLE);
  }

  @Test
  void an_inequality_with_a_negative_bound_uses_the_deviation_form_when_chosen() {
    Target palingSedikit = TargetParser.parse("≥ -4");
    assertThat(STANDAR.hitung(Polaritas.POSITIF, palingSedikit, new BigDecimal("-2")).isComputable()).isFalse();
    assertThat(DEVIASI.hitung(Polaritas.POSITIF, palingSedikit, new BigDecimal("-2")).value())
        .isEqualTo(Persentase.of(150));
  }

  @Test
  void a_range_with_a_negative_bound_is_refused_where_the_realisasi_is_measured_against_it() {
    Target rentang = Target.rentang(new BigDecimal("-10"), new BigDecimal("-5"));
    Outcome<Persentase> c = STANDAR.hitung(Polaritas.RENTANG, rentang, new BigDecimal("-12"));
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(STANDAR.hitung(Polaritas.RENTANG, rentang, new BigDecimal("-7")).value()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void a_calculator_takes_the_deviation_forms_for_their_own_polarity_only() {
    assertThat(DEVIASI.rumusPositif()).isEqualTo(RumusCapaian.POSITIF_DEVIASI);
    assertThat(DEVIASI.rumusNegatif()).isEqualTo(RumusCapaian.NEGATIF_DEVIASI);
    assertThat(KalkulatorCapaian.of(RumusCapaian.POSITIF_DEVIASI, RumusCapaian.NEGATIF_DEVIASI,
        RumusRentang.PERMENPAN_RB_8_2021)).isEqualTo(DEVIASI);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> STANDAR.withPositif(RumusCapaian.NEGATIF_DEVIASI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positif")
        .hasMessageContaining("NEGATIF_DEVIASI");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void deviation_forms_stay_exact_on_figures_of_thousands_of_digits() {
    BigInteger ti = BigInteger.TEN.pow(5000).add(BigInteger.valueOf(7)).negate();
    BigDecimal t = new BigDecimal(ti, 2);
    BigDecimal r = t.subtract(new BigDecimal("0.01"));
    // (1 + (R − T)/|T|) with R = T − 0,01 and T < 0 is (T + 0,01) / T = (ti + 1) / ti
    Persentase c = RumusCapaian.POSITIF_DEVIASI.hitung(t, r).value();
    assertThat(c.numerator().multiply(ti))
        .isEqualTo(BigInteger.valueOf(100).multiply(ti.add(BigInteger.ONE)).multiply(c.denominator()));
    assertThat(c).isLessThan(Persentase.HUNDRED);
    assertThat(RumusCapaian.NEGATIF_DEVIASI.hitung(t, r).value()).isGreaterThan(Persentase.HUNDRED);
  }
}
