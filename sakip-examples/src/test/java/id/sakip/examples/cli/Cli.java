package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Runs {@link SakipCli#run} in process and captures its exit status, standard output and error. */
final class Cli {

  /** The classpath location of the Kromengan 2022 transcription. */
  static final String KROMENGAN = "/id/sakip/examples/kromengan-2022.json";

  /** A small document whose audit has no ERROR finding (only the INFO on two budget versions). */
  static final String KONSISTEN = "/id/sakip/examples/cli/lkj-kecil.json";

  private Cli() {}

  /**
   * The outcome of one run.
   *
   * @param status the exit status
   * @param out standard output, decoded as UTF-8
   * @param err standard error, decoded as UTF-8
   */
  record Result(int status, String out, String err) {}

  /** Runs with an empty standard input. */
  static Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs with {@code stdin} as standard input, as if piped: {@code … | sakip ARGS}. */
  static Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = SakipCli.run(args, new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The bytes of the classpath resource {@code resource}. */
  static byte[] bytes(String resource) {
    try (InputStream in = Cli.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no classpath resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of the subcommands, in the order {@code sakip --help} lists them, without {@code help}. */
  static List<String> subcommands() {
    return SakipCli.commandLine(Bahasa.INGGRIS, InputStream.nullInputStream(), System.out).getSubcommands().keySet()
        .stream().filter(n -> !n.equals("help")).toList();
  }

  static Result run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  /** Copies the classpath resource {@code resource} into {@code dir} and returns the file's path as text. */
  static String copy(String resource, Path dir) {
    Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = Cli.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no classpath resource " + resource);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target.toString();
  }
}
