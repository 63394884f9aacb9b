package id.sakip.json;

import id.sakip.angka.Notasi;
import id.sakip.json.TokenSource.Token;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The state of one read: the problems found so far (every one, with its path, instead of stopping
 * at the first), the input limits and the notation numbers written as strings are read in. A shape
 * returns {@code null} for a value it could not read; {@link #finish} turns any problem into one
 * {@link SakipJsonException}.
 */
final class ReadContext {

  /**
   * The longest number (or target) written as a string: a printed figure is short, and turning a
   * long run of digits into a {@code BigDecimal} takes time quadratic in its length.
   */
  static final int MAX_NUMBER_TEXT = 200;

  /** At most this many "did you mean" hints per document: each costs an edit-distance search. */
  static final int MAX_HINTS = 100;

  static final Teks MEMBER_NAME = Teks.of("nama anggota", "member name");
  static final Teks TEXT = Teks.of("teks", "text");
  static final Teks KEY = Teks.of("kunci", "key");

  private final List<JsonProblem> problems = new ArrayList<>();
  private final InputLimits limits;
  private Notasi notasi;
  private boolean readInNotation;
  private Notasi restartWith;
  private int hints;
  private FormatVersion format;
  private final List<LaterMember> laterMembers = new ArrayList<>();

  /** A member of a later format version, read at {@code path}. */
  private record LaterMember(JsonPath path, String name, FormatVersion since) {}

  ReadContext(InputLimits limits, Notasi notasi) {
    this.limits = limits;
    this.notasi = notasi;
  }

  Notasi notasi() {
    return notasi;
  }

  /**
   * The notation for numbers written as strings, noting that one was read in it: a document that
   * declares another notation after such a number has to be read again.
   */
  Notasi notasiForReading() {
    readInNotation = true;
    return notasi;
  }
  InputLimits limits() {
    return limits;
  }
  /**
   * The notation a document declares: numbers written as strings are read in it from here on. If
   * one was already read in another notation, the document must be read again from the start in
   * the declared one ({@link #restartWith()}).
   */
  void declareNotasi(Notasi value) {
    if (value != notasi && readInNotation && restartWith == null) {
      restartWith = value;
    }
    this.notasi = value;
  }

  /** The notation to read the document again in, or {@code null}. */
  Notasi restartWith() {
    return restartWith;
  }

  int mark() {
    return problems.size();
  }

  boolean failedSince(int mark) {
    return problems.size() > mark;
  }

  /** A problem with the value the source is on; a container value is read to its end and shown shortened. */
  void problem(JsonPath path, TokenSource in, Teks rule) {
    problem(path, Teks.same(consume(in)), rule);
  }

  /** A problem with a value shown the same in both languages. */
  void problem(JsonPath path, String value, Teks rule) {
    problem(path, Teks.same(shorten(value)), rule);
  }

  void problem(JsonPath path, Teks value, Teks rule) {
    problems.add(new JsonProblem(path.toString(), value.istilah(), rule.istilah()));
  }

  /** A problem the model's own check found; its message names the rule, in English. */
  void problem(JsonPath path, TokenSource in, RuntimeException refusal) {
    problem(path, in, Teks.same(String.valueOf(refusal.getMessage())));
  }

  void problem(JsonPath path, String value, RuntimeException refusal) {
    problem(path, value, Teks.same(String.valueOf(refusal.getMessage())));
  }
  /** The format version the document declares; members read before or after it are checked at the end. */
  void declareFormat(FormatVersion version) {
    this.format = version;
  }

  /**
   * Notes a member added in a later format version, read at {@code path}; refused at the end of
   * the read if the document declares an earlier version. (A value read alone, outside a
   * document, declares none and may hold every member.)
   */
  void laterMember(JsonPath parent, String name, FormatVersion since) {
    laterMembers.add(new LaterMember(parent.child(name), name, since));
  }

  /** Refuses the members of a later version than the document declares. */
  private void checkVersions() {
    if (format == null) {
      return;
    }
    for (LaterMember later : laterMembers) {
      FormatVersion since = later.since();
      if (!format.allows(since)) {
        JsonPath path = later.path();
        String name = later.name();
        problem(path, Teks.of("(ada)", "(present)"), Teks.of("anggota '" + name + "' memerlukan format " + since.marker()
            + "; dokumen ini menyatakan \"format\": \"" + format.marker() + "\"", "member '" + name + "' needs format "
            + since.marker() + "; this document declares \"format\": \"" + format.marker() + "\""));
      }
    }
  }

  /** Returns {@code value} or throws the collected problems. */
  <T> T finish(T value) {
    checkVersions();
    laterMembers.clear();
    if (!problems.isEmpty()) {
      throw new SakipJsonException(problems);
    }
    if (value == null) {
      throw new IllegalStateException("reader returned no value without a problem");
    }
    return value;
  }

  /** {@code "; did you mean 'x'?"} or nothing; beyond {@link #MAX_HINTS} per document, nothing. */
  Teks hint(String name, Collection<String> known) {
    if (hints >= MAX_HINTS) {
      return Teks.EMPTY;
    }
    hints++;
    return Names.nearest(name, known).map(n -> Teks.of("; maksudnya '" + n + "'?", "; did you mean '" + n + "'?"))
        .orElse(Teks.EMPTY);
  }
  /**
   * Checks that a string or member name is Unicode text: a lone surrogate comes from bytes that
   * are not UTF-8 (such as a 4-byte sequence beyond U+10FFFF, which the parser lets through) or
   * from an escape of half a character ({@code "\uD800"}), and could not be written back as read.
   */
  boolean unicode(String text, JsonPath path, Teks what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < Character.MIN_SURROGATE) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        String u = "U+" + String.format("%04X", (int) c);
        Teks at = Teks.count(i + 1L);
        problem(path, Teks.of(what.id() + " dengan " + u + " pada karakter " + at.id(),
            what.en() + " with " + u + " at character " + at.en()),
            Teks.of("bukan teks Unicode yang sah: separuh pasangan surrogate berdiri sendiri (bita yang bukan UTF-8,"
                + " atau escape separuh karakter seperti \\uD800)", "not valid Unicode text: half of a surrogate pair"
                + " stands alone (bytes that are not UTF-8, or an escape such as \\uD800 of half a character)"));
        return false;
      }
    }
    return true;
  }

  /** The value the source is on, as a problem shows it, read to its end when it is a container. */
  static String consume(TokenSource in) {
    return in.current() == Token.START_OBJECT || in.current() == Token.START_ARRAY ? CompactText.of(in) : show(in);
  }

  /** The value the source is on, as a problem shows it. */
  static String show(TokenSource in) {
    switch (in.current()) {
      case STRING:
        return shorten("\"" + in.text() + "\"");
      case INTEGER:
      case DECIMAL:
        return shorten(in.text());
      case START_OBJECT:
        return "{…}";
      case START_ARRAY:
        return "[…]";
      case TRUE:
        return "true";
      case FALSE:
        return "false";
      case NULL:
        return "null";
      default:
        return "(missing)";
    }
  }

  static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "…";
  }
}
