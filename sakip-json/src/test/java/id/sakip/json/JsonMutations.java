package id.sakip.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mutation engine of the fuzz tests ({@link JsonFuzzTest} here, the Jackson 3 one of {@code
 * sakip-jackson3}): from valid documents, documents with one thing wrong. Each mutation is decided
 * by the {@link Random} given, so a seed replays it. The engine uses Jackson 2 trees (with exact
 * decimals) to edit documents; it does not read them as SAKIP.
 *
 * <p>Cheap mutations ({@link Mutation}): a member removed or misspelt, a value of another type, a
 * duplicated key, odd numbers, nesting around the depth bound, random bytes spliced in,
 * truncation. Huge ones ({@link HugeMutation}): numbers of 10^6 digits, nesting 10^5 deep, strings
 * of 10^5 to 10^7 characters, built once and reused.
 */
public final class JsonMutations {

  private static final JsonNodeFactory N = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .setNodeFactory(N);
  /** Stands for raw text spliced into a document after it is written. */
  private static final String RAW = "§RAW§";
  private static final String DUPLICATE = "§DUP§";
  private static final Map<String, String> LARGE = new ConcurrentHashMap<>();

  /** Mutations whose documents stay small. */
  public enum Mutation {
    REMOVE_MEMBER, CHANGE_TYPE, MISSPELL_KEY, DUPLICATE_KEY, ODD_NUMBER, NEST_NEAR_THE_BOUND, SPLICE_BYTES, TRUNCATE
  }

  /** Mutations with one huge part. */
  public enum HugeMutation {
    NUMBER_OF_A_MILLION_DIGITS, NESTING_100_000_DEEP, STRING_AROUND_THE_BOUND, STRING_OF_A_MILLION, STRING_OF_TEN_MILLION
  }

  /**
   * A mutated document: {@code text} when the mutation edited its tree (the caller chooses how to
   * hand it to a reader), {@code bytes} when it edited its bytes (and may have broken their UTF-8).
   */
  public record Mutant(String text, byte[] bytes) {

    /** The document as bytes: the text encoded as UTF-8, or the bytes. */
    public byte[] utf8() {
      return text != null ? text.getBytes(UTF_8) : bytes;
    }
  }

  private final List<String> documents;
  private final List<JsonNode> trees;

