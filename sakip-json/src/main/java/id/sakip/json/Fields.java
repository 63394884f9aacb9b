package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** The members of one JSON object being read, with required and optional access. */
final class Fields {

  private final ReadContext ctx;
  private final JsonNode node;
  private final JsonPath path;

  Fields(ReadContext ctx, JsonNode node, JsonPath path) {
    this.ctx = ctx;
    this.node = node;
    this.path = path;
  }

  JsonPath path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  /** Reads a member that must be present; a missing one is a problem. */
  <T> T required(String name, JsonReader<T> reader) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      ctx.problem(path.child(name), v, "required property '" + name + "' is missing");
      return null;
    }
    return reader.read(v, path.child(name), ctx);
  }

  /** Reads a member that may be absent (or null). A present but invalid one is a problem. */
  <T> Optional<T> optional(String name, JsonReader<T> reader) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.ofNullable(reader.read(v, path.child(name), ctx));
  }

  /** Reads an optional array; absent means empty. */
  <T> List<T> list(String name, JsonReader<T> element) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    return ctx.list(v, path.child(name), element);
  }
}
