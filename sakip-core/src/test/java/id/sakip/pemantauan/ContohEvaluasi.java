package id.sakip.pemantauan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.organisasi.UnitOrganisasi;
import java.math.BigDecimal;

/**
 * A small Renja evaluation of a kecamatan for 2024, written by hand, whose derived columns were
 * computed on paper (see {@link KalkulatorEvaluasiRenjaTest}); every printed figure agrees.
 */
final class ContohEvaluasi {

  static final UnitOrganisasi KECAMATAN = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");

  static final Indikator KINERJA_KECAMATAN = Indikator.builder().nama("Persentase capaian kinerja kecamatan")
      .satuan(Satuan.PERSEN).polaritas(Polaritas.POSITIF).agregasi(Agregasi.LAST).sifat(SifatIndikator.STOK).build();
  static final Indikator DOKUMEN = Indikator.builder().nama("Jumlah dokumen perencanaan dan evaluasi")
      .satuan(Satuan.of("Dokumen")).polaritas(Polaritas.POSITIF).agregasi(Agregasi.SUM)
      .sifat(SifatIndikator.KUMULATIF).build();
  static final Indikator WAKTU = Indikator.builder().nama("Rata-rata waktu penyelesaian layanan")
      .satuan(Satuan.of("Hari")).polaritas(Polaritas.NEGATIF).agregasi(Agregasi.LAST).sifat(SifatIndikator.STOK).build();

  private ContohEvaluasi() {}

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Rupiah rp(long rupiah) {
    return Rupiah.of(rupiah);
  }

  /** The program row: a stock percentage, quarter IV 95 and the year printed as 95. */
  static BarisEvaluasiRenja program() {
    return BarisEvaluasiRenja.builder().kode(KodeNomenklatur.parse("7.01.01")).indikator(KINERJA_KECAMATAN)
        .unitPenanggungJawab(KECAMATAN)
        .targetAkhirRenstra(Target.angka(95)).paguAkhirRenstra(rp(2_500_000_000L))
        .realisasiRenstraLalu(d("88")).realisasiAnggaranRenstraLalu(rp(1_500_000_000L))
        .targetRenja(Target.angka(90)).paguRenja(rp(520_000_000L))
        .putRealisasiKinerja(Triwulan.I, d("85")).putRealisasiKinerja(Triwulan.II, d("88"))
        .putRealisasiKinerja(Triwulan.III, d("92")).putRealisasiKinerja(Triwulan.IV, d("95"))
        .putRealisasiAnggaran(Triwulan.I, rp(100_000_000L)).putRealisasiAnggaran(Triwulan.II, rp(130_000_000L))
        .putRealisasiAnggaran(Triwulan.III, rp(120_000_000L)).putRealisasiAnggaran(Triwulan.IV, rp(150_000_000L))
        .putRealisasiFisik(Triwulan.I, d("25")).putRealisasiFisik(Triwulan.II, d("50"))
        .putRealisasiFisik(Triwulan.III, d("75")).putRealisasiFisik(Triwulan.IV, d("100"))
        .realisasiKinerjaTercetak(d("95")).realisasiAnggaranTercetak(rp(500_000_000L))
        .realisasiRenstraTercetak(d("95")).realisasiAnggaranRenstraTercetak(rp(2_000_000_000L))
        .build();
  }

  /** The kegiatan row: a cumulative count, planned per quarter. */
  static BarisEvaluasiRenja kegiatan() {
    return BarisEvaluasiRenja.builder().kode(KodeNomenklatur.parse("7.01.01.2.01")).indikator(DOKUMEN)
        .targetAkhirRenstra(Target.angka(25)).paguAkhirRenstra(rp(250_000_000L))
        .realisasiRenstraLalu(d("12")).realisasiAnggaranRenstraLalu(rp(110_000_000L))
        .targetRenja(Target.angka(5)).paguRenja(rp(55_000_000L))
        .putTargetKinerjaTriwulan(Triwulan.I, d("1")).putTargetKinerjaTriwulan(Triwulan.II, d("1"))
        .putTargetKinerjaTriwulan(Triwulan.III, d("1")).putTargetKinerjaTriwulan(Triwulan.IV, d("2"))
        .putTargetAnggaranTriwulan(Triwulan.I, rp(12_500_000L)).putTargetAnggaranTriwulan(Triwulan.II, rp(12_500_000L))
        .putTargetAnggaranTriwulan(Triwulan.III, rp(15_000_000L)).putTargetAnggaranTriwulan(Triwulan.IV, rp(15_000_000L))
        .putRealisasiKinerja(Triwulan.I, d("1")).putRealisasiKinerja(Triwulan.II, d("1"))
        .putRealisasiKinerja(Triwulan.III, d("1")).putRealisasiKinerja(Triwulan.IV, d("2"))
        .putRealisasiAnggaran(Triwulan.I, rp(10_000_000L)).putRealisasiAnggaran(Triwulan.II, rp(12_500_000L))
        .putRealisasiAnggaran(Triwulan.III, rp(15_000_000L)).putRealisasiAnggaran(Triwulan.IV, rp(16_750_000L))
        .realisasiKinerjaTercetak(d("5")).realisasiAnggaranTercetak(rp(54_250_000L))
        .realisasiRenstraTercetak(d("17")).realisasiAnggaranRenstraTercetak(rp(164_250_000L))
        .build();
  }

  /** The sub kegiatan row: a negative indicator (days), printed with two decimals. */
  static BarisEvaluasiRenja subKegiatan() {
    return BarisEvaluasiRenja.builder().kode(KodeNomenklatur.parse("7.01.01.2.01.01")).indikator(WAKTU)
        .targetAkhirRenstra(Target.angka(3)).paguAkhirRenstra(rp(400_000_000L))
        .realisasiRenstraLalu(d("4.5")).realisasiAnggaranRenstraLalu(rp(150_000_000L))
        .targetRenja(Target.angka(4)).paguRenja(rp(90_000_000L))
        .putRealisasiKinerja(Triwulan.I, d("4.2")).putRealisasiKinerja(Triwulan.II, d("4.0"))
        .putRealisasiKinerja(Triwulan.III, d("3.8")).putRealisasiKinerja(Triwulan.IV, d("3.5"))
        .putRealisasiAnggaran(Triwulan.I, rp(20_000_000L)).putRealisasiAnggaran(Triwulan.II, rp(22_000_000L))
        .putRealisasiAnggaran(Triwulan.III, rp(23_000_000L)).putRealisasiAnggaran(Triwulan.IV, rp(24_500_000L))
        .realisasiKinerjaTercetak(d("3.50")).realisasiAnggaranTercetak(rp(89_500_000L))
        .build();
  }

  static EvaluasiRenja evaluasi(BarisEvaluasiRenja... baris) {
    return EvaluasiRenja.builder().unit(KECAMATAN).tahun(2024).addBaris(baris).build();
  }

  static EvaluasiRenja evaluasi() {
    return evaluasi(program(), kegiatan(), subKegiatan());
  }
}
