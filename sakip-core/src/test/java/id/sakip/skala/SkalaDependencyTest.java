package id.sakip.skala;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scale package depends only on {@code id.sakip.angka}, Guava and the JDK. */
class SkalaDependencyTest {

  private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");
  private static final List<String> ALLOWED =
      List.of("java.", "com.google.common.", "id.sakip.angka.", "id.sakip.skala.");

  @Test
  void skala_imports_only_angka_guava_and_the_jdk() throws IOException {
    Path sources = Path.of("src", "main", "java", "id", "sakip", "skala");
    List<String> imports;
    try (Stream<Path> files = Files.list(sources)) {
      imports =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .flatMap(SkalaDependencyTest::imports)
              .collect(Collectors.toList());
    }
    assertThat(imports).isNotEmpty();
    assertThat(imports)
        .as("imports of id.sakip.skala")
        .allMatch(i -> ALLOWED.stream().anyMatch(i::startsWith));
  }

  private static Stream<String> imports(Path file) {
    try {
      Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
      Stream.Builder<String> found = Stream.builder();
      while (m.find()) {
        found.add(m.group(1));
      }
      return found.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
