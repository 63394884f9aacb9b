package id.sakip.audit;

import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import java.util.Optional;

/**
 * The printed rows behind one row of a recomputed table: a capaian row, a kemajuan row, a budget
 * row per sasaran; and whether the row is one of table 1.3 (its realisasi is the one progress is
 * measured with).
 */
record Cetakan(Optional<BarisCapaian> capaian, Optional<BarisKemajuan> kemajuan,
    Optional<BarisAnggaranSasaran> anggaran, boolean barisKemajuan) {

  static final Cetakan KOSONG = new Cetakan(Optional.empty(), Optional.empty(), Optional.empty(), false);

  static Cetakan ofKemajuan(Optional<BarisKemajuan> b) {
    return new Cetakan(Optional.empty(), b, Optional.empty(), true);
  }

  static Cetakan of(BarisAnggaranSasaran b) {
    return new Cetakan(Optional.empty(), Optional.empty(), Optional.of(b), false);
  }

  Cetakan with(Optional<BarisCapaian> b) {
    return new Cetakan(b, kemajuan, anggaran, barisKemajuan);
  }

  Cetakan withAnggaran(Optional<BarisAnggaranSasaran> b) {
    return new Cetakan(capaian, kemajuan, b, barisKemajuan);
  }

  /** The place the rows are printed at, if any row is printed. */
  Optional<String> tempat() {
    return capaian.map(BarisCapaian::tempat)
        .or(() -> kemajuan.map(BarisKemajuan::tempat))
        .or(() -> anggaran.map(BarisAnggaranSasaran::tempat));
  }
}
