package id.sakip.examples.cli;

import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.examples.tabel.TabelLaporan;
import id.sakip.temuan.Bahasa;
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
        Usage: sakip tables FILE [--format text|markdown|csv] [--bahasa id|en]

        Reads the sakip-lkj/1 document FILE and prints the tables of its Bab III (1.1, 1.2, 1.3,
        3.1, 3.2, 3.3 and B, those it has data for), the narrative figures, the IKU realisasi by
        year and the tables printed elsewhere, recomputed exactly: the same recomputation the
        audit reads. A printed figure that disagrees is shown beside the recomputed one:
        100,96% [tercetak 100%]; one that cannot be checked is marked [tercetak 100% ?].

        Options:
          --format F   text (default): aligned columns under a title line;
                       markdown: a heading and a pipe table per table;
                       csv: RFC 4180, CRLF line ends, one header record per table, then one
                       record per row with the table title as its first field
          --bahasa L   id (default): Indonesian headings and notation; en: English
          --help       print this help

        Example:
          sakip tables kromengan-2022.json --format markdown

        Exit status: 0 printed; 2 bad usage, unreadable FILE or invalid document (the problems,
        each with its JSON path, on standard error; nothing on standard output).
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(Options.Spec.optional("format", "text|markdown|csv"), Options.BAHASA);
  }

  @Override
  List<String> positional() {
    return List.of("FILE");
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    String format = options.choice("format", FORMATS, "text");
    Bahasa bahasa = options.bahasa();
    LaporanKinerja lkj = Documents.read(options.positional(0));
    List<Tabel> tables = TabelLaporan.susun(LaporanDihitung.hitung(lkj, KebijakanAudit.standar()), bahasa);
    String title = TabelLaporan.judul(lkj, bahasa);
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
