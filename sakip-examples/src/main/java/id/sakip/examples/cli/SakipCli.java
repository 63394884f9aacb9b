package id.sakip.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The command-line tool of the runnable jar: {@code java -jar sakip-examples/target/sakip.jar
 * [SUBCOMMAND] [OPTIONS]}.
 *
 * <ul>
 *   <li>{@code kromengan} (also what no arguments run): the Kromengan 2022 walkthrough;
 *   <li>{@code tables FILE [--format text|markdown|csv]}: the recomputed Bab III tables of a
 *       {@code sakip-lkj/1} document;
 *   <li>{@code audit FILE [--format text|json]}: its audit findings;
 *   <li>{@code capaian --target T --realisasi R …}: one capaian;
 *   <li>{@code serapan --pagu P --realisasi R …}: one budget absorption;
 *   <li>{@code help [SUBCOMMAND]}, {@code --help}: usage.
 * </ul>
 *
 * <p>Exit statuses ({@link #run} returns them; {@link #main} passes a non-zero one to {@link
 * System#exit} and returns normally on 0):
 *
 * <ul>
 *   <li>{@value #EXIT_OK}: done;
 *   <li>{@value #EXIT_FINDING}: the answer is negative: the audit found an ERROR finding, or the
 *       capaian or serapan is not computable (its reason is on standard output);
 *   <li>{@value #EXIT_USAGE}: bad usage or input: unknown subcommand or option, missing or
 *       malformed value, unreadable file, invalid document. The error is on standard error (one
 *       line naming the option and the value; an invalid document lists each problem with its
 *       JSON path on a line of its own) and nothing is written to standard output;
 *   <li>{@value #EXIT_INTERNAL}: a bug: an unexpected exception, reported on standard error.
 * </ul>
 */
public final class SakipCli {

  /** Exit status: done. */
  public static final int EXIT_OK = 0;

  /** Exit status: an ERROR audit finding, or a not-computable capaian or serapan. */
  public static final int EXIT_FINDING = 1;

  /** Exit status: bad usage or invalid input; nothing was written to standard output. */
  public static final int EXIT_USAGE = 2;

  /** Exit status: an unexpected exception (a bug). */
  public static final int EXIT_INTERNAL = 3;

  static final String PROGRAM = "sakip";

  private static final Map<String, Command> COMMANDS = commands(
      new KromenganCommand(), new TablesCommand(), new AuditCommand(), new CapaianCommand(), new SerapanCommand(),
      new SkmCommand());

  private SakipCli() {}

  /**
   * Runs the tool with UTF-8 standard output and error; calls {@link System#exit} with the status
   * only when it is not 0.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    if (status != EXIT_OK) {
      System.exit(status);
    }
  }

  /**
   * Runs the tool on {@code args}, writing results to {@code out} and errors to {@code err}, and
   * returns the exit status ({@link #EXIT_OK}, {@link #EXIT_FINDING}, {@link #EXIT_USAGE} or
   * {@link #EXIT_INTERNAL}). Never calls {@link System#exit}.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> list = Arrays.asList(args.clone());
    if (list.isEmpty()) {
      return execute(COMMANDS.get("kromengan"), List.of(), out, err);
    }
    String first = list.get(0);
    List<String> rest = list.subList(1, list.size());
    if (first.equals("--help") || first.equals("-h")) {
      out.print(usage());
      out.flush();
      return EXIT_OK;
    }
    if (first.equals("help")) {
      return help(rest, out, err);
    }
    Command command = COMMANDS.get(first);
    if (command == null) {
      err.println(PROGRAM + ": " + unknown(first));
      return EXIT_USAGE;
    }
    return execute(command, rest, out, err);
  }

  /** The usage printed by {@code sakip --help}: every subcommand and the exit statuses. */
  static String usage() {
    int width = COMMANDS.keySet().stream().mapToInt(String::length).max().orElse(0);
    String list = COMMANDS.values().stream()
        .map(c -> "  " + c.name() + " ".repeat(width - c.name().length() + 2) + c.summary())
        .collect(Collectors.joining("\n"));
    return "Usage: " + PROGRAM + " [SUBCOMMAND] [OPTIONS]   (java -jar sakip-examples/target/sakip.jar …)\n"
        + "\n"
        + "Exact figures for Indonesian government performance reports (SAKIP).\n"
        + "Without a subcommand, prints the Kromengan 2022 walkthrough.\n"
        + "\n"
        + "Subcommands:\n"
        + list + "\n"
        + "  help" + " ".repeat(width - 4 + 2) + "print the usage of a subcommand: " + PROGRAM + " help audit\n"
        + "\n"
        + "Run '" + PROGRAM + " SUBCOMMAND --help' for its options. Options go before or after the arguments,\n"
        + "as --name value or --name=value; -- ends the options.\n"
        + "\n"
        + "Exit status: 0 done; 1 the audit found an ERROR finding, or a capaian or serapan is not computable;\n"
        + "2 bad usage or invalid input (the error on standard error, nothing on standard output); 3 internal error.\n";
  }

  /** The subcommands by name, in the order {@code sakip --help} lists them. */
  static Map<String, Command> commands() {
    return COMMANDS;
  }

  private static int help(List<String> rest, PrintStream out, PrintStream err) {
    if (rest.isEmpty()) {
      out.print(usage());
      out.flush();
      return EXIT_OK;
    }
    if (rest.size() > 1) {
      err.println(PROGRAM + " help: unexpected argument '" + rest.get(1) + "': expected one SUBCOMMAND");
      return EXIT_USAGE;
    }
    Command command = COMMANDS.get(rest.get(0));
    if (command == null) {
      err.println(PROGRAM + " help: " + unknown(rest.get(0)));
      return EXIT_USAGE;
    }
    out.print(command.usage());
    out.flush();
    return EXIT_OK;
  }

  private static int execute(Command command, List<String> args, PrintStream out, PrintStream err) {
    String prefix = PROGRAM + " " + command.name() + ": ";
    if (Options.wantsHelp(args)) {
      out.print(command.usage());
      out.flush();
      return EXIT_OK;
    }
    try {
      Options options = Options.parse(args, command.options(), command.positional());
      return command.execute(options, out, err);
    } catch (UsageException e) {
      err.println(prefix + e.getMessage());
      err.flush();
      return EXIT_USAGE;
    } catch (RuntimeException e) {
      err.println(prefix + "internal error, please report it: " + e);
      e.printStackTrace(err);
      err.flush();
      return EXIT_INTERNAL;
    }
  }

  private static String unknown(String name) {
    String known = String.join(", ", COMMANDS.keySet()) + ", help";
    if (name.startsWith("-")) {
      return "unknown option " + name + " before a subcommand; expected a subcommand: " + known;
    }
    List<String> names = new java.util.ArrayList<>(COMMANDS.keySet());
    names.add("help");
    String hint = Names.nearest(name, names).map(n -> " (did you mean '" + n + "'?)").orElse("");
    if (hint.isEmpty() && name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      hint = " (to read a document: " + PROGRAM + " tables " + name + ", or " + PROGRAM + " audit " + name + ")";
    }
    return "unknown subcommand '" + name + "'" + hint + "; known: " + known;
  }

  private static Map<String, Command> commands(Command... commands) {
    Map<String, Command> map = new LinkedHashMap<>();
    for (Command c : commands) {
      map.put(c.name(), c);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
