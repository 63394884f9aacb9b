package id.sakip.angka;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Reads the digits-and-separators core of a figure in one fixed notation, checking its grouping. */
final class DigitGrouping {

  private static final String PROBLEM = "malformed digit grouping";

  private final String text;
  private final int start;
  private final int end;
  private final char group;
  private final char decimal;
  private final String note;

  /**
   * @param text the whole input, so that positions index into it
   * @param start index of the first character of the core
   * @param end index after the last character of the core; the core holds only digits, '.' and ','
   * @param notasi INDONESIA or INGGRIS
   * @param note said after the rule in an error message, e.g. why this notation was chosen
   */
  DigitGrouping(String text, int start, int end, Notasi notasi, String note) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.group = notasi.groupingMark();
    this.decimal = notasi.decimalMark();
    this.note = note;
  }

  /** Returns the unsigned value at the printed scale, or throws naming the first broken rule. */
  BigDecimal read() {
    if (!isDigit(text.charAt(start))) {
      throw fail(start, "misplaced separator", "a number starts with a digit");
    }
    if (!isDigit(text.charAt(end - 1))) {
      throw fail(end - 1, "misplaced separator", "a number ends with a digit");
    }
    int decimalAt = decimalMarkIndex();
    int integerEnd = decimalAt < 0 ? end : decimalAt;
    checkIntegerGroups(integerEnd);
    int scale = decimalAt < 0 ? 0 : end - decimalAt - 1;
    return new BigDecimal(new BigInteger(digits()), scale);
  }

  private int decimalMarkIndex() {
    int decimalAt = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == decimal && decimalAt >= 0) {
        throw fail(i, "second decimal mark", "a number has at most one decimal mark '" + decimal + "'");
      }
      if (c == decimal) {
        decimalAt = i;
      } else if (c == group && decimalAt >= 0) {
        throw fail(i, PROBLEM, "no '" + group + "' may follow the decimal mark '" + decimal + "'");
      }
    }
    return decimalAt;
  }

  private void checkIntegerGroups(int integerEnd) {
    int mark = indexOfGroup(start, integerEnd);
    if (mark == integerEnd) {
      return;
    }
    if (mark - start > 3) {
      throw fail(start, PROBLEM, "the first group before '" + group + "' must have 1 to 3 digits");
    }
    if (text.charAt(start) == '0') {
      throw fail(start, PROBLEM, "a number grouped with '" + group + "' does not start with 0");
    }
    while (mark < integerEnd) {
      int groupStart = mark + 1;
      mark = indexOfGroup(groupStart, integerEnd);
      if (mark - groupStart != 3) {
        throw fail(groupStart, PROBLEM, "a group after '" + group + "' must have exactly 3 digits");
      }
    }
  }

  private int indexOfGroup(int from, int to) {
    int i = from;
    while (i < to && text.charAt(i) != group) {
      i++;
    }
    return i;
  }

  private String digits() {
    StringBuilder digits = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (isDigit(text.charAt(i))) {
        digits.append(text.charAt(i));
      }
    }
    return digits.toString();
  }

  private AngkaFormatException fail(int position, String problem, String rule) {
    return AngkaFormatException.at(text, position, problem, rule, note);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
