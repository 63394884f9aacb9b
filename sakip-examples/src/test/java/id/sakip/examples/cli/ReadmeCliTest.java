package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.examples.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "Command-line tool" section stays true: every line starting with {@code java -jar
 * sakip-examples/target/sakip.jar} (or {@code $ java -jar …} in a console block) still parses and
 * runs with exit status 0 or 1, never 2; the outputs shown under a {@code $} line are what the tool
 * prints; every subcommand has an example.
 */
class ReadmeCliTest {

  private static final String JAR = "java -jar sakip-examples/target/sakip.jar";
  private static final Path ROOT = Path.of("..");

  private static String readme;

  @BeforeAll
  static void read() throws IOException {
    readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /**
   * One README invocation: its arguments, a path that exists from the repository root resolved
   * there, and the file it reads as standard input ({@code < FILE} at the end), if any.
   */
  private record Invocation(String[] arguments, byte[] stdin) {

    static Invocation of(String line) {
      String command = line.startsWith("$ ") ? line.substring(2) : line;
      assertThat(command).as("README invocations use no shell quoting").doesNotContain("'", "\"", "\\", "$");
      String rest = command.substring(JAR.length()).trim();
      byte[] stdin = new byte[0];
      int redirect = rest.indexOf(" < ");
      if (redirect >= 0) {
        Path input = ROOT.resolve(rest.substring(redirect + 3).trim());
        try {
          stdin = Files.readAllBytes(input);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        rest = rest.substring(0, redirect).trim();
      }
      String[] arguments = rest.isEmpty() ? new String[0] : Arrays.stream(rest.split("\\s+"))
          .map(a -> !a.startsWith("-") && Files.isRegularFile(ROOT.resolve(a)) ? ROOT.resolve(a).toString() : a)
          .toArray(String[]::new);
      return new Invocation(arguments, stdin);
    }

    Result run() {
      return Cli.runWithInput(stdin, arguments);
    }
  }

  private static List<String> invocations() {
    List<String> lines = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^(?:\\$ )?" + Pattern.quote(JAR) + "(?:[ \\t].*)?$").matcher(readme);
    while (m.find()) {
      lines.add(m.group());
    }
    return lines;
  }

  @Test
  void the_section_gives_the_build_command_and_the_invocation() {
    assertThat(readme).contains("## Command-line tool", "mvn -B -ntp -q -DskipTests package",
        "`java -jar sakip-examples/target/sakip.jar <subcommand> …`");
    String section = readme.substring(readme.indexOf("## Command-line tool"));
    for (int status = 0; status <= 3; status++) {
      assertThat(section).as("exit status " + status + " is documented").containsPattern("(?m)^\\| " + status + " \\| ");
    }
  }

  @Test
  void every_readme_invocation_parses_and_exits_0_or_1() {
    List<String> lines = invocations();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(Cli.subcommands().size());
    for (String line : lines) {
      Result r = Invocation.of(line).run();
      assertThat(r.status()).as(line + "\nstderr: " + r.err()).isIn(0, 1);
      assertThat(r.err()).as(line).isEmpty();
      assertThat(r.out()).as(line).isNotEmpty();
    }
  }

  @Test
  void every_subcommand_has_an_example() {
    List<String> subcommands = invocations().stream()
        .map(l -> l.startsWith("$ ") ? l.substring(2) : l)
        .map(l -> Invocation.of(l).arguments()).filter(a -> a.length > 0).map(a -> a[0]).toList();
    assertThat(subcommands).containsAll(Cli.subcommands());
  }

  @Test
  void the_outputs_shown_are_what_the_tool_prints() {
    Matcher block = Pattern.compile("(?s)```console\\n(.*?)```").matcher(readme);
    int shown = 0;
    while (block.find()) {
      List<String> lines = block.group(1).lines().toList();
      assertThat(lines.get(0)).as("a console block starts with the command").startsWith("$ " + JAR);
      String expected = String.join("\n", lines.subList(1, lines.size())) + "\n";
      assertThat(Invocation.of(lines.get(0)).run().out()).as(lines.get(0)).isEqualTo(expected);
      shown++;
    }
    assertThat(shown).isGreaterThanOrEqualTo(3);
    assertThat(readme).as("the help shown is generated, and so checked here")
        .contains("```console\n$ " + JAR + " serapan --help --bahasa en\nUsage: sakip serapan");
  }
}
