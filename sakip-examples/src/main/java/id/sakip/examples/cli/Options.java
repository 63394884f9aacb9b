package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A small command-line option parser: long options {@code --name value} or {@code --name=value} in
 * any order, before or after the positional arguments; {@code --} ends the options; {@code
 * --help} (or {@code -h}) anywhere before {@code --} asks for the usage. Every error is a one-line
 * {@link UsageException} that names the option and the value.
 */
final class Options {

  /**
   * One option a subcommand accepts.
   *
   * @param name the long name without dashes, e.g. {@code target}
   * @param metavar the name of its value in messages and usage, e.g. {@code T}
   * @param required true if the subcommand cannot run without it
   */
  record Spec(String name, String metavar, boolean required) {
    Spec {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(metavar, "metavar");
    }

    static Spec optional(String name, String metavar) {
      return new Spec(name, metavar, false);
    }

    static Spec required(String name, String metavar) {
      return new Spec(name, metavar, true);
    }

    String flag() {
      return "--" + name;
    }
  }

  private final Map<String, String> values;
  private final List<String> positional;

  private Options(Map<String, String> values, List<String> positional) {
    this.values = values;
    this.positional = positional;
  }

  /** Returns true if {@code args} ask for help: {@code --help} or {@code -h} before any {@code --}. */
  static boolean wantsHelp(List<String> args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses {@code args} against {@code specs}, expecting exactly {@code positionalNames.size()}
   * positional arguments.
   *
   * @throws UsageException for an unknown option, an option given twice, a missing value, a missing
   *     required option, or too many or too few positional arguments
   */
  static Options parse(List<String> args, List<Spec> specs, List<String> positionalNames) throws UsageException {
    Map<String, Spec> known = new LinkedHashMap<>();
    for (Spec s : specs) {
      known.put(s.name(), s);
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-") || isNegativeNumber(arg)) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new UsageException("unknown option " + arg + "; " + knownList(known));
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (name.equals("help")) {
        throw new UsageException("option --help takes no value, got '" + arg.substring(eq + 1) + "'");
      }
      Spec spec = known.get(name);
      if (spec == null) {
        String hint = Names.nearest(name, known.keySet()).map(n -> " (did you mean --" + n + "?)").orElse("");
        throw new UsageException("unknown option --" + name + hint + "; " + knownList(known));
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
        value = args.get(++i);
      } else {
        throw new UsageException("option " + spec.flag() + " needs a value: " + spec.flag() + " " + spec.metavar());
      }
      if (value.isBlank()) {
        throw new UsageException("option " + spec.flag() + ": the value is empty; write " + spec.flag() + " "
            + spec.metavar());
      }
      String before = values.putIfAbsent(name, value);
      if (before != null) {
        throw new UsageException("option " + spec.flag() + " given twice: '" + before + "' and '" + value
            + "'; give it once");
      }
    }
    if (positional.size() > positionalNames.size()) {
      String extra = positional.get(positionalNames.size());
      String expected = positionalNames.isEmpty() ? "no arguments besides options"
          : positionalNames.size() + " argument (" + String.join(" ", positionalNames) + ")";
      throw new UsageException("unexpected argument '" + extra + "': expected " + expected);
    }
    if (positional.size() < positionalNames.size()) {
      throw new UsageException("missing argument " + positionalNames.get(positional.size()));
    }
    for (Spec s : specs) {
      if (s.required() && !values.containsKey(s.name())) {
        throw new UsageException("missing required option " + s.flag() + " " + s.metavar());
      }
    }
    return new Options(values, List.copyOf(positional));
  }

  /** Returns the value of option {@code name}, if given. */
  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Returns the positional argument at {@code index}. */
  String positional(int index) {
    return positional.get(index);
  }

  /**
   * Returns the value of option {@code name} if it is one of {@code allowed}, or {@code
   * defaultValue} when the option is absent.
   *
   * @throws UsageException if the value is not one of {@code allowed}
   */
  String choice(String name, List<String> allowed, String defaultValue) throws UsageException {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String v = value.get();
    if (allowed.contains(v)) {
      return v;
    }
    String hint = Names.nearest(v, allowed).map(n -> " (did you mean '" + n + "'?)").orElse("");
    throw new UsageException("option --" + name + ": '" + v + "' is not one of " + String.join(", ", allowed) + hint);
  }

  /** The option {@code --bahasa id|en} every command that writes messages or tables accepts. */
  static final Spec BAHASA = Spec.optional("bahasa", "id|en");

  /**
   * Returns the language of {@code --bahasa}: {@code id} (the default) or {@code en}.
   *
   * @throws UsageException for any other value, with a hint
   */
  Bahasa bahasa() throws UsageException {
    return Bahasa.parse(choice("bahasa", List.of("id", "en"), "id"));
  }

  private static boolean isNegativeNumber(String arg) {
    return arg.length() > 1 && arg.charAt(0) == '-' && Character.isDigit(arg.charAt(1));
  }

  private static String knownList(Map<String, Spec> known) {
    return "known: " + known.values().stream().map(Spec::flag).collect(Collectors.joining(", ")) + ", --help";
  }
}
