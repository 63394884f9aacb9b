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

  /** The soft assertions this belongs to, or {@code null} when failures are thrown. */
  private Kumpulan kumpulan;

  /** Whether there is nothing to assert on: a navigation to it failed softly. */
  private boolean kosong;

  /** This assertion, gathering its failures in {@code value} instead of throwing them. */
  RupiahAssert lunak(Kumpulan value) {
    this.kumpulan = value;
    return this;
  }

  /** This assertion, skipping every check: there is nothing to assert on. */
  RupiahAssert kosong() {
    this.kosong = true;
    return this;
  }

  Kumpulan kumpulan() {
    return kumpulan;
  }

  @Override
  protected void failWithMessage(String errorMessage, Object... arguments) {
    Kumpulan.gagal(kumpulan, () -> super.failWithMessage(errorMessage, arguments));
  }

  @Override
  protected void failWithActualExpectedAndMessage(Object actual, Object expected, String errorMessageFormat,
      Object... arguments) {
    Kumpulan.gagal(kumpulan, () -> super.failWithActualExpectedAndMessage(actual, expected, errorMessageFormat,
        arguments));
  }

  /** Verifies the amount equals {@code expected} written in Indonesian notation ({@code "Rp2.910.568.737,00"}). */
  public RupiahAssert isEqualTo(String expected) {
    if (kosong) {
      return this;
    }
    isNotNull();
    Rupiah wanted = Rupiah.parse(expected);
    if (!actual.equals(wanted)) {
      failWithActualExpectedAndMessage(actual.format(), wanted.format(),
          "Expecting the amount to be %s but it is %s (difference %s)", wanted.format(), actual.format(),
          actual.minus(wanted).format());
    }
    return this;
  }
}
