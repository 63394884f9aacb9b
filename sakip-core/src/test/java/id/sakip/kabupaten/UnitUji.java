package id.sakip.kabupaten;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.TargetKinerja;
import java.math.BigDecimal;
import java.util.Optional;

/** Small hand-made unit reports for the kabupaten tests. */
final class UnitUji {

  private UnitUji() {}

  /** One IKU: name, polarity, target and (optional) realisasi of 2024. */
  record Iku(String nama, Polaritas polaritas, String target, Optional<String> realisasi) {
    static Iku positif(String nama, String target, String realisasi) {
      return new Iku(nama, Polaritas.POSITIF, target, Optional.of(realisasi));
    }

    static Iku tanpaRealisasi(String nama, String target) {
      return new Iku(nama, Polaritas.POSITIF, target, Optional.empty());
    }
  }

  /** A 2024 report of {@code instansi} with the budget table {@code anggaran} (if any) and the IKU. */
  static LaporanKinerja laporan(String instansi, Optional<PohonAnggaran> anggaran, Iku... iku) {
    return laporan(instansi, 2024, anggaran, iku);
  }

  static LaporanKinerja laporan(String instansi, int tahun, Optional<PohonAnggaran> anggaran, Iku... iku) {
    LaporanKinerja.Builder b = LaporanKinerja.builder().instansi(instansi).tahun(tahun);
    PerjanjianKinerja.Builder pk = PerjanjianKinerja.builder().tahun(tahun);
    for (Iku i : iku) {
      Indikator ind = Indikator.builder().nama(i.nama()).satuan(Satuan.PERSEN).polaritas(i.polaritas()).build();
      pk.addTarget(TargetKinerja.builder().sasaran("Sasaran " + i.nama()).indikator(ind)
          .target(Target.angka(new BigDecimal(i.target()))).build());
      RealisasiIku.Builder r = RealisasiIku.builder().indikator(i.nama());
      i.realisasi().ifPresent(v -> r.putRealisasi(tahun, new BigDecimal(v)));
      b.addRealisasiIku(r.build());
    }
    b.perjanjianKinerja(pk.build());
    anggaran.ifPresent(p -> b.realisasiAnggaran(
        TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_MURNI).anggaran(p).build()));
    return b.build();
  }

  /** A program {@code kode} holding the given kegiatan. */
  static NodeAnggaran program(String kode, NodeAnggaran... kegiatan) {
    return NodeAnggaran.builder(kode, "Program " + kode).anak(kegiatan).build();
  }
}
