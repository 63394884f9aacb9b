package id.sakip.angka;

import java.math.BigDecimal;

/**
 * A printed figure that {@link AngkaParser} refuses to read. It keeps the offending text, the
 * position of the problem and the rule broken, and says all three in its message.
 */
public final class AngkaFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String input;
  private final int position;
  private final String problem;
  private final String rule;

  private AngkaFormatException(String input, int position, String problem, String rule, String message) {
    super(message);
    this.input = input;
    this.position = position;
    this.problem = problem;
    this.rule = rule;
  }

  /**
   * Returns an exception for {@code input} with the problem found, its position (or -1) and the
   * rule broken; for readers of printed figures built on {@link AngkaParser}.
   */
  public static AngkaFormatException at(String input, int position, String problem, String rule) {
    return at(input, position, problem, rule, null);
  }

  static AngkaFormatException at(
      String input, int position, String problem, String rule, String note) {
    String where = position >= 0 ? " at position " + position : "";
    String after = note == null ? "" : "; " + note;
    return new AngkaFormatException(
        input, position, problem, rule, quote(input, position) + ": " + problem + where + ": " + rule + after);
  }

  static AngkaFormatException ambiguous(
      String input, int position, BigDecimal indonesian, BigDecimal english) {
    String rule =
        "a figure both notations can read needs a fixed notation:"
            + " parse with Notasi.INDONESIA or Notasi.INGGRIS";
    String readings =
        "Indonesian notation reads " + indonesian.toPlainString()
            + ", English notation reads " + english.toPlainString();
    String message = quote(input, position) + " is ambiguous at position " + position + ": " + readings + "; " + rule;
    return new AngkaFormatException(input, position, "ambiguous: " + readings, rule, message);
  }

  static AngkaFormatException noValue(String input) {
    return at(input, -1, "no value", "a value is required here, but 'n/a', '-' and blank text print none");
  }

  /** Texts longer than this are quoted in messages by an excerpt around the problem. */
  static final int KUTIPAN_MAKS = 120;

  /**
   * Quotes {@code input} for a message: whole when short, else the {@value #KUTIPAN_MAKS}
   * characters around {@code position} (or its start) with its length, so that a message about a
   * 10^6-character text stays short. {@link #input()} keeps the whole text.
   */
  private static String quote(String input, int position) {
    if (input.length() <= KUTIPAN_MAKS) {
      return "'" + input + "'";
    }
    int from = Math.max(0, Math.min(position, input.length()) - KUTIPAN_MAKS / 2);
    int to = Math.min(input.length(), from + KUTIPAN_MAKS);
    if (from > 0 && Character.isLowSurrogate(input.charAt(from))) {
      from++;
    }
    if (to < input.length() && Character.isLowSurrogate(input.charAt(to))) {
      to--;
    }
    return (from > 0 ? "'…" : "'") + input.substring(from, to) + (to < input.length() ? "…'" : "'")
        + " (" + input.length() + " characters)";
  }

  /** Returns the offending text, exactly as given to the parser. */
  public String input() {
    return input;
  }

  /** Returns the 0-based index into {@link #input()} where the problem is, or -1 when none applies. */
  public int position() {
    return position;
  }

  /**
   * Returns what is wrong at {@link #position()}, without the text or the rule, such as {@code
   * "unexpected character 'x'"}; for a reader that reports the problem inside a larger text.
   */
  public String problem() {
    return problem;
  }

  /** Returns a short statement of the rule the text breaks. */
  public String rule() {
    return rule;
  }
}
