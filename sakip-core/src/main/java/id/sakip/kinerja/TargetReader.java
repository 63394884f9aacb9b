package id.sakip.kinerja;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one target left to right, once, without backtracking: an operator or a lower bound, then
 * for a range a separator and an upper bound. Each bound is a figure (sign, Rp prefix, digits,
 * {@code ,-}, '%') and the unit after it; {@link AngkaParser} reads it. Every position it
 * reports indexes into the original text. The rules are documented on {@link TargetParser}.
 */
final class TargetReader {

  /** A spelling of an operator; a space in it stands for any run of whitespace. */
  private record EjaanOperator(String teks, Target.Operator operator) {}

  /**
   * A spelling of a word that separates the bounds of a range; a space in it stands for any run
   * of whitespace. {@code angkaSesudahnya}: it separates only when a number follows it.
   */
  private record EjaanPemisah(String teks, boolean angkaSesudahnya) {}

  /** The operators of an inequality. */
  private static final List<EjaanOperator> OPERATORS = List.of(
      operator("kurang dari", Target.Operator.KURANG_DARI),
      operator("<", Target.Operator.KURANG_DARI),
      operator("lebih dari", Target.Operator.LEBIH_DARI),
      operator(">", Target.Operator.LEBIH_DARI),
      operator("paling sedikit", Target.Operator.PALING_SEDIKIT),
      operator("sekurang-kurangnya", Target.Operator.PALING_SEDIKIT),
      operator("tidak kurang dari", Target.Operator.PALING_SEDIKIT),
      operator("minimal", Target.Operator.PALING_SEDIKIT),
      operator("min.", Target.Operator.PALING_SEDIKIT),
      operator("min", Target.Operator.PALING_SEDIKIT),
      operator(">=", Target.Operator.PALING_SEDIKIT),
      operator("≥", Target.Operator.PALING_SEDIKIT),
      operator("paling banyak", Target.Operator.PALING_BANYAK),
      operator("tidak lebih dari", Target.Operator.PALING_BANYAK),
      operator("maksimal", Target.Operator.PALING_BANYAK),
      operator("maks.", Target.Operator.PALING_BANYAK),
      operator("maks", Target.Operator.PALING_BANYAK),
      operator("<=", Target.Operator.PALING_BANYAK),
      operator("≤", Target.Operator.PALING_BANYAK));

  /** The operators, longest first so that "min." wins over "min" and "<=" over "<". */
  private static final List<EjaanOperator> OPERATORS_LONGEST_FIRST = longestFirst(EjaanOperator::teks, OPERATORS);

  /** The dashes that separate the bounds of a range; '-' and '−' are also signs. */
  private static final String DASHES = "-\u2013\u2014\u2212";

  /**
   * The words that separate the bounds of a range. "sd" is also the abbreviation of Sekolah
   * Dasar, a unit ({@code 5 SD}): it separates only when a number follows it.
   */
  private static final List<EjaanPemisah> SEPARATOR_WORDS = List.of(
      new EjaanPemisah("hingga", false),
      new EjaanPemisah("sampai dengan", false),
      new EjaanPemisah("sampai", false),
      new EjaanPemisah("s.d.", false),
      new EjaanPemisah("s.d", false),
      new EjaanPemisah("s/d", false),
      new EjaanPemisah("sd", true),
      new EjaanPemisah("to", false));

  /** The separator words, longest first so that "sampai dengan" wins over "sampai". */
  private static final List<EjaanPemisah> SEPARATOR_WORDS_LONGEST_FIRST =
      longestFirst(EjaanPemisah::teks, SEPARATOR_WORDS);

  /** The accepted forms, said in every refusal; derived from the spellings above. */
  private static final String FORMS = "a target is a number ('85', '90%', '4 Buku'), a range of two numbers"
      + " with one of " + quoted(DASHES.chars().mapToObj(c -> String.valueOf((char) c))) + ", "
      + quoted(SEPARATOR_WORDS.stream().map(EjaanPemisah::teks)) + " between them ('80 - 90', '80–90%',"
      + " '80 s.d. 90'), or one of " + quoted(OPERATORS.stream().map(EjaanOperator::teks))
      + " and a number ('kurang dari 20', '≥ 90')";

