package id.sakip.arsitektur;

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

/**
 * Keeps binary floating point out of every calculation path: no {@code double}, {@code float},
 * {@code Double} or {@code Float} in the main sources of sakip-core (comments are ignored).
 */
class NoFloatingPointTest {

  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern STRINGS = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
  private static final Pattern FLOATING = Pattern.compile("\\b(double|float|Double|Float)\\b");

  @Test
  void main_sources_use_no_binary_floating_point() {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources).isDirectory();
    List<String> offences;
    try (Stream<Path> files = Files.walk(sources)) {
      offences =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .flatMap(NoFloatingPointTest::offences)
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(offences).as("uses of binary floating point in sakip-core").isEmpty();
  }

  @Test
  void the_scan_would_notice_a_double() {
    assertThat(offences("x.java", "class X { double rate = 0; // float in a comment is fine\n }"))
        .containsExactly("x.java: double");
    assertThat(offences("y.java", "class Y { String s = \"double\"; /* Float */ }")).isEmpty();
  }

  private static Stream<String> offences(Path file) {
    try {
      return offences(file.toString(), Files.readString(file, StandardCharsets.UTF_8)).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> offences(String name, String source) {
    String code = STRINGS.matcher(COMMENTS.matcher(source).replaceAll(" ")).replaceAll("\"\"");
    Matcher m = FLOATING.matcher(code);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(name + ": " + m.group(1));
    }
    return found;
  }
}
