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

  private final List<JsonProblem> problems = new ArrayList<>();
  private final InputLimits limits;
  private Notasi notasi;

  ReadContext(InputLimits limits, Notasi notasi) {
    this.limits = limits;
    this.notasi = notasi;
  }

  Notasi notasi() {
    return notasi;
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

  void problem(String path, JsonNode value, String rule) {
    problems.add(new JsonProblem(path, show(value), rule));
  }

  void problem(String path, String value, String rule) {
    problems.add(new JsonProblem(path, shorten(value), rule));
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
  Fields object(JsonNode node, String path, String... known) {
    if (!node.isObject()) {
      problem(path, node, "must be an object with the members " + Arrays.toString(known));
      return null;
    }
    Set<String> knownSet = Set.of(known);
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!knownSet.contains(name)) {
        String hint = Names.nearest(name, knownSet).map(n -> "; did you mean '" + n + "'?").orElse("");
        problem(path + "." + name, node.get(name), "unknown property '" + name + "'" + hint
            + " (known: " + knownSet.stream().sorted().collect(Collectors.joining(", ")) + ")");
      }
    }
    return new Fields(this, node, path);
  }

  <T> List<T> list(JsonNode node, String path, JsonReader<T> element) {
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
      out.add(element.read(node.get(i), path + "[" + i + "]", this));
    }
    return failedSince(mark) ? null : out;
  }

  /** Reads an object whose keys are years, such as {@code {"2021": 84, "2022": 85}}. */
  <T> SortedMap<Integer, T> yearMap(JsonNode node, String path, JsonReader<T> value) {
    return keyedMap(node, path, value, "a year such as \"2022\"", 1945, 2200);
  }

  /** Reads an object whose keys are period numbers, such as {@code {"1": 80, "2": 85}}. */
  <T> SortedMap<Integer, T> periodMap(JsonNode node, String path, JsonReader<T> value) {
    return keyedMap(node, path, value, "a period number such as \"1\"", 1, 12);
  }

  /**
   * Reads an object whose keys are codes, such as {@code {"U1": 4, "U2": 3}}, in document order; a
   * key must not be blank.
   */
  <T> Map<String, T> codeMap(JsonNode node, String path, JsonReader<T> value, String keyRule) {
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
      String childPath = path + "[\"" + e.getKey() + "\"]";
      if (e.getKey().isBlank()) {
        problem(childPath, e.getKey(), "key must be " + keyRule + ", not blank");
        continue;
      }
      out.put(e.getKey(), value.read(e.getValue(), childPath, this));
    }
    return failedSince(mark) ? null : out;
  }

  private <T> SortedMap<Integer, T> keyedMap(
      JsonNode node, String path, JsonReader<T> value, String keyRule, int min, int max) {
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
      String childPath = path + "." + e.getKey();
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

  String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      problem(path, node, "must be a string");
      return null;
    }
    return node.textValue();
  }

  String nonBlankText(JsonNode node, String path) {
    String s = text(node, path);
    if (s != null && s.isBlank()) {
      problem(path, node, "must not be blank");
      return null;
    }
    return s;
  }

  Integer integer(JsonNode node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problem(path, node, "must be a whole number");
      return null;
    }
    return node.intValue();
  }

  /** A number, exactly, or a string in the document's notation ({@code "85,82"}). */
  BigDecimal decimal(JsonNode node, String path) {
    if (node.isNumber()) {
      BigDecimal v = node.decimalValue();
      return v.scale() < 0 ? v.setScale(0) : v; // 1E+3 is read as 1000: output is always plain
    }
    if (node.isTextual()) {
      try {
        AngkaTercetak read = AngkaParser.parse(node.textValue(), notasi);
        if (read.nilai().isEmpty()) {
          problem(path, node, "must be a number; 'no value' is written by leaving the property out");
          return null;
        }
        BigDecimal v = read.nilai().get();
        return v.scale() < 0 ? v.setScale(0) : v;
      } catch (AngkaFormatException e) {
        problem(path, node, "must be a number or a string in " + notasi + " notation: " + e.getMessage());
        return null;
      }
    }
    problem(path, node, "must be a number, or a string in " + notasi + " notation");
    return null;
  }

  Rupiah rupiah(JsonNode node, String path) {
    if (node.isTextual()) {
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

  <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String path) {
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
    String hint = Names.nearest(s, Set.copyOf(names)).map(n -> "; did you mean '" + n + "'?").orElse("");
    problem(path, node, "must be one of " + names + hint);
    return null;
  }

  /**
   * Runs a domain constructor; an invariant it refuses (its exception message names the rule)
   * becomes a problem at {@code path}.
   */
  <T> T build(String path, JsonNode node, Supplier<T> constructor) {
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
