package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's main class in a JVM of its own ({@code java -cp <test classpath> SakipCli …}): the exit
 * status reaches the shell, output is UTF-8; and the jar's manifest names it.
 */
class SakipCliProcessTest {

  @TempDir
  Path dir;

  /**
   * The outcome of one process.
   *
   * @param status the exit status
   * @param out standard output as UTF-8
   * @param err standard error as UTF-8
   */
  record Exit(int status, String out, String err) {}

  private Exit java(String... args) throws IOException, InterruptedException {
    return javaWithInput(null, args);
  }

  /** Runs with {@code stdin} (a file, or none) as standard input: {@code sakip ARGS < stdin}. */
  private Exit javaWithInput(Path stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), SakipCli.class.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out-" + System.nanoTime());
    Path err = dir.resolve("err-" + System.nanoTime());
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    Process p = builder.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
    return new Exit(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void exit_statuses_reach_the_shell() throws Exception {
    Exit walkthrough = java();
    assertThat(walkthrough.status()).isZero();
    assertThat(walkthrough.err()).isEmpty();
    assertThat(walkthrough.out()).contains("100,96% [tercetak 100%]", "92,46%", "Rp9.893.200,00")
        .isEqualTo(Cli.run().out());

    String kromengan = Cli.copy(Cli.KROMENGAN, dir);
    Exit audit = java("audit", kromengan, "--format", "json");
    assertThat(audit.status()).isEqualTo(1);
    assertThat(audit.out()).isEqualTo(Cli.run("audit", kromengan, "--format", "json").out());

    Exit bad = java("capaian", "--target", "8,5x", "--realisasi", "1", "--bahasa", "en");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err().lines()).singleElement().asString().contains("option --target", "'8,5x'");
    assertThat(java("capaian", "--target", "8,5x", "--realisasi", "1").err().lines()).singleElement().asString()
        .contains("opsi --target", "'8,5x'");

    Exit capaian = java("capaian", "--target", "7", "--realisasi", "6,5", "--polaritas", "negatif");
    assertThat(capaian.status()).isZero();
    assertThat(capaian.out()).contains("(2T − R) / T × 100", "107,14%", "107,1428571428571428571428571428571…%");
  }

  @Test
  void a_document_piped_to_dash_is_read_from_standard_input() throws Exception {
    Path kromengan = Path.of(Cli.copy(Cli.KROMENGAN, dir));
    Exit piped = javaWithInput(kromengan, "audit", "-", "--format", "json");
    assertThat(piped.status()).isEqualTo(1);
    assertThat(piped.err()).isEmpty();
    assertThat(piped.out()).isEqualTo(Cli.run("audit", kromengan.toString(), "--format", "json").out());
  }

  @Test
  void help_and_version_in_a_jvm_of_their_own() throws Exception {
    Exit version = java("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).isEqualTo("sakip " + System.getProperty("sakip.version") + System.lineSeparator());
    Exit help = java("audit", "--help", "--bahasa", "en");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: sakip audit").isEqualTo(Cli.run("audit", "--help", "--bahasa", "en").out()
        .replace("\n", System.lineSeparator()));
  }

  @Test
  void the_jar_s_main_class_is_the_cli() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    assertThat(pom).contains("<main.class>" + SakipCli.class.getName() + "</main.class>");
  }
}
