package id.sakip.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Writes the JSON output of the subcommands with Jackson: UTF-8, pretty, decimals in plain notation. */
final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private Json() {}

  /** Writes {@code value} (maps, lists, strings, numbers, null) to {@code out} as UTF-8, then a line end. */
  static void write(Object value, PrintStream out) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    out.write(bytes, 0, bytes.length);
    out.write('\n');
    out.flush();
  }
}
