package id.sakip.examples;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.examples.tabel.BabIII;
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

  /** Prints the walkthrough to {@code out}. */
  public static void print(PrintStream out) {
    LaporanKinerja lkj = dokumen();
    KebijakanAudit kebijakan = KebijakanAudit.standar();
    out.println("LKj " + lkj.instansi() + " " + lkj.tahun() + ": Bab III recomputed exactly");
    out.println("(figures in Indonesian notation; [tercetak x] marks a printed figure that disagrees)");
    out.println();
    out.print(Render.text(BabIII.susun(lkj, kebijakan)));
    HasilAudit hasil = Audit.periksa(lkj, kebijakan);
    out.println("Audit: " + hasil.ringkasan());
    for (Temuan t : hasil.temuan()) {
      out.println(tampil(t));
    }
  }

  /** One finding on two lines: rule, severity and location; then the values and the explanation. */
  public static String tampil(Temuan t) {
    String values = t.tercetak().isPresent()
        ? "printed " + t.tercetak().get() + ", recomputed " + t.dihitung().orElse("-") + ", difference "
            + t.selisih().orElse("-") + ". "
        : "";
    return "  " + t.keparahan() + " " + t.aturan() + " at " + t.lokasi() + t.jalur().map(p -> " (" + p + ")").orElse("")
        + "\n      " + values + t.pesan();
  }
}
