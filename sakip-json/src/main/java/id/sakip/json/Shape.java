package id.sakip.json;

import java.util.Map;

/**
 * The JSON shape of one type, declared once: how to read it from tokens, how to write it, its JSON
 * Schema and how {@code FORMAT.md} names it. Every bound model type has one; the reader, the
 * writer, the schema and the member tables of {@code FORMAT.md} are all derived from the shapes.
 *
 * @param <T> the type read and written
 */
abstract class Shape<T> {

  /**
   * Reads a value whose first token the source is on; on return the source is on the value's last
   * token. A value that cannot be read is reported to {@code ctx} and gives {@code null}.
   */
  abstract T read(TokenSource in, JsonPath path, ReadContext ctx);

  /** Writes {@code value}. */
  abstract void write(T value, TokenSink out, WriteContext w);

  /** The schema of this shape where it is used (a {@code $ref} for a named shape). */
  abstract Map<String, Object> schema(SchemaBuilder s);

  /** How {@code FORMAT.md} names this shape in a member table, such as {@code name} or {@code [`Tujuan`]}. */
  abstract String docType();

  /** This shape registered as the schema definition {@code name}, with a description. */
  Shape<T> named(String name, String description) {
    return new Named<>(this, name, description);
  }

  /** A shape given a name in the schema and in {@code FORMAT.md}. */
  static final class Named<T> extends Shape<T> {
    private final Shape<T> shape;
    private final String name;
    private final String description;

    Named(Shape<T> shape, String name, String description) {
      this.shape = shape;
      this.name = name;
      this.description = description;
    }

    @Override
    T read(TokenSource in, JsonPath path, ReadContext ctx) {
      return shape.read(in, path, ctx);
    }

    @Override
    void write(T value, TokenSink out, WriteContext w) {
      shape.write(value, out, w);
    }

    @Override
    Map<String, Object> schema(SchemaBuilder s) {
      return s.ref(name, () -> Schemas.described(description, shape.schema(s)));
    }

    @Override
    String docType() {
      return shape.docType();
    }
  }
}
