package id.sakip.examples.cli;

import id.sakip.examples.Kromengan2022;
import id.sakip.temuan.Bahasa;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/** {@code sakip kromengan}: the Kromengan 2022 walkthrough, also what {@code sakip} alone prints. */
@Command(name = "kromengan")
final class KromenganCommand extends Subcommand {

  @Override
  int execute(SakipCli sakip) {
    return walkthrough(sakip.out(), sakip.bahasa());
  }

  static int walkthrough(PrintStream out, Bahasa bahasa) {
    Kromengan2022.print(out, bahasa);
    return SakipCli.EXIT_OK;
  }
}
