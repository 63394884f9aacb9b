package id.sakip.assertj;

import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Persentase;
import java.math.RoundingMode;
import org.assertj.core.api.AbstractComparableAssert;

/**
 * Assertions on an exact {@link Persentase}, such as a capaian or a serapan. A failure carries the
 * expected and the actual figure (an {@code org.opentest4j.AssertionFailedError} under JUnit 5).
 */
public final class PersentaseAssert extends AbstractComparableAssert<PersentaseAssert, Persentase> {

  private RoundingMode pembulatan = RoundingMode.HALF_UP;

  PersentaseAssert(Persentase actual) {
    super(actual, PersentaseAssert.class);
  }

  /** The soft assertions this belongs to, or {@code null} when failures are thrown. */
  private Kumpulan kumpulan;

  /** Whether there is nothing to assert on: a navigation to it failed softly. */
  private boolean kosong;

  /** This assertion, gathering its failures in {@code value} instead of throwing them. */
  PersentaseAssert lunak(Kumpulan value) {
    this.kumpulan = value;
    return this;
  }

  /** This assertion, skipping every check: there is nothing to assert on. */
  PersentaseAssert kosong() {
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

  /** Compares printed figures with {@code mode} instead of half-up. */
  public PersentaseAssert usingPembulatan(RoundingMode mode) {
    if (kosong) {
      return this;
    }
    this.pembulatan = mode;
    return this;
  }

  /**
   * Verifies a figure printed as {@code printed} ({@code "100,96"}, {@code "92,46%"}) agrees with
   * this exact value at its printed precision.
   */
  public PersentaseAssert agreesWithPrinted(String printed) {
    if (kosong) {
      return this;
    }
    isNotNull();
    AngkaTercetak figure = AngkaParser.parse(printed, Notasi.INDONESIA);
    if (!actual.agreesWith(figure, pembulatan)) {
      int scale = figure.nilai().map(v -> v.scale()).orElse(2);
      String atPrecision = figure.nilai().isPresent() ? actual.format(scale, pembulatan) : "not comparable with 'no value'";
      failWithActualExpectedAndMessage(atPrecision, printed, "Expecting the printed figure %s to agree with %s, but at"
          + " its precision (%d decimals, %s) the exact value %s is %s", printed, actual.format(), scale, pembulatan,
          actual.toBigDecimal().toPlainString(), atPrecision);
    }
    return this;
  }

  /** Verifies the value formatted with 2 decimals half-up is {@code expected} ({@code "92,46%"}). */
  public PersentaseAssert isFormattedAs(String expected) {
    if (kosong) {
      return this;
    }
    isNotNull();
    if (!actual.format().equals(expected)) {
      failWithActualExpectedAndMessage(actual.format(), expected, "Expecting the percentage to read %s but it reads %s"
          + " (exact %s)", expected, actual.format(), actual.toBigDecimal().toPlainString());
    }
    return this;
  }
}
