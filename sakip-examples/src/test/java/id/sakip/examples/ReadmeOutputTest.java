package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's excerpt of the Kromengan walkthrough is real output, line for line. */
class ReadmeOutputTest {

  @Test
  void every_line_of_the_readme_excerpt_is_printed_by_the_walkthrough() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int marker = readme.indexOf("<!-- kromengan-output -->");
    assertThat(marker).as("README marker").isPositive();
    int start = readme.indexOf("```text\n", marker) + "```text\n".length();
    String excerpt = readme.substring(start, readme.indexOf("```", start));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Kromengan2022.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> output = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> lines = excerpt.lines().filter(l -> !l.equals("…") && !l.isBlank()).toList();
    assertThat(lines).hasSizeGreaterThan(8);
    assertThat(output).containsAll(lines);
  }
}
