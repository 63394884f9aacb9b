package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;
import java.util.Collection;

/**
 * What must be read from a command line before picocli parses it, or when it does not parse: the
 * language of {@code --bahasa} (for the help and the error message), whether help was asked for,
 * whether an option was typed. Like the parser, it stops at {@code --}.
 */
final class Args {

  private Args() {}

  /** The language of the first {@code --bahasa en} or {@code --bahasa=en}; Indonesian otherwise. */
  static Bahasa bahasa(String[] args) {
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      String value = args[i].equals("--bahasa") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--bahasa=") ? args[i].substring("--bahasa=".length()) : null;
      if (value != null) {
        return value.equals("en") ? Bahasa.INGGRIS : Bahasa.INDONESIA;
      }
    }
    return Bahasa.INDONESIA;
  }

  /** Whether {@code -h} or {@code --help} comes before any {@code --}: help wins over the rest. */
  static boolean wantsHelp(String[] args) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      if (a.equals("-h") || a.equals("--help")) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code names} is typed before any {@code --}, alone or as {@code name=value}. */
  static boolean gives(String[] args, Collection<String> names) {
    for (String a : args) {
      if (a.equals("--")) {
        return false;
      }
      int eq = a.indexOf('=');
      if (names.contains(eq < 0 ? a : a.substring(0, eq))) {
        return true;
      }
    }
    return false;
  }
}
