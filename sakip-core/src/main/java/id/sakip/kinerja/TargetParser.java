package id.sakip.kinerja;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.Notasi;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as reports print it: a number ({@code 85 Indek}, {@code 90%}), a range ({@code
 * 80 - 90}, {@code 80–90%}, {@code 80 s.d. 90}) or an inequality ({@code kurang dari 20}, {@code
 * ≥ 90}, {@code paling sedikit 75%}). Numbers are read with {@link AngkaParser}; units and percent
 * signs are accepted and dropped (the unit belongs to the {@link Indikator}).
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class TargetParser {

  /** Phrases and symbols, longest first so that "tidak lebih dari" wins over "lebih dari". */
  private static final List<Map.Entry<String, Target.Operator>> OPERATORS =
      List.of(
          Map.entry("sekurang-kurangnya", Target.Operator.PALING_SEDIKIT),
          Map.entry("tidak kurang dari", Target.Operator.PALING_SEDIKIT),
          Map.entry("tidak lebih dari", Target.Operator.PALING_BANYAK),
          Map.entry("paling sedikit", Target.Operator.PALING_SEDIKIT),
          Map.entry("paling banyak", Target.Operator.PALING_BANYAK),
          Map.entry("kurang dari", Target.Operator.KURANG_DARI),
          Map.entry("lebih dari", Target.Operator.LEBIH_DARI),
          Map.entry("maksimal", Target.Operator.PALING_BANYAK),
          Map.entry("minimal", Target.Operator.PALING_SEDIKIT),
          Map.entry("<=", Target.Operator.PALING_BANYAK),
          Map.entry(">=", Target.Operator.PALING_SEDIKIT),
          Map.entry("≤", Target.Operator.PALING_BANYAK),
          Map.entry("≥", Target.Operator.PALING_SEDIKIT),
          Map.entry("<", Target.Operator.KURANG_DARI),
          Map.entry(">", Target.Operator.LEBIH_DARI));

  private static final Pattern RANGE =
      Pattern.compile("^(\\S.*?)\\s*(?:–|—|\\bs\\.d\\.?|\\bs/d\\b|\\bsampai\\b|(?<=\\S)\\s+-\\s+|(?<=\\d%?)-)\\s*(\\S.*)$");

  private TargetParser() {}

  /** Reads a target with numbers in Indonesian notation. */
  public static Target parse(String text) {
    return parse(text, Notasi.INDONESIA);
  }

  /**
   * Reads a target with numbers in the given notation.
   *
   * @throws AngkaFormatException if a number in it cannot be read, or it has no value ({@code n/a})
   * @throws IllegalArgumentException if it is a range whose bounds are not in order
   */
  public static Target parse(String text, Notasi notasi) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notasi, "notasi");
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Target.Operator> op : OPERATORS) {
      if (lower.startsWith(op.getKey())) {
        String rest = t.substring(op.getKey().length());
        return new Target.Pertidaksamaan(op.getValue(), number(text, rest, notasi));
      }
    }
    Matcher range = RANGE.matcher(t);
    if (range.matches()) {
      return new Target.Rentang(number(text, range.group(1), notasi), number(text, range.group(2), notasi));
    }
    return new Target.Angka(number(text, t, notasi));
  }

  private static BigDecimal number(String whole, String part, Notasi notasi) {
    try {
      return AngkaParser.parseNilai(part.strip(), notasi);
    } catch (AngkaFormatException e) {
      throw AngkaFormatException.at(
          whole, -1, "not a target", "a target is a number, a range 'a - b' or an inequality such as 'kurang dari 20' (" + e.getMessage() + ")");
    }
  }
}
