package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;

/**
 * A command line the tool cannot run: an unknown subcommand or option, a missing or malformed
 * value, a file it cannot read, an invalid document. The message exists in Indonesian and English;
 * it is one line naming the option and the value, except for an invalid document, whose message
 * lists each problem with its JSON path on a line of its own. {@link SakipCli#run} prints it in the
 * language of {@code --bahasa} on standard error after the program and subcommand name and returns
 * {@link SakipCli#EXIT_USAGE}.
 */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String id;

  /** The message in Indonesian ({@code id}) and English ({@code en}, also {@link #getMessage()}). */
  UsageException(String id, String en) {
    super(en);
    this.id = id;
  }

  /** The message in {@code bahasa}. */
  String pesan(Bahasa bahasa) {
    return bahasa.pilih(id, getMessage());
  }
}
