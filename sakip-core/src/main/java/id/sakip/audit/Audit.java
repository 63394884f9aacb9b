package id.sakip.audit;

import id.sakip.laporan.LaporanKinerja;
import java.util.Objects;

/**
 * The audit of a whole LKj: the findings of its {@link LaporanDihitung recomputation}, which
 * compares every printed figure with the value recomputed from the document's inputs, plus the
 * checks of the documents against each other ({@link AturanAudit} and {@link
 * id.sakip.anggaran.AturanAnggaran} list every rule). Printed figures agree when they match at
 * their printed precision under the policy's rounding mode. The audit never throws on a document
 * the model accepts; a figure it cannot recompute is itself a finding.
 *
 * <pre>{@code
 * HasilAudit hasil = Audit.periksa(lkj, KebijakanAudit.standar());
 * hasil.temuan(AturanAudit.CAPPED_WITHOUT_POLICY);
 * }</pre>
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class Audit {

  private Audit() {}

  /** Audits {@code lkj} under {@code kebijakan}. */
  public static HasilAudit periksa(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    Objects.requireNonNull(lkj, "lkj");
    Objects.requireNonNull(kebijakan, "kebijakan");
    return periksa(LaporanDihitung.hitung(lkj, kebijakan));
  }

  /** Audits {@code lkj} under {@link KebijakanAudit#standar()}. */
  public static HasilAudit periksa(LaporanKinerja lkj) {
    return periksa(lkj, KebijakanAudit.standar());
  }

  /** Returns the findings of a report already recomputed. */
  public static HasilAudit periksa(LaporanDihitung dihitung) {
    return new HasilAudit(Objects.requireNonNull(dihitung, "dihitung").temuan());
  }
}
