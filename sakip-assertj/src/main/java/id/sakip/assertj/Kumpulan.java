package id.sakip.assertj;

import java.util.ArrayList;
import java.util.List;

/**
 * The failures gathered by one {@link SakipSoftAssertions} (kumpulan: a collection). An assertion
 * made in soft mode records its failure here and goes on; outside it, the failure is thrown.
 */
final class Kumpulan {

  private final List<AssertionError> failures = new ArrayList<>();

  /** Throws {@code failure}, or records it when {@code kumpulan} is not {@code null}. */
  static void gagal(Kumpulan kumpulan, AssertionError failure) {
    if (kumpulan == null) {
      throw failure;
    }
    synchronized (kumpulan) {
      kumpulan.failures.add(failure);
    }
  }

  /** Runs an AssertJ failure method, recording what it throws in soft mode. */
  static void gagal(Kumpulan kumpulan, Runnable fail) {
    try {
      fail.run();
    } catch (AssertionError e) {
      gagal(kumpulan, e);
    }
  }

  synchronized List<AssertionError> failures() {
    return List.copyOf(failures);
  }
}
