package id.sakip.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/** Builds output trees; numbers keep their exact scale. */
final class Nodes {

  static final JsonNodeFactory N = JsonNodeFactory.withExactBigDecimals(true);

  private Nodes() {}

  static ObjectNode object() {
    return N.objectNode();
  }

  static <T> ArrayNode array(Collection<T> items, Function<T, ? extends com.fasterxml.jackson.databind.JsonNode> write) {
    ArrayNode a = N.arrayNode();
    items.forEach(i -> a.add(write.apply(i)));
    return a;
  }

  /** Sets member {@code name} when {@code value} is present; leaves it out otherwise. */
  static <T> void putIfPresent(ObjectNode o, String name, java.util.Optional<T> value,
      Function<T, ? extends com.fasterxml.jackson.databind.JsonNode> write) {
    value.ifPresent(v -> o.set(name, write.apply(v)));
  }

  static <T> ObjectNode keyed(Map<Integer, T> map, Function<T, ? extends com.fasterxml.jackson.databind.JsonNode> write) {
    ObjectNode o = N.objectNode();
    map.forEach((k, v) -> o.set(Integer.toString(k), write.apply(v)));
    return o;
  }
}
