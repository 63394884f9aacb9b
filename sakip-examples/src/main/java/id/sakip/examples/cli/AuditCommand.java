package id.sakip.examples.cli;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.examples.Kromengan2022;
import id.sakip.json.JalurJson;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import java.io.PrintStream;
import java.util.List;

/** {@code sakip audit FILE}: every finding of the audit of a document, as text or JSON. */
final class AuditCommand extends Command {

  static final List<String> FORMATS = List.of("text", "json");

  @Override
  String name() {
    return "audit";
  }

  @Override
  String summary() {
    return "audit a sakip-lkj/1 document: every printed figure recomputed (exit 1 on an error finding)";
  }

  @Override
  String usage() {
    return """
        Usage: sakip audit FILE [--format text|json] [--bahasa id|en]

        Reads the sakip-lkj/1 document FILE, recomputes every figure it prints under the standard
        audit policy (KebijakanAudit.standar()) and lists each finding: severity, rule, JSON path,
        and a message naming the place, the printed figure, the value it is compared with and
        the difference.

        Options:
          --format F   text (default): a summary line, then two lines per finding;
                       json: {"temuan": [...]} in the sakip-json binding of findings (rule,
                       severity, location, printed and compared numbers, difference, details,
                       the message in both languages, and the JSON path)
          --bahasa L   id (default): Indonesian messages and notation; en: English
          --help       print this help

        Example:
          sakip audit kromengan-2022.json --format json

        Exit status: 0 no finding of severity ERROR (warnings and info allowed); 1 at least one
        ERROR finding; 2 bad usage, unreadable FILE or invalid document (the problems, each with
        its JSON path, on standard error; nothing on standard output).
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(Options.Spec.optional("format", "text|json"), Options.BAHASA);
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
    HasilAudit hasil = Audit.periksa(lkj, KebijakanAudit.standar());
    if (format.equals("json")) {
      out.print(SakipJson.standar().writeHasilAudit(hasil, lkj));
      out.flush();
    } else {
      out.println("LKj " + lkj.instansi() + " " + lkj.tahun() + ": audit");
      out.println("Audit: " + hasil.ringkasan(bahasa));
      JalurJson jalur = JalurJson.untuk(lkj);
      for (Temuan t : hasil.temuan()) {
        out.println(Kromengan2022.tampil(t, bahasa, jalur.dari(t.lokasi())));
      }
      out.flush();
    }
    return hasil.adaError() ? SakipCli.EXIT_FINDING : SakipCli.EXIT_OK;
  }
}
