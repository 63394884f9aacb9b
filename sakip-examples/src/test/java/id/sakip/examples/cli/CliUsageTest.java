package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.examples.cli.Cli.Result;
import id.sakip.temuan.Bahasa;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Usage and options: the help picocli generates, in Indonesian and English, everywhere; the version
 * of the build; options in any order and in both spellings; and every bad command line refused
 * with exit status 2, one line on stderr in the language of {@code --bahasa} naming the option and
 * the value, and nothing on stdout.
 */
class CliUsageTest {

  @TempDir
  Path dir;

  /** The help in each language: the first words of the synopsis and of the headings. */
  private static final Map<Bahasa, List<String>> HEADINGS = Map.of(
      Bahasa.INDONESIA, List.of("Penggunaan: sakip", "Opsi:", "Status keluar:", "Contoh:"),
      Bahasa.INGGRIS, List.of("Usage: sakip", "Options:", "Exit status:", "Example:"));

  private static String kode(Bahasa bahasa) {
    return bahasa == Bahasa.INGGRIS ? "en" : "id";
  }

  /** The parser in {@code bahasa}, for the options and descriptions the help must show. */
  private static CommandLine parser(Bahasa bahasa) {
    return SakipCli.commandLine(bahasa, InputStream.nullInputStream(), System.out);
  }

  @ParameterizedTest
  @EnumSource(Bahasa.class)
  void sakip_help_lists_every_subcommand_and_the_exit_statuses(Bahasa bahasa) {
    List<String> headings = HEADINGS.get(bahasa);
    Result first = null;
    for (List<String> help : List.of(List.of("--help"), List.of("-h"), List.of("help"), List.of("--bahasa=" + kode(bahasa), "-h"))) {
      List<String> args = new ArrayList<>(help);
      if (!args.get(0).startsWith("--bahasa")) {
        args.addAll(List.of("--bahasa", kode(bahasa)));
      }
      Result r = Cli.run(args);
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith(headings.get(0) + " [-hV] [--bahasa=id|en] [");
      for (String name : parser(bahasa).getSubcommands().keySet()) {
        assertThat(r.out()).containsPattern("(?m)^  " + name + " +\\S");
      }
      assertThat(r.out()).contains(headings.get(2)).containsPattern("(?m)^  0 +\\S").containsPattern("(?m)^  3 +\\S");
      if (first == null) {
        first = r;
      } else {
        assertThat(r).as(args.toString()).isEqualTo(first);
      }
    }
    assertThat(Cli.run().out()).as("the default language is Indonesian")
        .isEqualTo(Cli.run("kromengan").out());
    assertThat(Cli.run("--help").out()).isEqualTo(Cli.run("--help", "--bahasa", "id").out());
  }

  @ParameterizedTest
  @EnumSource(Bahasa.class)
  void every_subcommand_has_a_generated_help_listing_each_of_its_options_once(Bahasa bahasa) {
    List<String> headings = HEADINGS.get(bahasa);
    for (CommandLine c : parser(bahasa).getSubcommands().values()) {
      String name = c.getCommandName();
      Result r = Cli.run(name, "--help", "--bahasa", kode(bahasa));
      assertThat(r.status()).as(name).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith(headings.get(0) + " " + name + " [-h]").contains(headings.subList(1, 4));
      List<String> lines = r.out().lines().toList();
      for (OptionSpec o : c.getCommandSpec().options()) {
        String entry = "(?:-\\w, )?" + Pattern.quote(o.longestName()) + "(?:=\\S+)?(?: .*)?";
        assertThat(lines.stream().filter(l -> l.matches(" {2,6}" + entry)))
            .as(name + " help lists " + o.longestName() + " once").hasSize(1);
        assertThat(String.join(" ", o.description())).as(name + " " + o.longestName() + " is described").isNotBlank();
      }
      for (PositionalParamSpec p : c.getCommandSpec().positionalParameters()) {
        assertThat(String.join(" ", p.description())).as(name + " " + p.paramLabel() + " is described").isNotBlank();
        assertThat(r.out()).containsPattern("(?m)^ +\\[?" + p.paramLabel() + "]? +\\S");
      }
      assertThat(Cli.run("help", name, "--bahasa", kode(bahasa))).isEqualTo(r);
      assertThat(Cli.run(name, "-h", "--bahasa=" + kode(bahasa))).isEqualTo(r);
      assertThat(Cli.run("--bahasa", kode(bahasa), name, "-h")).as("--bahasa before the subcommand").isEqualTo(r);
    }
  }

