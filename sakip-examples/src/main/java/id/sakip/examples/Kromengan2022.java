package id.sakip.examples;

import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Kromengan 2022 LKj (Kecamatan Kromengan, Kabupaten Malang), recomputed with the library's
 * exact values: the budget realisation table of Bab III.B, the budget versions of the Perjanjian
 * Kinerja, and the budget shares of table 3.1. Every figure is typed as printed in the report.
 */
public final class Kromengan2022 {

  /** One row of table B (Realisasi Anggaran), as printed. */
  record BarisAnggaran(String program, String kegiatan, String pagu, String realisasi, String persen) {}

  /** The rows of table B as printed (Bab III.B). */
  static final List<BarisAnggaran> TABEL_B =
      List.of(
          new BarisAnggaran("1", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "2.009.800", "2.009.800", "100"),
          new BarisAnggaran("1", "Administrasi Keuangan Perangkat Daerah", "2.226.289.308", "2.048.040.176", "91,99"),
          new BarisAnggaran("1", "Administrasi Kepegawaian Perangkat Daerah", "5.200.000", "5.200.000", "100"),
          new BarisAnggaran("1", "Administrasi Umum Perangkat Daerah", "169.650.329", "169.650.329", "100"),
          new BarisAnggaran("1", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "61.165.000", "60.019.143", "98,13"),
          new BarisAnggaran("1", "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", "17.520.000", "17.520.000", "100"),
          new BarisAnggaran("1", "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "74.705.800", "74.705.800", "100"),
          new BarisAnggaran("2", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan", "305.711.500", "265.742.000", "86,93"),
          new BarisAnggaran("2", "Koordinasi Pemeliharaan Prasarana dan Sarana Pelayanan Umum", "8.413.000", "8.413.000", "100"),
          new BarisAnggaran("2", "Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat", "7.682.800", "7.682.800", "100"),
          new BarisAnggaran("3", "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum", "8.164.000", "8.164.000", "100"),
          new BarisAnggaran("4", "Penyelenggaraan Urusan Pemerintahan Umum sesuai Penugasan Kepala Daerah", "8.164.000", "8.164.000", "100"),
          new BarisAnggaran("5", "Fasilitasi, Rekomendasi dan Koordinasi Pembinaan dan Pengawasan Pemerintahan Desa", "6.000.000", "6.000.000", "100"));

  /** The "Jumlah" row of table B as printed. */
  static final String TOTAL_PAGU_TERCETAK = "2.910.568.737";

  static final String TOTAL_REALISASI_TERCETAK = "2.691.204.248";

  static final String TOTAL_PERSEN_TERCETAK = "92,46";

  /** Program budgets in the PK of the lampiran (APBD murni). */
  static final List<String> PK_APBD_MURNI =
      List.of("Rp. 2.385.335.973,00", "Rp. 734.195.800,00", "Rp. 8.164.000,00", "Rp. 8.164.000,00", "Rp. 8.164.000,00");

  static final String PK_APBD_MURNI_JUMLAH = "Rp. 3.144.023.773,00";

  /** Program budgets in the PK of Bab II (after APBD perubahan). */
  static final List<String> PK_APBD_PERUBAHAN =
      List.of("2.566.433.437,00", "321.807.300,00", "8.164.000,00", "8.164.000,00", "6.000.000,00");

  static final String PK_APBD_PERUBAHAN_JUMLAH = "2.910.568.737,00";

  private Kromengan2022() {}

  /** Prints the recomputed figures to standard output. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints the recomputed figures to {@code out}. */
  static void print(PrintStream out) {
    out.println("LKj Kecamatan Kromengan 2022, recomputed exactly");
    out.println();
    printPerjanjianKinerja(out);
    printTabelB(out);
    printTabel31(out);
  }

  private static void printPerjanjianKinerja(PrintStream out) {
    out.println("Perjanjian Kinerja: program budgets in two budget versions");
    printVersion(out, "APBD murni (lampiran)", PK_APBD_MURNI, PK_APBD_MURNI_JUMLAH);
    printVersion(out, "APBD perubahan (Bab II)", PK_APBD_PERUBAHAN, PK_APBD_PERUBAHAN_JUMLAH);
    out.println();
  }

  private static void printVersion(PrintStream out, String name, List<String> programs, String printedTotal) {
    Rupiah total = Rupiah.total(programs.stream().map(Rupiah::parse).toList());
    out.printf("  %-26s sum of programs %22s  printed %22s  %s%n",
        name, total.format(), Rupiah.parse(printedTotal).format(), verdict(total, Rupiah.parse(printedTotal)));
  }

  private static void printTabelB(PrintStream out) {
    out.println("Table B, Realisasi Anggaran (serapan = realisasi / pagu x 100)");
    out.printf("  %-3s %-58s %18s %18s %9s %8s%n", "P", "Kegiatan", "Pagu", "Realisasi", "Serapan", "Printed");
    for (BarisAnggaran row : TABEL_B) {
      Outcome<Persentase> serapan = Persentase.ratio(Rupiah.parse(row.realisasi()), Rupiah.parse(row.pagu()));
      AngkaTercetak printed = AngkaParser.parse(row.persen(), Notasi.INDONESIA);
      out.printf("  %-3s %-58s %18s %18s %9s %8s %s%n",
          row.program(), shorten(row.kegiatan(), 58),
          Rupiah.parse(row.pagu()).formatWithoutSymbol(),
          Rupiah.parse(row.realisasi()).formatWithoutSymbol(),
          serapan.map(Persentase::format).orElse("n/a"),
          row.persen(),
          serapan.map(p -> p.agreesWith(printed) ? "ok" : "DIFFERS").orElse("n/a"));
    }
    Rupiah sumPagu = Rupiah.total(TABEL_B.stream().map(r -> Rupiah.parse(r.pagu())).toList());
    Rupiah sumRealisasi = Rupiah.total(TABEL_B.stream().map(r -> Rupiah.parse(r.realisasi())).toList());
    Rupiah printedPagu = Rupiah.parse(TOTAL_PAGU_TERCETAK);
    Rupiah printedRealisasi = Rupiah.parse(TOTAL_REALISASI_TERCETAK);
    out.printf("  Sum of the rows:  pagu %s, realisasi %s%n", sumPagu.format(), sumRealisasi.format());
    out.printf("  Printed Jumlah:   pagu %s, realisasi %s%n", printedPagu.format(), printedRealisasi.format());
    out.printf("  Jumlah minus rows: pagu %s, realisasi %s%n",
        printedPagu.minus(sumPagu).format(), printedRealisasi.minus(sumRealisasi).format());
    Persentase serapanTercetak = Persentase.ratio(printedRealisasi, printedPagu).value();
    Persentase serapanBaris = Persentase.ratio(sumRealisasi, sumPagu).value();
    out.printf("  Serapan of the printed Jumlah: %s (exact %s), printed %s%% %s%n",
        serapanTercetak.format(), serapanTercetak.toBigDecimal().toPlainString(), TOTAL_PERSEN_TERCETAK,
        serapanTercetak.agreesWith(AngkaParser.parse(TOTAL_PERSEN_TERCETAK, Notasi.INDONESIA)) ? "ok" : "DIFFERS");
    out.printf("  Serapan of the sum of the rows: %s%n", serapanBaris.format());
    out.println();
  }

  private static void printTabel31(PrintStream out) {
    out.println("Table 3.1, Alokasi per sasaran (share of the APBD-P total)");
    Rupiah total = Rupiah.parse(PK_APBD_PERUBAHAN_JUMLAH);
    printShare(out, "Administrasi Kependudukan (SKM)", "7.682.800,00", "0,26", total);
    printShare(out, "Partisipasi Musrenbangcam", "8.413.000,00", "0,29", total);
  }

  private static void printShare(PrintStream out, String sasaran, String pagu, String printed, Rupiah total) {
    Persentase share = Persentase.ratio(Rupiah.parse(pagu), total).value();
    out.printf("  %-34s %16s of %s = %s, printed %s%% %s%n", sasaran, Rupiah.parse(pagu).format(), total.format(),
        share.format(), printed, share.agreesWith(AngkaParser.parse(printed, Notasi.INDONESIA)) ? "ok" : "DIFFERS");
  }

  private static String verdict(Rupiah computed, Rupiah printed) {
    return computed.equals(printed) ? "ok" : "DIFFERS by " + printed.minus(computed).format();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
