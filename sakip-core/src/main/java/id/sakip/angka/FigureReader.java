package id.sakip.angka;

import java.math.BigDecimal;

/**
 * Reads one printed figure left to right: optional parentheses, sign and Rp prefix, the number,
 * then an optional ",-", '%' or unit. Every position it reports indexes into the original text.
 */
final class FigureReader {

  private static final String PERCENT_OR_UNIT = "a figure has either '%' or a unit, not both";

  private final String text;
  private final Notasi requested;
  private int pos;
  private int end;

  FigureReader(String text, Notasi requested) {
    this.text = text;
    this.requested = requested;
  }

  AngkaTercetak read() {
    end = text.length();
    pos = skipSpace(0);
    end = trimEnd(end);
    if (isNoValue(text.substring(pos, end))) {
      return AngkaTercetak.tanpaNilai(text, requested == Notasi.OTOMATIS ? Notasi.INDONESIA : requested);
    }
    boolean parenthesised = readParentheses();
    boolean negative = readSign(parenthesised);
    boolean rupiah = readRupiah();
    if (rupiah && !negative) {
      negative = readSign(parenthesised);
    }
    checkNoSecondSign();
    int coreStart = pos;
    int coreEnd = readCore(negative || rupiah);
    boolean noSen = readNoSen(coreStart, coreEnd);
    if (noSen) {
      coreEnd--;
    }
    boolean persen = readPercent(rupiah);
    String satuan = persen ? "" : readUnit(rupiah);

    boolean minus = negative || parenthesised;
    NotationChoice choice =
        requested == Notasi.OTOMATIS
            ? NotationChoice.automatic(text, coreStart, coreEnd, rupiah, noSen, minus)
            : NotationChoice.fixed(requested);
    BigDecimal magnitude =
        new DigitGrouping(text, coreStart, coreEnd, choice.notasi(), choice.note()).read();
    BigDecimal nilai = minus ? magnitude.negate() : magnitude;
    return AngkaTercetak.of(text, nilai, satuan, persen, rupiah, choice.notasi());
  }

  private static boolean isNoValue(String body) {
    return body.isEmpty()
        || body.equals("-")
        || body.equals("\u2013")
        || body.equals("\u2014")
        || body.equalsIgnoreCase("n/a");
  }

  private boolean readParentheses() {
    if (text.charAt(pos) == '(') {
      if (text.charAt(end - 1) != ')') {
        throw fail(pos, "unbalanced parenthesis", "a '(' before the figure needs a ')' after it");
      }
      end--;
      pos = skipSpace(pos + 1);
      end = trimEnd(end);
      return true;
    }
    if (text.charAt(end - 1) == ')') {
      throw fail(end - 1, "unbalanced parenthesis", "a ')' after the figure needs a '(' before it");
    }
    return false;
  }

  private boolean readSign(boolean parenthesised) {
    if (pos == end || !isSign(text.charAt(pos))) {
      return false;
    }
    if (parenthesised) {
      throw fail(pos, "sign inside parentheses", "a figure in parentheses is negative and carries no sign");
    }
    pos++;
    return true;
  }

  private void checkNoSecondSign() {
    if (pos < end && isSign(text.charAt(pos))) {
      throw fail(pos, "second sign", "a figure carries at most one sign");
    }
  }

  private boolean readRupiah() {
    if (pos + 2 > end || !text.regionMatches(true, pos, "Rp", 0, 2)) {
      return false;
    }
    pos += 2;
    if (pos < end && text.charAt(pos) == '.') {
      pos++;
    }
    pos = skipSpace(pos);
    return true;
  }

  /**
   * Reads the run of digits, '.' and ',' and returns the index after it. Stops at the first digit
   * beyond {@link AngkaParser#MAKS_DIGIT}: converting n decimal digits to binary takes time
   * quadratic in n, so a figure's length is bounded and reading stays linear in the text.
   */
  private int readCore(boolean afterPrefix) {
    int start = pos;
    int digits = 0;
    while (pos < end && isNumberChar(text.charAt(pos))) {
      if (DigitGrouping.isDigit(text.charAt(pos)) && ++digits > AngkaParser.MAKS_DIGIT) {
        throw fail(pos, "more than " + AngkaParser.MAKS_DIGIT + " digits",
            "a figure has at most " + AngkaParser.MAKS_DIGIT + " digits");
      }
      pos++;
    }
    if (pos == start) {
      String rule =
          afterPrefix
              ? "digits must follow the sign or Rp prefix"
              : "a figure starts with a digit, '-', '(' or Rp";
      throw pos == end
          ? fail(pos, "missing digits", rule)
          : fail(pos, "unexpected " + describe(text.charAt(pos)), rule);
    }
    if (!DigitGrouping.isDigit(text.charAt(start))) {
      throw fail(start, "misplaced separator", "a number starts with a digit");
    }
    return pos;
  }

  /** Consumes the ",-" suffix (no sen) that may follow the core. */
  private boolean readNoSen(int coreStart, int coreEnd) {
    int comma = coreEnd - 1;
    if (pos == end || text.charAt(pos) != '-' || text.charAt(comma) != ',') {
      return false;
    }
    if (requested == Notasi.INGGRIS) {
      throw fail(comma, "',-' suffix in English notation",
          "the ',-' suffix (no sen) belongs to Indonesian notation");
    }
    if (text.indexOf(',', coreStart) < comma) {
      throw fail(comma, "decimals before ',-'",
          "a figure with the ',-' suffix (no sen) has no other decimal mark ','");
    }
    pos++;
    return true;
  }

  private boolean readPercent(boolean rupiah) {
    int percentAt = skipSpace(pos);
    if (percentAt == end || text.charAt(percentAt) != '%') {
      return false;
    }
    if (rupiah) {
      throw fail(percentAt, "'%' on a Rupiah amount", "a Rupiah amount is not a percentage");
    }
    pos = skipSpace(percentAt + 1);
    if (pos < end) {
      throw Character.isLetter(text.charAt(pos))
          ? fail(pos, "unit together with '%'", PERCENT_OR_UNIT)
          : fail(pos, "unexpected " + describe(text.charAt(pos)), "nothing follows '%'");
    }
    return true;
  }

  private String readUnit(boolean rupiah) {
    if (pos == end) {
      return "";
    }
    int unitStart = skipSpace(pos);
    if (unitStart == pos) {
      throw fail(pos, "unexpected " + describe(text.charAt(pos)), "a number consists of digits, '.' and ','");
    }
    if (!Character.isLetter(text.charAt(unitStart))) {
      throw fail(unitStart, "unexpected " + describe(text.charAt(unitStart)),
          "a unit after the number starts with a letter");
    }
    if (rupiah) {
      throw fail(unitStart, "unit on a Rupiah amount", "a Rupiah amount carries no other unit");
    }
    int percentAt = text.indexOf('%', unitStart);
    if (percentAt >= 0 && percentAt < end) {
      throw fail(percentAt, "'%' together with a unit", PERCENT_OR_UNIT);
    }
    pos = end;
    return text.substring(unitStart, end);
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int trimEnd(int from) {
    int i = from;
    while (i > pos && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private AngkaFormatException fail(int position, String problem, String rule) {
    return AngkaFormatException.at(text, position, problem, rule);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '\u2212';
  }

  private static boolean isNumberChar(char c) {
    return DigitGrouping.isDigit(c) || c == '.' || c == ',';
  }

  private static String describe(char c) {
    if (isSpace(c)) {
      return "whitespace";
    }
    return Character.isISOControl(c)
        ? String.format("character U+%04X", (int) c)
        : "character '" + c + "'";
  }
}
