package id.sakip.pohon;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.util.List;

/**
 * A small performance tree after the seed (Kecamatan Kromengan 2022): one tujuan, the sasaran of
 * the SKM, program 7.01.02, kegiatan 7.01.02.2.03 and its sub kegiatan with the RKT's output and
 * pagu. Every indicator supports the one of the node above: a clean tree.
 */
final class Contoh {

  static final IdIndikator SKM = IdIndikator.of("skm");
  static final IdIndikator PROGRAM = IdIndikator.of("program-7.01.02");
  static final IdIndikator KEGIATAN = IdIndikator.of("kegiatan-7.01.02.2.03");
  static final IdIndikator SUB = IdIndikator.of("keluaran-7.01.02.2.03.01");
  static final Rupiah PAGU_KEGIATAN = Rupiah.of(7_682_800L);

  private Contoh() {}

  static Indikator indikator(String nama, String satuan) {
    return Indikator.builder().nama(nama).satuan(Satuan.of(satuan)).polaritas(Polaritas.POSITIF).build();
  }

  static IndikatorPohon.Builder ind(IdIndikator id, String nama, String satuan, long target, String realisasi) {
    IndikatorPohon.Builder b = IndikatorPohon.builder().id(id).indikator(indikator(nama, satuan)).target(Target.angka(target));
    if (realisasi != null) {
      b.realisasi(new BigDecimal(realisasi));
    }
    return b;
  }

  static IndikatorPohon subIndikator() {
    return ind(SUB, "Jumlah pelayanan administrasi umum dan kependudukan", "KK/KTP/Mutasi", 2100, "2850")
        .mendukung(KEGIATAN).build();
  }

  static NodePohon sub(IndikatorPohon indikator, Rupiah pagu) {
    NodePohon.Builder b = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN)
        .nama("Pelaksanaan Urusan Pemerintahan yang terkait dengan kewenangan lain")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.01")).pagu(pagu);
    if (indikator != null) {
      b.addIndikator(indikator);
    }
    return b.build();
  }

  /** The tree with the given sub kegiatan under the kegiatan and extra sasaran beside the first. */
  static PohonKinerja pohon(List<NodePohon> subs, List<NodePohon> sasaranLain) {
    NodePohon kegiatan = NodePohon.builder().tingkat(TingkatPohon.KEGIATAN)
        .nama("Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat")
        .kode(KodeNomenklatur.parse("7.01.02.2.03")).pagu(PAGU_KEGIATAN)
        .addIndikator(ind(KEGIATAN, "Persentase urusan yang dilimpahkan terlaksana", "%", 100, "100")
            .mendukung(PROGRAM).build())
        .addAllAnak(subs).build();
    NodePohon program = NodePohon.builder().tingkat(TingkatPohon.PROGRAM)
        .nama("Program Penyelenggaraan Pemerintahan dan Pelayanan Publik")
        .kode(KodeNomenklatur.parse("7.01.02")).pagu(Rupiah.of(734_195_800L))
        .addIndikator(ind(PROGRAM, "Persentase pelayanan publik sesuai standar", "%", 100, "100")
            .mendukung(SKM).build())
        .addAnak(kegiatan).build();
    NodePohon sasaran = NodePohon.builder().tingkat(TingkatPohon.SASARAN)
        .nama("Meningkatnya Kelancaran Proses Administrasi Kependudukan")
        .addIndikator(ind(SKM, "Survey Kepuasan Masyarakat (SKM) Kecamatan", "Indeks", 85, "85.82").build())
        .addAnak(program).build();
    NodePohon tujuan = NodePohon.builder().tingkat(TingkatPohon.TUJUAN)
        .nama("Meningkatkan kualitas pelayanan manajemen administrasi")
        .addAnak(sasaran).addAllAnak(sasaranLain).build();
    return PohonKinerja.of(List.of(tujuan));
  }

  /** The clean tree. */
  static PohonKinerja pohon() {
    return pohon(List.of(sub(subIndikator(), PAGU_KEGIATAN)), List.of());
  }
}
