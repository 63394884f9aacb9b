package id.sakip.examples.cli;

import id.sakip.examples.Kromengan2022;
import java.io.PrintStream;
import java.util.List;

/** {@code sakip kromengan}: the Kromengan 2022 walkthrough, also what {@code sakip} alone prints. */
final class KromenganCommand extends Command {

  @Override
  String name() {
    return "kromengan";
  }

  @Override
  String summary() {
    return "print the Kromengan 2022 walkthrough: Bab III recomputed, then the audit (the default)";
  }

  @Override
  String usage() {
    return """
        Usage: sakip kromengan [--bahasa id|en]

        Prints the worked example: the LKj of Kecamatan Kromengan 2022 read from its sakip-lkj/1
        transcription (bundled in the jar), the tables of Bab III recomputed exactly with each
        printed figure beside the recomputed one where they differ, then the audit findings.
        Running sakip without a subcommand does the same.

        Options:
          --bahasa L   id (default): Indonesian messages and notation; en: English
          --help       print this help

        Example:
          sakip kromengan

        Exit status: 0.
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(Options.BAHASA);
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    Kromengan2022.print(out, options.bahasa());
    return SakipCli.EXIT_OK;
  }
}
