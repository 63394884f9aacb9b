package id.sakip.examples.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@link SakipCli}: its name, options, usage and what it does. */
abstract class Command {

  /** The name typed after {@code sakip}, e.g. {@code audit}. */
  abstract String name();

  /** One line for the list of subcommands in {@code sakip --help}. */
  abstract String summary();

  /** The usage printed by {@code sakip NAME --help}: synopsis, options, an example, exit statuses. */
  abstract String usage();

  /** The options it accepts, besides {@code --help}. */
  abstract List<Options.Spec> options();

  /** The names of its positional arguments, e.g. {@code FILE}; none by default. */
  List<String> positional() {
    return List.of();
  }

  /**
   * Runs with parsed options and returns the exit status.
   *
   * @throws UsageException if an option value or the input is invalid; nothing has been written to
   *     {@code out} then
   */
  abstract int execute(Options options, PrintStream out, PrintStream err) throws UsageException;
}
