package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Capaian to date of paired target and realisasi series (E-Sakip AKSARA), with both zero policies. */
class CapaianBerjalanTest {

  private static Indikator indikator(Polaritas p) {
    return Indikator.builder().nama("Pengantar KTP").satuan(Satuan.of("pemohon")).polaritas(p).build();
  }

  private static DeretPeriode triwulan(String... nilai) {
    DeretPeriode.Builder b = DeretPeriode.builder(Periodisasi.TRIWULAN);
    for (int i = 0; i < nilai.length; i++) {
      b.nilai(i + 1, nilai[i]);
    }
    return b.build();
  }

  private static final DeretPeriode TARGET_100 = triwulan("100", "100", "100", "100");

  @Test
  void two_filled_quarters_of_90_and_110_against_100_each_are_100_percent() {
    CapaianBerjalan.Hasil h = CapaianBerjalan.hitung(
        indikator(Polaritas.POSITIF), TARGET_100, triwulan("90", "110", "n/a", "n/a"), PeriodeTerisi.NOL_TERISI).value();
    assertThat(h.capaian()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.periodeTerisi()).containsExactly(1, 2);
    assertThat(h.jumlahTarget()).isEqualByComparingTo("200");
    assertThat(h.jumlahRealisasi()).isEqualByComparingTo("200");
  }

  @Test
  void a_reported_zero_counts_under_aksara_and_is_skipped_under_the_alternative() {
    DeretPeriode realisasi = triwulan("90", "110", "0", "n/a");
    Persentase aksara = CapaianBerjalan.hitung(indikator(Polaritas.POSITIF), TARGET_100, realisasi, PeriodeTerisi.NOL_TERISI)
        .value().capaian();
    assertThat(aksara).isEqualTo(Persentase.ofFraction(BigInteger.valueOf(200), BigInteger.valueOf(3)));
    assertThat(aksara.format()).isEqualTo("66,67%");
    CapaianBerjalan.Hasil skipped = CapaianBerjalan.hitung(
        indikator(Polaritas.POSITIF), TARGET_100, realisasi, PeriodeTerisi.NOL_DIABAIKAN).value();
    assertThat(skipped.capaian()).isEqualTo(Persentase.HUNDRED);
    assertThat(skipped.periodeTerisi()).containsExactly(1, 2);
    // 0.00 is a zero too
    assertThat(CapaianBerjalan.hitung(indikator(Polaritas.POSITIF), TARGET_100, triwulan("90", "110", "0,00", "n/a"),
        PeriodeTerisi.NOL_DIABAIKAN).value().periodeTerisi()).containsExactly(1, 2);
  }

