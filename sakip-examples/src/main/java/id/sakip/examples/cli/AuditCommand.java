package id.sakip.examples.cli;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.examples.Kromengan2022;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Temuan;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Usage: sakip audit FILE [--format text|json]

        Reads the sakip-lkj/1 document FILE, recomputes every figure it prints under the standard
        audit policy (KebijakanAudit.standar()) and lists each finding: rule, severity, location,
        JSON path, printed and recomputed value, difference, explanation.

        Options:
          --format F   text (default): a summary line, then two lines per finding;
                       json: an array with one object per finding, keys rule, severity,
                       location, path, printed, recomputed, difference, message (null when absent)
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
    return List.of(Options.Spec.optional("format", "text|json"));
  }

  @Override
  List<String> positional() {
    return List.of("FILE");
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    String format = options.choice("format", FORMATS, "text");
    LaporanKinerja lkj = Documents.read(options.positional(0));
    HasilAudit hasil = Audit.periksa(lkj, KebijakanAudit.standar());
    if (format.equals("json")) {
      List<Map<String, Object>> findings = new ArrayList<>();
      for (Temuan t : hasil.temuan()) {
        findings.add(json(t));
      }
      Json.write(findings, out);
    } else {
      out.println("LKj " + lkj.instansi() + " " + lkj.tahun() + ": audit");
      out.println("Audit: " + hasil.ringkasan());
      for (Temuan t : hasil.temuan()) {
        out.println(Kromengan2022.tampil(t));
      }
      out.flush();
    }
    return hasil.adaError() ? SakipCli.EXIT_FINDING : SakipCli.EXIT_OK;
  }

  /** One finding as a JSON object with exactly the documented keys, in that order. */
  static Map<String, Object> json(Temuan t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rule", t.aturan());
    m.put("severity", t.keparahan().name());
    m.put("location", t.lokasi());
    m.put("path", t.jalur().orElse(null));
    m.put("printed", t.tercetak().orElse(null));
    m.put("recomputed", t.dihitung().orElse(null));
    m.put("difference", t.selisih().orElse(null));
    m.put("message", t.pesan());
    return m;
  }
}
