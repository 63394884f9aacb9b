package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Walks a JSON tree, collecting every problem with its path instead of stopping at the first. A
 * reader returns {@code null} for a value it could not read; {@link #finish} turns any problem into
 * one {@link SakipJsonException}.
 */
final class ReadContext {

  /**
   * The longest number (or target) written as a string: a printed figure is short, and turning a
   * long run of digits into a {@code BigDecimal} takes time quadratic in its length.
   */
  static final int MAX_NUMBER_TEXT = 200;

  /** At most this many "did you mean" hints per document: each costs an edit-distance search. */
  static final int MAX_HINTS = 100;

  private final List<JsonProblem> problems = new ArrayList<>();
  private final InputLimits limits;
  private Notasi notasi;
  private int hints;

  ReadContext(InputLimits limits, Notasi notasi) {
    this.limits = limits;
    this.notasi = notasi;
  }

  Notasi notasi() {
    return notasi;
  }

  InputLimits limits() {
    return limits;
  }

  void notasi(Notasi value) {
    this.notasi = value;
  }

  int mark() {
    return problems.size();
  }

  boolean failedSince(int mark) {
    return problems.size() > mark;
  }

  void problem(JsonPath path, JsonNode value, String rule) {
    problems.add(new JsonProblem(path.toString(), show(value), rule));
  }

  void problem(JsonPath path, String value, String rule) {
    problems.add(new JsonProblem(path.toString(), shorten(value), rule));
  }

  /** Returns {@code value} or throws the collected problems. */
  <T> T finish(T value) {
    if (!problems.isEmpty()) {
      throw new SakipJsonException(problems);
    }
    if (value == null) {
      throw new IllegalStateException("reader returned no value without a problem");
    }
    return value;
  }

  // ------------------------------------------------------------------ structure

  /** Returns the object's members, reporting unknown ones, or null if {@code node} is no object. */
  Fields object(JsonNode node, JsonPath path, String... known) {
    if (!node.isObject()) {
      problem(path, node, "must be an object with the members " + Arrays.toString(known));
      return null;
    }
    if (node.size() > limits.maxArrayLength()) {
      problem(path, "object of " + node.size() + " members",
          "an object may hold at most " + limits.maxArrayLength() + " members (InputLimits.maxArrayLength)");
      return null;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!isKnown(name, known)) {
        Set<String> knownSet = Set.of(known);
        String knownList = knownSet.stream().sorted().collect(Collectors.joining(", "));
        problem(path.child(name), node.get(name),
            "unknown property '" + name + "'" + hint(name, knownSet) + " (known: " + knownList + ")");
      }
    }
    return new Fields(this, node, path);
  }

  private static boolean isKnown(String name, String[] known) {
    for (String k : known) {
      if (k.equals(name)) {
        return true;
      }
    }
    return false;
  }

  <T> List<T> list(JsonNode node, JsonPath path, JsonReader<T> element) {
    if (!node.isArray()) {
      problem(path, node, "must be an array");
      return null;
    }
    if (node.size() > limits.maxArrayLength()) {
      problem(path, "array of " + node.size() + " elements",
          "an array may hold at most " + limits.maxArrayLength() + " elements (InputLimits.maxArrayLength)");
      return null;
    }
    int mark = mark();
    List<T> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(element.read(node.get(i), path.index(i), this));
    }
    return failedSince(mark) ? null : out;
  }

  /** Reads an object whose keys are years, such as {@code {"2021": 84, "2022": 85}}. */
  <T> SortedMap<Integer, T> yearMap(JsonNode node, JsonPath path, JsonReader<T> value) {
    return keyedMap(node, path, value, "a year such as \"2022\"", 1945, 2200);
  }

  /** Reads an object whose keys are period numbers, such as {@code {"1": 80, "2": 85}}. */
  <T> SortedMap<Integer, T> periodMap(JsonNode node, JsonPath path, JsonReader<T> value) {
    return keyedMap(node, path, value, "a period number such as \"1\"", 1, 12);
  }

  /**
   * Reads an object whose keys are codes, such as {@code {"U1": 4, "U2": 3}}, in document order; a
   * key must not be blank.
   */
  <T> Map<String, T> codeMap(JsonNode node, JsonPath path, JsonReader<T> value, String keyRule) {
    if (!node.isObject()) {
      problem(path, node, "must be an object whose keys are " + keyRule);
      return null;
    }
    if (node.size() > limits.maxArrayLength()) {
      problem(path, "object of " + node.size() + " members",
          "an object may hold at most " + limits.maxArrayLength() + " members (InputLimits.maxArrayLength)");
      return null;
    }
    int mark = mark();
    Map<String, T> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonPath childPath = path.key(e.getKey());
      if (e.getKey().isBlank()) {
        problem(childPath, e.getKey(), "key must be " + keyRule + ", not blank");
        continue;
      }
      out.put(e.getKey(), value.read(e.getValue(), childPath, this));
    }
    return failedSince(mark) ? null : out;
  }

  private <T> SortedMap<Integer, T> keyedMap(
      JsonNode node, JsonPath path, JsonReader<T> value, String keyRule, int min, int max) {
    if (!node.isObject()) {
      problem(path, node, "must be an object whose keys are " + keyRule);
      return null;
    }
    if (node.size() > limits.maxArrayLength()) {
      problem(path, "object of " + node.size() + " members",
          "an object may hold at most " + limits.maxArrayLength() + " members (InputLimits.maxArrayLength)");
      return null;
    }
    int mark = mark();
    SortedMap<Integer, T> out = new TreeMap<>();
    Map<Integer, String> written = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonPath childPath = path.child(e.getKey());
      Integer key = e.getKey().matches("[0-9]{1,4}") ? Integer.valueOf(e.getKey()) : null;
      if (key == null || key < min || key > max) {
        problem(childPath, e.getKey(), "key must be " + keyRule + " between " + min + " and " + max);
        continue;
      }
      String earlier = written.putIfAbsent(key, e.getKey());
      if (earlier != null) {
        problem(childPath, e.getKey(), "key '" + e.getKey() + "' is " + key + " again (already given as '" + earlier
            + "'); each key may appear once");
        continue;
      }
      out.put(key, value.read(e.getValue(), childPath, this));
    }
    return failedSince(mark) ? null : out;
  }

  // ------------------------------------------------------------------ scalars

  String text(JsonNode node, JsonPath path) {
    if (!node.isTextual()) {
      problem(path, node, "must be a string");
      return null;
    }
    return node.textValue();
  }

  String nonBlankText(JsonNode node, JsonPath path) {
    String s = text(node, path);
    if (s != null && s.isBlank()) {
      problem(path, node, "must not be blank");
      return null;
    }
    return s;
  }

  Integer integer(JsonNode node, JsonPath path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problem(path, node, "must be a whole number");
      return null;
    }
    return node.intValue();
  }

  /** A number, exactly, or a string in the document's notation ({@code "85,82"}). */
  BigDecimal decimal(JsonNode node, JsonPath path) {
    if (node.isNumber()) {
      return plain(node.decimalValue(), node, path);
    }
    if (node.isTextual()) {
      if (!shortNumberText(node, path)) {
        return null;
      }
      try {
        AngkaTercetak read = AngkaParser.parse(node.textValue(), notasi);
        if (read.nilai().isEmpty()) {
          problem(path, node, "must be a number; 'no value' is written by leaving the property out");
          return null;
        }
        return plain(read.nilai().get(), node, path);
      } catch (AngkaFormatException e) {
        problem(path, node, "must be a number or a string in " + notasi + " notation: " + e.getMessage());
        return null;
      }
    }
    problem(path, node, "must be a number, or a string in " + notasi + " notation");
    return null;
  }

  /** Whether a number written as a string is at most {@link #MAX_NUMBER_TEXT} long; if not, a problem. */
  boolean shortNumberText(JsonNode node, JsonPath path) {
    if (node.textValue().length() <= MAX_NUMBER_TEXT) {
      return true;
    }
    problem(path, node, "a number or target written as a string has at most " + MAX_NUMBER_TEXT + " characters");
    return false;
  }

  /**
   * {@code value} with a scale of 0 or more (1E+3 is read as 1000: output is always plain), if its
   * plain form has at most {@link InputLimits#maxNumberLength()} digits: an exponent can make a short
   * literal ({@code 1e999999999}) stand for a billion digits.
   */
  BigDecimal plain(BigDecimal value, JsonNode node, JsonPath path) {
    long digits = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
    if (digits > limits.maxNumberLength()) {
      problem(path, node, "a number may have at most " + limits.maxNumberLength()
          + " digits written out in full (InputLimits.maxNumberLength); this one has " + digits);
      return null;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  Rupiah rupiah(JsonNode node, JsonPath path) {
    if (node.isTextual()) {
      if (!shortNumberText(node, path)) {
        return null;
      }
      try {
        return Rupiah.parse(node.textValue(), notasi);
      } catch (AngkaFormatException e) {
        problem(path, node, "must be a Rupiah amount in " + notasi + " notation: " + e.getMessage());
        return null;
      }
    }
    BigDecimal value = decimal(node, path);
    return value == null ? null : build(path, node, () -> Rupiah.of(value));
  }

  <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, JsonPath path) {
    String s = text(node, path);
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    problem(path, node, "must be one of " + names + hint(s, names));
    return null;
  }

  /** {@code "; did you mean 'x'?"} or nothing; beyond {@link #MAX_HINTS} per document, nothing. */
  String hint(String name, java.util.Collection<String> known) {
    if (hints >= MAX_HINTS) {
      return "";
    }
    hints++;
    return Names.nearest(name, known).map(n -> "; did you mean '" + n + "'?").orElse("");
  }

  /**
   * Runs a domain constructor; an invariant it refuses (its exception message names the rule)
   * becomes a problem at {@code path}.
   */
  <T> T build(JsonPath path, JsonNode node, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      problem(path, node, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private static String show(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "(missing)";
    }
    return shorten(node.isTextual() ? "\"" + node.textValue() + "\"" : node.toString());
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "…";
  }
}
