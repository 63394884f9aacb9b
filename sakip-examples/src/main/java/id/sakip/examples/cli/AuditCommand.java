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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sakip audit FILE}: every finding of the audit of a document, as text or JSON. */
@Command(name = "audit")
final class AuditCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", descriptionKey = "file.lkj")
  String file;

  @Mixin
  SharedOptions.Format format;

  @Override
  int execute(SakipCli sakip) throws UsageException {
    Bahasa bahasa = sakip.bahasa();
    LaporanKinerja lkj = Documents.read(file, sakip.in());
    HasilAudit hasil = Audit.periksa(lkj, KebijakanAudit.standar());
    PrintStream out = sakip.out();
    if (format.json()) {
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
