package id.sakip.assertj;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Temuan;

/**
 * The one entry point for SAKIP assertions, so an auditor writes checks as unit tests:
 *
 * <pre>{@code
 * assertThat(Audit.periksa(lkj)).hasFinding(BUDGET_TOTAL_MISMATCH).isIn(Bagian.TABEL_B).hasDifference("9893200");
 * assertThat(Audit.periksa(lkj)).findings(CAPAIAN_MISMATCH).atLocations(skm2022).allHaveDifference("-0.96");
 * assertThat(capaian).agreesWithPrinted("100,96");
 * assertThat(pagu).isEqualTo("Rp2.910.568.737,00");
 * }</pre>
 *
 * <p>Findings are asserted on their typed parts ({@link id.sakip.temuan.Aturan rule}, {@link
 * id.sakip.temuan.Lokasi location}, numbers compared numerically); failure messages are in English.
 */
public final class SakipAssertions {

  private SakipAssertions() {}

  /** Assertions on a report: it is audited under {@link KebijakanAudit#standar()}. */
  public static HasilAuditAssert assertThat(LaporanKinerja report) {
    return new HasilAuditAssert(Audit.periksa(report, KebijakanAudit.standar()));
  }

  /** Assertions on an audit result. */
  public static HasilAuditAssert assertThat(HasilAudit audit) {
    return new HasilAuditAssert(audit);
  }

  /** Assertions on one finding. */
  public static TemuanAssert assertThat(Temuan temuan) {
    return new TemuanAssert(temuan);
  }

  /** Assertions on an exact percentage (capaian, serapan, share). */
  public static PersentaseAssert assertThat(Persentase persentase) {
    return new PersentaseAssert(persentase);
  }

  /**
   * Assertions on a computed percentage; fails with the reason when the outcome is not computable.
   */
  public static PersentaseAssert assertThat(Outcome<Persentase> outcome) {
    if (outcome == null || !outcome.isComputable()) {
      throw new AssertionError("Expecting a computed percentage but it is " + (outcome == null ? "null" : outcome));
    }
    return new PersentaseAssert(outcome.value());
  }

  /** Assertions on a Rupiah amount. */
  public static RupiahAssert assertThat(Rupiah amount) {
    return new RupiahAssert(amount);
  }
}
