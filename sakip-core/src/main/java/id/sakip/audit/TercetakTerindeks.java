package id.sakip.audit;

import id.sakip.angka.AngkaTercetak;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Tercetak;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Kolom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The printed rows indexed by table, indicator and year, each figure taken by exactly one cell: a
 * table takes a row for the columns it shows; the figures of a row that no table showed (a row
 * printed elsewhere, a second row of an indicator, a column the table does not have) are shown in
 * tables of their own place.
 */
final class TercetakTerindeks {

  /** The columns a capaian row can print, in table order. */
  static final List<Kolom> KOLOM_CAPAIAN = List.of(Kolom.TARGET, Kolom.REALISASI, Kolom.CAPAIAN, Kolom.KATEGORI);
  /** The columns a kemajuan row can print, in table order. */
  static final List<Kolom> KOLOM_KEMAJUAN = List.of(Kolom.TARGET_AKHIR, Kolom.REALISASI, Kolom.KEMAJUAN);
  /** The columns a budget row per sasaran can print, in table order. */
  static final List<Kolom> KOLOM_ANGGARAN = List.of(Kolom.ALOKASI, Kolom.REALISASI_ANGGARAN, Kolom.PORSI,
      Kolom.SERAPAN, Kolom.CAPAIAN_KINERJA, Kolom.EFISIENSI);

  /** A printed row and the columns of it that no table has shown yet. */
  record Sisa<R>(R baris, Set<Kolom> kolom) {}

  /** The printed rows of one kind, by key, with the columns of each not yet taken. */
  private static final class Indeks<R> {
    private final List<R> rows;
    private final List<Set<Kolom>> open = new ArrayList<>();
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final Map<Integer, Set<Kolom>> taken = new HashMap<>();

    Indeks(List<R> rows, Function<R, String> key, Function<R, Set<Kolom>> printed) {
      this.rows = rows;
      for (int i = 0; i < rows.size(); i++) {
        byKey.computeIfAbsent(key.apply(rows.get(i)), x -> new ArrayList<>()).add(i);
        open.add(printed.apply(rows.get(i)));
      }
    }

    /** The first row at {@code key} not yet taken by a table, taking its columns among {@code kolom}. */
    Optional<R> ambil(String key, List<Kolom> kolom) {
      for (int i : byKey.getOrDefault(key, List.of())) {
        if (open.get(i) != null) {
          Set<Kolom> left = open.get(i);
          kolom.forEach(left::remove);
          open.set(i, null);
          taken.put(i, left);
          return Optional.of(rows.get(i));
        }
      }
      return Optional.empty();
    }

    /** The rows with figures no table showed, grouped by place in order of first appearance. */
    Map<String, List<Sisa<R>>> sisa(Function<R, String> tempat) {
      Map<String, List<Sisa<R>>> out = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        Set<Kolom> left = open.get(i) != null ? open.get(i) : taken.get(i);
        if (!left.isEmpty()) {
          out.computeIfAbsent(tempat.apply(rows.get(i)), x -> new ArrayList<>()).add(new Sisa<>(rows.get(i), left));
        }
      }
      return out;
    }
  }

  private final Indeks<BarisCapaian> capaian;
  private final Indeks<BarisKemajuan> kemajuan;
  private final Indeks<BarisAnggaranSasaran> anggaran;

  TercetakTerindeks(Tercetak t) {
    capaian = new Indeks<>(t.capaian(), b -> key(Bagian.dariTempat(b.tempat()), b.tempat(), b.indikator(), b.tahun()),
        b -> dicetak(KOLOM_CAPAIAN, List.of(b.target(), b.realisasi(), b.capaian()), b.kategori().isPresent()));
    kemajuan = new Indeks<>(t.kemajuan(), b -> key(Bagian.dariTempat(b.tempat()), b.tempat(), b.indikator(), 0),
        b -> dicetak(KOLOM_KEMAJUAN, List.of(b.targetAkhir(), b.realisasi(), b.kemajuan()), false));
    anggaran = new Indeks<>(t.anggaranSasaran(),
        b -> key(Bagian.dariTempat(b.tempat()), b.tempat(), b.indikator(), 0),
        b -> dicetak(KOLOM_ANGGARAN, List.of(b.alokasi(), b.realisasiAnggaran(), b.porsi(), b.serapan(),
            b.capaianKinerja(), b.efisiensi()), false));
  }

  /** The columns a row prints: those of {@code kinds} whose figure is present (and the label, the last). */
  private static Set<Kolom> dicetak(List<Kolom> kinds, List<Optional<AngkaTercetak>> figures, boolean label) {
    Set<Kolom> out = EnumSet.noneOf(Kolom.class);
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).isPresent()) {
        out.add(kinds.get(i));
      }
    }
    if (label) {
      out.add(kinds.get(kinds.size() - 1));
    }
    return out;
  }

  private static String key(Bagian bagian, String tempat, String indikator, int tahun) {
    return (bagian == Bagian.LAIN ? "LAIN:" + tempat : bagian.name()) + "\u0000" + indikator + "\u0000" + tahun;
  }

  Optional<BarisCapaian> capaian(Bagian tabel, String indikator, int tahun, List<Kolom> kolom) {
    return capaian.ambil(key(tabel, "", indikator, tahun), kolom);
  }

  Optional<BarisKemajuan> kemajuan(Bagian tabel, String indikator, List<Kolom> kolom) {
    return kemajuan.ambil(key(tabel, "", indikator, 0), kolom);
  }

  Optional<BarisAnggaranSasaran> anggaran(Bagian tabel, String indikator, List<Kolom> kolom) {
    return anggaran.ambil(key(tabel, "", indikator, 0), kolom);
  }

  Map<String, List<Sisa<BarisCapaian>>> sisaCapaian() {
    return capaian.sisa(BarisCapaian::tempat);
  }

  Map<String, List<Sisa<BarisKemajuan>>> sisaKemajuan() {
    return kemajuan.sisa(BarisKemajuan::tempat);
  }

  Map<String, List<Sisa<BarisAnggaranSasaran>>> sisaAnggaran() {
    return anggaran.sisa(BarisAnggaranSasaran::tempat);
  }
}
