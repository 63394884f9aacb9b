package id.sakip.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * One subcommand of {@link SakipCli}. Its options are picocli annotations on its fields (shared
 * ones in {@link SharedOptions}); picocli parses them, and {@link #execute} runs with them set.
 */
abstract class Subcommand implements Callable<Integer> {

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
  boolean help;

  @ParentCommand
  SakipCli sakip;

  @Override
  public final Integer call() throws UsageException {
    return execute(sakip);
  }

  /**
   * Runs with the parsed options and returns the exit status.
   *
   * @param sakip the run: standard input and output, and the language of {@code --bahasa}
   * @throws UsageException if an option value or the input is invalid; nothing has been written to
   *     standard output then
   */
  abstract int execute(SakipCli sakip) throws UsageException;
}