  @Test
  void the_sum_of_the_filled_periods_differs_from_the_year_by_sum() {
    // The year's figures by Agregasi.SUM: realisasi 200 against the whole year's target 400 = 50%.
    DeretPeriode realisasi = triwulan("90", "110", "n/a", "n/a");
    BigDecimal yearR = AgregasiPeriode.hitung(realisasi, Agregasi.SUM, PeriodeKosong.ABAIKAN).value();
    BigDecimal yearT = AgregasiPeriode.hitung(TARGET_100, Agregasi.SUM, PeriodeKosong.ABAIKAN).value();
    assertThat(Persentase.ratio(yearR, yearT).value()).isEqualTo(Persentase.of(50));
    assertThat(CapaianBerjalan.hitung(indikator(Polaritas.POSITIF), TARGET_100, realisasi, PeriodeTerisi.NOL_TERISI)
        .value().capaian()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void negative_indicators_use_the_lan_formula_on_the_sums() {
    // targets 10, 10; realisasi 8, 9: (2 × 20 − 17) / 20 = 115%
    DeretPeriode target = DeretPeriode.of(Periodisasi.SEMESTER, Map.of(1, new BigDecimal("10"), 2, new BigDecimal("10")));
    DeretPeriode realisasi = DeretPeriode.of(Periodisasi.SEMESTER, Map.of(1, new BigDecimal("8"), 2, new BigDecimal("9")));
    assertThat(CapaianBerjalan.hitung(indikator(Polaritas.NEGATIF), target, realisasi, PeriodeTerisi.NOL_TERISI)
        .value().capaian()).isEqualTo(Persentase.of(115));
    KalkulatorCapaian invers = KalkulatorCapaian.standar().withNegatif(RumusCapaian.NEGATIF_INVERS);
    assertThat(CapaianBerjalan.hitung(invers, indikator(Polaritas.NEGATIF), target, realisasi, PeriodeTerisi.NOL_TERISI, 2)
        .value().capaian()).isEqualTo(Persentase.ratio(new BigDecimal("20"), new BigDecimal("17")).value());
  }

  @Test
  void to_date_looks_only_at_the_periods_up_to_the_one_asked_for() {
    DeretPeriode realisasi = triwulan("90", "110", "100", "100");
    Outcome<CapaianBerjalan.Hasil> q1 = CapaianBerjalan.hitung(KalkulatorCapaian.standar(), indikator(Polaritas.POSITIF),
        TARGET_100, realisasi, PeriodeTerisi.NOL_TERISI, 1);
    assertThat(q1.value().capaian()).isEqualTo(Persentase.of(90));
    assertThat(q1.value().periodeTerisi()).containsExactly(1);
    assertThatThrownBy(() -> CapaianBerjalan.hitung(KalkulatorCapaian.standar(), indikator(Polaritas.POSITIF),
        TARGET_100, realisasi, PeriodeTerisi.NOL_TERISI, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sampaiPeriode 5 is outside 1..4");
  }

  @Test
  void a_filled_period_without_a_target_is_not_computable_naming_it() {
    DeretPeriode target = triwulan("100", "n/a", "100", "n/a");
    Outcome<CapaianBerjalan.Hasil> c = CapaianBerjalan.hitung(
        indikator(Polaritas.POSITIF), target, triwulan("90", "110", "100", "95"), PeriodeTerisi.NOL_TERISI);
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(c.explanation()).contains("'Pengantar KTP'").contains("periods 2, 4 have realisasi but no target");
  }

  @Test
  void nothing_filled_and_summed_targets_of_zero_are_not_computable() {
    Outcome<CapaianBerjalan.Hasil> none = CapaianBerjalan.hitung(
        indikator(Polaritas.POSITIF), TARGET_100, triwulan("0", "n/a", "0", "n/a"), PeriodeTerisi.NOL_DIABAIKAN);
    assertThat(none.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(none.explanation()).contains("NOL_DIABAIKAN").contains("no period is filled");

    Outcome<CapaianBerjalan.Hasil> zero = CapaianBerjalan.hitung(
        indikator(Polaritas.POSITIF), triwulan("0", "0", "0", "0"), triwulan("5", "n/a", "n/a", "n/a"), PeriodeTerisi.NOL_TERISI);
    assertThat(zero.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(zero.explanation()).contains("Σ target 0, Σ realisasi 5 of period 1");
  }

  @Test
  void series_of_different_periodisasi_are_refused() {
    DeretPeriode bulan = DeretPeriode.builder(Periodisasi.BULAN).nilai(1, "10").build();
    assertThatThrownBy(() -> CapaianBerjalan.hitung(indikator(Polaritas.POSITIF), TARGET_100, bulan, PeriodeTerisi.NOL_TERISI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("realisasi.periodisasi BULAN differs from target.periodisasi TRIWULAN");
  }

  @Test
  void monthly_series_sum_their_filled_months() {
    DeretPeriode.Builder t = DeretPeriode.builder(Periodisasi.BULAN);
    DeretPeriode.Builder r = DeretPeriode.builder(Periodisasi.BULAN);
    for (int m = 1; m <= 12; m++) {
      t.nilai(m, new BigDecimal("237.5"));
      if (m <= 9) {
        r.nilai(m, new BigDecimal("250"));
      }
    }
    // 9 × 250 / (9 × 237,5) = 105,263…%
    CapaianBerjalan.Hasil h = CapaianBerjalan.hitung(indikator(Polaritas.POSITIF), t.build(), r.build(), PeriodeTerisi.NOL_TERISI).value();
    assertThat(h.capaian()).isEqualTo(Persentase.ratio(new BigDecimal("250"), new BigDecimal("237.5")).value());
    assertThat(h.periodeTerisi()).hasSize(9);
  }
}
