package id.sakip.angka;

import java.math.BigDecimal;

/**
 * The notation applied to one figure, with a note saying why, for error messages. For
 * {@link Notasi#OTOMATIS} it applies the rules documented on {@link AngkaParser}.
 */
record NotationChoice(Notasi notasi, String note) {

  static NotationChoice fixed(Notasi notasi) {
    return new NotationChoice(notasi, "read as " + notasi.label() + " notation as requested");
  }

  /**
   * Chooses the notation of the core {@code text[start, end)} from its separators and the
   * Indonesian signals around it, or throws when both notations read it, differently.
   */
  static NotationChoice automatic(
      String text, int start, int end, boolean rupiah, boolean noSen, boolean negative) {
    if (noSen) {
      return indonesian("because of the ',-' suffix");
    }
    if (rupiah) {
      return indonesian("because of the Rp prefix");
    }
    int lastDot = text.lastIndexOf('.', end - 1);
    int lastComma = text.lastIndexOf(',', end - 1);
    boolean dot = lastDot >= start;
    boolean comma = lastComma >= start;
    if (dot && comma) {
      return lastComma > lastDot
          ? indonesian("because ',' is the last separator")
          : english("because '.' is the last separator");
    }
    if (!dot && !comma) {
      return new NotationChoice(Notasi.INDONESIA, "read as Indonesian notation by default");
    }
    char separator = dot ? '.' : ',';
    int at = dot ? lastDot : lastComma;
    boolean groupingNotation = count(text, start, end, separator) > 1;
    if (!groupingNotation && groupsThousands(text, start, end, at)) {
      throw ambiguous(text, start, end, at, negative);
    }
    String reason =
        groupingNotation
            ? "because '" + separator + "' appears more than once"
            : "because the single '" + separator + "' cannot group thousands";
    // Repeated '.' or a single ',' is Indonesian; repeated ',' or a single '.' is English.
    boolean indonesian = separator == '.' ? groupingNotation : !groupingNotation;
    return indonesian ? indonesian(reason) : english(reason);
  }

  private static NotationChoice indonesian(String reason) {
    return new NotationChoice(Notasi.INDONESIA, "read as Indonesian notation " + reason);
  }

  private static NotationChoice english(String reason) {
    return new NotationChoice(Notasi.INGGRIS, "read as English notation " + reason);
  }

  private static int count(String text, int start, int end, char c) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }

  /** 1 to 3 digits, not starting with 0, then the separator, then exactly 3 digits. */
  private static boolean groupsThousands(String text, int start, int end, int separatorAt) {
    int before = separatorAt - start;
    return before >= 1 && before <= 3 && end - separatorAt - 1 == 3 && text.charAt(start) != '0';
  }

  private static AngkaFormatException ambiguous(
      String text, int start, int end, int separatorAt, boolean negative) {
    BigDecimal indonesian = new DigitGrouping(text, start, end, Notasi.INDONESIA, null).read();
    BigDecimal english = new DigitGrouping(text, start, end, Notasi.INGGRIS, null).read();
    return AngkaFormatException.ambiguous(
        text,
        separatorAt,
        negative ? indonesian.negate() : indonesian,
        negative ? english.negate() : english);
  }
}
