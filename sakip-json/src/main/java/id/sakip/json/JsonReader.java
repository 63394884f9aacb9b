package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads one model type from a JSON tree. Problems go to the context; the result is then {@code
 * null}, which never leaves this package.
 *
 * @param <T> the model type
 */
@FunctionalInterface
interface JsonReader<T> {
  T read(JsonNode node, JsonPath path, ReadContext ctx);
}
