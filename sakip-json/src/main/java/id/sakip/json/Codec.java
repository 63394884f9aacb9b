package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/** How one model type is read from and written to a JSON tree. */
record Codec<T>(Class<T> type, JsonReader<T> reader, Function<T, JsonNode> writer) {

  JsonNode write(Object value) {
    return writer.apply(type.cast(value));
  }
}
