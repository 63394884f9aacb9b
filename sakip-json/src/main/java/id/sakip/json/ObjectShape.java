package id.sakip.json;

import id.sakip.json.TokenSource.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shape of a JSON object bound to a model type: its members, in the order the writer writes
 * them, a constructor from the values read, and the checks that span members. Reading takes the
 * members in any order, reports every unknown, duplicate, missing or invalid member at its path
 * (with a "did you mean" for a misspelt name), runs the checks that span members even when other
 * members failed, and builds the value only when nothing failed; an invariant the constructor
 * refuses is reported at the member its message names.
 *
 * @param <T> the model type
 */
final class ObjectShape<T> extends Shape<T> {

  /** A check that spans members; values of members that failed or are absent are {@code null}. */
  @FunctionalInterface
  interface Check {
    void check(Values values, Checker problems);
  }

  /** Reports a problem of a check at a member's path. */
  interface Checker {
    void problem(Member<?, ?> member, Object value, Teks rule);

    /** A problem at {@code child} of a member's value, such as {@code $.perjanjianKinerja.tahun}. */
    void problem(Member<?, ?> member, String child, Object value, Teks rule);
  }

  private final Class<T> type;
  private final String name;
  private final String description;
  final List<Member<T, ?>> members;
  private final Function<Values, T> constructor;
  private final List<Check> checks;
  private final List<String> names;
  private final String knownList;
  private Map<String, Object> extra = Map.of();
  final Member<?, ?>[] memberArray;
  private final List<ObjectShape<T>> self;

  private ObjectShape(Class<T> type, String name, String description, List<Member<T, ?>> members,
      Function<Values, T> constructor, List<Check> checks) {
    this.type = type;
    this.name = name;
    this.description = description;
    this.members = members;
    this.constructor = constructor;
    this.checks = checks;
    this.names = members.stream().map(Member::name).toList();
    this.knownList = names.stream().sorted().collect(Collectors.joining(", "));
    this.memberArray = members.toArray(new Member<?, ?>[0]);
    this.self = List.of(this);
  }

  /**
   * Declares the object shape of {@code type}: {@code name} is its schema definition and the
   * heading of its member table, {@code description} what it is.
   */
  @SafeVarargs
  static <T> ObjectShape<T> of(Class<T> type, String name, String description, Function<Values, T> constructor,
      Member<T, ?>... members) {
    List<Member<T, ?>> list = List.of(members);
    for (int i = 0; i < list.size(); i++) {
      list.get(i).index(i);
    }
    return new ObjectShape<>(type, name, description, list, constructor, List.of());
  }

  /** This shape with one more check that spans members. */
  ObjectShape<T> check(Check check) {
    List<Check> all = new ArrayList<>(checks);
    all.add(check);
    ObjectShape<T> copy = new ObjectShape<>(type, name, description, members, constructor, List.copyOf(all));
    copy.extra = extra;
    return copy;
  }

  /** Adds schema keywords the members cannot say ({@code anyOf}, {@code if}/{@code then}); returns this shape. */
  ObjectShape<T> schemaExtra(Object... pairs) {
    extra = Schemas.of(pairs);
    return this;
  }

