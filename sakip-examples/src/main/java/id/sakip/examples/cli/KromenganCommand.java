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
        Usage: sakip kromengan

        Prints the worked example: the LKj of Kecamatan Kromengan 2022 read from its sakip-lkj/1
        transcription (bundled in the jar), the tables of Bab III recomputed exactly with each
        printed figure beside the recomputed one where they differ, then the audit findings.
        Running sakip without a subcommand does the same.

        Example:
          sakip kromengan

        Exit status: 0.
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of();
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) {
    Kromengan2022.print(out);
    return SakipCli.EXIT_OK;
  }
}
