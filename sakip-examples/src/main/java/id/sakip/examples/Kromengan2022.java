package id.sakip.examples;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.examples.tabel.TabelLaporan;
import id.sakip.json.JalurJson;
import id.sakip.temuan.Bahasa;
import java.util.Optional;
import id.sakip.examples.tabel.Render;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Temuan;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Kromengan 2022 LKj (Kecamatan Kromengan, Kabupaten Malang), read from its {@code
 * sakip-lkj/1} transcription: the tables of Bab III recomputed in the report's own order, each
 * figure beside the printed one where they differ, then the audit findings.
 */
public final class Kromengan2022 {

  /** The classpath location of the Kromengan 2022 transcription ({@code sakip-lkj/1}). */
  static final String DOKUMEN = "/id/sakip/examples/kromengan-2022.json";

  private Kromengan2022() {}

  /** Prints the walkthrough to standard output. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads the transcription. */
  public static LaporanKinerja dokumen() {
    try (InputStream in = Kromengan2022.class.getResourceAsStream(DOKUMEN)) {
      return SakipJson.standar().readLaporan(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the walkthrough to {@code out} in Indonesian. */
  public static void print(PrintStream out) {
    print(out, Bahasa.INDONESIA);
  }

  /** Prints the walkthrough to {@code out} in {@code bahasa}: the tables, then the audit of the same recomputation. */
  public static void print(PrintStream out, Bahasa bahasa) {
    LaporanKinerja lkj = dokumen();
    LaporanDihitung dihitung = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
    out.println(TabelLaporan.judul(lkj, bahasa));
    out.println(TabelLaporan.keterangan(bahasa));
    out.println();
    out.print(Render.text(TabelLaporan.susun(dihitung, bahasa)));
    HasilAudit hasil = Audit.periksa(dihitung);
    out.println("Audit: " + hasil.ringkasan(bahasa));
    JalurJson jalur = JalurJson.untuk(lkj);
    for (Temuan t : hasil.temuan()) {
      out.println(tampil(t, bahasa, jalur.dari(t.lokasi())));
    }
  }

  /**
   * One finding on two lines: severity, rule and the JSON path of the figure (when known); then
   * the message, which names the place, the printed and compared values and the difference.
   */
  public static String tampil(Temuan t, Bahasa bahasa, Optional<String> jalur) {
    return "  " + t.keparahan().istilah().teks(bahasa).toUpperCase(bahasa.locale()) + " " + t.aturan().id()
        + jalur.map(p -> " (" + p + ")").orElse("") + "\n      " + t.pesan(bahasa);
  }
}
