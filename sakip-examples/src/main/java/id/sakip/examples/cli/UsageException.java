package id.sakip.examples.cli;

/**
 * A command line the tool cannot run: an unknown subcommand or option, a missing or malformed
 * value, a file it cannot read, an invalid document. The message is one line naming the option and
 * the value, except for an invalid document, whose message lists each problem with its JSON path
 * on a line of its own. {@link SakipCli#run} prints it on standard error after the program and
 * subcommand name and returns {@link SakipCli#EXIT_USAGE}.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
