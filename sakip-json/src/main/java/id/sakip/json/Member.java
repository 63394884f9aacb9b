package id.sakip.json;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One member of an object shape, declared once: its name, shape, whether the input must give it
 * (and what an absent one means), how the writer gets it from the value, and what it means. The
 * reader, the writer, the schema and {@code FORMAT.md} all take the name from here.
 *
 * @param <O> the type of the object holding the member
 * @param <V> the type of the member's value
 */
final class Member<O, V> {

  /** When the writer writes a member. */
  enum Written {
    /** Always. */
    ALWAYS,
    /** When the getter's {@code Optional} holds a value. */
    IF_PRESENT,
    /** When the collection or map is not empty. */
    IF_NOT_EMPTY
  }

  private final String name;
  private final Shape<V> shape;
  private final BiFunction<O, WriteContext, ?> getter;
  private final boolean required;
  private final V whenAbsent;
  private final Written written;
  private final String description;
  private final FormatVersion since;
  private int index = -1;

  private Member(String name, Shape<V> shape, BiFunction<O, WriteContext, ?> getter, boolean required, V whenAbsent,
      Written written, String description) {
    this(name, shape, getter, required, whenAbsent, written, description, FormatVersion.V1);
  }

  private Member(String name, Shape<V> shape, BiFunction<O, WriteContext, ?> getter, boolean required, V whenAbsent,
      Written written, String description, FormatVersion since) {
    this.name = Objects.requireNonNull(name, "name");
    this.shape = Objects.requireNonNull(shape, "shape");
    this.getter = Objects.requireNonNull(getter, "getter");
    this.required = required;
    this.whenAbsent = whenAbsent;
    this.written = written;
    this.description = Objects.requireNonNull(description, "description");
    this.since = Objects.requireNonNull(since, "since");
  }

  /** A member the input must give (a {@code null} is missing); always written. */
  static <O, V> Member<O, V> required(String name, Shape<V> shape, Function<O, V> getter, String description) {
    return new Member<>(name, shape, (o, w) -> getter.apply(o), true, null, Written.ALWAYS, description);
  }

  /** A member that may be absent; read with {@link Values#optional}, written when present. */
  static <O, V> Member<O, V> optional(
      String name, Shape<V> shape, Function<O, Optional<V>> getter, String description) {
    return new Member<>(name, shape, (o, w) -> getter.apply(o), false, null, Written.IF_PRESENT, description);
  }

  /**
   * A member that may be absent, written when the getter, which also sees how the value is being
   * written, gives one (such as a finding's path in the document it is about).
   */
  static <O, V> Member<O, V> optional(
      String name, Shape<V> shape, BiFunction<O, WriteContext, Optional<V>> getter, String description) {
    return new Member<>(name, shape, getter, false, null, Written.IF_PRESENT, description);
  }

  /** A member that may be absent, meaning {@code whenAbsent}; always written. */
  static <O, V> Member<O, V> defaulted(
      String name, Shape<V> shape, Function<O, V> getter, V whenAbsent, String description) {
    return new Member<>(name, shape, (o, w) -> getter.apply(o), false, Objects.requireNonNull(whenAbsent, "whenAbsent"),
        Written.ALWAYS, description);
  }

  /** An array member; absent means empty; always written. */
  static <O, E> Member<O, List<E>> list(
      String name, Shape<E> element, Function<O, List<E>> getter, String description) {
    return defaulted(name, Shapes.list(element), getter, List.of(), description);
  }

  /** This member, written only when its collection or map is not empty. */
  Member<O, V> omitEmpty() {
    return new Member<>(name, shape, getter, required, whenAbsent, Written.IF_NOT_EMPTY, description, since);
  }

  /**
   * This member, added in format version {@code version}: a document declaring an earlier version
   * may not give it, and the schemas of earlier versions leave it out. Only optional members can
   * be added, so that every document of an earlier version stays one of the later.
   */
  Member<O, V> since(FormatVersion version) {
    if (required) {
      throw new IllegalStateException("member '" + name + "' is required; a later version can only add optional ones");
    }
    return new Member<>(name, shape, getter, required, whenAbsent, written, description, version);
  }

  /** The format version that added this member. */
  FormatVersion since() {
    return since;
  }

  String name() {
    return name;
  }

  Shape<V> shape() {
    return shape;
  }

  boolean required() {
    return required;
  }
  V whenAbsent() {
    return whenAbsent;
  }

  String description() {
    return description;
  }

  int index() {
    return index;
  }

  void index(int value) {
    if (index >= 0) {
      throw new IllegalStateException("member '" + name + "' is declared in two object shapes");
    }
    index = value;
  }

  /** Writes this member of {@code object}, if it is written. */
  @SuppressWarnings("unchecked")
  void write(O object, TokenSink out, WriteContext w) {
    Object value = getter.apply(object, w);
    switch (written) {
      case IF_PRESENT:
        Optional<V> o = (Optional<V>) value;
        if (o.isEmpty()) {
          return;
        }
        value = o.get();
        break;
      case IF_NOT_EMPTY:
        if (value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
          return;
        }
        break;
      default:
        break;
    }
    out.name(name);
    shape.write((V) value, out, w);
  }
}