  private static final String UNIT_RULE = "a unit after a number holds no number (a digit only right after a"
      + " letter, as in 'm2'), and two numbers make a range only with a separator between them; " + FORMS;

  private final String text;
  private final Notasi notasi;
  private final int end;

  TargetReader(String text, Notasi notasi) {
    this.text = text;
    this.notasi = notasi;
    int e = text.length();
    while (e > 0 && isSpace(text.charAt(e - 1))) {
      e--;
    }
    this.end = e;
  }

  Target read() {
    int start = skipSpace(0);
    if (start == end) {
      throw fail(0, text.isEmpty() ? "empty text" : "blank text", FORMS);
    }
    for (EjaanOperator op : OPERATORS_LONGEST_FIRST) {
      int after = match(op.teks(), start);
      if (after >= 0) {
        return inequality(op.operator(), start, after);
      }
    }
    Bound lower = bound(start, "the number");
    if (lower.separatorStart() == end) {
      return Target.angka(figure(lower, "the number").nilai().orElseThrow());
    }
    return range(lower);
  }

  private Target inequality(Target.Operator operator, int start, int after) {
    String spelt = text.substring(start, after);
    int boundStart = skipSpace(after);
    if (boundStart == end) {
      throw fail(after, "no number after '" + spelt + "'", FORMS);
    }
    Bound bound = bound(boundStart, "the bound");
    if (bound.separatorStart() < end) {
      throw fail(bound.separatorStart(), "separator '" + separator(bound) + "' after the bound of '" + spelt + "'",
          "an inequality has one bound and a range no operator; " + FORMS);
    }
    return new Target.Pertidaksamaan(operator, figure(bound, "the bound").nilai().orElseThrow());
  }

  private Target range(Bound lower) {
    int upperStart = skipSpace(lower.separatorEnd());
    if (upperStart == end) {
      throw fail(lower.separatorStart(), "no upper bound after '" + separator(lower) + "'", FORMS);
    }
    Bound upper = bound(upperStart, "the upper bound");
    if (upper.separatorStart() < end) {
      throw fail(upper.separatorStart(), "a second separator '" + separator(upper) + "'",
          "a range has two bounds; " + FORMS);
    }
    AngkaTercetak bawah = figure(lower, "the lower bound");
    AngkaTercetak atas = figure(upper, "the upper bound");
    checkUnits(lower, bawah, upper, atas);
    BigDecimal lo = bawah.nilai().orElseThrow();
    BigDecimal hi = atas.nilai().orElseThrow();
    if (lo.compareTo(hi) >= 0) {
      throw fail(upper.start(), "lower bound " + lo.toPlainString() + " is not below upper bound " + hi.toPlainString(),
          "a range target needs bawah < atas, the smaller bound first");
    }
    return Target.rentang(lo, hi);
  }

  /** The bounds may both carry the same unit (or '%'), or only the upper one. */
  private void checkUnits(Bound lower, AngkaTercetak bawah, Bound upper, AngkaTercetak atas) {
    String lowerUnit = unit(bawah);
    String upperUnit = unit(atas);
    String rule = "a unit or '%' follows both bounds of a range, the same on each, or only the upper one"
        + " ('80% - 90%', '80 - 90%', '80 - 90 Indek'); " + FORMS;
    if (!lowerUnit.isEmpty() && upperUnit.isEmpty()) {
      throw fail(unitAt(lower, bawah), "'" + lowerUnit + "' after the lower bound only", rule);
    }
    boolean sameUnit = normalised(lowerUnit).equals(normalised(upperUnit));
    boolean rupiahWithUnit = (bawah.isRupiah() && !upperUnit.isEmpty()) || (atas.isRupiah() && !lowerUnit.isEmpty());
    if ((!lowerUnit.isEmpty() && !sameUnit) || rupiahWithUnit) {
      String lowerSays = bawah.isRupiah() ? "Rp" : lowerUnit;
      String upperSays = atas.isRupiah() ? "Rp" : upperUnit;
      throw fail(unitAt(upper, atas), "different units '" + lowerSays + "' and '" + upperSays + "'", rule);
    }
  }