  @Test
  void the_help_texts_exist_in_both_languages_and_differ() {
    ResourceBundle id = SakipCli.bantuan(Bahasa.INDONESIA);
    ResourceBundle en = SakipCli.bantuan(Bahasa.INGGRIS);
    assertThat(id.getLocale()).as("the Indonesian bundle is the base one, whatever the default locale")
        .isEqualTo(java.util.Locale.ROOT);
    assertThat(en.getLocale()).isEqualTo(java.util.Locale.ENGLISH);
    assertThat(id.keySet()).as("the same keys in Bantuan.properties and Bantuan_en.properties")
        .containsExactlyInAnyOrderElementsOf(en.keySet());
    CommandLine idParser = parser(Bahasa.INDONESIA);
    CommandLine enParser = parser(Bahasa.INGGRIS);
    List<CommandLine> commands = new ArrayList<>(List.of(idParser));
    commands.addAll(idParser.getSubcommands().values());
    for (CommandLine c : commands) {
      String qualified = c.getCommandSpec().qualifiedName();
      CommandSpec enSpec = qualified.equals("sakip") ? enParser.getCommandSpec()
          : enParser.getSubcommands().get(c.getCommandName()).getCommandSpec();
      assertThat(c.getCommandSpec().usageMessage().description()).as(qualified).isNotEmpty()
          .isNotEqualTo(enSpec.usageMessage().description());
      assertThat(c.getCommandSpec().usageMessage().exitCodeList()).as(qualified).isNotEmpty()
          .containsOnlyKeys(enSpec.usageMessage().exitCodeList().keySet());
      for (OptionSpec o : c.getCommandSpec().options()) {
        assertThat(o.description()).as(qualified + " " + o.longestName()).isNotEmpty()
            .isNotEqualTo(enSpec.findOption(o.longestName()).description());
      }
    }
  }

  @Test
  void version_is_the_version_of_the_maven_build() {
    String built = System.getProperty("sakip.version");
    assertThat(built).as("surefire passes the project version").isNotBlank().doesNotContain("${");
    for (String flag : List.of("--version", "-V")) {
      Result r = Cli.run(flag);
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo("sakip " + built + "\n");
    }
  }

  @Test
  void help_wins_over_other_arguments_even_bad_ones() {
    Result r = Cli.run("capaian", "--target", "8,5x", "--foo", "--help", "--bahasa", "en");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: sakip capaian").isEqualTo(Cli.run("capaian", "--help", "--bahasa", "en").out());
    assertThat(Cli.run("capaian", "--target", "--help").out()).as("a missing value")
        .isEqualTo(Cli.run("capaian", "--help").out());
    Result afterDashes = Cli.run("audit", "--bahasa", "en", "--", "--help");
    assertThat(afterDashes.status()).as("after -- it is a file name").isEqualTo(2);
    assertThat(afterDashes.err()).contains("'--help': no such file");
  }

  @Test
  void options_may_come_in_any_order_and_as_name_value_or_name_equals_value() {
    List<List<String>> pairs = List.of(
        List.of("--target", "7"), List.of("--realisasi", "6,5"), List.of("--polaritas", "negatif"),
        List.of("--format", "json"), List.of("--cap", "100"));
    String expected = Cli.run("capaian", "--target", "7", "--realisasi", "6,5", "--polaritas", "negatif",
        "--format", "json", "--cap", "100").out();
    assertThat(expected).contains("\"formatted\" : \"107,14%\"");
    Random random = new Random(20221231);
    for (int round = 0; round < 40; round++) {
      List<List<String>> shuffled = new ArrayList<>(pairs);
      Collections.shuffle(shuffled, random);
      List<String> args = new ArrayList<>(List.of("capaian"));
      for (List<String> p : shuffled) {
        if (random.nextBoolean()) {
          args.add(p.get(0) + "=" + p.get(1));
        } else {
          args.addAll(p);
        }
      }
      Result r = Cli.run(args);
      assertThat(r.status()).as(args.toString()).isZero();
      assertThat(r.out()).as(args.toString()).isEqualTo(expected);
    }
  }

