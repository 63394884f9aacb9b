package id.sakip.assertj;

import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Temuan;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the result of an audit. */
public class HasilAuditAssert extends AbstractAssert<HasilAuditAssert, HasilAudit> {

  HasilAuditAssert(HasilAudit actual) {
    super(actual, HasilAuditAssert.class);
  }

  /** Verifies the audit found nothing of severity error. */
  public HasilAuditAssert hasNoErrors() {
    isNotNull();
    List<Temuan> errors = actual.temuan().stream().filter(t -> t.keparahan() == Keparahan.ERROR).toList();
    if (!errors.isEmpty()) {
      failWithMessage("Expecting the report to have no errors but the audit found %d:%n%s", errors.size(), list(errors));
    }
    return this;
  }

  /** Verifies the audit found nothing at all. */
  public HasilAuditAssert hasNoFindings() {
    isNotNull();
    if (!actual.isBersih()) {
      failWithMessage("Expecting the report to have no findings but the audit found %d:%n%s", actual.temuan().size(),
          list(actual.temuan()));
    }
    return this;
  }

  /** Verifies the audit has a finding of rule {@code aturan} and returns assertions on the first one. */
  public TemuanAssert hasFinding(AturanAudit aturan) {
    isNotNull();
    List<Temuan> found = actual.temuan(aturan);
    if (found.isEmpty()) {
      failWithMessage("Expecting the audit to have a finding %s but it has %s", aturan.name(),
          actual.isBersih() ? "none at all" : "only:%n" + list(actual.temuan()));
    }
    return new TemuanAssert(found.get(0));
  }

  /** Verifies the audit has no finding of rule {@code aturan}. */
  public HasilAuditAssert hasNoFinding(AturanAudit aturan) {
    isNotNull();
    List<Temuan> found = actual.temuan(aturan);
    if (!found.isEmpty()) {
      failWithMessage("Expecting the audit to have no finding %s but it has %d:%n%s", aturan.name(), found.size(),
          list(found));
    }
    return this;
  }

  /** Verifies the audit has exactly {@code count} findings of rule {@code aturan}. */
  public HasilAuditAssert hasFindings(AturanAudit aturan, int count) {
    isNotNull();
    List<Temuan> found = actual.temuan(aturan);
    if (found.size() != count) {
      failWithMessage("Expecting the audit to have %d findings %s but it has %d:%n%s", count, aturan.name(),
          found.size(), list(found));
    }
    return this;
  }

  private static String list(List<Temuan> temuan) {
    return temuan.stream().map(t -> "  " + t.aturan() + " at " + t.lokasi() + ": printed " + t.tercetak().orElse("-")
        + ", recomputed " + t.dihitung().orElse("-") + ", difference " + t.selisih().orElse("-"))
        .collect(Collectors.joining("%n".formatted()));
  }
}
