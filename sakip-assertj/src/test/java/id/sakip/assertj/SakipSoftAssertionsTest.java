package id.sakip.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Soft assertions gather every failure of SAKIP's assertions and report them together. */
class SakipSoftAssertionsTest {

  private static final HasilAudit AUDIT = new HasilAudit(List.of(Contoh.TOTAL));

  @Test
  void every_failure_is_gathered_and_reported_at_once() {
    AssertionError e = catchThrowableOfType(AssertionError.class, () -> SakipSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(Rupiah.of(2_900_675_537L)).isEqualTo("Rp2.910.568.737,00");        // fails
      softly.assertThat(AUDIT).hasNoFinding(Contoh.TOTAL.aturan());                         // fails
      softly.assertThat(AUDIT).hasFinding(AturanAudit.CAPAIAN_MISMATCH).hasDifference("1"); // fails, chain skipped
      softly.assertThat(Persentase.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isFormattedAs("1%"); // fails, skipped
      softly.assertThat(Rupiah.of(1)).isEqualTo("Rp1,00");                                  // holds
    }));
    assertThat(e).hasMessageStartingWith("4 SAKIP assertions failed:")
        .hasMessageContaining("Expecting the amount to be Rp2.910.568.737,00 but it is Rp2.900.675.537,00")
        .hasMessageContaining("Expecting the audit to have no finding of " + Contoh.TOTAL.aturan().id())
        .hasMessageContaining("Expecting the audit to have a finding of CAPAIAN_MISMATCH")
        .hasMessageContaining("Expecting a computed percentage but it is not computable (ZERO_DENOMINATOR)");
    assertThat(e.getSuppressed()).hasSize(4);
    assertThat(e.getSuppressed()[0]).isInstanceOf(org.opentest4j.AssertionFailedError.class);
  }

  @Test
  void a_chain_after_a_navigation_that_holds_is_soft_too() {
    SakipSoftAssertions softly = new SakipSoftAssertions();
    softly.assertThat(AUDIT).hasFinding(Contoh.TOTAL.aturan()).hasDifference("1").hasDifference("2");
    softly.assertThat(AUDIT).findings(Contoh.TOTAL.aturan()).allHaveDifference("3");
    softly.assertThat(AUDIT).findings(Contoh.TOTAL.aturan()).first().hasDifference("4");
    assertThat(softly.failures()).hasSize(4);
    assertThat(catchThrowableOfType(AssertionError.class, softly::assertAll)).hasMessageStartingWith("4 SAKIP");
  }

  @Test
  void nothing_failed_nothing_thrown() {
    SakipSoftAssertions.assertSoftly(softly -> softly.assertThat(Rupiah.of(1)).isEqualTo("Rp1,00"));
  }

  @Test
  void outside_soft_assertions_the_first_failure_still_stops() {
    assertThat(catchThrowableOfType(AssertionError.class,
        () -> SakipAssertions.assertThat(AUDIT).hasFinding(AturanAudit.CAPAIAN_MISMATCH).hasDifference("1")))
        .hasMessageContaining("Expecting the audit to have a finding of CAPAIAN_MISMATCH");
  }

  @Test
  void twenty_thousand_failures_are_gathered_and_the_message_lists_the_first_hundred() {
    SakipSoftAssertions softly = new SakipSoftAssertions();
    for (int i = 0; i < 20_000; i++) {
      softly.assertThat(Rupiah.of(i)).isEqualTo("Rp0,50");
    }
    assertThat(softly.failures()).hasSize(20_000);
    AssertionError e = catchThrowableOfType(AssertionError.class, softly::assertAll);
    assertThat(e.getSuppressed()).hasSize(20_000);
    assertThat(e.getMessage().lines()).hasSize(1 + SakipSoftAssertions.LISTED + 1)
        .last().asString().isEqualTo("  … and 19900 more (suppressed)");
  }
}
