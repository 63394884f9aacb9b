package id.sakip.audit;

import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audit of a whole LKj: recomputes every derived figure the document prints and returns a
 * finding for each disagreement ({@link AturanAudit} lists every rule). Printed figures agree when
 * they match at their printed precision under the policy's rounding mode. The audit never throws on
 * a well-formed document; a figure it cannot recompute is itself a finding.
 *
 * <pre>{@code
 * HasilAudit hasil = Audit.periksa(lkj, KebijakanAudit.standar());
 * hasil.temuan(AturanAudit.BUDGET_TOTAL_MISMATCH);
 * }</pre>
 */
public final class Audit {

  private Audit() {}

  /** Audits {@code lkj} under {@code kebijakan}. */
  public static HasilAudit periksa(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    Objects.requireNonNull(lkj, "lkj");
    Objects.requireNonNull(kebijakan, "kebijakan");
    Konteks k = new Konteks(lkj, kebijakan);
    List<Temuan> out = new ArrayList<>();
    out.addAll(AuditAnggaran.periksa(k));
    out.addAll(AuditCapaian.periksa(k));
    out.addAll(AuditSasaran.periksa(k));
    out.addAll(AuditKonsistensi.periksa(k));
    return new HasilAudit(out);
  }

  /** Audits {@code lkj} under {@link KebijakanAudit#standar()}. */
  public static HasilAudit periksa(LaporanKinerja lkj) {
    return periksa(lkj, KebijakanAudit.standar());
  }
}
