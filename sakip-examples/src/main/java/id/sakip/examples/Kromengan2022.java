package id.sakip.examples;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.temuan.Temuan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Kromengan 2022 LKj (Kecamatan Kromengan, Kabupaten Malang), read from its {@code
 * sakip-lkj/1} transcription and recomputed exactly: both budget versions of the Perjanjian
 * Kinerja, the budget realisation table of Bab III.B with its checks, and the budget shares of
 * table 3.1.
 */
public final class Kromengan2022 {

  /** The classpath location of the Kromengan 2022 transcription ({@code sakip-lkj/1}). */
  static final String DOKUMEN = "/id/sakip/examples/kromengan-2022.json";

  private Kromengan2022() {}

  /** Prints the recomputed figures to standard output. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads the transcription. */
  static LaporanKinerja dokumen() {
    try (InputStream in = Kromengan2022.class.getResourceAsStream(DOKUMEN)) {
      return SakipJson.standar().readLaporan(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the recomputed figures to {@code out}. */
  static void print(PrintStream out) {
    LaporanKinerja lkj = dokumen();
    out.println("LKj " + lkj.instansi() + " " + lkj.tahun() + ", recomputed exactly");
    out.println();
    printPerjanjianKinerja(out, lkj);
    printTabelB(out, lkj.realisasiAnggaran().orElseThrow());
    printTabel31(out, lkj);
  }

  private static void printPerjanjianKinerja(PrintStream out, LaporanKinerja lkj) {
    out.println("Perjanjian Kinerja: program budgets in two budget versions");
    for (AnggaranPk a : lkj.perjanjianKinerja().orElseThrow().anggaran()) {
      out.printf("  %-16s sum of programs %22s  printed %22s  %s%n", a.versi(), a.jumlah().format(),
          a.jumlahTercetak().map(Rupiah::format).orElse("-"), a.periksa().isEmpty() ? "ok" : "DIFFERS");
    }
    out.println();
  }

  private static void printTabelB(PrintStream out, TabelRealisasiAnggaran tabel) {
    PohonAnggaran pohon = tabel.anggaran();
    out.println("Table B, Realisasi Anggaran (" + tabel.versi() + "; serapan = realisasi / pagu x 100)");
    out.printf("  %-16s %-58s %18s %18s %9s%n", "Kode", "Program / kegiatan", "Pagu", "Realisasi", "Serapan");
    for (NodeAnggaran node : pohon.semuaNode()) {
      RekapAnggaran r = pohon.rekap(node);
      out.printf("  %-16s %-58s %18s %18s %9s%n", node.kode(), shorten(node.nama(), 58),
          r.pagu().formatWithoutSymbol(), r.realisasi().map(Rupiah::formatWithoutSymbol).orElse("-"),
          r.serapan().map(Persentase::format).orElse("n/a"));
    }
    RekapAnggaran total = pohon.total();
    out.printf("  Sum of the rows:  pagu %s, realisasi %s, serapan %s%n", total.pagu().format(),
        total.realisasi().map(Rupiah::format).orElse("-"), total.serapan().map(Persentase::format).orElse("n/a"));
    if (tabel.jumlahPagu().isPresent() && tabel.jumlahRealisasi().isPresent()) {
      RekapAnggaran printed = new RekapAnggaran(tabel.jumlahPagu().get(), tabel.jumlahRealisasi());
      out.printf("  Printed Jumlah:   pagu %s, realisasi %s, serapan %s (exact %s)%n", printed.pagu().format(),
          printed.realisasi().orElseThrow().format(), printed.serapan().value().format(),
          printed.serapan().value().toBigDecimal().toPlainString());
    }
    out.println("  Checks:");
    for (Temuan t : tabel.periksa()) {
      out.printf("    %s %s: printed %s, recomputed %s, difference %s%n", t.aturan(), t.lokasi(),
          t.tercetak().orElse("-"), t.dihitung().orElse("-"), t.selisih().orElse("-"));
    }
    out.println();
  }

  private static void printTabel31(PrintStream out, LaporanKinerja lkj) {
    Rupiah total = lkj.perjanjianKinerja().orElseThrow().anggaran(VersiAnggaran.APBD_PERUBAHAN).orElseThrow().jumlah();
    PohonAnggaran tabelB = lkj.realisasiAnggaran().orElseThrow().anggaran();
    out.println("Table 3.1, Alokasi per sasaran (share of the APBD-P total " + total.format() + ")");
    printShare(out, "Administrasi Kependudukan (SKM)", tabelB, "7.01.02.2.03", total);
    printShare(out, "Partisipasi Musrenbangcam", tabelB, "7.01.02.2.02", total);
  }

  private static void printShare(PrintStream out, String sasaran, PohonAnggaran pohon, String kode, Rupiah total) {
    Rupiah pagu = pohon.rekap(KodeNomenklatur.parse(kode)).orElseThrow().pagu();
    out.printf("  %-34s %16s = %s%n", sasaran, pagu.format(),
        Persentase.ratio(pagu, total).map(Persentase::format).orElse("n/a"));
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
