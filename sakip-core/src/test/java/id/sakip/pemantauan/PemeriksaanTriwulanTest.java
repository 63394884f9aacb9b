package id.sakip.pemantauan;

import static id.sakip.pemantauan.ContohEvaluasi.d;
import static id.sakip.pemantauan.ContohEvaluasi.rp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.kinerja.SifatIndikator;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One planted inconsistency per check of {@link PemeriksaanTriwulan}, each found exactly, in the
 * evaluation of {@link ContohEvaluasi} whose printed figures otherwise all agree.
 */
class PemeriksaanTriwulanTest {

  private static List<Temuan> periksa(BarisEvaluasiRenja... baris) {
    return PemeriksaanTriwulan.periksa(ContohEvaluasi.evaluasi(baris));
  }

  private static Temuan satu(List<Temuan> temuan) {
    assertThat(temuan).hasSize(1);
    return temuan.get(0);
  }

  @Test
  void the_evaluation_as_written_has_no_finding() {
    assertThat(PemeriksaanTriwulan.periksa(ContohEvaluasi.evaluasi())).isEmpty();
  }

  @Test
  void quarter_iv_95_against_a_yearly_90_of_a_last_indicator_is_found() {
    Temuan t = satu(periksa(ContohEvaluasi.program().withRealisasiKinerjaTercetak(d("90")),
        ContohEvaluasi.kegiatan(), ContohEvaluasi.subKegiatan()));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.QUARTERS_REALISASI_MISMATCH);
    assertThat(t.lokasi().bagian()).isEqualTo(Bagian.LAIN);
    assertThat(t.lokasi().tempat()).contains("Evaluasi Renja Kecamatan Kromengan 2024 s.d. triwulan IV");
    assertThat(t.lokasi().baris()).contains(new Baris.Kode("7.01.01"));
    assertThat(t.lokasi().kolom()).contains(Kolom.REALISASI);
    assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("90");
    assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("95");
    assertThat(t.pembanding().orElseThrow().sumber()).isEqualTo(Sumber.DIHITUNG);
    assertThat(t.selisih()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("-5"));
    assertThat(t.pesan(Bahasa.INDONESIA)).isEqualTo("Evaluasi Renja Kecamatan Kromengan 2024 s.d. triwulan IV › kode "
        + "7.01.01 › realisasi: realisasi tahun ini 'Persentase capaian kinerja kecamatan' tercetak 90, padahal "
        + "triwulan-triwulannya (nilai triwulan terakhir) memberi 95 (selisih -5).");
    assertThat(t.pesan(Bahasa.INGGRIS)).isEqualTo("Evaluasi Renja Kecamatan Kromengan 2024 s.d. triwulan IV › code "
        + "7.01.01 › realisasi: this year's realisation of 'Persentase capaian kinerja kecamatan' is printed as 90, "
        + "but its quarters (the last quarter's value) give 95 (difference -5).");
  }

  @Test
  void a_sum_indicator_whose_yearly_figure_is_not_the_sum_is_found() {
    Temuan t = satu(periksa(ContohEvaluasi.program(), ContohEvaluasi.kegiatan().withRealisasiKinerjaTercetak(d("4")),
        ContohEvaluasi.subKegiatan()));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.QUARTERS_REALISASI_MISMATCH);
    assertThat(t.lokasi().baris()).contains(new Baris.Kode("7.01.01.2.01"));
    assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("4");
    assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("5");
    assertThat(t.pesan(Bahasa.INGGRIS)).contains("its quarters (summed) give 5 (difference -1)");
    // a Renstra total printed from the wrong year (12 + 4) is a second, separate inconsistency
    assertThat(periksa(ContohEvaluasi.kegiatan().withRealisasiKinerjaTercetak(d("4")).withRealisasiRenstraTercetak(d("16"))))
        .extracting(Temuan::aturan).containsExactly(AturanPemantauan.QUARTERS_REALISASI_MISMATCH,
            AturanPemantauan.RENSTRA_REALISASI_MISMATCH);
  }

  @Test
  void a_printed_figure_agrees_at_its_printed_precision() {
    // 3,5 printed as 3,50 agrees; printed as 3,6 it does not, at one decimal
    assertThat(periksa(ContohEvaluasi.subKegiatan().withRealisasiKinerjaTercetak(d("3.5")))).isEmpty();
    Temuan t = satu(periksa(ContohEvaluasi.subKegiatan().withRealisasiKinerjaTercetak(d("3.6"))));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.QUARTERS_REALISASI_MISMATCH);
    // an average of 10, 10, 11 is 10,33…: printed 10,33 agrees half up, printed 10,34 does not
    BarisEvaluasiRenja rata = ContohEvaluasi.subKegiatan()
        .withIndikator(ContohEvaluasi.WAKTU.withAgregasi(id.sakip.kinerja.Agregasi.AVERAGE))
        .withRealisasiKinerja(Map.of(Triwulan.I, d("10"), Triwulan.II, d("10"), Triwulan.III, d("11")));
    assertThat(periksa(rata.withRealisasiKinerjaTercetak(d("10.33")))).isEmpty();
    Temuan avg = satu(periksa(rata.withRealisasiKinerjaTercetak(d("10.34"))));
    assertThat(avg.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("10.33");
    assertThat(PemeriksaanTriwulan.periksa(ContohEvaluasi.evaluasi(rata.withRealisasiKinerjaTercetak(d("10.34"))),
        KalkulatorEvaluasiRenja.standar(), RoundingMode.UP)).isEmpty();
  }

  @Test
  void a_yearly_rupiah_that_is_not_the_sum_of_its_quarters_is_found_to_the_sen() {
    Temuan t = satu(periksa(ContohEvaluasi.program(), ContohEvaluasi.kegiatan(),
        ContohEvaluasi.subKegiatan().withRealisasiAnggaranTercetak(rp(89_000_000L))));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.QUARTERS_ANGGARAN_MISMATCH);
    assertThat(t.lokasi().kolom()).contains(Kolom.REALISASI_ANGGARAN);
    assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("89000000");
    assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("89500000");
    assertThat(t.pesan(Bahasa.INDONESIA)).contains("Rp89.000.000,00").contains("Rp89.500.000,00")
        .contains("(selisih -Rp500.000,00)");
    Temuan sen = satu(periksa(ContohEvaluasi.subKegiatan()
        .withRealisasiAnggaranTercetak(id.sakip.angka.Rupiah.of(d("89500000.01")))));
    assertThat(sen.selisih()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.01"));
  }

  @Test
  void a_physical_progress_above_100_percent_is_found_in_its_quarter() {
    Temuan t = satu(periksa(ContohEvaluasi.program().withRealisasiFisik(Map.of(Triwulan.I, d("25"),
        Triwulan.II, d("50"), Triwulan.III, d("100"), Triwulan.IV, d("105.5")))));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.FISIK_ABOVE_HUNDRED);
    assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("105.5");
    assertThat(t.pembanding().orElseThrow().sumber()).isEqualTo(Sumber.BATAS);
    assertThat(t.rincian()).containsEntry("triwulan", "IV");
    assertThat(t.pesan(Bahasa.INGGRIS)).contains("quarter IV is 105.5%, above 100%");
    // exactly 100 is the whole work
    assertThat(periksa(ContohEvaluasi.program())).isEmpty();
  }

  @Test
  void a_cumulative_renstra_realisation_that_decreases_is_found_once() {
    Temuan t = satu(periksa(ContohEvaluasi.kegiatan().withRealisasiRenstraTercetak(d("10"))));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.RENSTRA_REALISASI_DECREASES);
    assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("10");
    assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("12");
    assertThat(t.pembanding().orElseThrow().sumber()).isEqualTo(Sumber.DOKUMEN_LAIN);
    Temuan rupiah = satu(periksa(ContohEvaluasi.kegiatan().withRealisasiAnggaranRenstraTercetak(rp(100_000_000L))));
    assertThat(rupiah.aturan()).isEqualTo(AturanPemantauan.RENSTRA_REALISASI_DECREASES);
    assertThat(rupiah.lokasi().kolom()).contains(Kolom.REALISASI_ANGGARAN);
    // recomputed from a negative yearly increment when nothing is printed
    Temuan dihitung = satu(periksa(ContohEvaluasi.kegiatan().withRealisasiRenstraTercetak(java.util.Optional.empty())
        .withRealisasiKinerjaTercetak(java.util.Optional.empty())
        .withRealisasiKinerja(Map.of(Triwulan.I, d("-1")))));
    assertThat(dihitung.aturan()).isEqualTo(AturanPemantauan.RENSTRA_REALISASI_DECREASES);
    assertThat(dihitung.tercetak().orElseThrow().angka()).isEqualByComparingTo("11");
  }

  @Test
  void a_stock_level_that_falls_is_not_a_decrease() {
    // 88 last year, 80 this year: a rate may fall
    BarisEvaluasiRenja turun = ContohEvaluasi.program().withRealisasiKinerja(Map.of(Triwulan.IV, d("80")))
        .withRealisasiKinerjaTercetak(d("80")).withRealisasiRenstraTercetak(d("80"));
    assertThat(turun.indikator().sifat()).isEqualTo(SifatIndikator.STOK);
    assertThat(periksa(turun)).isEmpty();
  }

  @Test
  void a_printed_renstra_realisation_that_does_not_recompute_is_found() {
    Temuan t = satu(periksa(ContohEvaluasi.kegiatan().withRealisasiRenstraTercetak(d("18"))));
    assertThat(t.aturan()).isEqualTo(AturanPemantauan.RENSTRA_REALISASI_MISMATCH);
    assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("17");
    assertThat(t.pesan(Bahasa.INDONESIA)).contains("realisasi s.d. tahun lalu ditambah tahun ini memberi 17");
    Temuan stok = satu(periksa(ContohEvaluasi.program().withRealisasiRenstraTercetak(d("183"))));
    assertThat(stok.aturan()).isEqualTo(AturanPemantauan.RENSTRA_REALISASI_MISMATCH);
    assertThat(stok.pesan(Bahasa.INGGRIS)).contains("this year's level (a stock indicator) gives 95");
    Temuan rupiah = satu(periksa(ContohEvaluasi.kegiatan().withRealisasiAnggaranRenstraTercetak(rp(165_000_000L))));
    assertThat(rupiah.aturan()).isEqualTo(AturanPemantauan.RENSTRA_REALISASI_MISMATCH);
    assertThat(rupiah.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("164250000");
  }

  @Test
  void a_figure_that_cannot_be_recomputed_is_not_compared() {
    assertThat(periksa(ContohEvaluasi.subKegiatan().withRealisasiKinerja(Map.of()).withRealisasiAnggaran(Map.of())))
        .isEmpty();
  }

  @Test
  void unnecessary_rounding_is_refused_in_both_languages() {
    assertThatThrownBy(() -> PemeriksaanTriwulan.periksa(ContohEvaluasi.evaluasi(), KalkulatorEvaluasiRenja.standar(),
        RoundingMode.UNNECESSARY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNNECESSARY").hasMessageContaining("tidak dapat membandingkan");
  }
}
