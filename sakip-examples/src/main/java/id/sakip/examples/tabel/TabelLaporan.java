package id.sakip.examples.tabel;

import id.sakip.audit.BarisDihitung;
import id.sakip.audit.LaporanDihitung;
import id.sakip.audit.Sel;
import id.sakip.audit.TabelDihitung;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats the tables of a {@link LaporanDihitung recomputed report} for printing, in the reader's
 * language and notation: each cell shows the recomputed value, and where the report prints a
 * figure that differs, the printed figure beside it ({@code 100,96% [tercetak 100%]}); a printed
 * figure that cannot be checked is marked {@code [tercetak 100% ?]}. It reads the cells' status;
 * it compares nothing itself.
 */
public final class TabelLaporan {

  private TabelLaporan() {}

  /** Returns the tables of {@code laporan} formatted in {@code bahasa}. */
  public static List<Tabel> susun(LaporanDihitung laporan, Bahasa bahasa) {
    List<Tabel> out = new ArrayList<>(laporan.tabel().size());
    for (TabelDihitung t : laporan.tabel()) {
      out.add(tabel(t, laporan.laporan().tahun(), bahasa));
    }
    return out;
  }

  private static Tabel tabel(TabelDihitung t, int tahun, Bahasa bahasa) {
    List<String> kolom = new ArrayList<>();
    kolom.add(label(t).teks(bahasa));
    t.kolom().forEach(k -> kolom.add(kapital(k.teks(bahasa))));
    List<List<String>> rows = new ArrayList<>(t.baris().size());
    for (BarisDihitung b : t.baris()) {
      List<String> row = new ArrayList<>(b.sel().size() + 1);
      row.add(b.kunci() instanceof Baris.Indikator i && i.tahun().filter(y -> y != tahun).isPresent()
          ? b.label() + " (" + i.tahun().get() + ")" : b.label());
      for (Sel<?> s : b.sel()) {
        row.add(isi(s, bahasa));
      }
      rows.add(row);
    }
    return new Tabel(t.judul().teks(bahasa), kolom, rows);
  }

  private static String kapital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Istilah label(TabelDihitung t) {
    return switch (t.bagian()) {
      case TABEL_B -> new Istilah("Kode / uraian", "Code / item");
      default -> new Istilah("Indikator", "Indicator");
    };
  }

  /** The heading above the tables of {@code lkj}. */
  public static String judul(id.sakip.laporan.LaporanKinerja lkj, Bahasa bahasa) {
    return "LKj " + lkj.instansi() + " " + lkj.tahun()
        + bahasa.pilih(": Bab III dihitung ulang secara eksak", ": Bab III recomputed exactly");
  }

  /** The line printed instead of tables for a document that has none. */
  public static String kosong(Bahasa bahasa) {
    return bahasa.pilih(
        "Tidak ada tabel: dokumen tidak memuat target PK, angka tercetak, maupun tabel realisasi anggaran.",
        "No tables: the document has no PK targets, no printed figures and no budget realisation table.");
  }

  /** One line saying how to read the cells. */
  public static String keterangan(Bahasa bahasa) {
    return bahasa.pilih(
        "(angka dalam notasi Indonesia; [tercetak x] menandai angka tercetak yang berbeda, [tercetak x ?] yang tidak"
            + " dapat diperiksa)",
        "(figures in English notation; [printed x] marks a printed figure that disagrees, [printed x ?] one that"
            + " cannot be checked)");
  }

  /** The text of one cell: the recomputed value, and the printed figure where it differs or cannot be checked. */
  public static String isi(Sel<?> s, Bahasa bahasa) {
    String value = s.format(bahasa);
    String printed = bahasa.pilih("tercetak ", "printed ");
    return switch (s.status()) {
      case BERBEDA -> value + " [" + printed + s.tercetak().orElseThrow().teks() + "]";
      case TIDAK_TERPERIKSA -> value + " [" + printed + s.tercetak().orElseThrow().teks() + " ?]";
      default -> value;
    };
  }
}
