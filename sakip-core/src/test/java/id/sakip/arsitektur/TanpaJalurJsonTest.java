package id.sakip.arsitektur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core knows the report's parts, rows and columns, never the JSON document's layout: no JSON
 * path literal ({@code "$.…"}) appears in its sources. sakip-json turns a location into a path.
 */
class TanpaJalurJsonTest {

  @Test
  void no_json_path_literal_in_sakip_core() throws IOException {
    List<String> offences;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      offences = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
        try {
          List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
          return java.util.stream.IntStream.range(0, lines.size())
              .filter(i -> lines.get(i).contains("\"$.") || lines.get(i).contains("\"$["))
              .mapToObj(i -> p + ":" + (i + 1));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(offences).isEmpty();
  }
}
