package id.sakip.kinerja;

import static id.sakip.kinerja.Agregasi.AVERAGE;
import static id.sakip.kinerja.Agregasi.LAST;
import static id.sakip.kinerja.Agregasi.MAX;
import static id.sakip.kinerja.Agregasi.SUM;
import static id.sakip.kinerja.PeriodeKosong.ABAIKAN;
import static id.sakip.kinerja.PeriodeKosong.TOLAK;
import static id.sakip.kinerja.Periodisasi.BULAN;
import static id.sakip.kinerja.Periodisasi.SEMESTER;
import static id.sakip.kinerja.Periodisasi.TRIWULAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgregasiPeriodeTest {

  /** KTP pengantar served per triwulan in the seed-like year: 2850 in all. */
  private static final DeretPeriode KTP_PENGANTAR = deret(TRIWULAN, "700; 750; 680; 720");

  @ParameterizedTest(name = "{0} [{1}] {2} under {3} = {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # periodisasi | series, Indonesian notation, '-' not reported | agregasi | kebijakan | year
          TRIWULAN | 700; 750; 680; 720   | SUM     | ABAIKAN | 2850
          TRIWULAN | 700; 750; 680; 720   | SUM     | TOLAK   | 2850
          TRIWULAN | 700; 750; 680; 720   | LAST    | ABAIKAN | 720
          TRIWULAN | 700; 750; 680; 720   | LAST    | TOLAK   | 720
          TRIWULAN | 700; 750; 680; 720   | MAX     | ABAIKAN | 750
          TRIWULAN | 700; 750; 680; 720   | MAX     | TOLAK   | 750
          TRIWULAN | 700; 750; 680; 720   | AVERAGE | ABAIKAN | 712.5
          TRIWULAN | 700; 750; 680; 720   | AVERAGE | TOLAK   | 712.5
          TRIWULAN | 80; 85; -; -         | SUM     | ABAIKAN | 165
          TRIWULAN | 80; 85; -; -         | SUM     | TOLAK   | n/a
          TRIWULAN | 80; 85; -; -         | LAST    | ABAIKAN | 85
          TRIWULAN | 80; 85; -; -         | LAST    | TOLAK   | n/a
          TRIWULAN | 80; 85; -; -         | MAX     | ABAIKAN | 85
          TRIWULAN | 80; 85; -; -         | MAX     | TOLAK   | n/a
          TRIWULAN | 80; 85; -; -         | AVERAGE | ABAIKAN | 82.5
          TRIWULAN | 80; 85; -; -         | AVERAGE | TOLAK   | n/a
          TRIWULAN | 700; -; 680; 720     | SUM     | ABAIKAN | 2100
          TRIWULAN | 700; -; 680; 720     | SUM     | TOLAK   | n/a
          TRIWULAN | 700; -; 680; 720     | LAST    | ABAIKAN | 720
          TRIWULAN | 700; -; 680; 720     | LAST    | TOLAK   | n/a
          TRIWULAN | 700; -; 680; 720     | MAX     | ABAIKAN | 720
          TRIWULAN | 700; -; 680; 720     | MAX     | TOLAK   | n/a
          TRIWULAN | 700; -; 680; 720     | AVERAGE | ABAIKAN | 700
          TRIWULAN | 700; -; 680; 720     | AVERAGE | TOLAK   | n/a
          TRIWULAN | -; -; -; -           | SUM     | ABAIKAN | n/a
          TRIWULAN | -; -; -; -           | SUM     | TOLAK   | n/a
          TRIWULAN | -; -; -; -           | LAST    | ABAIKAN | n/a
          TRIWULAN | -; -; -; -           | LAST    | TOLAK   | n/a
          TRIWULAN | -; -; -; -           | MAX     | ABAIKAN | n/a
          TRIWULAN | -; -; -; -           | MAX     | TOLAK   | n/a
          TRIWULAN | -; -; -; -           | AVERAGE | ABAIKAN | n/a
          TRIWULAN | -; -; -; -           | AVERAGE | TOLAK   | n/a
          TRIWULAN | 85,82; 84; 86,5; 85  | MAX     | TOLAK   | 86.5
          TRIWULAN | 85,82; 84; 86,5; 85  | AVERAGE | TOLAK   | 85.33
          TRIWULAN | 1.200; -2; 0; 0      | SUM     | TOLAK   | 1198
          TRIWULAN | 1.200; -2; 0; 0      | LAST    | TOLAK   | 0
          SEMESTER | 1.425; 1.425         | SUM     | ABAIKAN | 2850
          SEMESTER | 1.425; 1.425         | SUM     | TOLAK   | 2850
          SEMESTER | 1.425; 1.425         | LAST    | ABAIKAN | 1425
          SEMESTER | 1.425; 1.425         | LAST    | TOLAK   | 1425
          SEMESTER | 1.425; 1.425         | MAX     | ABAIKAN | 1425
          SEMESTER | 1.425; 1.425         | MAX     | TOLAK   | 1425
          SEMESTER | 1.425; 1.425         | AVERAGE | ABAIKAN | 1425
          SEMESTER | 1.425; 1.425         | AVERAGE | TOLAK   | 1425
          SEMESTER | -; 1.425             | SUM     | ABAIKAN | 1425
          SEMESTER | -; 1.425             | SUM     | TOLAK   | n/a
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | SUM     | ABAIKAN | 2850
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | SUM     | TOLAK   | 2850
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | LAST    | ABAIKAN | 240
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | LAST    | TOLAK   | 240
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | MAX     | ABAIKAN | 250
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | MAX     | TOLAK   | 250
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | AVERAGE | ABAIKAN | 237.5
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | AVERAGE | TOLAK   | 237.5
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | SUM     | ABAIKAN | 277.5
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | SUM     | TOLAK   | n/a
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | LAST    | ABAIKAN | 95
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | LAST    | TOLAK   | n/a
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | MAX     | ABAIKAN | 95
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | MAX     | TOLAK   | n/a
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | AVERAGE | ABAIKAN | 92.5
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | AVERAGE | TOLAK   | n/a
          BULAN    | -; -; -; -; -; 100; -; -; -; -; -; -                        | SUM     | ABAIKAN | 100
          BULAN    | -; -; -; -; -; 100; -; -; -; -; -; -                        | LAST    | ABAIKAN | 100
          BULAN    | -; -; -; -; -; 100; -; -; -; -; -; -                        | MAX     | ABAIKAN | 100
          BULAN    | -; -; -; -; -; 100; -; -; -; -; -; -                        | AVERAGE | ABAIKAN | 100
          """)
  void the_year_combines_its_periods_as_the_indicator_says(
      Periodisasi periodisasi,
      String series,
      Agregasi agregasi,
      PeriodeKosong kebijakan,
      String expected) {
    Outcome<BigDecimal> year = AgregasiPeriode.hitung(deret(periodisasi, series), agregasi, kebijakan);
    assertOutcome(year, expected);
  }

  @ParameterizedTest(name = "{0} [{1}] {2} under {3} to period {4} = {5}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # periodisasi | series | agregasi | kebijakan | sampaiPeriode | year to date
          TRIWULAN | 700; 750; 680; 720 | SUM     | TOLAK   | 1 | 700
          TRIWULAN | 700; 750; 680; 720 | SUM     | TOLAK   | 2 | 1450
          TRIWULAN | 700; 750; 680; 720 | SUM     | ABAIKAN | 3 | 2130
          TRIWULAN | 700; 750; 680; 720 | SUM     | ABAIKAN | 4 | 2850
          TRIWULAN | 700; 750; 680; 720 | LAST    | TOLAK   | 3 | 680
          TRIWULAN | 700; 750; 680; 720 | MAX     | TOLAK   | 1 | 700
          TRIWULAN | 700; 750; 680; 720 | MAX     | TOLAK   | 3 | 750
          TRIWULAN | 700; 750; 680; 720 | AVERAGE | TOLAK   | 3 | 710
          TRIWULAN | 80; 85; -; -       | LAST    | TOLAK   | 2 | 85
          TRIWULAN | 80; 85; -; -       | LAST    | TOLAK   | 3 | n/a
          TRIWULAN | 80; 85; -; -       | SUM     | TOLAK   | 2 | 165
          TRIWULAN | 700; -; 680; 720   | SUM     | TOLAK   | 1 | 700
          TRIWULAN | 700; -; 680; 720   | SUM     | TOLAK   | 2 | n/a
          TRIWULAN | 700; -; 680; 720   | SUM     | ABAIKAN | 3 | 1380
          TRIWULAN | -; -; -; 720       | SUM     | ABAIKAN | 3 | n/a
          TRIWULAN | -; -; -; 720       | LAST    | ABAIKAN | 3 | n/a
          TRIWULAN | -; -; -; 720       | LAST    | ABAIKAN | 4 | 720
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | SUM     | TOLAK   | 3 | 700
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | SUM     | TOLAK   | 6 | 1450
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | LAST    | TOLAK   | 6 | 250
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | MAX     | TOLAK   | 3 | 240
          BULAN    | 230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240 | AVERAGE | TOLAK   | 6 | 241.6666666666666666666666666666667
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | AVERAGE | TOLAK   | 3 | 92.5
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | LAST    | TOLAK   | 4 | n/a
          BULAN    | 90; 92,5; 95; -; -; -; -; -; -; -; -; -                     | LAST    | ABAIKAN | 12 | 95
          """)
  void year_to_date_looks_only_at_periods_up_to_sampai_periode(
      Periodisasi periodisasi,
      String series,
      Agregasi agregasi,
      PeriodeKosong kebijakan,
      int sampaiPeriode,
      String expected) {
    Outcome<BigDecimal> toDate =
        AgregasiPeriode.hitung(deret(periodisasi, series), agregasi, kebijakan, sampaiPeriode);
    assertOutcome(toDate, expected);
  }

  @Test
  void sum_of_quarterly_ktp_pengantar_is_the_year_total() {
    assertThat(AgregasiPeriode.hitung(KTP_PENGANTAR, SUM, TOLAK).value()).isEqualTo("2850");
  }

  @Test
  void sum_of_monthly_ktp_pengantar_is_the_same_year_total() {
    DeretPeriode monthly =
        deret(BULAN, "230; 240; 230; 250; 250; 250; 220; 230; 230; 240; 240; 240");
    assertThat(AgregasiPeriode.hitung(monthly, SUM, TOLAK).value()).isEqualTo("2850");
    for (int triwulan = 1; triwulan <= 4; triwulan++) {
      BigDecimal quarter =
          AgregasiPeriode.hitung(monthly, SUM, TOLAK, 3 * triwulan)
              .value()
              .subtract(AgregasiPeriode.hitung(KTP_PENGANTAR, SUM, TOLAK, triwulan).value());
      assertThat(quarter).as("months 1..%d against quarters 1..%d", 3 * triwulan, triwulan)
          .isZero();
    }
  }

  @Test
  void last_ignores_missing_trailing_quarters_unless_the_policy_refuses_them() {
    DeretPeriode cakupan = deret(TRIWULAN, "80; 85; -; -");

    assertThat(AgregasiPeriode.hitung(cakupan, LAST, ABAIKAN).value()).isEqualTo("85");

    Outcome<BigDecimal> refused = AgregasiPeriode.hitung(cakupan, LAST, TOLAK);
    assertThat(refused).isInstanceOf(Outcome.NotComputable.class);
    assertThat(refused.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(refused.explanation())
        .isEqualTo(
            "periods 3, 4 of TRIWULAN periods 1..4 not reported:"
                + " PeriodeKosong.TOLAK needs every period up to 4 reported for LAST");
  }

  @Test
  void a_single_missing_period_is_named_under_tolak() {
    Outcome<BigDecimal> refused =
        AgregasiPeriode.hitung(deret(TRIWULAN, "700; -; 680; 720"), SUM, TOLAK);
    assertThat(refused.explanation()).startsWith("period 2 of TRIWULAN periods 1..4 not reported");
  }

  @Test
  void a_year_without_any_report_is_not_computable_and_says_which_periods_are_empty() {
    Outcome<BigDecimal> nothing =
        AgregasiPeriode.hitung(DeretPeriode.builder(SEMESTER).build(), AVERAGE, ABAIKAN);
    assertThat(nothing.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(nothing.explanation())
        .isEqualTo(
            "none of SEMESTER periods 1..2 reported (no value in periods 1, 2):"
                + " AVERAGE needs at least one reported period");

    Outcome<BigDecimal> firstMonth =
        AgregasiPeriode.hitung(deret(BULAN, "-; 5; -; -; -; -; -; -; -; -; -; -"), SUM, ABAIKAN, 1);
    assertThat(firstMonth.explanation()).contains("BULAN periods 1..1").contains("period 1)");
  }

  @Test
  void a_missing_period_is_never_read_as_zero() {
    DeretPeriode withGap = deret(TRIWULAN, "10; -; 20; 30");
    assertThat(AgregasiPeriode.hitung(withGap, AVERAGE, ABAIKAN).value()).isEqualTo("20");
    assertThat(AgregasiPeriode.hitung(deret(TRIWULAN, "-10; -; -20; -30"), MAX, ABAIKAN).value())
        .isEqualTo("-10");
  }

  @Test
  void average_of_10_10_11_is_rounded_to_34_significant_digits_half_even() {
    BigDecimal average =
        AgregasiPeriode.hitung(deret(TRIWULAN, "10; 10; 11; -"), AVERAGE, ABAIKAN).value();
    assertThat(average).isEqualTo(new BigDecimal("10.33333333333333333333333333333333"));
    assertThat(average.precision()).isEqualTo(34);

    BigDecimal twoThirds =
        AgregasiPeriode.hitung(deret(TRIWULAN, "1; 0; 1; -"), AVERAGE, ABAIKAN).value();
    assertThat(twoThirds).isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
  }

  @Test
  void average_of_1_and_2_is_exactly_1_5() {
    BigDecimal average = AgregasiPeriode.hitung(deret(SEMESTER, "1; 2"), AVERAGE, TOLAK).value();
    assertThat(average).isEqualTo(new BigDecimal("1.5"));
    assertThat(average.scale()).isEqualTo(1);
  }

  @Test
  void an_exact_average_keeps_the_scale_of_the_sum_when_it_can() {
    assertThat(AgregasiPeriode.hitung(deret(SEMESTER, "10,00; 20,00"), AVERAGE, TOLAK).value())
        .isEqualTo(new BigDecimal("15.00"));
    assertThat(AgregasiPeriode.hitung(deret(SEMESTER, "10; 20"), AVERAGE, TOLAK).value())
        .isEqualTo(new BigDecimal("15"));
    assertThat(AgregasiPeriode.hitung(deret(SEMESTER, "1,5; 2"), AVERAGE, TOLAK).value())
        .isEqualTo(new BigDecimal("1.75"));
  }

  @Test
  void sum_keeps_the_largest_scale_and_max_and_last_keep_the_value_as_reported() {
    DeretPeriode printed = deret(TRIWULAN, "85; 85,00; 84,5; 85,0");
    assertThat(AgregasiPeriode.hitung(printed, SUM, TOLAK).value()).isEqualTo(new BigDecimal("339.50"));
    assertThat(AgregasiPeriode.hitung(printed, MAX, TOLAK).value()).isEqualTo(new BigDecimal("85"));
    assertThat(AgregasiPeriode.hitung(printed, LAST, TOLAK).value()).isEqualTo(new BigDecimal("85.0"));
  }

  @Test
  void quarterly_targets_aggregate_like_realisasi() {
    DeretPeriode target = deret(TRIWULAN, "710; 710; 710; 720");
    BigDecimal targetTahun = AgregasiPeriode.hitung(target, SUM, TOLAK).value();
    BigDecimal realisasiTahun = AgregasiPeriode.hitung(KTP_PENGANTAR, SUM, TOLAK).value();
    assertThat(targetTahun).isEqualTo("2850");
    assertThat(Persentase.ratio(realisasiTahun, targetTahun).value()).isEqualTo(Persentase.HUNDRED);

    DeretPeriode targetSemesterI = deret(TRIWULAN, "710; 710; -; -");
    assertThat(AgregasiPeriode.hitung(targetSemesterI, SUM, TOLAK, 2).value()).isEqualTo("1420");

    DeretPeriode targetCakupan = deret(TRIWULAN, "25%; 50%; 75%; 100%");
    assertThat(AgregasiPeriode.hitung(targetCakupan, LAST, TOLAK).value()).isEqualTo("100");
  }

  // ---------------------------------------------------------------- invalid input

  @ParameterizedTest
  @CsvSource({"TRIWULAN, 0, 4", "TRIWULAN, 5, 4", "SEMESTER, 3, 2", "BULAN, 0, 12", "BULAN, 13, 12"})
  void sampai_periode_outside_the_year_is_refused_naming_field_value_and_rule(
      Periodisasi periodisasi, int sampaiPeriode, int jumlah) {
    DeretPeriode deret = DeretPeriode.builder(periodisasi).nilai(1, BigDecimal.ONE).build();
    assertThatThrownBy(() -> AgregasiPeriode.hitung(deret, SUM, ABAIKAN, sampaiPeriode))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sampaiPeriode " + sampaiPeriode + " is outside 1.." + jumlah + ": " + periodisasi
                + " has " + jumlah + " periods a year, numbered from 1");
  }

  @Test
  void null_arguments_are_refused_by_name() {
    assertThatThrownBy(() -> AgregasiPeriode.hitung(null, SUM, ABAIKAN))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deret");
    assertThatThrownBy(() -> AgregasiPeriode.hitung(KTP_PENGANTAR, null, ABAIKAN))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("agregasi");
    assertThatThrownBy(() -> AgregasiPeriode.hitung(KTP_PENGANTAR, SUM, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kebijakan");
    assertThatThrownBy(() -> AgregasiPeriode.hitung(null, SUM, ABAIKAN, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deret");
  }

  // ---------------------------------------------------------------- helpers

  /** A series from Indonesian figures separated by ';', with '-' for a period not reported. */
  static DeretPeriode deret(Periodisasi periodisasi, String series) {
    String[] figures = series.split(";");
    assertThat(figures).as("figures in '%s'", series).hasSize(periodisasi.jumlahPeriode());
    DeretPeriode.Builder builder = DeretPeriode.builder(periodisasi);
    for (int i = 0; i < figures.length; i++) {
      builder.nilai(i + 1, figures[i].trim());
    }
    return builder.build();
  }

  private static void assertOutcome(Outcome<BigDecimal> outcome, String expected) {
    if (expected.equals("n/a")) {
      assertThat(outcome.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    } else {
      assertThat(outcome.value()).isEqualTo(new BigDecimal(expected));
    }
  }
}
