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

  /** How this assertion handles its failures: thrown, or gathered by soft assertions. */
  private Mode mode = Mode.KERAS;

  /** This assertion, handling its failures as {@code value} says. */
  PersentaseAssert in(Mode value) {
    this.mode = value;
    return this;
  }

  /** Compares printed figures with {@code value} instead of half-up. */
  public PersentaseAssert usingPembulatan(RoundingMode value) {
    this.pembulatan = value;
    return this;
  }

  /**
   * Verifies a figure printed as {@code printed} ({@code "100,96"}, {@code "92,46%"}) agrees with
   * this exact value at its printed precision.
   */
  public PersentaseAssert agreesWithPrinted(String printed) {
    if (mode.kosong()) {
      return this;
    }
    isNotNull();
    AngkaTercetak figure = AngkaParser.parse(printed, Notasi.INDONESIA);
    if (!actual.agreesWith(figure, pembulatan)) {
      int scale = figure.nilai().map(v -> v.scale()).orElse(2);
      String atPrecision = figure.nilai().isPresent() ? actual.format(scale, pembulatan) : "not comparable with 'no value'";
      mode.gagal(failureWithActualExpected(atPrecision, printed, "Expecting the printed figure %s to agree with %s, but at"
          + " its precision (%d decimals, %s) the exact value %s is %s", printed, actual.format(), scale, pembulatan,
          actual.toBigDecimal().toPlainString(), atPrecision));
    }
    return this;
  }

  /** Verifies the value formatted with 2 decimals half-up is {@code expected} ({@code "92,46%"}). */
  public PersentaseAssert isFormattedAs(String expected) {
    if (mode.kosong()) {
      return this;
    }
    isNotNull();
    if (!actual.format().equals(expected)) {
      mode.gagal(failureWithActualExpected(actual.format(), expected, "Expecting the percentage to read %s but it reads %s"
          + " (exact %s)", expected, actual.format(), actual.toBigDecimal().toPlainString()));
    }
    return this;
  }
}
