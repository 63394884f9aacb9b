package id.sakip.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects the {@code $defs} of a JSON Schema while the shapes describe themselves. */
final class SchemaBuilder {

  private final Map<String, Object> defs = new LinkedHashMap<>();
  private final java.util.List<ObjectShape<?>> objects = new java.util.ArrayList<>();
  private final FormatVersion version;

  /** A builder of the schema of the current format version. */
  SchemaBuilder() {
    this(FormatVersion.CURRENT);
  }

  /** A builder of the schema of format {@code version}: members added later are left out. */
  SchemaBuilder(FormatVersion version) {
    this.version = version;
  }

  /** The format version described. */
  FormatVersion version() {
    return version;
  }

  /** A reference to the definition {@code name}, made by {@code definition} the first time. */
  Map<String, Object> ref(String name, Supplier<Map<String, Object>> definition) {
    if (!defs.containsKey(name)) {
      defs.put(name, null); // reserved: a recursive shape refers to itself while being defined
      defs.put(name, definition.get());
    }
    return Schemas.of("$ref", "#/$defs/" + name);
  }

  Map<String, Object> defs() {
    return defs;
  }

  /** Notes an object shape met while describing, for its member table. */
  void object(ObjectShape<?> shape) {
    if (!objects.contains(shape)) {
      objects.add(shape);
    }
  }

  /** The object shapes met, in the order first met. */
  java.util.List<ObjectShape<?>> objects() {
    return objects;
  }
}
