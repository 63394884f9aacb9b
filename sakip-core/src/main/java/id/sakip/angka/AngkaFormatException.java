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
        input, position, problem, rule, quote(input) + ": " + problem + where + ": " + rule + after);
  }

  static AngkaFormatException ambiguous(
      String input, int position, BigDecimal indonesian, BigDecimal english) {
    String rule =
        "a figure both notations can read needs a fixed notation:"
            + " parse with Notasi.INDONESIA or Notasi.INGGRIS";
    String readings =
        "Indonesian notation reads " + indonesian.toPlainString()
            + ", English notation reads " + english.toPlainString();
    String message = quote(input) + " is ambiguous at position " + position + ": " + readings + "; " + rule;
    return new AngkaFormatException(input, position, "ambiguous: " + readings, rule, message);
  }

  static AngkaFormatException noValue(String input) {
    return at(input, -1, "no value", "a value is required here, but 'n/a', '-' and blank text print none");
  }

  private static String quote(String input) {
    return "'" + input + "'";
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
