package id.sakip.pemantauan;

import static id.sakip.pemantauan.ContohEvaluasi.d;
import static id.sakip.pemantauan.ContohEvaluasi.rp;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.PeriodeKosong;
import id.sakip.kinerja.PeriodeTerisi;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The derived columns of the Permendagri 86/2017 Renja evaluation form, for the hand-written
 * evaluation of {@link ContohEvaluasi}; every expected figure was computed on paper.
 */
class KalkulatorEvaluasiRenjaTest {

  private static final KalkulatorEvaluasiRenja K = KalkulatorEvaluasiRenja.standar();

  private static Persentase pct(long num, long den) {
    return Persentase.ofFraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  @Test
  void a_stock_percentage_takes_quarter_iv_and_its_level_is_the_renstra_realisation_to_date() {
    HasilBarisEvaluasi h = K.hitung(ContohEvaluasi.program(), Triwulan.IV);
    assertThat(h.realisasiKinerja().value()).isEqualByComparingTo("95");
    assertThat(h.realisasiAnggaran().value()).isEqualTo(rp(500_000_000L));
    assertThat(h.realisasiRenstra().value()).isEqualByComparingTo("95");
    assertThat(h.realisasiAnggaranRenstra().value()).isEqualTo(rp(2_000_000_000L));
    assertThat(h.tingkatCapaianRenstra().value()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.tingkatRealisasiAnggaranRenstra().value()).isEqualTo(Persentase.of(80));
    assertThat(h.capaianRenja().value()).isEqualTo(pct(9500, 90)); // 105,55…%
    assertThat(h.serapanRenja().value()).isEqualTo(pct(50000, 520)); // 96,15…%
    assertThat(h.realisasiFisik()).contains(d("100"));
    assertThat(h.capaianBerjalan().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(h.capaianBerjalan().explanation()).startsWith("7.01.01 'Persentase capaian kinerja kecamatan': ")
        .contains("no target per quarter");
  }

  @Test
  void a_cumulative_count_adds_this_year_to_last_years_and_is_measured_against_the_end_target() {
    HasilBarisEvaluasi h = K.hitung(ContohEvaluasi.kegiatan(), Triwulan.IV);
    assertThat(h.realisasiKinerja().value()).isEqualByComparingTo("5");
    assertThat(h.realisasiAnggaran().value()).isEqualTo(rp(54_250_000L));
    assertThat(h.realisasiRenstra().value()).isEqualByComparingTo("17");
    assertThat(h.realisasiAnggaranRenstra().value()).isEqualTo(rp(164_250_000L));
    assertThat(h.tingkatCapaianRenstra().value()).isEqualTo(Persentase.of(68));
    assertThat(h.tingkatRealisasiAnggaranRenstra().value()).isEqualTo(Persentase.of(d("65.7")));
    assertThat(h.capaianRenja().value()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.serapanRenja().value()).isEqualTo(pct(5425, 55)); // 98,63…%
    assertThat(h.capaianBerjalan().value().capaian()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.serapanBerjalan().value()).isEqualTo(pct(5425, 55));
    assertThat(h.realisasiFisik()).isEmpty();
  }

  @Test
  void a_negative_indicator_uses_the_lan_formula_for_capaian_and_tingkat_capaian() {
    HasilBarisEvaluasi h = K.hitung(ContohEvaluasi.subKegiatan(), Triwulan.IV);
    assertThat(h.realisasiKinerja().value()).isEqualByComparingTo("3.5");
    assertThat(h.realisasiAnggaran().value()).isEqualTo(rp(89_500_000L));
    assertThat(h.realisasiRenstra().value()).isEqualByComparingTo("3.5");
    assertThat(h.realisasiAnggaranRenstra().value()).isEqualTo(rp(239_500_000L));
    // (2 × 3 − 3,5) / 3 = 83,33…%; (2 × 4 − 3,5) / 4 = 112,5%
    assertThat(h.tingkatCapaianRenstra().value()).isEqualTo(pct(250, 3));
    assertThat(h.tingkatRealisasiAnggaranRenstra().value()).isEqualTo(Persentase.of(d("59.875")));
    assertThat(h.capaianRenja().value()).isEqualTo(Persentase.of(d("112.5")));
    assertThat(h.serapanRenja().value()).isEqualTo(pct(8950, 90));
  }

  @Test
  void the_worked_example_of_the_javadoc_recomputes() {
    BarisEvaluasiRenja b = ContohEvaluasi.kegiatan().withTargetAkhirRenstra(id.sakip.kinerja.Target.angka(100))
        .withRealisasiRenstraLalu(d("55")).withTargetRenja(id.sakip.kinerja.Target.angka(25))
        .withPaguRenja(rp(110_000_000L)).withPaguAkhirRenstra(rp(500_000_000L))
        .withRealisasiAnggaranRenstraLalu(rp(230_000_000L))
        .withRealisasiKinerja(java.util.Map.of(Triwulan.I, d("5"), Triwulan.II, d("7"), Triwulan.III, d("6"),
            Triwulan.IV, d("8")))
        .withRealisasiAnggaran(java.util.Map.of(Triwulan.I, rp(10_000_000L), Triwulan.II, rp(20_000_000L),
            Triwulan.III, rp(30_000_000L), Triwulan.IV, rp(40_000_000L)));
    HasilBarisEvaluasi h = K.hitung(b, Triwulan.IV);
    assertThat(h.realisasiKinerja().value()).isEqualByComparingTo("26");
    assertThat(h.realisasiAnggaran().value()).isEqualTo(rp(100_000_000L));
    assertThat(h.realisasiRenstra().value()).isEqualByComparingTo("81");
    assertThat(h.realisasiAnggaranRenstra().value()).isEqualTo(rp(330_000_000L));
    assertThat(h.tingkatCapaianRenstra().value()).isEqualTo(Persentase.of(81));
    assertThat(h.tingkatRealisasiAnggaranRenstra().value()).isEqualTo(Persentase.of(66));
    assertThat(h.capaianRenja().value()).isEqualTo(Persentase.of(104));
    assertThat(h.serapanRenja().value()).isEqualTo(pct(10000, 110));
  }

  @Test
  void up_to_quarter_ii_only_the_first_two_quarters_count() {
    HasilBarisEvaluasi h = K.hitung(ContohEvaluasi.kegiatan(), Triwulan.II);
    assertThat(h.realisasiKinerja().value()).isEqualByComparingTo("2");
    assertThat(h.realisasiAnggaran().value()).isEqualTo(rp(22_500_000L));
    assertThat(h.realisasiRenstra().value()).isEqualByComparingTo("14");
    assertThat(h.capaianBerjalan().value().capaian()).isEqualTo(Persentase.HUNDRED);
    assertThat(h.capaianBerjalan().value().periodeTerisi()).containsExactly(1, 2);
    assertThat(h.serapanBerjalan().value()).isEqualTo(pct(2250, 25)); // 22,5 / 25 = 90%
    HasilBarisEvaluasi program = K.hitung(ContohEvaluasi.program(), Triwulan.II);
    assertThat(program.realisasiKinerja().value()).isEqualByComparingTo("88");
    assertThat(program.realisasiFisik()).contains(d("50"));
  }

  @Test
  void a_cumulative_indicator_without_last_years_figure_is_not_computable_never_read_as_zero() {
    BarisEvaluasiRenja b = ContohEvaluasi.kegiatan()
        .withRealisasiRenstraLalu(java.util.Optional.empty());
    HasilBarisEvaluasi h = K.hitung(b, Triwulan.IV);
    assertThat(h.realisasiKinerja().value()).isEqualByComparingTo("5");
    assertThat(h.realisasiRenstra().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(h.realisasiRenstra().explanation()).contains("state 0 in the Renstra's first year");
    assertThat(h.tingkatCapaianRenstra().isComputable()).isFalse();
  }

  @Test
  void no_quarter_reported_leaves_the_year_not_computable_and_a_zero_pagu_leaves_serapan_not_computable() {
    BarisEvaluasiRenja b = ContohEvaluasi.subKegiatan().withRealisasiKinerja(java.util.Map.of())
        .withRealisasiAnggaran(java.util.Map.of()).withPaguRenja(rp(0));
    HasilBarisEvaluasi h = K.hitung(b, Triwulan.IV);
    assertThat(h.realisasiKinerja().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(h.realisasiKinerja().explanation()).startsWith("7.01.01.2.01.01 'Rata-rata waktu penyelesaian layanan': ");
    assertThat(h.realisasiAnggaran().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(h.capaianRenja().isComputable()).isFalse();

    HasilBarisEvaluasi zero = K.hitung(ContohEvaluasi.subKegiatan().withPaguRenja(rp(0)), Triwulan.IV);
    assertThat(zero.serapanRenja().notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
  }

  @Test
  void the_policies_for_missing_and_zero_quarters_are_the_callers() {
    BarisEvaluasiRenja b = ContohEvaluasi.kegiatan().withRealisasiKinerja(java.util.Map.of(Triwulan.I, d("1"),
        Triwulan.II, d("0"), Triwulan.IV, d("2"))).withRealisasiAnggaran(java.util.Map.of(Triwulan.I, rp(10_000_000L),
        Triwulan.II, rp(0), Triwulan.IV, rp(16_750_000L)));
    assertThat(K.hitung(b, Triwulan.IV).realisasiKinerja().value()).isEqualByComparingTo("3");
    assertThat(K.withPeriodeKosong(PeriodeKosong.TOLAK).hitung(b, Triwulan.IV).realisasiKinerja().explanation())
        .contains("period 3");
    // filled quarters I, II, IV: targets 1 + 1 + 2 = 4, realisasi 3 → 75%; with 0 ignored: I and IV, 3 / 3
    assertThat(K.hitung(b, Triwulan.IV).capaianBerjalan().value().capaian()).isEqualTo(Persentase.of(75));
    KalkulatorEvaluasiRenja abaikanNol = K.withPeriodeTerisi(PeriodeTerisi.NOL_DIABAIKAN);
    assertThat(abaikanNol.hitung(b, Triwulan.IV).capaianBerjalan().value().capaian()).isEqualTo(Persentase.HUNDRED);
    // Rupiah: 26.750.000 of 12.500.000 + 12.500.000 + 15.000.000 = 66,875%; with 0 ignored of 27.500.000
    assertThat(K.hitung(b, Triwulan.IV).serapanBerjalan().value()).isEqualTo(Persentase.of(d("66.875")));
    assertThat(abaikanNol.hitung(b, Triwulan.IV).serapanBerjalan().value()).isEqualTo(pct(267500, 2750));
    assertThat(abaikanNol).isNotEqualTo(K).isEqualTo(K.withPeriodeTerisi(PeriodeTerisi.NOL_DIABAIKAN));
    assertThat(abaikanNol.hashCode()).isEqualTo(K.withPeriodeTerisi(PeriodeTerisi.NOL_DIABAIKAN).hashCode());
  }

  @Test
  void a_table_is_computed_row_by_row_up_to_its_quarter() {
    List<HasilBarisEvaluasi> rows = K.hitung(ContohEvaluasi.evaluasi());
    assertThat(rows).extracting(HasilBarisEvaluasi::baris).containsExactly(
        ContohEvaluasi.program(), ContohEvaluasi.kegiatan(), ContohEvaluasi.subKegiatan());
    assertThat(rows).allSatisfy(r -> assertThat(r.sampaiTriwulan()).isEqualTo(Triwulan.IV));
  }
}
