package id.sakip.examples.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sakip help [SUBCOMMAND]}: the help of {@code sakip}, or the same as {@code sakip SUBCOMMAND --help}. */
@Command(name = "help", helpCommand = true)
final class HelpSubcommand extends Subcommand {

  @Parameters(paramLabel = "SUBCOMMAND", arity = "0..1", descriptionKey = "sakip.help.subcommand")
  String subcommand;

  @Spec
  CommandSpec spec;

  @Override
  int execute(SakipCli sakip) throws UsageException {
    List<String> extra = spec.commandLine().getUnmatchedArguments(); // picocli does not check them under help
    if (!extra.isEmpty()) {
      throw UsageErrors.unmatched(extra.get(0), spec);
    }
    CommandLine root = spec.parent().commandLine();
    CommandLine shown = subcommand == null ? root : root.getSubcommands().get(subcommand);
    if (shown == null) {
      throw UsageErrors.notASubcommand(subcommand, root.getCommandSpec());
    }
    shown.usage(root.getOut());
    root.getOut().flush();
    return SakipCli.EXIT_OK;
  }
}
