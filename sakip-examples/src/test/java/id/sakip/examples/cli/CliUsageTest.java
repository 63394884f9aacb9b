package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.examples.cli.Cli.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usage and options: help everywhere, options in any order and in both spellings, and every bad
 * command line refused with exit status 2, one line on stderr naming the option and the value, and
 * nothing on stdout.
 */
class CliUsageTest {

  @TempDir
  Path dir;

  @Test
  void sakip_help_lists_every_subcommand() {
    for (String help : List.of("--help", "-h", "help")) {
      Result r = Cli.run(help);
      assertThat(r.status()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("Usage: sakip [SUBCOMMAND] [OPTIONS]");
      for (String name : SakipCli.commands().keySet()) {
        assertThat(r.out()).containsPattern("(?m)^  " + name + " +\\S");
      }
      assertThat(r.out()).contains("Exit status: 0");
    }
  }

  @Test
  void every_subcommand_has_a_help_naming_each_of_its_options() {
    for (Command c : SakipCli.commands().values()) {
      Result r = Cli.run(c.name(), "--help");
      assertThat(r.status()).as(c.name()).isZero();
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).startsWith("Usage: sakip " + c.name()).contains("Exit status:", "Example:");
      for (Options.Spec s : c.options()) {
        assertThat(r.out()).as(c.name() + " help names " + s.flag()).contains(s.flag());
      }
      assertThat(Cli.run("help", c.name())).isEqualTo(r);
      assertThat(Cli.run(c.name(), "-h")).isEqualTo(r);
    }
  }

  @Test
  void help_wins_over_other_arguments_even_bad_ones() {
    Result r = Cli.run("capaian", "--target", "8,5x", "--foo", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: sakip capaian");
    Result afterDashes = Cli.run("audit", "--", "--help");
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
    Result r = Cli.run("capaian", "--target", "-10", "--realisasi", "-5");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("target     -10", "capaian    50,00%");
  }

  static Stream<Arguments> bad_command_lines() {
    String k = "kromengan-2022.json";
    return Stream.of(
        // numbers and amounts
        bad("capaian --target 8,5x --realisasi 1", "sakip capaian: option --target: '8,5x' is not a number in Indonesian notation ("),
        bad("capaian --target 7 --realisasi 6.5", "option --realisasi: '6.5' is not a number in Indonesian notation",
            "with --notasi en it reads 6.5"),
        bad("capaian --target 85 --realisasi 85,82 --notasi en", "option --realisasi: '85,82' is not a number in English notation",
            "with --notasi id it reads 85.82"),
        bad("capaian --target=abc --realisasi 1", "option --target: 'abc' is not a number"),
        bad("capaian --target 7 --realisasi n/a", "option --realisasi: 'n/a' is not a number", "no value"),
        bad("capaian --target 7 --realisasi 1 --cap 0", "option --cap: '0' is not above 0"),
        bad("capaian --target 7 --realisasi 1 --cap 1x", "option --cap: '1x' is not a number"),
        bad("capaian --target 9 --realisasi 1 --target-atas 8", "option --target-atas: '8' is not above --target 9"),
        bad("capaian --target 7 --realisasi 1 --target-atas 8x", "option --target-atas: '8x' is not a number"),
        bad("capaian --target 7 --realisasi 1 --target-atas 8 --polaritas negatif",
            "option --polaritas: 'negatif' does not fit --target-atas 8"),
        bad("capaian --target 7 --realisasi 1 --polaritas rentang", "option --polaritas: 'rentang' needs --target-atas"),
        bad("serapan --pagu 85% --realisasi 1", "option --pagu: '85%' is not a Rupiah amount in Indonesian notation"),
        bad("serapan --pagu 100 --realisasi -5", "option --realisasi: '-5' is negative"),
        bad("serapan --pagu 1,5 --realisasi 1 --notasi en", "option --pagu: '1,5' is not a Rupiah amount in English notation"),
        bad("serapan --pagu 1.5 --realisasi 1", "option --pagu: '1.5' is not a Rupiah amount in Indonesian notation"),
        // choices
        bad("capaian --target 7 --realisasi 1 --polaritas negativ",
            "option --polaritas: 'negativ' is not one of positif, negatif, negatif-invers, rentang (did you mean 'negatif'?)"),
        bad("capaian --target 7 --realisasi 1 --format xml", "option --format: 'xml' is not one of text, json"),
        bad("serapan --pagu 1 --realisasi 1 --notasi fr", "option --notasi: 'fr' is not one of id, en"),
        bad("tables " + k + " --format pdf", "sakip tables: option --format: 'pdf' is not one of text, markdown, csv"),
        bad("audit " + k + " --format=jsno", "option --format: 'jsno' is not one of text, json (did you mean 'json'?)"),
        // unknown, missing, repeated
        bad("capaian --foo 1 --target 7 --realisasi 1", "sakip capaian: unknown option --foo; known: --target, --realisasi,"),
        bad("capaian --taget 7 --realisasi 1", "unknown option --taget (did you mean --target?)"),
        bad("serapan -p 1", "sakip serapan: unknown option -p; known: --pagu"),
        bad("capaian --realisasi 1", "sakip capaian: missing required option --target T"),
        bad("serapan --pagu 1", "sakip serapan: missing required option --realisasi R"),
        bad("capaian --target", "sakip capaian: option --target needs a value: --target T"),
        bad("capaian --target --realisasi 1", "option --target needs a value"),
        bad("capaian --target= --realisasi 1", "option --target: the value is empty"),
        bad("capaian --target 1 --target 2 --realisasi 3", "option --target given twice: '1' and '2'"),
        bad("capaian 7 --target 7 --realisasi 1", "sakip capaian: unexpected argument '7'"),
        bad("capaian --help=yes", "option --help takes no value, got 'yes'"),
        bad("audit", "sakip audit: missing argument FILE"),
        bad("tables a.json b.json", "sakip tables: unexpected argument 'b.json'"),
        bad("kromengan --format text", "sakip kromengan: unknown option --format"),
        bad("kromengan extra", "sakip kromengan: unexpected argument 'extra'"),
        // subcommands
        bad("audti " + k, "sakip: unknown subcommand 'audti' (did you mean 'audit'?); known: kromengan, tables, audit"),
        bad("tabels", "unknown subcommand 'tabels' (did you mean 'tables'?)"),
        bad("capian", "unknown subcommand 'capian' (did you mean 'capaian'?)"),
        bad("frobnicate", "sakip: unknown subcommand 'frobnicate'; known:"),
        bad(k, "unknown subcommand '" + k + "' (to read a document: sakip tables " + k),
        bad("--format json", "sakip: unknown option --format before a subcommand"),
        bad("help audti", "sakip help: unknown subcommand 'audti' (did you mean 'audit'?)"),
        // files
        bad("audit no-such-file.json", "sakip audit: cannot read FILE 'no-such-file.json': no such file"),
        bad("tables no-such-file.json --format csv", "sakip tables: cannot read FILE 'no-such-file.json': no such file"));
  }

  private static Arguments bad(String commandLine, String... expected) {
    return Arguments.of(commandLine, List.of(expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bad_command_lines")
  void a_bad_command_line_exits_2_with_one_line_on_stderr_and_nothing_on_stdout(String commandLine, List<String> expected) {
    Result r = Cli.run(commandLine.split(" "));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("sakip").endsWith("\n");
    assertThat(r.err().lines()).as("one line").hasSize(1);
    for (String e : expected) {
      assertThat(r.err()).contains(e);
    }
  }

}
