package id.sakip.examples.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest known name to a mistyped one, for "did you mean" hints. */
final class Names {

  private Names() {}

  /**
   * Returns the candidate nearest to {@code typed}: one it starts, or one within an edit distance
   * of 2 (1 for names of up to 4 characters); empty when none is that close.
   */
  static Optional<String> nearest(String typed, Collection<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String lower = c.toLowerCase(Locale.ROOT);
      int d = t.length() >= 2 && lower.startsWith(t) ? 0 : distance(t, lower);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = t.length() <= 4 ? 1 : 2;
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  /** The Levenshtein distance between {@code a} and {@code b}, counting a swap of neighbours as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
