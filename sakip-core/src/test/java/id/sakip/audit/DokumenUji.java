package id.sakip.audit;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A small, complete LKj for 2022 whose every printed figure recomputes: two IKU (a positive index
 * and a negative count), their PK targets, IKU realisasi for 2021 and 2022, a Renstra, an RKT
 * linking each sasaran to one kegiatan, the PK budget, table B, and every table of Bab III
 * printed correctly. Tests plant one wrong figure in it and expect exactly one finding.
 *
 * <pre>
 * A "Indeks kepuasan" (positif): PK target 80, realisasi 2022 88 (2021: 80, target 2021 80) → capaian 110%;
 *   Renstra end target 100 → kemajuan 88%; kegiatan 7.01.02.2.01 pagu 600.000, realisasi 540.000 → serapan 90%;
 *   share 600.000 / 1.000.000 = 60%; efficiency 110 − 90 = 20.
 * B "Jumlah aduan" (negatif): PK target 8, realisasi 9 → capaian 87,5%; end target 5 → kemajuan 20%;
 *   kegiatan 7.01.02.2.02 pagu 400.000, realisasi 360.000.
 * </pre>
 */
final class DokumenUji {

  static final String A = "Indeks kepuasan";
  static final String B = "Jumlah aduan";
  static final Indikator IND_A = Indikator.builder().nama(A).satuan(Satuan.of("Indeks")).polaritas(Polaritas.POSITIF)
      .build();
  static final Indikator IND_B = Indikator.builder().nama(B).satuan(Satuan.of("aduan")).polaritas(Polaritas.NEGATIF)
      .build();

  private DokumenUji() {}

  static AngkaTercetak t(String printed) {
    return AngkaParser.parse(printed, Notasi.INDONESIA);
  }

  static KodeNomenklatur kode(String k) {
    return KodeNomenklatur.parse(k);
  }

