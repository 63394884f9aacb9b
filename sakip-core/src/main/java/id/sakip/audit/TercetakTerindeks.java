package id.sakip.audit;

import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Tercetak;
import id.sakip.temuan.Bagian;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The printed rows indexed by table, indicator and year, each taken at most once: the tables take
 * the rows they show, and the rows no table took are shown in tables of their own place, so that
 * every printed figure has exactly one cell.
 */
final class TercetakTerindeks {

  /** The printed rows of one kind, by key, with the ones not yet taken. */
  private static final class Indeks<R> {
    private final List<R> rows;
    private final boolean[] taken;
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    Indeks(List<R> rows, Function<R, String> key) {
      this.rows = rows;
      this.taken = new boolean[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        byKey.computeIfAbsent(key.apply(rows.get(i)), x -> new ArrayList<>()).add(i);
      }
    }

    Optional<R> ambil(String key) {
      for (int i : byKey.getOrDefault(key, List.of())) {
        if (!taken[i]) {
          taken[i] = true;
          return Optional.of(rows.get(i));
        }
      }
      return Optional.empty();
    }

    /** The rows not taken, grouped by place in order of first appearance, and marks them taken. */
    Map<String, List<R>> sisa(Function<R, String> tempat) {
      Map<String, List<R>> out = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        if (!taken[i]) {
          taken[i] = true;
          out.computeIfAbsent(tempat.apply(rows.get(i)), x -> new ArrayList<>()).add(rows.get(i));
        }
      }
      return out;
    }
  }

  private final Indeks<BarisCapaian> capaian;
  private final Indeks<BarisKemajuan> kemajuan;
  private final Indeks<BarisAnggaranSasaran> anggaran;

  TercetakTerindeks(Tercetak t) {
    capaian = new Indeks<>(t.capaian(), b -> key(Bagian.dariTempat(b.tempat()), b.tempat(), b.indikator(), b.tahun()));
    kemajuan = new Indeks<>(t.kemajuan(), b -> key(Bagian.dariTempat(b.tempat()), b.tempat(), b.indikator(), 0));
    anggaran = new Indeks<>(t.anggaranSasaran(), b -> key(Bagian.dariTempat(b.tempat()), b.tempat(), b.indikator(), 0));
  }

  private static String key(Bagian bagian, String tempat, String indikator, int tahun) {
    return (bagian == Bagian.LAIN ? "LAIN:" + tempat : bagian.name()) + "\u0000" + indikator + "\u0000" + tahun;
  }

  Optional<BarisCapaian> capaian(Bagian tabel, String indikator, int tahun) {
    return capaian.ambil(key(tabel, "", indikator, tahun));
  }

  Optional<BarisKemajuan> kemajuan(Bagian tabel, String indikator) {
    return kemajuan.ambil(key(tabel, "", indikator, 0));
  }

  Optional<BarisAnggaranSasaran> anggaran(Bagian tabel, String indikator) {
    return anggaran.ambil(key(tabel, "", indikator, 0));
  }

  Map<String, List<BarisCapaian>> sisaCapaian() {
    return capaian.sisa(BarisCapaian::tempat);
  }

  Map<String, List<BarisKemajuan>> sisaKemajuan() {
    return kemajuan.sisa(BarisKemajuan::tempat);
  }

  Map<String, List<BarisAnggaranSasaran>> sisaAnggaran() {
    return anggaran.sisa(BarisAnggaranSasaran::tempat);
  }
}