  @Test
  void options_go_before_or_after_the_file() {
    String file = Cli.copy(Cli.KONSISTEN, dir);
    Result after = Cli.run("audit", file, "--format", "json");
    assertThat(after.status()).isZero();
    assertThat(Cli.run("audit", "--format", "json", file)).isEqualTo(after);
    assertThat(Cli.run("audit", "--format=json", file)).isEqualTo(after);
    assertThat(Cli.run("audit", "--format=json", "--", file)).isEqualTo(after);
    Result csv = Cli.run("tables", "--format", "csv", file);
    assertThat(Cli.run("tables", file, "--format=csv")).isEqualTo(csv);
  }

  @Test
  void a_negative_number_is_a_value_not_an_option() {
    Result r = Cli.run("capaian", "--target", "10", "--realisasi", "-5");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("realisasi  -5", "capaian    -50,00%");

    // a negative target is read as a value too; a ratio refuses it (it would invert the meaning)
    Result negative = Cli.run("capaian", "--target", "-10", "--realisasi", "-5");
    assertThat(negative.status()).isEqualTo(1);
    assertThat(negative.out() + negative.err()).contains("-10", "a ratio needs a positive target");
  }

  static Stream<Arguments> bad_command_lines() {
    String k = "kromengan-2022.json";
    return Stream.of(
        // numbers and amounts
        bad("capaian --target 8,5x --realisasi 1",
            "sakip capaian: opsi --target: '8,5x' bukan angka dalam notasi Indonesia (",
            "sakip capaian: option --target: '8,5x' is not a number in Indonesian notation ("),
        bad("capaian --target 7 --realisasi 6.5", "dengan --notasi en terbaca 6.5",
            "option --realisasi: '6.5' is not a number in Indonesian notation", "with --notasi en it reads 6.5"),
        bad("capaian --target 85 --realisasi 85,82 --notasi en", "opsi --realisasi: '85,82' bukan angka dalam notasi Inggris",
            "option --realisasi: '85,82' is not a number in English notation", "with --notasi id it reads 85.82"),
        bad("capaian --target=abc --realisasi 1", "opsi --target: 'abc' bukan angka", "option --target: 'abc' is not a number"),
        bad("capaian --target 7 --realisasi n/a", "opsi --realisasi: 'n/a' bukan angka",
            "option --realisasi: 'n/a' is not a number", "no value"),
        bad("capaian --target 7 --realisasi 1 --cap 0", "opsi --cap: '0' tidak di atas 0", "option --cap: '0' is not above 0"),
        bad("capaian --target 7 --realisasi 1 --cap 1x", "opsi --cap: '1x' bukan angka", "option --cap: '1x' is not a number"),
        bad("capaian --target 9 --realisasi 1 --target-atas 8", "opsi --target-atas: '8' tidak di atas --target 9",
            "option --target-atas: '8' is not above --target 9"),
        bad("capaian --target 7 --realisasi 1 --target-atas 8x", "opsi --target-atas: '8x' bukan angka",
            "option --target-atas: '8x' is not a number"),
        bad("capaian --target 7 --realisasi 1 --target-atas 8 --polaritas negatif",
            "opsi --polaritas: 'negatif' tidak cocok dengan --target-atas 8",
            "option --polaritas: 'negatif' does not fit --target-atas 8"),
        bad("capaian --target 7 --realisasi 1 --polaritas rentang", "opsi --polaritas: 'rentang' memerlukan --target-atas",
            "option --polaritas: 'rentang' needs --target-atas"),
        bad("serapan --pagu 85% --realisasi 1", "opsi --pagu: '85%' bukan jumlah Rupiah dalam notasi Indonesia",
            "option --pagu: '85%' is not a Rupiah amount in Indonesian notation"),
        bad("serapan --pagu 100 --realisasi -5", "opsi --realisasi: '-5' negatif", "option --realisasi: '-5' is negative"),
        bad("serapan --pagu 1,5 --realisasi 1 --notasi en", "opsi --pagu: '1,5' bukan jumlah Rupiah dalam notasi Inggris",
            "option --pagu: '1,5' is not a Rupiah amount in English notation"),
        bad("serapan --pagu 1.5 --realisasi 1", "opsi --pagu: '1.5' bukan jumlah Rupiah dalam notasi Indonesia",
            "option --pagu: '1.5' is not a Rupiah amount in Indonesian notation"),
        // choices
        bad("capaian --target 7 --realisasi 1 --polaritas negativ",
            "opsi --polaritas: 'negativ' bukan salah satu dari positif, negatif, negatif-invers, rentang (maksud Anda 'negatif'?)",
            "option --polaritas: 'negativ' is not one of positif, negatif, negatif-invers, rentang (did you mean 'negatif'?)"),
        bad("capaian --target 7 --realisasi 1 --format xml", "opsi --format: 'xml' bukan salah satu dari text, json",
            "option --format: 'xml' is not one of text, json"),
        bad("serapan --pagu 1 --realisasi 1 --notasi fr", "opsi --notasi: 'fr' bukan salah satu dari id, en",
            "option --notasi: 'fr' is not one of id, en"),
        bad("tables " + k + " --format pdf", "sakip tables: opsi --format: 'pdf' bukan salah satu dari text, markdown, csv",
            "sakip tables: option --format: 'pdf' is not one of text, markdown, csv"),
        bad("audit " + k + " --format=jsno", "opsi --format: 'jsno' bukan salah satu dari text, json (maksud Anda 'json'?)",
            "option --format: 'jsno' is not one of text, json (did you mean 'json'?)"),
        bad("skm a.csv --bobot 0,1", "opsi --bobot: '0,1' bukan salah satu dari tepat, tercetak, 0,111, 0,071 (maksud Anda '0,111'?)",
            "option --bobot: '0,1' is not one of tepat, tercetak, 0,111, 0,071 (did you mean '0,111'?)"),
        // unknown, missing, repeated
        bad("capaian --foo 1 --target 7 --realisasi 1", "sakip capaian: opsi --foo tidak dikenal; yang dikenal: --target, --realisasi,",
            "sakip capaian: unknown option --foo; known: --target, --realisasi,"),
        bad("capaian --taget 7 --realisasi 1", "opsi --taget tidak dikenal (maksud Anda --target?)",
            "unknown option --taget (did you mean --target?)"),
        bad("serapan -p 1", "sakip serapan: opsi -p tidak dikenal; yang dikenal: --pagu", "sakip serapan: unknown option -p; known: --pagu"),
        bad("capaian --realisasi 1", "sakip capaian: opsi wajib --target T tidak ada", "sakip capaian: missing required option --target T"),
        bad("serapan --pagu 1", "sakip serapan: opsi wajib --realisasi R tidak ada", "sakip serapan: missing required option --realisasi R"),
        bad("capaian --target", "sakip capaian: opsi --target perlu nilai: --target T",
            "sakip capaian: option --target needs a value: --target T"),
        bad("capaian --target --realisasi 1", "opsi --target perlu nilai", "option --target needs a value"),
        bad("capaian --target= --realisasi 1", "opsi --target: nilainya kosong", "option --target: the value is empty"),
        bad("capaian --target 1 --target 2 --realisasi 3", "opsi --target diberikan dua kali: '1' dan '2'",
            "option --target given twice: '1' and '2'"),
        bad("capaian 7 --target 7 --realisasi 1", "sakip capaian: argumen '7' tidak diharapkan",
            "sakip capaian: unexpected argument '7'"),
        bad("capaian --help=yes", "opsi --help tidak menerima nilai, diberi 'yes'", "option --help takes no value, got 'yes'"),
        bad("audit", "sakip audit: argumen FILE tidak ada", "sakip audit: missing argument FILE"),
        bad("tables a.json b.json", "sakip tables: argumen 'b.json' tidak diharapkan: yang diharapkan 1 argumen (FILE)",
            "sakip tables: unexpected argument 'b.json': expected 1 argument (FILE)"),
        bad("kromengan --format text", "sakip kromengan: opsi --format tidak dikenal", "sakip kromengan: unknown option --format"),
        bad("kromengan extra", "sakip kromengan: argumen 'extra' tidak diharapkan", "sakip kromengan: unexpected argument 'extra'"),
        // subcommands
        bad("audti " + k, "sakip: subperintah 'audti' tidak dikenal (maksud Anda 'audit'?); yang dikenal: kromengan, tables, audit",
            "sakip: unknown subcommand 'audti' (did you mean 'audit'?); known: kromengan, tables, audit"),
        bad("tabels", "subperintah 'tabels' tidak dikenal (maksud Anda 'tables'?)",
            "unknown subcommand 'tabels' (did you mean 'tables'?)"),
        bad("capian", "subperintah 'capian' tidak dikenal (maksud Anda 'capaian'?)",
            "unknown subcommand 'capian' (did you mean 'capaian'?)"),
        bad("frobnicate", "sakip: subperintah 'frobnicate' tidak dikenal; yang dikenal:", "sakip: unknown subcommand 'frobnicate'; known:"),
        bad(k, "(untuk membaca dokumen: sakip tables " + k, "unknown subcommand '" + k + "' (to read a document: sakip tables " + k),
        bad("--format json", "sakip: opsi --format tidak dikenal sebelum subperintah",
            "sakip: unknown option --format before a subcommand"),
        bad("help audti", "sakip help: subperintah 'audti' tidak dikenal (maksud Anda 'audit'?)",
            "sakip help: unknown subcommand 'audti' (did you mean 'audit'?)"),
        bad("help audit tables", "sakip help: argumen 'tables' tidak diharapkan", "sakip help: unexpected argument 'tables'"),
        // files
        bad("audit no-such-file.json", "sakip audit: tidak dapat membaca FILE 'no-such-file.json': berkas tidak ada",
            "sakip audit: cannot read FILE 'no-such-file.json': no such file"),
        bad("tables no-such-file.json --format csv", "sakip tables: tidak dapat membaca FILE 'no-such-file.json': berkas tidak ada",
            "sakip tables: cannot read FILE 'no-such-file.json': no such file"),
        bad("skm no-such-file.csv", "sakip skm: tidak dapat membaca FILE 'no-such-file.csv': berkas tidak ada",
            "sakip skm: cannot read FILE 'no-such-file.csv': no such file"));
  }

  /** A bad command line, a part of its Indonesian message and parts of its English one. */
  private static Arguments bad(String commandLine, String indonesian, String... english) {
    return Arguments.of(commandLine, indonesian, List.of(english));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad_command_lines")
  void a_bad_command_line_exits_2_with_one_line_on_stderr_in_each_language_and_nothing_on_stdout(
      String commandLine, String indonesian, List<String> english) {
    Result id = Cli.run(commandLine.split(" "));
    List<String> en = new ArrayList<>(List.of(commandLine.split(" ")));
    en.addAll(List.of("--bahasa", "en"));
    Result r = Cli.run(en);
    for (Result each : List.of(id, r)) {
      assertThat(each.status()).isEqualTo(2);
      assertThat(each.out()).isEmpty();
      assertThat(each.err()).startsWith("sakip").endsWith("\n");
      assertThat(each.err().lines()).as("one line").hasSize(1);
    }
    assertThat(id.err()).contains(indonesian);
    for (String e : english) {
      assertThat(r.err()).contains(e);
    }
    assertThat(id.err()).isNotEqualTo(r.err());
  }
}
