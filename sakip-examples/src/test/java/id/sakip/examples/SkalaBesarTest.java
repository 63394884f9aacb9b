package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.Rupiah;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.examples.tabel.Render;
import id.sakip.examples.tabel.TabelLaporan;
import id.sakip.json.JalurJson;
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
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A report at scale: 9.801 IKU, each linked to its own kegiatan among 9.801 budget rows, every
 * capaian printed, one in a thousand printed wrong. The recomputation, the audit, the JSON paths and
 * the tables go through it whole; each index is built once (a lookup per row that scanned the rows
 * would make this test run for hours rather than seconds).
 */
class SkalaBesarTest {

  private static final int PROGRAM = 99;
  private static final int KEGIATAN = 99;

  @Test
  void a_report_of_9801_indicators_and_budget_rows_is_recomputed_audited_located_and_printed() {
    LaporanKinerja lkj = besar();
    LaporanDihitung dihitung = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
    int n = PROGRAM * KEGIATAN;
    assertThat(dihitung.tabel(Bagian.TABEL_1_1).orElseThrow().baris()).hasSize(n);
    assertThat(dihitung.tabel(Bagian.TABEL_B).orElseThrow().baris()).hasSize(n + PROGRAM + 1);
    List<Temuan> temuan = dihitung.temuan();
    assertThat(temuan).extracting(t -> t.aturan()).containsOnly(AturanAudit.CAPAIAN_MISMATCH);
    assertThat(temuan).hasSize((n + 999) / 1000);
    JalurJson jalur = JalurJson.untuk(lkj);
    assertThat(temuan).allSatisfy(t -> assertThat(jalur.dari(t.lokasi())).hasValueSatisfying(p ->
        assertThat(p).matches("\\$\\.tercetak\\.capaian\\[\\d+]\\.capaian")));
    String text = Render.text(TabelLaporan.susun(dihitung, Bahasa.INDONESIA));
    assertThat(text.split("\\[tercetak ", -1).length - 1).isEqualTo(temuan.size());
  }

  private static LaporanKinerja besar() {
    var pk = PerjanjianKinerja.builder().tahun(2024);
    var rkt = Rkt.builder().tahun(2024);
    List<RealisasiIku> iku = new ArrayList<>();
    var tercetak = Tercetak.builder();
    List<NodeAnggaran> programs = new ArrayList<>();
    int i = 0;
    for (int p = 1; p <= PROGRAM; p++) {
      String program = String.format("7.01.%02d", p);
      NodeAnggaran.Builder node = NodeAnggaran.builder(program, "Program " + p);
      for (int k = 1; k <= KEGIATAN; k++, i++) {
        String kode = program + String.format(".2.%02d", k);
        node.anak(NodeAnggaran.of(kode, "Kegiatan " + i, Rupiah.of(1_000_000), Rupiah.of(900_000)));
        Indikator ind = Indikator.builder().nama("Indikator " + i).satuan(Satuan.PERSEN).polaritas(Polaritas.POSITIF)
            .build();
        TargetKinerja t = TargetKinerja.builder().sasaran("Sasaran " + i).indikator(ind).target(Target.angka(80)).build();
        pk.addTarget(t);
        rkt.addSasaran(SasaranRkt.builder().target(t).addPendukung(KodeNomenklatur.parse(kode)).build());
        iku.add(RealisasiIku.builder().indikator(ind.nama()).putRealisasi(2024, new BigDecimal(88)).build());
        tercetak.addCapaian(BarisCapaian.builder().tempat("Tabel 1.1").indikator(ind.nama()).tahun(2024)
            .target(AngkaParser.parse("80")).realisasi(AngkaParser.parse("88"))
            .capaian(AngkaParser.parse(i % 1000 == 0 ? "101%" : "110%")).build());
      }
      programs.add(node.build());
    }
    PohonAnggaran pohon = PohonAnggaran.of(programs);
    return LaporanKinerja.builder().instansi("Kabupaten Besar").tahun(2024)
        .perjanjianKinerja(pk.addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
            .addProgram(ProgramPk.of("Semua program", pohon.total().pagu())).build()).build())
        .rkt(rkt.anggaran(pohon).build())
        .addAllRealisasiIku(iku)
        .realisasiAnggaran(TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_PERUBAHAN).anggaran(pohon).build())
        .tercetak(tercetak.build())
        .build();
  }
}
