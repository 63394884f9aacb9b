package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;

/**
 * The command-line tool of the runnable jar: {@code java -jar sakip-examples/target/sakip.jar
 * [SUBCOMMAND] [OPTIONS]}, parsed by picocli.
 *
 * <ul>
 *   <li>{@code kromengan} (also what no arguments run): the Kromengan 2022 walkthrough;
 *   <li>{@code tables FILE [--format text|markdown|csv]}: the recomputed Bab III tables of a
 *       {@code sakip-lkj/1} document ({@code -} reads it from standard input);
 *   <li>{@code audit FILE [--format text|json]}: its audit findings;
 *   <li>{@code capaian --target T --realisasi R …}: one capaian;
 *   <li>{@code serapan --pagu P --realisasi R …}: one budget absorption;
 *   <li>{@code skm FILE}: the SKM of a CSV of answers;
 *   <li>{@code help [SUBCOMMAND]}, {@code --help}: usage, generated from the options in the language
 *       of {@code --bahasa} (resource bundles {@code Bantuan} and {@code Bantuan_en});
 *   <li>{@code --version}: the version of the build.
 * </ul>
 *
 * <p>Exit statuses ({@link #run} returns them; {@link #main} passes a non-zero one to {@link
 * System#exit} and returns normally on 0):
 *
 * <ul>
 *   <li>{@value #EXIT_OK}: done;
 *   <li>{@value #EXIT_FINDING}: the answer is negative: the audit found an ERROR finding, or the
 *       capaian, serapan or SKM is not computable (its reason is on standard output);
 *   <li>{@value #EXIT_USAGE}: bad usage or input: unknown subcommand or option, missing or
 *       malformed value, unreadable file, invalid document. The error is on standard error in the
 *       language of {@code --bahasa} (one line naming the option and the value; an invalid document
 *       lists each problem with its JSON path on a line of its own) and nothing is written to
 *       standard output;
 *   <li>{@value #EXIT_INTERNAL}: a bug: an unexpected exception, reported on standard error.
 * </ul>
 */
@Command(name = SakipCli.PROGRAM, mixinStandardHelpOptions = true, versionProvider = Version.class,
    subcommands = {KromenganCommand.class, TablesCommand.class, AuditCommand.class, CapaianCommand.class,
        SerapanCommand.class, SkmCommand.class, HelpSubcommand.class})
public final class SakipCli implements Callable<Integer> {

  /** Exit status: done. */
  public static final int EXIT_OK = 0;

  /** Exit status: an ERROR audit finding, or a not-computable capaian, serapan or SKM. */
  public static final int EXIT_FINDING = 1;

  /** Exit status: bad usage or invalid input; nothing was written to standard output. */
  public static final int EXIT_USAGE = 2;

  /** Exit status: an unexpected exception (a bug). */
  public static final int EXIT_INTERNAL = 3;

  static final String PROGRAM = "sakip";

  /** The texts of the help: Indonesian in {@code Bantuan.properties}, English in {@code Bantuan_en.properties}. */
  static final String BUNDLE = "id.sakip.examples.cli.Bantuan";

  @Mixin
  SharedOptions.Language language;

  private final InputStream in;
  private final PrintStream out;

  private SakipCli(InputStream in, PrintStream out) {
    this.in = in;
    this.out = out;
  }

  /**
   * Runs the tool with standard input and UTF-8 standard output and error; calls {@link
   * System#exit} with the status only when it is not 0.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err);
    out.flush();
    err.flush();
    if (status != EXIT_OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool on {@code args} with {@link System#in} as standard input ({@code -} as FILE);
   * see {@link #run(String[], InputStream, PrintStream, PrintStream)}.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the tool on {@code args}, reading {@code -} as FILE from {@code in}, writing results to
   * {@code out} and errors to {@code err}, and returns the exit status ({@link #EXIT_OK}, {@link
   * #EXIT_FINDING}, {@link #EXIT_USAGE} or {@link #EXIT_INTERNAL}). Never calls {@link
   * System#exit}; does not close the streams.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    String[] line = args.clone();
    Bahasa bahasa = Args.bahasa(line);
    CommandLine cli = commandLine(bahasa, in, out);
    PrintWriter help = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    cli.setOut(help);
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionStrategy(parsed -> {
      Integer status = CommandLine.executeHelpRequest(parsed);
      if (status != null) {
        return status;
      }
      UsageErrors.check(parsed);
      return new CommandLine.RunLast().execute(parsed);
    });
    cli.setParameterExceptionHandler((ex, a) -> {
      if (Args.wantsHelp(line)) {
        ex.getCommandLine().usage(help);
        return EXIT_OK;
      }
      return UsageErrors.print(UsageErrors.of(ex, line), ex.getCommandLine(), bahasa, err);
    });
    cli.setExecutionExceptionHandler((ex, command, parsed) -> {
      if (ex instanceof UsageException u) {
        return UsageErrors.print(u, command, bahasa, err);
      }
      err.println(command.getCommandSpec().qualifiedName() + ": "
          + bahasa.pilih("galat internal, mohon laporkan: ", "internal error, please report it: ") + ex);
      ex.printStackTrace(err);
      err.flush();
      return EXIT_INTERNAL;
    });
    int status = cli.execute(line);
    help.flush();
    out.flush();
    err.flush();
    return status;
  }

  /**
   * The parser of the tool with the help texts of {@code bahasa}, plain (no ANSI colours), reading
   * {@code in} and writing {@code out}.
   */
  static CommandLine commandLine(Bahasa bahasa, InputStream in, PrintStream out) {
    CommandLine cli = new CommandLine(new SakipCli(in, out));
    cli.setResourceBundle(bantuan(bahasa));
    cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    cli.setOverwrittenOptionsAllowed(true); // UsageErrors.check names both values
    List<CommandLine> all = new ArrayList<>(List.of(cli));
    all.addAll(cli.getSubcommands().values());
    for (CommandLine c : all) {
      c.getCommandSpec().usageMessage().sortOptions(false).sortSynopsis(false); // in the order declared
    }
    return cli;
  }

  /** The help texts in {@code bahasa}, whatever the default locale. */
  static ResourceBundle bantuan(Bahasa bahasa) {
    return ResourceBundle.getBundle(BUNDLE, bahasa == Bahasa.INGGRIS ? Locale.ENGLISH : Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Without a subcommand: the Kromengan walkthrough. */
  @Override
  public Integer call() {
    return KromenganCommand.walkthrough(out, bahasa());
  }

  /** Standard input, read for {@code -} as FILE. */
  InputStream in() {
    return in;
  }

  /** Standard output. */
  PrintStream out() {
    return out;
  }

  /** The language of {@code --bahasa}, wherever it was given. */
  Bahasa bahasa() {
    return language.bahasa();
  }
}
