package id.sakip.assertj;

import id.sakip.temuan.Temuan;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one finding of an audit. */
public final class TemuanAssert extends AbstractAssert<TemuanAssert, Temuan> {

  TemuanAssert(Temuan actual) {
    super(actual, TemuanAssert.class);
  }

  /** Verifies the difference (printed minus recomputed) reads {@code expected}, with or without {@code Rp}. */
  public TemuanAssert withDifference(String expected) {
    isNotNull();
    String diff = actual.selisih().orElse("(none)");
    if (!diff.equals(expected) && !diff.equals("Rp" + expected) && !diff.equals(expected + ",00")
        && !diff.equals("Rp" + expected + ",00")) {
      failWithMessage("Expecting finding %s at %s to have difference %s but its difference is %s",
          actual.aturan(), actual.lokasi(), expected, diff);
    }
    return this;
  }

  /** Verifies the printed value reads {@code expected}. */
  public TemuanAssert withPrinted(String expected) {
    isNotNull();
    if (!actual.tercetak().orElse("(none)").equals(expected)) {
      failWithMessage("Expecting finding %s at %s to have printed value %s but it has %s",
          actual.aturan(), actual.lokasi(), expected, actual.tercetak().orElse("(none)"));
    }
    return this;
  }

  /** Verifies the recomputed value reads {@code expected}. */
  public TemuanAssert withRecomputed(String expected) {
    isNotNull();
    if (!actual.dihitung().orElse("(none)").equals(expected)) {
      failWithMessage("Expecting finding %s at %s to have recomputed value %s but it has %s",
          actual.aturan(), actual.lokasi(), expected, actual.dihitung().orElse("(none)"));
    }
    return this;
  }

  /** Verifies the finding is located at the JSON path {@code expected}. */
  public TemuanAssert atPath(String expected) {
    isNotNull();
    if (!actual.jalur().orElse("(none)").equals(expected)) {
      failWithMessage("Expecting finding %s to be at %s but it is at %s", actual.aturan(), expected,
          actual.jalur().orElse("(none)"));
    }
    return this;
  }
}
