package id.sakip.json;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The nearest known name to a misspelt one, for hints in error messages. */
final class Names {

  private Names() {}

  /** Returns the known name closest to {@code name}, if one is within a third of its length. */
  static Optional<String> nearest(String name, Collection<String> known) {
    int limit = Math.max(2, name.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known.stream().sorted(Comparator.naturalOrder()).toList()) {
      if (Math.abs(name.length() - k.length()) > limit) {
        continue; // the distance is at least the difference in length: no hint, and no quadratic work
      }
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