  /** Where the unit of a bound starts: its '%', its first unit word, or the bound (Rp, no unit). */
  private int unitAt(Bound bound, AngkaTercetak figure) {
    if (figure.isPersen()) {
      return text.lastIndexOf('%', bound.end() - 1);
    }
    return figure.satuan().isEmpty() ? bound.start() : skipSpace(bound.figureEnd());
  }

  // ---- scanning --------------------------------------------------------------------------------

  /**
   * A bound {@code text[start, end)}: its figure ends at {@code figureEnd}, its unit (if any)
   * after it; the separator that follows it is {@code text[separatorStart, separatorEnd)}, both
   * the text's end when none does.
   */
  private record Bound(int start, int figureEnd, int end, int separatorStart, int separatorEnd) {}

  /** Scans a bound from {@code start}: its figure, then its unit, up to the end or a separator. */
  private Bound bound(int start, String role) {
    int figureEnd = scanFigure(start, role);
    int boundEnd = figureEnd;
    int p = figureEnd;
    while (true) {
      int word = skipSpace(p);
      if (word == end) {
        return new Bound(start, figureEnd, boundEnd, end, end);
      }
      if (word > p || p == figureEnd) {
        int separatorEnd = separatorAt(word);
        if (separatorEnd >= 0) {
          return new Bound(start, figureEnd, boundEnd, word, separatorEnd);
        }
        if (isDigit(text.charAt(word))) {
          throw fail(word, "a second number after " + role + " '" + text.substring(start, boundEnd)
              + "' without a separator", UNIT_RULE);
        }
      }
      p = scanUnitWord(word, role);
      if (p < end && isDash(text.charAt(p))) {
        return new Bound(start, figureEnd, p, p, p + 1);
      }
      boundEnd = p;
    }
  }

  /** Scans '(' … ')', a sign, an Rp prefix, digits with '.' and ',', ",-" and '%'; returns the end. */
  private int scanFigure(int start, String role) {
    int p = start;
    boolean parenthesised = text.charAt(p) == '(';
    if (parenthesised) {
      p = skipSpace(p + 1);
    }
    p = scanSign(p, role);
    if (isRupiahAt(p)) {
      p += 2;
      if (p < end && text.charAt(p) == '.') {
        p++;
      }
      p = scanSign(skipSpace(p), role);
    }
    if (p == end || !isDigit(text.charAt(p))) {
      String problem = p == end ? "missing digits" : "unexpected " + describe(text.charAt(p));
      throw fail(p, problem + " where " + role + " starts",
          role + " starts with a digit, '(', a sign '-' or Rp; " + FORMS);
    }
    while (p < end && isNumberChar(text.charAt(p))) {
      p++;
    }
    if (text.charAt(p - 1) == ',' && p < end && text.charAt(p) == '-') {
      p++; // ",-": no sen
    }
    p = scanPercent(p);
    if (parenthesised) {
      int close = skipSpace(p);
      if (close == end || text.charAt(close) != ')') {
        throw fail(start, "unclosed parenthesis", "a '(' before a number needs a ')' right after it; " + FORMS);
      }
      p = scanPercent(close + 1);
    }
    return p;
  }

  /** A sign must touch its digits (or the Rp prefix): "-5", "−4", "-Rp 5". */
  private int scanSign(int p, String role) {
    if (p == end || !isSign(text.charAt(p))) {
      return p;
    }
    if (p + 1 < end && (isDigit(text.charAt(p + 1)) || isRupiahAt(p + 1))) {
      return p + 1;
    }
    throw fail(p, "sign '" + text.charAt(p) + "' apart from the digits of " + role,
        "a sign is written right before its digits ('-5', '-10 - -5'); " + FORMS);
  }

  private int scanPercent(int p) {
    int percent = skipSpace(p);
    return percent < end && text.charAt(percent) == '%' ? percent + 1 : p;
  }

  /**
   * Scans one word of a unit from {@code start} up to whitespace, the end or a dash that separates
   * (a '-' between two letters joins them: {@code orang-hari}). A digit must follow a letter or
   * such a digit ({@code m2}, {@code km2}); any other digit is a number hiding in the unit.
   */
  private int scanUnitWord(int start, String role) {
    int p = start;
    while (p < end && !isSpace(text.charAt(p))) {
      char c = text.charAt(p);
      if (isDash(c) && !joinsLetters(p)) {
        return p;
      }
      if (isDigit(c) && (p == start || !(Character.isLetter(text.charAt(p - 1)) || isDigit(text.charAt(p - 1))))) {
        throw fail(p, "a number in the unit after " + role, UNIT_RULE);
      }
      p++;
    }
    return p;
  }

