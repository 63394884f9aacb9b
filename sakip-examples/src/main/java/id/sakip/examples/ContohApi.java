package id.sakip.examples;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.SakipJson;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.json.JalurJson;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A small report built through the Java API, for developers embedding the library: a Perjanjian
 * Kinerja with one negative-polarity IKU, its realisasi, a budget table, one printed capaian; then
 * the audit and the {@code sakip-lkj/1} document.
 */
public final class ContohApi {

  private ContohApi() {}

  /** Builds the report. */
  public static LaporanKinerja laporan() {
    Indikator aduan = Indikator.builder()
        .nama("Jumlah aduan pelayanan yang tidak tertangani")
        .satuan(Satuan.of("aduan"))
        .polaritas(Polaritas.NEGATIF)
        .build();
    PerjanjianKinerja pk = PerjanjianKinerja.builder()
        .tahun(2024)
        .addTarget(TargetKinerja.builder().sasaran("Meningkatnya kualitas pelayanan publik")
            .indikator(aduan).target(Target.angka(8)).build())
        .addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI)
            .addProgram(ProgramPk.of("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", Rupiah.of(150_000_000)))
            .jumlahTercetak(Rupiah.of(150_000_000))
            .build())
        .build();
    PohonAnggaran anggaran = PohonAnggaran.of(
        NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik")
            .anak(NodeAnggaran.of("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
                    Rupiah.of(100_000_000), Rupiah.of(92_500_000)),
                NodeAnggaran.of("7.01.02.2.03", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan",
                    Rupiah.of(50_000_000), Rupiah.of(49_000_000)))
            .build());
    return LaporanKinerja.builder()
        .instansi("Kecamatan Contoh")
        .tahun(2024)
        .perjanjianKinerja(pk)
        .addRealisasiIku(RealisasiIku.builder().indikator(aduan.nama())
            .putRealisasi(2023, new BigDecimal("10")).putRealisasi(2024, new BigDecimal("9")).build())
        .realisasiAnggaran(TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_MURNI).anggaran(anggaran)
            .jumlahPagu(Rupiah.of(150_000_000)).jumlahRealisasi(Rupiah.of(141_500_000)).build())
        .tercetak(Tercetak.builder()
            .addCapaian(BarisCapaian.builder().tempat("Tabel 1.1").indikator(aduan.nama()).tahun(2024)
                .target(AngkaParser.parse("8 aduan")).realisasi(AngkaParser.parse("9 aduan"))
                .capaian(AngkaParser.parse("87,5%")).build())
            .build())
        .build();
  }

  /** Prints the audit result and the document. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    LaporanKinerja lkj = laporan();
    HasilAudit hasil = Audit.periksa(lkj);
    out.println("Audit: " + hasil.ringkasan(Bahasa.INDONESIA));
    JalurJson jalur = JalurJson.untuk(lkj);
    for (Temuan t : hasil.temuan()) {
      out.println(Kromengan2022.tampil(t, Bahasa.INDONESIA, jalur.dari(t.lokasi())));
    }
    out.println();
    out.print(SakipJson.standar().writeLaporan(lkj));
  }
}
