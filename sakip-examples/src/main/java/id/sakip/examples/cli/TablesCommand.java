package id.sakip.examples.cli;

import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.examples.tabel.Render;
import id.sakip.examples.tabel.Tabel;
import id.sakip.examples.tabel.TabelLaporan;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Bahasa;
import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sakip tables FILE}: the recomputed Bab III tables of a document as text, Markdown or CSV. */
@Command(name = "tables")
final class TablesCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", descriptionKey = "file.lkj")
  String file;

  @Option(names = "--format", paramLabel = "text|markdown|csv", defaultValue = "text", completionCandidates = Formats.class)
  String format;

  /** The values of {@code --format}. */
  static final class Formats extends SharedOptions.Choices {
    Formats() {
      super("text", "markdown", "csv");
    }
  }

  @Override
  int execute(SakipCli sakip) throws UsageException {
    Bahasa bahasa = sakip.bahasa();
    LaporanKinerja lkj = Documents.read(file, sakip.in());
    List<Tabel> tables = TabelLaporan.susun(LaporanDihitung.hitung(lkj, KebijakanAudit.standar()), bahasa);
    String title = TabelLaporan.judul(lkj, bahasa);
    PrintStream out = sakip.out();
    switch (format) {
      case "markdown" -> {
        out.print("## " + title + "\n\n");
        out.print(tables.isEmpty() ? TabelLaporan.kosong(bahasa) + "\n"
            : Render.markdown(tables));
      }
      case "csv" -> out.print(Render.csv(tables));
      default -> {
        out.print(title + "\n" + TabelLaporan.keterangan(bahasa) + "\n\n");
        out.print(tables.isEmpty() ? TabelLaporan.kosong(bahasa) + "\n"
            : Render.text(tables));
      }
    }
    out.flush();
    return SakipCli.EXIT_OK;
  }
}