  /** Returns the index after a separator at {@code p}, or -1. */
  private int separatorAt(int p) {
    if (isDash(text.charAt(p))) {
      return p + 1;
    }
    for (EjaanPemisah separator : SEPARATOR_WORDS_LONGEST_FIRST) {
      int after = match(separator.teks(), p);
      if (after >= 0 && (!separator.angkaSesudahnya() || numberStartsAt(skipSpace(after)))) {
        return after;
      }
    }
    return -1;
  }

  private boolean numberStartsAt(int p) {
    if (p == end) {
      return false;
    }
    char c = text.charAt(p);
    return isDigit(c) || c == '(' || isRupiahAt(p) || (isSign(c) && p + 1 < end && isDigit(text.charAt(p + 1)));
  }

  /**
   * Returns the index after {@code spelling} at {@code at}, or -1: case-insensitive, a space in
   * the spelling matching any run of whitespace, and a spelling that ends in a letter not
   * followed by another letter.
   */
  private int match(String spelling, int at) {
    int p = at;
    for (int i = 0; i < spelling.length(); i++) {
      char s = spelling.charAt(i);
      if (s == ' ') {
        int next = skipSpace(p);
        if (next == p) {
          return -1;
        }
        p = next;
      } else if (p < end && Character.toLowerCase(text.charAt(p)) == s) {
        p++;
      } else {
        return -1;
      }
    }
    boolean endsInLetter = Character.isLetter(spelling.charAt(spelling.length() - 1));
    return endsInLetter && p < end && Character.isLetter(text.charAt(p)) ? -1 : p;
  }

  private AngkaTercetak figure(Bound bound, String role) {
    String part = text.substring(bound.start(), bound.end());
    try {
      return AngkaParser.parse(part, notasi);
    } catch (AngkaFormatException e) {
      int at = bound.start() + Math.max(e.position(), 0);
      String which = part.length() <= 60 ? " '" + part + "'" : " (" + part.length() + " characters)";
      throw fail(at, e.problem() + " in " + role + which, e.rule() + "; " + FORMS);
    }
  }

  private String separator(Bound bound) {
    return text.substring(bound.separatorStart(), bound.separatorEnd());
  }

  private int skipSpace(int from) {
    int i = from;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private boolean joinsLetters(int p) {
    return text.charAt(p) == '-' && p > 0 && Character.isLetter(text.charAt(p - 1))
        && p + 1 < end && Character.isLetter(text.charAt(p + 1));
  }

  private boolean isRupiahAt(int p) {
    return p + 2 <= end && text.regionMatches(true, p, "rp", 0, 2);
  }

  private AngkaFormatException fail(int position, String problem, String rule) {
    return AngkaFormatException.at(text, position, problem, rule);
  }

  private static String unit(AngkaTercetak figure) {
    return figure.isPersen() ? "%" : figure.satuan();
  }

  /** Case and runs of whitespace do not make a unit different. */
  private static String normalised(String unit) {
    StringBuilder out = new StringBuilder(unit.length());
    boolean space = false;
    for (int i = 0; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (isSpace(c)) {
        space = true;
      } else {
        out.append(space ? " " : "").append(c);
        space = false;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '\u2212';
  }

  private static boolean isDash(char c) {
    return DASHES.indexOf(c) >= 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNumberChar(char c) {
    return isDigit(c) || c == '.' || c == ',';
  }

  private static String describe(char c) {
    return Character.isISOControl(c) ? String.format("character U+%04X", (int) c) : "character '" + c + "'";
  }

  private static EjaanOperator operator(String teks, Target.Operator operator) {
    return new EjaanOperator(teks, operator);
  }

  private static <T> List<T> longestFirst(Function<T, String> teks, List<T> spellings) {
    return spellings.stream().sorted(Comparator.comparingInt((T e) -> teks.apply(e).length()).reversed()).toList();
  }

  private static String quoted(Stream<String> spellings) {
    return spellings.map(e -> "'" + e + "'").collect(Collectors.joining(", "));
  }
}
