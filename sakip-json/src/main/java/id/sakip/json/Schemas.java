package id.sakip.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders of JSON Schema fragments (maps in member order). */
final class Schemas {

  private Schemas() {}

  /** A fragment of the given key-value pairs, in order. */
  static Map<String, Object> of(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** {@code fragment} with {@code description} first. */
  static Map<String, Object> described(String description, Map<String, Object> fragment) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (description != null && !description.isEmpty()) {
      m.put("description", description);
    }
    fragment.forEach((k, v) -> {
      if (!k.equals("description") || description == null || description.isEmpty()) {
        m.put(k, v);
      }
    });
    return m;
  }

  /** {@code fragment} or {@code null}. */
  static Map<String, Object> orNull(Map<String, Object> fragment) {
    return of("anyOf", List.of(fragment, of("type", "null")));
  }
}
