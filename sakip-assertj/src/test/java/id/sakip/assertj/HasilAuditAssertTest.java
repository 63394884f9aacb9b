package id.sakip.assertj;

import static id.sakip.assertj.Contoh.CAPAIAN_IKM;
import static id.sakip.assertj.Contoh.CAPAIAN_SKM;
import static id.sakip.assertj.Contoh.DIBATASI;
import static id.sakip.assertj.Contoh.DUA_VERSI;
import static id.sakip.assertj.Contoh.IKM_2022;
import static id.sakip.assertj.Contoh.IKU_2022;
import static id.sakip.assertj.Contoh.SKM_2022;
import static id.sakip.assertj.Contoh.TOTAL;
import static id.sakip.assertj.Contoh.TOTAL_B;
import static id.sakip.assertj.Contoh.audit;
import static id.sakip.assertj.Contoh.failure;
import static id.sakip.assertj.SakipAssertions.assertThat;

import id.sakip.assertj.Contoh.AturanUji;
import id.sakip.audit.HasilAudit;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Sumber;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class HasilAuditAssertTest {

  private static final String NL = System.lineSeparator();

  private static final String TOTAL_LINE = "  - TOTAL_SALAH (error) at Table B › total row › pagu"
      + " (budget): printed Rp315,604,700.00, compared with Rp305,711,500.00 (recomputed value), difference"
      + " Rp9,893,200.00";
  private static final String SKM_LINE = "  - CAPAIAN_SALAH (error) at Table 1.1 › indicator 'SKM' 2022 › capaian:"
      + " printed 100%, compared with 100.96% (recomputed value), difference -0.96%";
  private static final String IKM_LINE = SKM_LINE.replace("'SKM'", "'IKM'");
  private static final String DIBATASI_LINE = "  - DIBATASI (warning) at Table 1.1 › indicator 'IKU' 2022 › capaian:"
      + " printed 100%";
  private static final String DUA_VERSI_LINE = "  - DUA_VERSI (info) at Table B";

  @Test
  void hasNoErrors_passes_when_only_warnings_and_infos_are_found() {
    assertThat(audit(DIBATASI, DUA_VERSI)).hasNoErrors();
    assertThat(audit()).hasNoErrors();
  }

  @Test
  void hasNoErrors_fails_listing_each_error_on_its_own_line() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, DIBATASI, CAPAIAN_SKM)).hasNoErrors());
    Assertions.assertThat(e).hasMessage("Expecting the report to have no errors but the audit found 2:" + NL
        + TOTAL_LINE + NL + SKM_LINE);
  }

  @Test
  void hasNoFindings_passes_for_a_clean_audit() {
    assertThat(audit()).hasNoFindings();
  }

  @Test
  void hasNoFindings_fails_listing_every_finding() {
    AssertionError e = failure(() -> assertThat(audit(DIBATASI, DUA_VERSI)).hasNoFindings());
    Assertions.assertThat(e).hasMessage("Expecting the report to have no findings but the audit found 2:" + NL
        + DIBATASI_LINE + NL + DUA_VERSI_LINE);
  }

  @Test
  void hasFinding_returns_assertions_on_the_first_finding_of_the_rule() {
    assertThat(audit(TOTAL, CAPAIAN_SKM, CAPAIAN_IKM)).hasFinding(AturanUji.CAPAIAN_SALAH)
        .isAt(SKM_2022)
        .hasDifference("-0.96");
  }

  @Test
  void hasFinding_fails_on_a_clean_audit_saying_none_at_all() {
    AssertionError e = failure(() -> assertThat(audit()).hasFinding(AturanUji.TOTAL_SALAH));
    Assertions.assertThat(e).hasMessage("Expecting the audit to have a finding of TOTAL_SALAH but it has none at all");
  }

  /** The string-based assertions printed a literal "%n" here instead of a line break. */
  @Test
  void hasFinding_fails_listing_what_was_found_with_real_line_breaks() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, DUA_VERSI)).hasFinding(AturanUji.CAPAIAN_SALAH));
    Assertions.assertThat(e.getMessage())
        .doesNotContain("%n")
        .isEqualTo("Expecting the audit to have a finding of CAPAIAN_SALAH but it has only:" + NL
            + TOTAL_LINE + NL + DUA_VERSI_LINE);
  }

  @Test
  void no_failure_message_has_a_literal_percent_n() {
    HasilAudit audit = audit(TOTAL, CAPAIAN_SKM, CAPAIAN_IKM, DIBATASI, DUA_VERSI);
    for (AssertionError e : new AssertionError[] {
        failure(() -> assertThat(audit).hasNoErrors()),
        failure(() -> assertThat(audit).hasNoFindings()),
        failure(() -> assertThat(audit(DUA_VERSI)).hasFinding(AturanUji.TOTAL_SALAH)),
        failure(() -> assertThat(audit).hasFindingAt(AturanUji.CAPAIAN_SALAH, IKU_2022)),
        failure(() -> assertThat(audit(DUA_VERSI)).hasFindingAt(AturanUji.TOTAL_SALAH, TOTAL_B)),
        failure(() -> assertThat(audit).hasNoFinding(AturanUji.CAPAIAN_SALAH)),
        failure(() -> assertThat(audit).hasFindings(AturanUji.CAPAIAN_SALAH, 3)),
        failure(() -> assertThat(audit).hasOnlyFindingsOf(AturanUji.TOTAL_SALAH)),
        failure(() -> assertThat(audit).findings(AturanUji.CAPAIAN_SALAH).allHaveDifference("0")),
        failure(() -> assertThat(audit).findings(AturanUji.CAPAIAN_SALAH).atLocations(SKM_2022, IKU_2022))}) {
      Assertions.assertThat(e.getMessage()).doesNotContain("%n").contains(NL);
    }
  }

  @Test
  void hasFindingAt_returns_assertions_on_the_one_finding_there() {
    assertThat(audit(CAPAIAN_SKM, CAPAIAN_IKM)).hasFindingAt(AturanUji.CAPAIAN_SALAH, IKM_2022)
        .isAt(IKM_2022)
        .hasComparand("100.96")
        .hasComparandSource(Sumber.DIHITUNG);
  }

  @Test
  void hasFindingAt_fails_listing_where_the_findings_of_the_rule_are() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, CAPAIAN_SKM, CAPAIAN_IKM))
        .hasFindingAt(AturanUji.CAPAIAN_SALAH, IKU_2022));
    Assertions.assertThat(e).hasMessage("Expecting the audit to have a finding of CAPAIAN_SALAH at Table 1.1 ›"
        + " indicator 'IKU' 2022 › capaian but its findings of CAPAIAN_SALAH (2) are elsewhere:" + NL
        + SKM_LINE + NL + IKM_LINE);
  }

  @Test
  void hasFindingAt_fails_when_the_rule_has_no_finding() {
    Assertions.assertThat(failure(() -> assertThat(audit(DUA_VERSI)).hasFindingAt(AturanUji.TOTAL_SALAH, TOTAL_B)))
        .hasMessage("Expecting the audit to have a finding of TOTAL_SALAH at Table B › total row ›"
            + " pagu (budget) but it has no finding of TOTAL_SALAH at all; it has only:" + NL + DUA_VERSI_LINE);
    Assertions.assertThat(failure(() -> assertThat(audit()).hasFindingAt(AturanUji.TOTAL_SALAH, TOTAL_B)))
        .hasMessageEndingWith("but it has no finding of TOTAL_SALAH at all");
  }

  @Test
  void hasFindingAt_fails_when_the_rule_has_two_findings_there() {
    AssertionError e = failure(() -> assertThat(audit(CAPAIAN_SKM, CAPAIAN_SKM))
        .hasFindingAt(AturanUji.CAPAIAN_SALAH, SKM_2022));
    Assertions.assertThat(e).hasMessage("Expecting the audit to have one finding of CAPAIAN_SALAH at Table 1.1 ›"
        + " indicator 'SKM' 2022 › capaian but it has 2 there:" + NL + SKM_LINE + NL + SKM_LINE);
  }

  @Test
  void hasNoFinding_passes_when_the_rule_found_nothing() {
    assertThat(audit(TOTAL, DUA_VERSI)).hasNoFinding(AturanUji.CAPAIAN_SALAH);
  }

  @Test
  void hasNoFinding_fails_listing_the_findings_of_the_rule() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, CAPAIAN_SKM)).hasNoFinding(AturanUji.CAPAIAN_SALAH));
    Assertions.assertThat(e).hasMessage("Expecting the audit to have no finding of CAPAIAN_SALAH but it has 1:" + NL
        + SKM_LINE);
  }

  @Test
  void hasFindings_passes_for_the_count_of_the_rule() {
    assertThat(audit(TOTAL, CAPAIAN_SKM, CAPAIAN_IKM))
        .hasFindings(AturanUji.CAPAIAN_SALAH, 2)
        .hasFindings(AturanUji.TOTAL_SALAH, 1)
        .hasFindings(AturanUji.DUA_VERSI, 0);
  }

  @Test
  void hasFindings_fails_with_expected_and_actual_count() {
    Assertions.assertThat(failure(() -> assertThat(audit(TOTAL, CAPAIAN_SKM)).hasFindings(AturanUji.CAPAIAN_SALAH, 2)))
        .hasMessage("Expecting the audit to have 2 findings of CAPAIAN_SALAH but it has 1:" + NL + SKM_LINE);
    Assertions.assertThat(failure(() -> assertThat(audit(TOTAL)).hasFindings(AturanUji.CAPAIAN_SALAH, 2)))
        .hasMessage("Expecting the audit to have 2 findings of CAPAIAN_SALAH but it has 0");
  }

  @Test
  void hasOnlyFindingsOf_passes_when_the_rules_and_no_others_are_found() {
    assertThat(audit(TOTAL, CAPAIAN_SKM, CAPAIAN_IKM))
        .hasOnlyFindingsOf(AturanUji.CAPAIAN_SALAH, AturanUji.TOTAL_SALAH)
        .hasOnlyFindingsOf(AturanUji.TOTAL_SALAH, AturanUji.CAPAIAN_SALAH, AturanUji.TOTAL_SALAH);
  }

  @Test
  void hasOnlyFindingsOf_fails_listing_findings_of_other_rules() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, DIBATASI, DUA_VERSI)).hasOnlyFindingsOf(AturanUji.TOTAL_SALAH));
    Assertions.assertThat(e).hasMessage("Expecting the audit to have findings of TOTAL_SALAH and of no other rule but"
        + NL + "it has 2 findings of other rules:" + NL + DIBATASI_LINE + NL + DUA_VERSI_LINE);
  }

  @Test
  void hasOnlyFindingsOf_fails_naming_rules_without_a_finding() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, DUA_VERSI))
        .hasOnlyFindingsOf(AturanUji.TOTAL_SALAH, AturanUji.CAPAIAN_SALAH, AturanUji.DIBATASI));
    Assertions.assertThat(e).hasMessage("Expecting the audit to have findings of TOTAL_SALAH, CAPAIAN_SALAH, DIBATASI"
        + " and of no other rule but" + NL + "it has no finding of CAPAIAN_SALAH, DIBATASI" + NL
        + "and it has a finding of other rules:" + NL + DUA_VERSI_LINE);
    Assertions.assertThat(failure(() -> assertThat(audit()).hasOnlyFindingsOf(AturanUji.TOTAL_SALAH)))
        .hasMessageEndingWith("it has no finding of TOTAL_SALAH");
  }

  @Test
  void hasOnlyFindingsOf_needs_a_rule() {
    Assertions.assertThatIllegalArgumentException().isThrownBy(() -> assertThat(audit()).hasOnlyFindingsOf())
        .withMessageContaining("use hasNoFindings()");
  }

  @Test
  void findings_gives_list_assertions_on_the_findings_of_the_rule() {
    HasilAudit audit = audit(TOTAL, CAPAIAN_SKM, DUA_VERSI, CAPAIAN_IKM);
    assertThat(audit).findings(AturanUji.CAPAIAN_SALAH)
        .hasSize(2)
        .atLocations(IKM_2022, SKM_2022)
        .allHaveDifference("-0.96")
        .last().isAt(IKM_2022);
    assertThat(audit).findings(AturanUji.DIBATASI).isEmpty();
    assertThat(audit).findings().hasSize(4).first().hasRule(AturanUji.TOTAL_SALAH);
  }

  @Test
  void findings_failures_name_the_rule() {
    AssertionError e = failure(() -> assertThat(audit(TOTAL, CAPAIAN_SKM)).findings(AturanUji.CAPAIAN_SALAH).hasSize(2));
    Assertions.assertThat(e).hasMessageStartingWith("[findings of CAPAIAN_SALAH] ");
    Assertions.assertThat(failure(() -> assertThat(audit(TOTAL)).findings(AturanUji.TOTAL_SALAH).first()
        .inColumn(Kolom.REALISASI_ANGGARAN)))
        .hasMessageContaining("to be in column budget spent but it is in column pagu (budget)");
  }

  @Test
  void every_assertion_fails_on_a_null_audit() {
    Assertions.assertThat(failure(() -> assertThat((HasilAudit) null).hasNoErrors()))
        .hasMessageContaining("Expecting actual not to be null");
  }
}