  static PerjanjianKinerja pk() {
    return PerjanjianKinerja.builder().tahun(2022)
        .addTarget(TargetKinerja.builder().sasaran("S1").indikator(IND_A).target(Target.angka(80)).build())
        .addTarget(TargetKinerja.builder().sasaran("S2").indikator(IND_B).target(Target.angka(8)).build())
        .addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
            .addProgram(ProgramPk.of("Program Penyelenggaraan", Rupiah.of(1_000_000)))
            .jumlahTercetak(Rupiah.of(1_000_000)).build())
        .build();
  }

  static Renstra renstra() {
    return Renstra.builder().tahunAwal(2021).tahunAkhir(2026)
        .addTujuan(Tujuan.builder().nama("T1").addSasaran(SasaranRenstra.builder().nama("S1")
            .addIndikator(IndikatorRenstra.builder().indikator(IND_A).putTargetTahunan(2022, Target.angka(80))
                .targetAkhir(Target.angka(100)).build())
            .addIndikator(IndikatorRenstra.builder().indikator(IND_B).putTargetTahunan(2022, Target.angka(8))
                .targetAkhir(Target.angka(5)).build())
            .build()).build())
        .build();
  }

  static Rkt rkt() {
    return Rkt.builder().tahun(2022)
        .addSasaran(SasaranRkt.builder().target(TargetKinerja.builder().sasaran("S1").indikator(IND_A)
            .target(Target.angka(80)).build()).addPendukung(kode("7.01.02.2.01")).build())
        .addSasaran(SasaranRkt.builder().target(TargetKinerja.builder().sasaran("S2").indikator(IND_B)
            .target(Target.angka(8)).build()).addPendukung(kode("7.01.02.2.02")).build())
        .anggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan").pagu(Rupiah.of(1_000_000))
            .anak(NodeAnggaran.of("7.01.02.2.01", "Kegiatan Pelayanan", Rupiah.of(600_000)),
                NodeAnggaran.of("7.01.02.2.02", "Kegiatan Pengaduan", Rupiah.of(400_000)))
            .build()))
        .build();
  }

  static TabelRealisasiAnggaran tabelB(VersiAnggaran versi) {
    return TabelRealisasiAnggaran.builder().versi(versi)
        .anggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan")
            .pagu(Rupiah.of(1_000_000)).realisasi(Rupiah.of(900_000))
            .anak(NodeAnggaran.of("7.01.02.2.01", "Kegiatan Pelayanan", Rupiah.of(600_000), Rupiah.of(540_000)),
                NodeAnggaran.of("7.01.02.2.02", "Kegiatan Pengaduan", Rupiah.of(400_000), Rupiah.of(360_000)))
            .build()))
        .jumlahPagu(Rupiah.of(1_000_000)).jumlahRealisasi(Rupiah.of(900_000))
        .build();
  }

  static RealisasiIku iku(String nama, int target2022, String r2022, int target2021, String r2021) {
    return RealisasiIku.builder().indikator(nama)
        .putRealisasi(2021, new BigDecimal(r2021)).putRealisasi(2022, new BigDecimal(r2022))
        .putTarget(2021, Target.angka(target2021)).putTarget(2022, Target.angka(target2022)).build();
  }

  static BarisCapaian capaian(String tempat, String nama, int tahun, String target, String realisasi, String capaian) {
    return BarisCapaian.builder().tempat(tempat).indikator(nama).tahun(tahun)
        .target(t(target)).realisasi(t(realisasi)).capaian(t(capaian)).build();
  }

  /** Every figure of the base document, printed correctly. */
  static Tercetak tercetak() {
    return Tercetak.builder()
        .addCapaian(capaian("Tabel 1.1", A, 2022, "80", "88", "110%"), capaian("Tabel 1.1", B, 2022, "8", "9", "87,5%"))
        .addCapaian(BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2022).realisasi(t("88")).build(),
            BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2021).realisasi(t("80")).build())
        .addCapaian(capaian("Tabel 3.2", A, 2022, "80", "88", "110%"))
        .addKemajuan(BarisKemajuan.builder().tempat("Tabel 1.3").indikator(A).targetAkhir(t("100")).realisasi(t("88"))
                .kemajuan(t("88%")).build(),
            BarisKemajuan.builder().tempat("Tabel 1.3").indikator(B).targetAkhir(t("5")).realisasi(t("9"))
                .kemajuan(t("20%")).build())
        .addAnggaranSasaran(
            BarisAnggaranSasaran.builder().tempat("Tabel 3.1").indikator(A).alokasi(t("600.000")).porsi(t("60%")).build(),
            BarisAnggaranSasaran.builder().tempat("Tabel 3.2").indikator(A).alokasi(t("600.000"))
                .realisasiAnggaran(t("540.000")).serapan(t("90%")).build(),
            BarisAnggaranSasaran.builder().tempat("Tabel 3.3").indikator(A).capaianKinerja(t("110%"))
                .serapan(t("90%")).efisiensi(t("20%")).build())
        .putSerapanTabelB(kode("7.01.02.2.01"), t("90"))
        .putSerapanTabelB(kode("7.01.02"), t("90"))
        .serapanJumlahTabelB(t("90"))
        .addNarasi(AngkaNarasi.builder().tempat("Bab III A.2").indikator(A).tahun(2022).besaran(Besaran.REALISASI)
            .nilai(t("88")).pembilang(new BigDecimal(88)).penyebut(new BigDecimal(100)).build())
        .build();
  }

  /** The base document with {@code tercetak} as its printed figures. */
  static LaporanKinerja dokumen(Tercetak tercetak) {
    return LaporanKinerja.builder().instansi("Dinas Uji").tahun(2022)
        .renstra(renstra()).perjanjianKinerja(pk()).rkt(rkt())
        .addRealisasiIku(iku(A, 80, "88", 80, "80"), iku(B, 8, "9", 8, "9"))
        .realisasiAnggaran(tabelB(VersiAnggaran.APBD_PERUBAHAN))
        .tercetak(tercetak).build();
  }

  /** The base document, every figure printed correctly. */
  static LaporanKinerja dokumen() {
    return dokumen(tercetak());
  }

  static Map<String, Indikator> indikator() {
    return Map.of(A, IND_A, B, IND_B);
  }
}
