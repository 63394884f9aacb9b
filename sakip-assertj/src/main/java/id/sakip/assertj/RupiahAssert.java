package id.sakip.assertj;

import id.sakip.angka.Rupiah;
import org.assertj.core.api.AbstractComparableAssert;

/**
 * Assertions on a {@link Rupiah}; expected amounts may be written as reports print them. A failure
 * carries the expected and the actual amount (an {@code org.opentest4j.AssertionFailedError} under
 * JUnit 5), so an IDE shows them side by side.
 */
public final class RupiahAssert extends AbstractComparableAssert<RupiahAssert, Rupiah> {

  RupiahAssert(Rupiah actual) {
    super(actual, RupiahAssert.class);
  }

  /** How this assertion handles its failures: thrown, or gathered by soft assertions. */
  private Mode mode = Mode.KERAS;

  /** This assertion, handling its failures as {@code value} says. */
  RupiahAssert in(Mode value) {
    this.mode = value;
    return this;
  }

  /** Verifies the amount equals {@code expected} written in Indonesian notation ({@code "Rp2.910.568.737,00"}). */
  public RupiahAssert isEqualTo(String expected) {
    if (mode.kosong()) {
      return this;
    }
    isNotNull();
    Rupiah wanted = Rupiah.parse(expected);
    if (!actual.equals(wanted)) {
      mode.gagal(failureWithActualExpected(actual.format(), wanted.format(),
          "Expecting the amount to be %s but it is %s (difference %s)", wanted.format(), actual.format(),
          actual.minus(wanted).format()));
    }
    return this;
  }
}