  Class<T> type() {
    return type;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  List<Member<T, ?>> members() {
    return members;
  }
  // ------------------------------------------------------------------ reading

  @Override
  T read(TokenSource in, JsonPath path, ReadContext ctx) {
    if (in.current() != Token.START_OBJECT) {
      String list = "[" + String.join(", ", names) + "]";
      ctx.problem(path, in, Teks.of("harus berupa objek dengan anggota " + list, "must be an object with the members " + list));
      return null;
    }
    int mark = ctx.mark();
    Values values = readMembers(self, in, path, ctx).values();
    return values == null ? null : finish(values, path, ctx, mark);
  }

  /** The members given that no declared member has, reported once the object is read. */
  private record Unknown(String name, JsonPath path, String value, Unknown next) {

    static Unknown add(Unknown list, String name, JsonPath parent, TokenSource in, ReadContext ctx) {
      if (!ctx.unicode(name, parent, ReadContext.MEMBER_NAME)) {
        in.skipChildren();
        return list;
      }
      return new Unknown(name, parent.child(name), ReadContext.consume(in), list);
    }

    static void report(Unknown list, ObjectShape<?> shape, ReadContext ctx) {
      java.util.ArrayDeque<Unknown> inOrder = new java.util.ArrayDeque<>();
      for (Unknown u = list; u != null; u = u.next) {
        inOrder.push(u);
      }
      for (Unknown u : inOrder) {
        ctx.problem(u.path, u.value, Teks.of("anggota '" + u.name + "' tidak dikenal", "unknown property '" + u.name + "'")
            .plus(ctx.hint(u.name, shape.names))
            .plus(Teks.of(" (yang dikenal: " + shape.knownList + ")", " (known: " + shape.knownList + ")")));
      }
    }
  }

  private static void duplicate(String name, JsonPath parent, TokenSource in, ReadContext ctx) {
    String where = in.location();
    String value = ReadContext.consume(in);
    ctx.problem(parent.child(name), Teks.same(value).plus(where.isEmpty() ? Teks.EMPTY : Teks.of(" (" + where
            .replace("line", "baris").replace("column", "kolom") + ")", " (" + where + ")")),
        Teks.of("anggota '" + name + "' ganda; setiap anggota hanya boleh muncul sekali",
            "duplicate property '" + name + "'; each property may appear once"));
  }

  private static boolean tooLarge(int size, JsonPath path, ReadContext ctx) {
    if (size <= ctx.limits().maxArrayLength()) {
      return false;
    }
    Teks n = Teks.count(size);
    Teks max = Teks.count(ctx.limits().maxArrayLength());
    ctx.problem(path, Teks.of("objek dengan " + n.id() + " anggota", "object of " + n.en() + " members"),
        Teks.of("sebuah objek memuat paling banyak " + max.id() + " anggota (InputLimits.maxArrayLength)",
            "an object may hold at most " + max.en() + " members (InputLimits.maxArrayLength)"));
    return true;
  }

  /** The alternative chosen for an object read against one or more shapes, and its values. */
  record Read(ObjectShape<?> shape, Values values) {}

  /**
   * Reads the members of the object the source is on against the members of {@code shapes} (one,
   * or the forms of a union), and chooses the form whose own members (those no other form has) are
   * present; forms that share a member name share its value. An object with the own members of no
   * form or of several is a problem, and so is a member of another form than the one chosen. A
   * {@code Read} of nulls when the object cannot be read.
   */
  static Read readMembers(List<? extends ObjectShape<?>> shapes, TokenSource in, JsonPath path, ReadContext ctx) {
    int[] counts = new int[shapes.size()];
    Values[] values = new Values[shapes.size()];
    for (int s = 0; s < shapes.size(); s++) {
      values[s] = new Values(shapes.get(s).memberArray.length);
    }
    Unknown unknown = null;
    int size = 0;
    for (Token t = in.next(); t != Token.END_OBJECT; t = in.next()) {
      String member = in.text();
      in.next();
      if (++size > ctx.limits().maxArrayLength()) {
        in.skipChildren(); // counted, to report the size the document has
        continue;
      }
      int first = -1;
      Member<?, ?> m = null;
      for (int s = 0; s < shapes.size() && m == null; s++) {
        m = shapes.get(s).member(member);
        first = s;
      }
      if (m == null) {
        unknown = Unknown.add(unknown, member, path, in, ctx);
        continue;
      }
      if (values[first].given(m)) {
        duplicate(member, path, in, ctx);
        continue;
      }
      if (in.current() == Token.NULL) {
        continue; // null is "not given"
      }
      if (m.since() != FormatVersion.V1) {
        ctx.laterMember(path, member, m.since());
      }
      Object value = m.shape().read(in, path.child(member), ctx);
      for (int s = first; s < shapes.size(); s++) { // forms that share a member name share its value
        Member<?, ?> same = s == first ? m : shapes.get(s).member(member);
        if (same != null) {
          counts[s]++;
          values[s].set(same.index(), value);
        }
      }
    }
    if (tooLarge(size, path, ctx)) {
      return new Read(null, null);
    }
    int chosen = 0;
    if (shapes.size() > 1) {
      List<Integer> forms = new ArrayList<>();
      List<String> defining = new ArrayList<>();
      List<String> given = new ArrayList<>();
      for (int s = 0; s < shapes.size(); s++) {
        boolean defined = false;
        for (Member<?, ?> m : shapes.get(s).members) {
          if (unique(shapes, m.name())) {
            defining.add(m.name());
            if (values[s].given(m)) {
              given.add(m.name());
              defined = true;
            }
          }
        }
        if (defined) {
          forms.add(s);
        }
      }
      if (forms.size() != 1) {
        String alternatives = shapes.stream().map(ObjectShape::describeMembers).collect(Collectors.joining(" | "));
        ctx.problem(path, "{…}", Teks.of("harus memuat tepat satu dari anggota " + defining + ", satu per bentuk " + alternatives
            + (given.isEmpty() ? "; tidak ada satu pun" : "; yang ada " + given), "must have exactly one of the members "
            + defining + ", one per form " + alternatives + (given.isEmpty() ? "; it has none" : "; it has " + given)));
        return new Read(null, null);
      }
      chosen = forms.get(0);
    }
    ObjectShape<?> shape = shapes.get(chosen);
    if (shapes.size() > 1) {
      java.util.Set<String> reported = new java.util.HashSet<>();
      for (int s = 0; s < shapes.size(); s++) {
        if (s != chosen) {
          for (Member<?, ?> m : shapes.get(s).members) {
            if (values[s].given(m) && shape.member(m.name()) == null && reported.add(m.name())) {
              ctx.problem(path.child(m.name()), Teks.of("(ada)", "(present)"), Teks.of("anggota '" + m.name()
                  + "' bukan bagian dari bentuk " + shape.describeMembers() + " objek ini", "property '" + m.name()
                  + "' does not belong to the form " + shape.describeMembers() + " this object has"));
            }
          }
        }
      }
    }
    Unknown.report(unknown, shape, ctx);
    return new Read(shape, values[chosen]);
  }

  private static boolean unique(List<? extends ObjectShape<?>> shapes, String name) {
    int n = 0;
    for (ObjectShape<?> s : shapes) {
      if (s.member(name) != null) {
        n++;
      }
    }
    return n == 1;
  }

  /** {@code {bawah, atas}}. */
  String describeMembers() {
    return "{" + String.join(", ", names) + "}";
  }

  Member<?, ?> member(String memberName) {
    // the parser's member names are interned, as the declared ones are: compare identities first
    for (int i = 0; i < memberArray.length; i++) {
      if (memberArray[i].name() == memberName) {
        return memberArray[i];
      }
    }
    for (int i = 0; i < memberArray.length; i++) {
      if (memberArray[i].name().equals(memberName)) {
        return memberArray[i];
      }
    }
    return null;
  }

  /** Reports missing members, runs the checks and builds the value if nothing failed since {@code mark}. */
  T finish(Values values, JsonPath path, ReadContext ctx, int mark) {
    for (Member<?, ?> m : memberArray) {
      if (m.required() && !values.given(m)) {
        ctx.problem(path.child(m.name()), Teks.of("(tidak ada)", "(missing)"), Teks.of("anggota wajib '" + m.name()
            + "' tidak ada", "required property '" + m.name() + "' is missing"));
      }
    }
    Checker checker = new Checker() {
      @Override
      public void problem(Member<?, ?> member, Object value, Teks rule) {
        ctx.problem(path.child(member.name()), show(value), rule);
      }

      @Override
      public void problem(Member<?, ?> member, String child, Object value, Teks rule) {
        ctx.problem(path.child(member.name()).child(child), show(value), rule);
      }
    };
    for (Check c : checks) {
      c.check(values, checker);
    }
    if (ctx.failedSince(mark)) {
      return null;
    }
    try {
      return constructor.apply(values);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      Optional<Member<T, ?>> at = named(String.valueOf(e.getMessage()));
      if (at.isPresent()) {
        ctx.problem(path.child(at.get().name()), show(at.get(), values.raw(at.get().index())), e);
      } else {
        ctx.problem(path, show(values), e);
      }
      return null;
    }
  }

  /**
   * The member a domain constructor's message names first: messages begin with the field,
   * {@code laporanKinerja.tahun 1800 is not a plausible year}.
   */
  private Optional<Member<T, ?>> named(String message) {
    int end = message.indexOf(' ');
    // "renstra.paguIndikatif: code …" names member paguIndikatif: the colon ends the name
    String head = (end < 0 ? message : message.substring(0, end)).replaceAll("[:;,]+$", "");
    String[] parts = head.split("\\.");
    for (int i = 1; i < parts.length; i++) {
      Member<?, ?> m = member(parts[i].replaceAll("\\[.*$", ""));
      if (m != null) {
        @SuppressWarnings("unchecked")
        Member<T, ?> typed = (Member<T, ?>) m;
        return Optional.of(typed);
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static <V> String show(Member<?, V> member, Object value) {
    return value == null ? "(missing)" : CompactText.of(member.shape(), (V) value);
  }

  /** The members read, as compact JSON. */
  private String show(Values values) {
    CompactText text = new CompactText();
    WriteContext w = new WriteContext(JsonStyle.STANDARD, id.sakip.angka.Notasi.INDONESIA);
    text.startObject();
    for (Member<T, ?> m : members) {
      if (values.raw(m.index()) != null) {
        text.name(m.name());
        write(m, values.raw(m.index()), text, w);
      }
    }
    text.endObject();
    return text.toString();
  }

  @SuppressWarnings("unchecked")
  private static <V> void write(Member<?, V> m, Object value, TokenSink out, WriteContext w) {
    m.shape().write((V) value, out, w);
  }

  private static String show(Object value) {
    if (value == null) {
      return "(missing)";
    }
    return ReadContext.shorten(value instanceof String s ? "\"" + s + "\"" : String.valueOf(value));
  }

  // ------------------------------------------------------------------ writing, schema, documentation

  @Override
  void write(T value, TokenSink out, WriteContext w) {
    out.startObject();
    for (int i = 0; i < members.size(); i++) { // indexed: no iterator per object written
      members.get(i).write(value, out, w);
    }
    out.endObject();
  }

  @Override
  Map<String, Object> schema(SchemaBuilder s) {
    return s.ref(name, () -> {
      s.object(this);
      return Schemas.described(description, objectSchema(s));
    });
  }

  Map<String, Object> objectSchema(SchemaBuilder s) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Member<T, ?> m : members) {
      if (!s.version().allows(m.since())) {
        continue; // a member of a later version than the schema describes
      }
      Map<String, Object> value = m.shape().schema(s);
      if (m.required()) {
        required.add(m.name());
        properties.put(m.name(), Schemas.described(m.description(), value));
      } else {
        boolean empty = m.whenAbsent() instanceof java.util.Collection<?> c && c.isEmpty()
            || m.whenAbsent() instanceof Map<?, ?> e && e.isEmpty();
        String absent = empty ? " Absent or null means none." : " Optional; null is the same as leaving it out.";
        properties.put(m.name(), Schemas.described(m.description() + absent, Schemas.orNull(value)));
      }
    }
    Map<String, Object> schema = Schemas.of("type", "object", "properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("additionalProperties", false);
    schema.putAll(extra);
    return schema;
  }

  @Override
  String docType() {
    return "`" + name + "`";
  }
}
