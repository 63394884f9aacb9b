package id.sakip.json;

import static id.sakip.json.Schemas.of;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Rupiah;
import id.sakip.json.TokenSource.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The shapes of scalars and the combinators that build the others. */
final class Shapes {

  private Shapes() {}

  /** Reads a value whose first token the source is on (see {@link Shape#read}). */
  @FunctionalInterface
  interface Reader<T> {
    T read(TokenSource in, JsonPath path, ReadContext ctx);
  }

  /** Writes a value. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, TokenSink out, WriteContext w);
  }

  /** A shape from its parts. */
  static <T> Shape<T> scalar(Reader<T> reader, Writer<T> writer, Function<SchemaBuilder, Map<String, Object>> schema,
      String docType) {
    return scalar(reader, writer, schema, () -> docType);
  }

  /** A shape from its parts, its documented type found when asked (for shapes that refer to themselves). */
  static <T> Shape<T> scalar(Reader<T> reader, Writer<T> writer, Function<SchemaBuilder, Map<String, Object>> schema,
      Supplier<String> docType) {
    return new Shape<>() {
      @Override
      T read(TokenSource in, JsonPath path, ReadContext ctx) {
        return reader.read(in, path, ctx);
      }

      @Override
      void write(T value, TokenSink out, WriteContext w) {
        writer.write(value, out, w);
      }

      @Override
      Map<String, Object> schema(SchemaBuilder s) {
        return schema.apply(s);
      }

      @Override
      String docType() {
        return docType.get();
      }
    };
  }

  // ------------------------------------------------------------------ text

  /** Any string. */
  static final Shape<String> TEXT = scalar(Shapes::text, (v, out, w) -> out.string(v), s -> of("type", "string"), "text");

  /** The schema pattern of a string with a character Java does not count as whitespace. */
  static final String NON_BLANK_PATTERN = "[^\\t-\\r\\u001c- \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]";

  /** A string that is not blank. */
  static final Shape<String> NAME = scalar(Shapes::nonBlankText, (v, out, w) -> out.string(v),
      s -> of("type", "string", "pattern", NON_BLANK_PATTERN), "name")
      .named("TeksTidakKosong", "Text that is not blank (teks tidak kosong): it holds at least one character that Java"
          + " does not count as whitespace.");

  /** The string {@code value} and nothing else. */
  static Shape<String> constant(String value) {
    return scalar((in, path, ctx) -> {
      String s = text(in, path, ctx);
      if (s != null && !s.equals(value)) {
        ctx.problem(path, "\"" + s + "\"", Teks.of("harus \"" + value + "\"; pembaca ini tidak mengenal versi lain",
            "must be \"" + value + "\"; this reader knows no other version"));
        return null;
      }
      return s;
    }, (v, out, w) -> out.string(value), s -> of("const", value), "`\"" + value + "\"`");
  }

  static String text(TokenSource in, JsonPath path, ReadContext ctx) {
    if (in.current() != Token.STRING) {
      ctx.problem(path, in, Teks.of("harus berupa string", "must be a string"));
      return null;
    }
    String s = in.text();
    return ctx.unicode(s, path, ReadContext.TEXT) ? s : null;
  }

  static String nonBlankText(TokenSource in, JsonPath path, ReadContext ctx) {
    String s = text(in, path, ctx);
    if (s != null && s.isBlank()) {
      ctx.problem(path, in, Teks.of("tidak boleh kosong", "must not be blank"));
      return null;
    }
    return s;
  }

  /** A string that is at most {@link ReadContext#MAX_NUMBER_TEXT} long, for a number or target; else a problem. */
  static String shortText(TokenSource in, JsonPath path, ReadContext ctx) {
    String s = text(in, path, ctx);
    if (s != null && s.length() > ReadContext.MAX_NUMBER_TEXT) {
      Teks n = Teks.count(s.length());
      ctx.problem(path, in, Teks.of("angka atau target yang ditulis sebagai string paling panjang "
          + ReadContext.MAX_NUMBER_TEXT + " karakter; yang ini " + n.id(), "a number or target written as a string has"
          + " at most " + ReadContext.MAX_NUMBER_TEXT + " characters; this one has " + n.en()));
      return null;
    }
    return s;
  }

  // ------------------------------------------------------------------ numbers

