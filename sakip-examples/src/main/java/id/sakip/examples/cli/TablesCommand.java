package id.sakip.examples.cli;

import id.sakip.audit.KebijakanAudit;
import id.sakip.examples.tabel.BabIII;
import id.sakip.examples.tabel.Render;
import id.sakip.examples.tabel.Tabel;
import id.sakip.laporan.LaporanKinerja;
import java.io.PrintStream;
import java.util.List;

/** {@code sakip tables FILE}: the recomputed Bab III tables of a document as text, Markdown or CSV. */
final class TablesCommand extends Command {

  static final List<String> FORMATS = List.of("text", "markdown", "csv");

  @Override
  String name() {
    return "tables";
  }

  @Override
  String summary() {
    return "recompute the Bab III tables (1.1-1.3, 3.1-3.3, B) of a sakip-lkj/1 document";
  }

  @Override
  String usage() {
    return """
        Usage: sakip tables FILE [--format text|markdown|csv]

        Reads the sakip-lkj/1 document FILE and prints the tables of its Bab III (1.1, 1.2, 1.3,
        3.1, 3.2, 3.3 and B, those it has data for) recomputed exactly, in Indonesian notation. A
        printed figure that disagrees with the recomputed one is shown beside it: 100,96% [tercetak 100%].

        Options:
          --format F   text (default): aligned columns under a title line;
                       markdown: a heading and a pipe table per table;
                       csv: RFC 4180, CRLF line ends, one header record per table, then one
                       record per row with the table title as its first field
          --help       print this help

        Example:
          sakip tables kromengan-2022.json --format markdown

        Exit status: 0 printed; 2 bad usage, unreadable FILE or invalid document (the problems,
        each with its JSON path, on standard error; nothing on standard output).
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(Options.Spec.optional("format", "text|markdown|csv"));
  }

  @Override
  List<String> positional() {
    return List.of("FILE");
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    String format = options.choice("format", FORMATS, "text");
    LaporanKinerja lkj = Documents.read(options.positional(0));
    List<Tabel> tables = BabIII.susun(lkj, KebijakanAudit.standar());
    String title = "LKj " + lkj.instansi() + " " + lkj.tahun() + ": Bab III recomputed exactly";
    switch (format) {
      case "markdown" -> {
        out.print("## " + title + "\n\n");
        out.print(tables.isEmpty() ? "No tables: the document has no PK targets and no budget realisation table.\n"
            : Render.markdown(tables));
      }
      case "csv" -> out.print(Render.csv(tables));
      default -> {
        out.print(title + "\n(figures in Indonesian notation; [tercetak x] marks a printed figure that disagrees)\n\n");
        out.print(tables.isEmpty() ? "No tables: the document has no PK targets and no budget realisation table.\n"
            : Render.text(tables));
      }
    }
    out.flush();
    return SakipCli.EXIT_OK;
  }
}
