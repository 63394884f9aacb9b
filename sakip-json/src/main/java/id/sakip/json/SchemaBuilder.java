package id.sakip.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Collects the {@code $defs} of a JSON Schema while the shapes describe themselves. */
final class SchemaBuilder {

  private final Map<String, Object> defs = new LinkedHashMap<>();

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
}