  /** A whole number from {@code min} to {@code max}. */
  static Shape<Integer> integer(int min, int max, String docType) {
    return scalar((in, path, ctx) -> integer(in, path, ctx, min, max),
        (v, out, w) -> out.number(Integer.toString(v)),
        s -> of("type", "integer", "minimum", min, "maximum", max), docType);
  }

  static Integer integer(TokenSource in, JsonPath path, ReadContext ctx, int min, int max) {
    if (in.current() != Token.INTEGER || in.text().length() > 11) {
      ctx.problem(path, in, WHOLE_NUMBER);
      return null;
    }
    long v = Long.parseLong(in.text());
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      ctx.problem(path, in, WHOLE_NUMBER);
      return null;
    }
    if (v < min || v > max) {
      ctx.problem(path, in, Teks.of("harus dari " + min + " sampai " + max, "must be from " + min + " to " + max));
      return null;
    }
    return (int) v;
  }

  private static final Teks WHOLE_NUMBER = Teks.of("harus berupa bilangan bulat", "must be a whole number");

  /** Any whole number that fits a Java {@code int}. */
  static final Shape<Integer> INT = integer(Integer.MIN_VALUE, Integer.MAX_VALUE, "whole number");

  /** A year from 1945 to 2200. */
  static final Shape<Integer> YEAR = integer(1945, 2200, "year (1945–2200)")
      .named("Tahun", "A year (tahun): a whole JSON number from 1945 to 2200, written without a fraction or exponent.");

  /** An exact decimal: a JSON number, or a string in the notation in force. */
  static final Shape<BigDecimal> ANGKA = scalar(Shapes::decimal, (v, out, w) -> out.number(v.toPlainString()),
      s -> of("anyOf", List.of(of("type", "number"), of("type", "string", "pattern", "[0-9]"))), "number")
      .named("Angka", "An exact number (angka): a JSON number, read exactly as written (never through a binary"
          + " floating point), or a string in the document's notation such as \"85,82\", \"2.910.568.737,00\", \"90%\""
          + " or \"Rp 1.500.000\". A string must hold a value: \"n/a\" and \"-\" are refused; leave the member out"
          + " instead.");

  static BigDecimal decimal(TokenSource in, JsonPath path, ReadContext ctx) {
    switch (in.current()) {
      case INTEGER:
      case DECIMAL:
        return number(in, path, ctx);
      case STRING:
        String s = shortText(in, path, ctx);
        if (s == null) {
          return null;
        }
        try {
          AngkaTercetak read = AngkaParser.parse(s, ctx.notasiForReading());
          if (read.nilai().isEmpty()) {
            ctx.problem(path, in, Teks.of("harus berupa angka; 'tidak ada nilai' ditulis dengan menghilangkan anggotanya",
                "must be a number; 'no value' is written by leaving the property out"));
            return null;
          }
          return plain(read.nilai().get(), in, path, ctx);
        } catch (AngkaFormatException e) {
          ctx.problem(path, in, Teks.of("harus berupa angka atau string dalam notasi " + ctx.notasi() + ": ",
              "must be a number or a string in " + ctx.notasi() + " notation: ").plus(e.getMessage()));
          return null;
        }
      default:
        ctx.problem(path, in, Teks.of("harus berupa angka, atau string dalam notasi " + ctx.notasi(),
            "must be a number, or a string in " + ctx.notasi() + " notation"));
        return null;
    }
  }

  /** The JSON number the source is on, exactly. */
  static BigDecimal number(TokenSource in, JsonPath path, ReadContext ctx) {
    BigDecimal v;
    try {
      v = in.decimal();
    } catch (NumberFormatException | ArithmeticException e) { // such as an exponent beyond an int: 1e9999999999
      ctx.problem(path, in, Teks.of("bukan angka yang dapat dibaca: ", "not a number this reader can hold: ")
          .plus(String.valueOf(e.getMessage())));
      return null;
    }
    return plain(v, in, path, ctx);
  }

  /**
   * {@code value} with a scale of 0 or more (1E+3 is read as 1000: output is always plain), if its
   * plain form has at most {@link InputLimits#maxNumberLength()} digits: an exponent can make a short
   * literal ({@code 1e999999999}) stand for a billion digits.
   */
  static BigDecimal plain(BigDecimal value, TokenSource in, JsonPath path, ReadContext ctx) {
    long digits = Math.max((long) value.precision() - value.scale(), 0) + Math.max(value.scale(), 0);
    if (digits > ctx.limits().maxNumberLength()) {
      Teks max = Teks.count(ctx.limits().maxNumberLength());
      Teks n = Teks.count(digits);
      ctx.problem(path, in, Teks.of("sebuah angka paling banyak " + max.id() + " digit bila ditulis lengkap"
          + " (InputLimits.maxNumberLength); yang ini " + n.id(), "a number may have at most " + max.en()
          + " digits written out in full (InputLimits.maxNumberLength); this one has " + n.en()));
      return null;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** The plain decimal a {@link JsonStyle.RupiahForm#DECIMAL_STRING} amount is written as. */
  private static final Pattern DECIMAL_STRING = Pattern.compile("-?[0-9]{1,19}\\.[0-9]{2}");

  /** A Rupiah amount: a number, a plain decimal string with 2 decimals, or a string in the notation in force. */
  static final Shape<Rupiah> RUPIAH = scalar(Shapes::rupiah, Shapes::writeRupiah,
      s -> of("anyOf", List.of(
          of("type", "number", "minimum", new BigDecimal("-92233720368547758.08"),
              "maximum", new BigDecimal("92233720368547758.07")),
          of("type", "string", "pattern", "[0-9]"))), "Rupiah")
      .named("Rupiah", "An amount in Rupiah (IDR): a JSON number, a plain decimal string with 2 decimals"
          + " (\"2910568737.00\", which JavaScript cannot lose), or a string in the document's notation"
          + " (\"Rp 2.910.568.737,00\", \"(1.500.000)\" for a negative amount). At most 2 decimal places (sen); no unit"
          + " or percent sign; within the range of a signed 64-bit count of sen.");

  static Rupiah rupiah(TokenSource in, JsonPath path, ReadContext ctx) {
    if (in.current() == Token.STRING) {
      String s = shortText(in, path, ctx);
      if (s == null) {
        return null;
      }
      try {
        if (DECIMAL_STRING.matcher(s).matches()) { // 2 decimals after a dot: never Indonesian grouping (3 digits)
          return Rupiah.of(new BigDecimal(s));
        }
        return Rupiah.parse(s, ctx.notasiForReading());
      } catch (AngkaFormatException | ArithmeticException e) {
        ctx.problem(path, in, Teks.of("harus berupa jumlah Rupiah dalam notasi " + ctx.notasi() + ": ",
            "must be a Rupiah amount in " + ctx.notasi() + " notation: ").plus(String.valueOf(e.getMessage())));
        return null;
      }
    }
    BigDecimal value = decimal(in, path, ctx);
    if (value == null) {
      return null;
    }
    try {
      return Rupiah.of(value);
    } catch (IllegalArgumentException | ArithmeticException e) {
      ctx.problem(path, in, e);
      return null;
    }
  }

  static void writeRupiah(Rupiah value, TokenSink out, WriteContext w) {
    switch (w.style().rupiah()) {
      case DECIMAL_STRING:
        out.string(value.toBigDecimal().toPlainString());
        break;
      case NOTATION_STRING:
        out.string(IndonesianNumbers.format(value.toBigDecimal(), w.notasi()));
        break;
      default:
        out.number(value.toBigDecimal().toPlainString());
    }
  }

  /** {@code true} or {@code false}. */
  static final Shape<Boolean> BOOLEAN = scalar((in, path, ctx) -> {
    if (in.current() == Token.TRUE || in.current() == Token.FALSE) {
      return in.current() == Token.TRUE;
    }
    ctx.problem(path, in, Teks.of("harus true atau false", "must be true or false"));
    return null;
  }, (v, out, w) -> out.bool(v), s -> of("type", "boolean"), "`true` \\| `false`");

  // ------------------------------------------------------------------ enums

  /** The names of {@code allowed} (all constants when none are given), as strings. */
  @SafeVarargs
  static <E extends Enum<E>> Shape<E> enumOf(Class<E> type, String name, String description, E... allowed) {
    List<E> values = allowed.length == 0 ? List.of(type.getEnumConstants()) : List.of(allowed);
    Map<String, E> byName = new HashMap<>();
    values.forEach(e -> byName.put(e.name(), e));
    List<String> names = values.stream().map(Enum::name).toList();
    return scalar((in, path, ctx) -> {
      String s = text(in, path, ctx);
      if (s == null) {
        return null;
      }
      E e = byName.get(s);
      if (e == null) {
        ctx.problem(path, in, Teks.of("harus salah satu dari " + names, "must be one of " + names).plus(ctx.hint(s, names)));
      }
      return e;
    }, (v, out, w) -> out.string(v.name()), s -> of("enum", names),
        names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(" \\| "))).named(name, description);
  }

  // ------------------------------------------------------------------ containers

  /** An array of {@code element}. */
  static <E> Shape<List<E>> list(Shape<E> element) {
    return scalar((in, path, ctx) -> {
      if (in.current() != Token.START_ARRAY) {
        ctx.problem(path, in, Teks.of("harus berupa larik (array)", "must be an array"));
        return null;
      }
      int mark = ctx.mark();
      List<E> out = new ArrayList<>();
      int max = ctx.limits().maxArrayLength();
      for (Token t = in.next(); t != Token.END_ARRAY; t = in.next()) {
        if (out.size() == max) {
          int size = max + 1;
          in.skipChildren();
          for (Token r = in.next(); r != Token.END_ARRAY; r = in.next()) {
            in.skipChildren(); // counted, to report the size the document has
            size++;
          }
          Teks n = Teks.count(size);
          Teks bound = Teks.count(max);
          ctx.problem(path, Teks.of("larik dengan " + n.id() + " elemen", "array of " + n.en() + " elements"),
              Teks.of("sebuah larik memuat paling banyak " + bound.id() + " elemen (InputLimits.maxArrayLength)",
                  "an array may hold at most " + bound.en() + " elements (InputLimits.maxArrayLength)"));
          return null;
        }
        out.add(element.read(in, path.index(out.size()), ctx));
      }
      return ctx.failedSince(mark) ? null : out;
    }, (v, out, w) -> {
      out.startArray();
      for (int i = 0; i < v.size(); i++) {
        element.write(v.get(i), out, w);
      }
      out.endArray();
    }, s -> of("type", "array", "items", element.schema(s)), () -> "[" + element.docType() + "]");
  }

  /** Reads an object key: the key, or {@code null} after reporting why it is not one. */
  @FunctionalInterface
  interface KeyReader<K> {
    K read(String key, JsonPath path, ReadContext ctx);
  }

  /**
   * An object whose keys are values ({@code {"2021": 84}}, {@code {"7.01.02": …}}); two keys that
   * read as the same value are a problem.
   */
  static <K, V> Shape<Map<K, V>> keyed(KeyReader<K> key, Function<K, String> keyText, Supplier<Map<K, V>> factory,
      boolean quotedPath, Shape<V> value, Function<SchemaBuilder, Map<String, Object>> keySchema, Teks keyDoc) {
    return keyed(key, keyText, factory, quotedPath ? JsonPath::key : JsonPath::child, value, keySchema, keyDoc);
  }

  /** As above, {@code at} giving the path of a key's value. */
  static <K, V> Shape<Map<K, V>> keyed(KeyReader<K> key, Function<K, String> keyText, Supplier<Map<K, V>> factory,
      java.util.function.BiFunction<JsonPath, String, JsonPath> at, Shape<V> value, Function<SchemaBuilder, Map<String, Object>> keySchema, Teks keyDoc) {
    return scalar((in, path, ctx) -> {
      if (in.current() != Token.START_OBJECT) {
        ctx.problem(path, in, Teks.of("harus berupa objek yang kuncinya " + keyDoc.id(),
            "must be an object whose keys are " + keyDoc.en() + "s"));
        return null;
      }
      int mark = ctx.mark();
      Map<K, V> out = factory.get();
      Map<K, String> written = new HashMap<>();
      int max = ctx.limits().maxArrayLength();
      int size = 0;
      for (Token t = in.next(); t != Token.END_OBJECT; t = in.next()) {
        String k = in.text();
        JsonPath here = at.apply(path, k);
        in.next();
        if (++size > max) {
          in.skipChildren(); // counted, to report the size the document has
          continue;
        }
        K read = ctx.unicode(k, path, ReadContext.KEY) ? key.read(k, here, ctx) : null;
        if (read == null) {
          in.skipChildren();
          continue;
        }
        String earlier = written.putIfAbsent(read, k);
        if (earlier != null) {
          ctx.problem(here, k, earlier.equals(k)
              ? Teks.of("anggota '" + k + "' ganda; setiap anggota hanya boleh muncul sekali",
                  "duplicate property '" + k + "'; each property may appear once")
              : Teks.of("kunci '" + k + "' adalah " + keyText.apply(read) + " lagi (sudah diberikan sebagai '" + earlier
                  + "'); setiap kunci hanya boleh muncul sekali", "key '" + k + "' is " + keyText.apply(read)
                  + " again (already given as '" + earlier + "'); each key may appear once"));
          in.skipChildren();
          continue;
        }
        out.put(read, value.read(in, here, ctx));
      }
      if (size > max) {
        Teks n = Teks.count(size);
        Teks bound = Teks.count(max);
        ctx.problem(path, Teks.of("objek dengan " + n.id() + " anggota", "object of " + n.en() + " members"),
            Teks.of("sebuah objek memuat paling banyak " + bound.id() + " anggota (InputLimits.maxArrayLength)",
                "an object may hold at most " + bound.en() + " members (InputLimits.maxArrayLength)"));
        return null;
      }
      return ctx.failedSince(mark) ? null : out;
    }, (v, out, w) -> {
      out.startObject();
      v.forEach((k, x) -> {
        out.name(keyText.apply(k));
        value.write(x, out, w);
      });
      out.endObject();
    }, s -> of("type", "object", "propertyNames", keySchema.apply(s), "additionalProperties", value.schema(s)),
        () -> keyDoc.en() + " → " + value.docType());
  }

  private static final Shape<String> YEAR_KEY = Shapes.<String>scalar((in, p, c) -> null, (v, o, w) -> { }, s -> of("type", "string",
      "pattern", "^(194[5-9]|19[5-9][0-9]|20[0-9]{2}|21[0-9]{2}|2200)$"), "year")
      .named("KunciTahun", "A year as an object key (kunci tahun), such as \"2022\": 1945 to 2200.");

  /** An object keyed by years, {@code {"2021": 84, "2022": 85}}, in year order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <V> Shape<SortedMap<Integer, V>> yearMap(Shape<V> value) {
    return (Shape) keyed((k, p, c) -> number(k, p, c, Teks.of("tahun seperti \"2022\"", "a year such as \"2022\""), 1945, 2200), String::valueOf,
        TreeMap::new, false, value, YEAR_KEY::schema, Teks.of("tahun", "year"));
  }

  /** An object keyed by period numbers, {@code {"1": 80, "2": 85}}, in period order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static <V> Shape<SortedMap<Integer, V>> periodMap(Shape<V> value) {
    return (Shape) keyed((k, p, c) -> number(k, p, c, Teks.of("nomor periode seperti \"1\"", "a period number such as \"1\""), 1, 12), String::valueOf,
        TreeMap::new, false, value, s -> of("pattern", "^(0{0,3}[1-9]|0{0,2}1[0-2])$"), Teks.of("periode", "period"));
  }

  private static final Pattern KEY_NUMBER = Pattern.compile("[0-9]{1,4}");

  private static Integer number(String key, JsonPath path, ReadContext ctx, Teks rule, int min, int max) {
    Integer k = KEY_NUMBER.matcher(key).matches() ? Integer.valueOf(key) : null;
    if (k == null || k < min || k > max) {
      ctx.problem(path, key, Teks.of("kunci harus " + rule.id() + " antara " + min + " dan " + max,
          "key must be " + rule.en() + " between " + min + " and " + max));
      return null;
    }
    return k;
  }

  /** An object keyed by codes such as {@code "U1"}, in document order; a key must not be blank. */
  static <V> Shape<Map<String, V>> codeMap(Shape<V> value, Teks keyRule, Teks keyDoc) {
    return keyed((k, p, c) -> {
      if (k.isBlank()) {
        c.problem(p, k, Teks.of("kunci harus " + keyRule.id() + ", tidak kosong", "key must be " + keyRule.en()
            + ", not blank"));
        return null;
      }
      return k;
    }, k -> k, LinkedHashMap::new, true, value, s -> of("type", "string", "pattern", NON_BLANK_PATTERN), keyDoc);
  }

  // ------------------------------------------------------------------ mapping and alternatives

  /** A shape that refers to one declared later (a recursive shape, such as a budget node's children). */
  static <T> Shape<T> lazy(Supplier<Shape<T>> shape) {
    return new Shape<>() {
      @Override
      T read(TokenSource in, JsonPath path, ReadContext ctx) {
        return shape.get().read(in, path, ctx);
      }

      @Override
      void write(T value, TokenSink out, WriteContext w) {
        shape.get().write(value, out, w);
      }

      @Override
      Map<String, Object> schema(SchemaBuilder s) {
        return shape.get().schema(s);
      }

      @Override
      String docType() {
        return shape.get().docType();
      }
    };
  }

  /** {@code shape} with more schema keywords ({@code minItems}, {@code pattern}, …). */
  static <T> Shape<T> schemaExtra(Shape<T> shape, Object... pairs) {
    return scalar(shape::read, shape::write, s -> {
      Map<String, Object> m = new LinkedHashMap<>(shape.schema(s));
      m.putAll(of(pairs));
      return m;
    }, shape::docType);
  }

  /**
   * A shape read as {@code inner} and then converted: a conversion the domain refuses (its
   * exception message names the rule) is a problem at the value's path.
   */
  static <A, T> Shape<T> mapped(Shape<A> inner, Function<A, T> read, Function<T, A> write) {
    return scalar((in, path, ctx) -> {
      A a = inner.read(in, path, ctx);
      if (a == null) {
        return null;
      }
      try {
        return read.apply(a);
      } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
        ctx.problem(path, CompactText.of(inner, a), e);
        return null;
      }
    }, (v, out, w) -> inner.write(write.apply(v), out, w), inner::schema, inner::docType);
  }

  /** One form of a value that takes several: the tokens it starts with, its shape, and the values it writes. */
  record Alternative<T>(Set<Token> starts, Shape<? extends T> shape, Predicate<? super T> writes) {}

  static <T> Alternative<T> alternative(Shape<? extends T> shape, Predicate<? super T> writes, Token... starts) {
    return new Alternative<>(EnumSet.copyOf(Arrays.asList(starts)), shape, writes);
  }

  /** A value of several forms, told apart by their first token; {@code rule} says which forms there are. */
  @SafeVarargs
  static <T> Shape<T> oneOf(Teks rule, String docType, Alternative<T>... alternatives) {
    List<Alternative<T>> alts = List.of(alternatives);
    return scalar((in, path, ctx) -> {
      for (Alternative<T> a : alts) {
        if (a.starts().contains(in.current())) {
          return a.shape().read(in, path, ctx);
        }
      }
      ctx.problem(path, in, rule);
      return null;
    }, (v, out, w) -> {
      for (Alternative<T> a : alts) {
        if (a.writes().test(v)) {
          write(a.shape(), v, out, w);
          return;
        }
      }
      throw new IllegalStateException("no JSON form writes " + v);
    }, s -> of("anyOf", alts.stream().map(a -> a.shape().schema(s)).toList()), docType);
  }

  @SuppressWarnings("unchecked")
  private static <T> void write(Shape<? extends T> shape, T value, TokenSink out, WriteContext w) {
    ((Shape<T>) shape).write(value, out, w);
  }

  /**
   * An object of one of several forms with distinct member names ({@code {bawah, atas}} or {@code
   * {operator, batas}}): the form most of whose members are present is read.
   */
  @SafeVarargs
  static <T> Shape<T> union(String docType, ObjectShape<? extends T>... forms) {
    List<ObjectShape<? extends T>> shapes = List.of(forms);
    String alternatives = shapes.stream().map(ObjectShape::describeMembers).collect(Collectors.joining(", "));
    Teks rule = Teks.of("harus berupa objek dalam salah satu bentuk " + alternatives, "must be an object of one of the forms "
        + alternatives);
    return scalar((in, path, ctx) -> {
      if (in.current() != Token.START_OBJECT) {
        ctx.problem(path, in, rule);
        return null;
      }
      int mark = ctx.mark();
      ObjectShape.Read read = ObjectShape.readMembers(shapes, in, path, ctx);
      return read.shape() == null ? null : finish(read.shape(), read.values(), path, ctx, mark);
    }, (v, out, w) -> {
      for (ObjectShape<? extends T> s : shapes) {
        if (s.type().isInstance(v)) {
          write(s, v, out, w);
          return;
        }
      }
      throw new IllegalStateException("no JSON form writes " + v);
    }, s -> of("anyOf", shapes.stream().map(f -> f.schema(s)).toList()), docType);
  }

  @SuppressWarnings("unchecked")
  private static <T> T finish(ObjectShape<?> shape, Values values, JsonPath path, ReadContext ctx, int mark) {
    return (T) shape.finish((Values) values, path, ctx, mark);
  }
}