  /** An engine mutating {@code documents}, each a valid JSON text. */
  public JsonMutations(List<String> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("at least one document to mutate");
    }
    this.documents = List.copyOf(documents);
    List<JsonNode> parsed = new ArrayList<>();
    for (String d : this.documents) {
      try {
        parsed.add(TREES.readTree(d));
      } catch (IOException e) {
        throw new IllegalArgumentException("not a JSON document: " + e.getMessage(), e);
      }
    }
    this.trees = List.copyOf(parsed);
  }

  /** The golden document of the format, {@code lkj-kecil.json} (Kecamatan Kromengan 2022). */
  public static String golden() {
    return resource("lkj-kecil.json");
  }

  /** The golden document and the valid examples of the format ({@code valid/*.json}). */
  public static List<String> bundledDocuments() {
    List<String> docs = new ArrayList<>();
    docs.add(golden());
    for (String name : List.of("bentuk-longgar", "bentuk-target", "minimal", "notasi-indonesia", "notasi-inggris",
        "tercetak-tanpa-nilai", "tercetak")) {
      docs.add(resource("valid/" + name + ".json"));
    }
    return docs;
  }

  /** A test resource next to this class, as UTF-8 text. */
  public static String resource(String name) {
    try (InputStream in = JsonMutations.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource id/sakip/json/" + name + " is missing");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents the engine mutates. */
  public int size() {
    return documents.size();
  }

  /** The {@code index}th document, unmutated. */
  public String document(int index) {
    return documents.get(index);
  }

  /** The {@code index}th document with one {@code mutation}, chosen with {@code random}. */
  public Mutant mutate(int index, Mutation mutation, Random random) {
    return switch (mutation) {
      case REMOVE_MEMBER -> new Mutant(removeMember(tree(index), random), null);
      case CHANGE_TYPE -> new Mutant(changeType(tree(index), random), null);
      case MISSPELL_KEY -> new Mutant(misspellKey(tree(index), random), null);
      case DUPLICATE_KEY -> new Mutant(duplicateKey(tree(index), random), null);
      case ODD_NUMBER -> new Mutant(replaceRaw(tree(index), random, pick(random, ODD_NUMBERS), true), null);
      case NEST_NEAR_THE_BOUND -> new Mutant(replaceRaw(tree(index), random, nesting(random,
          pick(random, List.of(2, 30, 60, 62, 63, 64, 65, 66, 100, 1_000))), false), null);
      case SPLICE_BYTES -> new Mutant(null, spliceBytes(documents.get(index).getBytes(UTF_8), random));
      case TRUNCATE -> new Mutant(null, truncate(documents.get(index).getBytes(UTF_8), random));
    };
  }

  /** The {@code index}th document with one value replaced by a huge part, chosen with {@code random}. */
  public String withHugePart(int index, HugeMutation mutation, Random random) {
    String raw = switch (mutation) {
      case NUMBER_OF_A_MILLION_DIGITS -> pick(random, List.of(
          large("7", 1_000_000), "0." + large("3", 1_000_000), "-" + large("9", 1_000_000) + "e5"));
      case NESTING_100_000_DEEP -> random.nextBoolean() ? large("[", 100_000) + large("]", 100_000)
          : large("{\"a\":", 100_000) + "1" + large("}", 100_000);
      case STRING_AROUND_THE_BOUND -> string(random, pick(random, List.of(200, 201, 99_999, 100_000, 100_001)));
      case STRING_OF_A_MILLION -> string(random, 1_000_000);
      case STRING_OF_TEN_MILLION -> string(random, 10_000_000);
    };
    return replaceRaw(tree(index), random, raw, false);
  }

  private JsonNode tree(int index) {
    return trees.get(index).deepCopy();
  }

  // ------------------------------------------------------------------ tree mutations

  /** Where a value sits: an object's member or an array's element. */
  private record Slot(JsonNode parent, String name, int index) {

    JsonNode value() {
      return parent instanceof ObjectNode o ? o.get(name) : parent.get(index);
    }

    void set(JsonNode v) {
      if (parent instanceof ObjectNode o) {
        o.set(name, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }
  }

  /** Every value of the document, the root included (held in a one-element array). */
  private static List<Slot> slots(ArrayNode holder) {
    List<Slot> out = new ArrayList<>();
    collect(holder, out);
    return out;
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        out.add(new Slot(o, name, -1));
        collect(o.get(name), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i));
        collect(a.get(i), out);
      }
    }
  }

  private static ArrayNode holder(JsonNode root) {
    return N.arrayNode().add(root);
  }

  private static String write(ArrayNode holder) {
    try {
      return TREES.writeValueAsString(holder.get(0));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String removeMember(JsonNode root, Random random) {
    ArrayNode holder = holder(root);
    List<ObjectNode> objects = new ArrayList<>();
    slots(holder).forEach(s -> {
      if (s.value() instanceof ObjectNode o && o.size() > 0) {
        objects.add(o);
      }
    });
    ObjectNode o = pick(random, objects);
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    o.remove(pick(random, names));
    return write(holder);
  }

  private static String changeType(JsonNode root, Random random) {
    ArrayNode holder = holder(root);
    Slot slot = pick(random, slots(holder));
    JsonNode old = slot.value();
    List<JsonNode> options = List.of(
        N.numberNode(0), N.numberNode(new BigDecimal("85.82")), N.numberNode(-1), N.numberNode(2022),
        N.textNode(old.isValueNode() ? old.asText() : old.toString()), N.textNode("85,82"), N.textNode("1.234.567,89"),
        N.textNode("1,234,567.89"), N.textNode(""), N.textNode(" "), N.textNode("kurang dari 20"), N.textNode("80 - 90"),
        N.textNode("OPINI_BPK"), N.textNode("7.01.02"), N.objectNode(), N.objectNode().set("x", old.deepCopy()),
        N.arrayNode(), N.arrayNode().add(old.deepCopy()), N.nullNode(), N.booleanNode(true), N.booleanNode(false));
    slot.set(pick(random, options));
    return write(holder);
  }

  private static String misspellKey(JsonNode root, Random random) {
    ArrayNode holder = holder(root);
    List<Slot> members = slots(holder).stream().filter(s -> s.name() != null).toList();
    Slot slot = pick(random, members);
    String name = slot.name();
    int i = random.nextInt(name.length());
    String typo = switch (random.nextInt(4)) {
      case 0 -> name.substring(0, i) + name.substring(i + 1);
      case 1 -> name.substring(0, i) + Character.toUpperCase(name.charAt(i)) + name.substring(i + 1);
      case 2 -> name + "s";
      default -> name.substring(0, i) + "x" + name.substring(i);
    };
    ObjectNode o = (ObjectNode) slot.parent();
    JsonNode v = o.remove(name);
    o.set(typo.isEmpty() ? "_" : typo, v);
    return write(holder);
  }

  private static String duplicateKey(JsonNode root, Random random) {
    ArrayNode holder = holder(root);
    List<Slot> members = slots(holder).stream().filter(s -> s.name() != null).toList();
    Slot slot = pick(random, members);
    ObjectNode o = (ObjectNode) slot.parent();
    o.set(DUPLICATE, random.nextBoolean() ? slot.value().deepCopy() : N.numberNode(1));
    return write(holder).replace("\"" + DUPLICATE + "\"", N.textNode(slot.name()).toString());
  }

  /** Puts {@code raw} in place of a value: a number if {@code numbers} and the document has one. */
  private static String replaceRaw(JsonNode root, Random random, String raw, boolean numbers) {
    ArrayNode holder = holder(root);
    List<Slot> all = slots(holder);
    List<Slot> wanted = numbers ? all.stream().filter(s -> s.value().isNumber()).toList() : all;
    Slot slot = pick(random, wanted.isEmpty() ? all : wanted);
    slot.set(N.textNode(RAW));
    return write(holder).replace("\"" + RAW + "\"", raw);
  }

  private static final List<String> ODD_NUMBERS = List.of(
      "1e999999999", "-1e999999999", "1e-999999999", "1e9999999999", "1E+3", "1e-3", "-0", "0.000", "-0.0",
      "9223372036854775807", "9223372036854775808", "92233720368547758.08", "1" + "0".repeat(63), "1" + "0".repeat(64),
      "0.1234567890123", "-734195800.001", "2147483648", "1.5", "2021.0", "NaN", "Infinity", "01", ".5", "+1", "1.",
      "1e", "--1", "0x10");

  private static String nesting(Random random, int depth) {
    return random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  // ------------------------------------------------------------------ byte mutations

  private static byte[] spliceBytes(byte[] doc, Random random) {
    int at = random.nextInt(10) == 0 ? 0 : random.nextInt(doc.length + 1);
    byte[] noise = new byte[1 + random.nextInt(16)];
    random.nextBytes(noise);
    if (random.nextInt(5) == 0) {
      Arrays.fill(noise, 0, Math.min(3, noise.length), (byte) 0); // NUL bytes steer encoding detection
    }
    boolean overwrite = random.nextBoolean();
    int tail = overwrite ? Math.min(doc.length, at + noise.length) : at;
    byte[] out = new byte[at + noise.length + doc.length - tail];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(noise, 0, out, at, noise.length);
    System.arraycopy(doc, tail, out, at + noise.length, doc.length - tail);
    return out;
  }

  private static byte[] truncate(byte[] doc, Random random) {
    return Arrays.copyOf(doc, random.nextInt(doc.length));
  }

  // ------------------------------------------------------------------ large parts, built once

  private static String large(String unit, int times) {
    return LARGE.computeIfAbsent(unit + "×" + times, k -> unit.repeat(times));
  }

  /** A JSON string literal whose content is about {@code length} characters of one of five kinds. */
  private static String string(Random random, int length) {
    String body = switch (random.nextInt(5)) {
      case 0 -> large("a", length);
      case 1 -> LARGE.computeIfAbsent("spaces×" + length, k -> "1" + " ".repeat(Math.max(0, length - 2)) + "x");
      case 2 -> LARGE.computeIfAbsent("ranges×" + length, k -> "1-".repeat(length / 2) + "\\n9");
      case 3 -> large("é", length);
      default -> large("1234567890", Math.max(1, length / 10));
    };
    return "\"" + body + "\"";
  }

  /** One of {@code items}, chosen with {@code random}. */
  public static <T> T pick(Random random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
