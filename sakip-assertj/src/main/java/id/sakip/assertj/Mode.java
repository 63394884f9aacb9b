package id.sakip.assertj;

import java.util.ArrayList;
import java.util.List;

/**
 * How an assertion handles its failures: thrown at once (the default), or gathered for {@link
 * SakipSoftAssertions} and reported together. An assertion reached through a navigation that
 * failed softly has nothing to assert on ({@link #kosong()}) and skips its checks.
 */
final class Mode {

  /** Failures are thrown. */
  static final Mode KERAS = new Mode(null, false);

  /** The gathered failures, shared by every assertion of one soft run; {@code null} when thrown. */
  private final List<AssertionError> failures;
  private final boolean kosong;

  private Mode(List<AssertionError> failures, boolean kosong) {
    this.failures = failures;
    this.kosong = kosong;
  }

  /** A new soft run: failures are gathered. */
  static Mode lunak() {
    return new Mode(new ArrayList<>(), false);
  }

  /** This mode for an assertion with nothing to assert on: its checks are skipped. */
  Mode tanpaNilai() {
    return new Mode(failures, true);
  }

  /** Whether there is nothing to assert on. */
  boolean kosong() {
    return kosong;
  }

  /** Throws {@code failure}, or gathers it in a soft run. */
  void gagal(AssertionError failure) {
    if (failures == null) {
      throw failure;
    }
    synchronized (failures) {
      failures.add(failure);
    }
  }

  /** The failures gathered so far, in order. */
  List<AssertionError> failures() {
    if (failures == null) {
      return List.of();
    }
    synchronized (failures) {
      return List.copyOf(failures);
    }
  }
}
