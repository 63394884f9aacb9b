package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The usage errors of the tool, in Indonesian and English: picocli's parse errors said again naming
 * the option, the value and the rule; the checks picocli leaves to us ({@link #check}); and how
 * they are printed ({@link #print}).
 */
final class UsageErrors {

  private UsageErrors() {}

  /**
   * The checks of a parsed command line that picocli does not make: an option given twice, an empty
   * value, a value that is not one of the option's choices (its completion candidates).
   *
   * @throws ParameterException whose cause is the {@link UsageException} to print
   */
  static void check(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      for (OptionSpec o : p.matchedOptions()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        try {
          check(o);
        } catch (UsageException e) {
          throw new ParameterException(p.commandSpec().commandLine(), e.getMessage(), e, o, null);
        }
      }
    }
  }

  private static void check(OptionSpec o) throws UsageException {
    String flag = o.longestName();
    List<String> values = o.originalStringValues();
    if (values.size() > 1 && !o.isMultiValue()) {
      throw new UsageException(
          "opsi " + flag + " diberikan dua kali: '" + values.get(0) + "' dan '" + values.get(1) + "'; berikan sekali saja",
          "option " + flag + " given twice: '" + values.get(0) + "' and '" + values.get(1) + "'; give it once");
    }
    for (String v : values) {
      if (v.isBlank()) {
        throw new UsageException("opsi " + flag + ": nilainya kosong; tulis " + flag + " " + o.paramLabel(),
            "option " + flag + ": the value is empty; write " + flag + " " + o.paramLabel());
      }
      if (o.completionCandidates() != null) {
        List<String> allowed = StreamSupport.stream(o.completionCandidates().spliterator(), false).toList();
        if (!allowed.contains(v)) {
          String one = String.join(", ", allowed);
          String near = Names.nearest(v, allowed).orElse(null);
          throw new UsageException(
              "opsi " + flag + ": '" + v + "' bukan salah satu dari " + one + (near == null ? "" : " (maksud Anda '" + near + "'?)"),
              "option " + flag + ": '" + v + "' is not one of " + one + (near == null ? "" : " (did you mean '" + near + "'?)"));
        }
      }
    }
  }

  /**
   * Prints {@code error} on {@code err} in {@code bahasa}, after the name of the (sub)command, and
   * returns {@link SakipCli#EXIT_USAGE}.
   */
  static int print(UsageException error, CommandLine command, Bahasa bahasa, PrintStream err) {
    err.println(command.getCommandSpec().qualifiedName() + ": " + error.pesan(bahasa));
    err.flush();
    return SakipCli.EXIT_USAGE;
  }

  /** Says picocli's parse error {@code ex} of the command line {@code args} again, in both languages. */
  static UsageException of(ParameterException ex, String[] args) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof UsageException u) {
        return u;
      }
    }
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    // An unknown option or extra argument first: picocli checks the required options before them.
    List<String> unmatched = ex instanceof UnmatchedArgumentException u ? u.getUnmatched()
        : ex.getCommandLine().getUnmatchedArguments();
    if (!unmatched.isEmpty()) {
      return unmatched(unmatched.get(0), spec);
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      if (missing instanceof OptionSpec o) {
        String flag = o.longestName() + " " + o.paramLabel();
        return Args.gives(args, List.of(o.names()))
            ? new UsageException("opsi " + o.longestName() + " perlu nilai: " + flag,
                "option " + o.longestName() + " needs a value: " + flag)
            : new UsageException("opsi wajib " + flag + " tidak ada", "missing required option " + flag);
      }
      return new UsageException("argumen " + missing.paramLabel() + " tidak ada", "missing argument " + missing.paramLabel());
    }
    if (ex.getArgSpec() instanceof OptionSpec o && (o.usageHelp() || o.versionHelp()) && ex.getValue() != null) {
      return new UsageException("opsi " + o.longestName() + " tidak menerima nilai, diberi '" + ex.getValue() + "'",
          "option " + o.longestName() + " takes no value, got '" + ex.getValue() + "'");
    }
    return new UsageException("baris perintah tidak sah: " + ex.getMessage(), "invalid command line: " + ex.getMessage());
  }

  /** An argument where {@code sakip} expects a subcommand: a mistyped one, an option, a file. */
  static UsageException notASubcommand(String name, CommandSpec root) {
    List<String> names = new ArrayList<>(root.subcommands().keySet());
    String known = String.join(", ", names);
    if (name.startsWith("-")) {
      return new UsageException(
          "opsi " + name + " tidak dikenal sebelum subperintah; yang diharapkan subperintah: " + known,
          "unknown option " + name + " before a subcommand; expected a subcommand: " + known);
    }
    String near = Names.nearest(name, names).orElse(null);
    String program = root.name();
    String hintId = near != null ? " (maksud Anda '" + near + "'?)" : "";
    String hintEn = near != null ? " (did you mean '" + near + "'?)" : "";
    if (near == null && name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      String read = program + " tables " + name + ", ";
      hintId = " (untuk membaca dokumen: " + read + "atau " + program + " audit " + name + ")";
      hintEn = " (to read a document: " + read + "or " + program + " audit " + name + ")";
    }
    return new UsageException("subperintah '" + name + "' tidak dikenal" + hintId + "; yang dikenal: " + known,
        "unknown subcommand '" + name + "'" + hintEn + "; known: " + known);
  }

  /** An argument {@code spec} has no place for: a subcommand of {@code sakip}, an option, an argument. */
  static UsageException unmatched(String arg, CommandSpec spec) {
    if (spec.parent() == null) {
      return notASubcommand(arg, spec);
    }
    return arg.startsWith("-") && arg.length() > 1 && !Character.isDigit(arg.charAt(1))
        ? unknownOption(arg, spec) : unexpectedArgument(arg, spec);
  }

  private static UsageException unknownOption(String arg, CommandSpec spec) {
    String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    List<String> flags = spec.options().stream().filter(o -> !o.usageHelp()).map(OptionSpec::longestName).toList();
    String known = String.join(", ", flags) + (flags.isEmpty() ? "" : ", ") + "--help";
    String near = name.startsWith("--") ? Names.nearest(name.substring(2),
        flags.stream().map(f -> f.substring(2)).toList()).map(n -> "--" + n).orElse(null) : null;
    return new UsageException(
        "opsi " + name + " tidak dikenal" + (near == null ? "" : " (maksud Anda " + near + "?)") + "; yang dikenal: " + known,
        "unknown option " + name + (near == null ? "" : " (did you mean " + near + "?)") + "; known: " + known);
  }

  private static UsageException unexpectedArgument(String arg, CommandSpec spec) {
    List<PositionalParamSpec> positional = spec.positionalParameters();
    if (positional.isEmpty()) {
      return new UsageException("argumen '" + arg + "' tidak diharapkan: tidak ada argumen selain opsi",
          "unexpected argument '" + arg + "': expected no arguments besides options");
    }
    String labels = positional.stream().map(PositionalParamSpec::paramLabel).collect(Collectors.joining(" "));
    int n = positional.size();
    return new UsageException("argumen '" + arg + "' tidak diharapkan: yang diharapkan " + n + " argumen (" + labels + ")",
        "unexpected argument '" + arg + "': expected " + n + " argument" + (n == 1 ? "" : "s") + " (" + labels + ")");
  }
}
