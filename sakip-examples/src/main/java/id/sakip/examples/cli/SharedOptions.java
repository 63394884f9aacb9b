package id.sakip.examples.cli;

import id.sakip.temuan.Bahasa;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The options several subcommands share, each declared once and mixed in ({@code @Mixin}). Their
 * allowed values are their completion candidates; {@link UsageErrors#check} refuses any other
 * value with a hint.
 */
final class SharedOptions {

  private SharedOptions() {}

  /**
   * {@code --bahasa id|en}: the language of messages, help and (for the subcommands that print
   * them) headings and notation. Mixed into {@link SakipCli} and inherited by every subcommand, so
   * it may be given anywhere on the command line; {@link Args#bahasa} reads it before parsing, for
   * the help and the errors of a command line that does not parse.
   */
  static final class Language {

    @Option(names = "--bahasa", paramLabel = "id|en", defaultValue = "id", completionCandidates = IdEn.class,
        scope = ScopeType.INHERIT, descriptionKey = "bahasa")
    String kode;

    Bahasa bahasa() {
      return Bahasa.parse(kode);
    }
  }

  /** {@code --notasi id|en}: the notation of the numbers read and printed. */
  static final class Notation {

    @Option(names = "--notasi", paramLabel = "id|en", defaultValue = "id", completionCandidates = IdEn.class,
        descriptionKey = "notasi")
    String kode;

    Numbers numbers() {
      return Numbers.of(kode);
    }
  }

  /** {@code --format text|json}. */
  static final class Format {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", completionCandidates = TextJson.class,
        descriptionKey = "format")
    String name;

    boolean json() {
      return name.equals("json");
    }
  }

  /** The values of {@code --bahasa} and {@code --notasi}. */
  static final class IdEn extends Choices {
    IdEn() {
      super("id", "en");
    }
  }

  /** The values of {@code --format} of most subcommands. */
  static final class TextJson extends Choices {
    TextJson() {
      super("text", "json");
    }
  }

  /** The allowed values of an option, in the order the messages list them. */
  abstract static class Choices implements Iterable<String> {

    private final List<String> values;

    Choices(String... values) {
      this.values = List.of(values);
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return values.iterator();
    }
  }
}
