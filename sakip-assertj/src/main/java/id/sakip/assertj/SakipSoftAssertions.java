package id.sakip.assertj;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Temuan;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Soft assertions: every failure of the SAKIP assertions made through one instance is gathered,
 * and {@link #assertAll()} reports them all at once, so an auditor sees every wrong figure of a
 * report in one run:
 *
 * <pre>{@code
 * SakipSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(hasil).hasFinding(BUDGET_TOTAL_MISMATCH).hasDifference("9893200");
 *   softly.assertThat(hasil).hasNoFinding(CAPAIAN_MISMATCH);
 *   softly.assertThat(pagu).isEqualTo("Rp2.910.568.737,00");
 * });
 * }</pre>
 *
 * <p>A navigation that fails ({@code hasFinding} of a rule with no finding) is recorded, and the
 * assertions chained after it are skipped, since there is nothing to assert on. AssertJ's own
 * assertions on these types ({@code isNotNull}, {@code isEqualTo} of an object) still fail at once.
 * An instance gathers from one test; it may be used from several threads.
 */
public class SakipSoftAssertions {

  /** At most this many failures are listed in the message of {@link #assertAll()}; all are suppressed in it. */
  public static final int LISTED = 100;

  private final Mode mode = Mode.lunak();

  /** Runs {@code checks} softly and then reports every failure at once. */
  public static void assertSoftly(Consumer<SakipSoftAssertions> checks) {
    SakipSoftAssertions softly = new SakipSoftAssertions();
    checks.accept(softly);
    softly.assertAll();
  }

  /** Soft assertions on a report, audited under {@link KebijakanAudit#standar()}. */
  public HasilAuditAssert assertThat(LaporanKinerja report) {
    return new HasilAuditAssert(Audit.periksa(report, KebijakanAudit.standar())).in(mode);
  }

  /** Soft assertions on an audit result. */
  public HasilAuditAssert assertThat(HasilAudit audit) {
    return new HasilAuditAssert(audit).in(mode);
  }

  /** Soft assertions on one finding. */
  public TemuanAssert assertThat(Temuan temuan) {
    return new TemuanAssert(temuan).in(mode);
  }

  /** Soft assertions on an exact percentage. */
  public PersentaseAssert assertThat(Persentase persentase) {
    return new PersentaseAssert(persentase).in(mode);
  }

  /** Soft assertions on a computed percentage; a not computable one is recorded as a failure. */
  public PersentaseAssert assertThat(Outcome<Persentase> outcome) {
    if (outcome == null || !outcome.isComputable()) {
      mode.gagal(new AssertionError("Expecting a computed percentage but it is "
          + (outcome == null ? "null" : outcome)));
      return new PersentaseAssert(Persentase.ZERO).in(mode.tanpaNilai());
    }
    return new PersentaseAssert(outcome.value()).in(mode);
  }

  /** Soft assertions on a Rupiah amount. */
  public RupiahAssert assertThat(Rupiah amount) {
    return new RupiahAssert(amount).in(mode);
  }

  /** The failures gathered so far, in the order they happened. */
  public List<AssertionError> failures() {
    return mode.failures();
  }

  /**
   * Throws one {@link AssertionError} listing the failures gathered (the first {@value #LISTED};
   * every one is also a suppressed exception, with its own expected and actual values), if there
   * is any.
   */
  public void assertAll() {
    List<AssertionError> failures = failures();
    if (failures.isEmpty()) {
      return;
    }
    String listed = failures.stream().limit(LISTED)
        .map(e -> "  " + String.valueOf(e.getMessage()).replace("\n", "\n  ")).collect(Collectors.joining("\n"))
        + (failures.size() > LISTED ? "\n  … and " + (failures.size() - LISTED) + " more (suppressed)" : "");
    AssertionError all = new AssertionError(failures.size() + (failures.size() == 1 ? " SAKIP assertion" : " SAKIP"
        + " assertions") + " failed:\n" + listed);
    failures.forEach(all::addSuppressed);
    throw all;
  }
}
