package id.sakip.examples.cli;

import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Outcome;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.HasilSkm;
import id.sakip.survei.HasilSurveiSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.NilaiUnsur;
import id.sakip.survei.SkmCsv;
import id.sakip.survei.SkmCsvException;
import id.sakip.survei.KebijakanJawabanKosong;
import id.sakip.temuan.Bahasa;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sakip skm}: the public-satisfaction index of a CSV of answers, under PermenPAN-RB 14/2017
 * (9 unsur, the default) or KepMenPAN 25/2004 (14 unsur). The CSV is read as a stream and computed
 * while reading ({@link SkmCsv#hitung}): memory does not grow with the number of respondents.
 */
@Command(name = "skm")
final class SkmCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", descriptionKey = "sakip.skm.file")
  String file;

  @Option(names = "--metode", paramLabel = "2017|2004", defaultValue = "2017", completionCandidates = Metode.class)
  String metode;

  @Option(names = "--bobot", paramLabel = "tepat|tercetak", defaultValue = "tepat", completionCandidates = Bobot.class)
  String bobot;

  @Option(names = "--jawaban-kosong", paramLabel = "tolak|keluarkan", defaultValue = "tolak",
      completionCandidates = JawabanKosong.class)
  String jawabanKosong;

  @Option(names = "--pemisah", paramLabel = "auto|,|;|tab", defaultValue = "auto", completionCandidates = Pemisah.class)
  String pemisah;

  @Mixin
  SharedOptions.Format format;

  /** The values of {@code --metode}. */
  static final class Metode extends SharedOptions.Choices {
    Metode() {
      super("2017", "2004");
    }
  }

  /** The values of {@code --bobot}; {@code 0,111} and {@code 0,071} name the printed weight of their method. */
  static final class Bobot extends SharedOptions.Choices {
    Bobot() {
      super("tepat", "tercetak", "0,111", "0,071");
    }
  }

  /** The values of {@code --jawaban-kosong}. */
  static final class JawabanKosong extends SharedOptions.Choices {
    JawabanKosong() {
      super("tolak", "keluarkan");
    }
  }

  /** The values of {@code --pemisah}. */
  static final class Pemisah extends SharedOptions.Choices {
    Pemisah() {
      super("auto", ",", ";", "tab");
    }
  }

  @Override
  int execute(SakipCli sakip) throws UsageException {
    MetodeSkm m = metode.equals("2004") ? MetodeSkm.KEPMENPAN_25_2004 : MetodeSkm.PERMENPAN_RB_14_2017;
    BobotSkm b = bobot(m);
    KebijakanJawabanKosong kosong =
        jawabanKosong.equals("keluarkan") ? KebijakanJawabanKosong.KELUARKAN : KebijakanJawabanKosong.TOLAK;
    SkmCsv csv = SkmCsv.of(m).withKebijakanJawabanKosong(kosong);
    if (!pemisah.equals("auto")) {
      csv = csv.withPemisah(pemisah.equals("tab") ? '\t' : pemisah.charAt(0));
    }
    HasilSurveiSkm hasil;
    try (Reader in = reader(file, sakip.in())) {
      hasil = csv.hitung(in, KalkulatorSkm.of(m, b, kosong));
    } catch (SkmCsvException e) {
      String problems = e.getMessage().replace('\n', ' ');
      throw new UsageException("jawaban tidak sah dalam " + Documents.named(file, Bahasa.INDONESIA) + ": " + problems,
          "invalid answers in " + Documents.named(file, Bahasa.INGGRIS) + ": " + problems);
    } catch (NoSuchFileException e) {
      throw Documents.cannotRead(file, "berkas tidak ada", "no such file");
    } catch (IOException | UncheckedIOException | InvalidPathException e) {
      throw Documents.cannotRead(file, e.getMessage(), e.getMessage());
    }
    List<Map.Entry<String, Outcome<HasilSkm>>> groups = new ArrayList<>();
    groups.add(Map.entry("unit", hasil.unit()));
    groups.addAll(hasil.perLayanan().entrySet());
    PrintStream out = sakip.out();
    if (format.json()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Map.Entry<String, Outcome<HasilSkm>> g : groups) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kelompok", g.getKey());
        row.put("responden", g.getValue().map(h -> h.jumlahResponden()).orElse(null));
        row.put("ikm", g.getValue().map(h -> h.ikm().rounded(4, java.math.RoundingMode.HALF_UP)).orElse(null));
        row.put("skm", g.getValue().map(h -> h.nilaiSkm().rounded(2, java.math.RoundingMode.HALF_UP)).orElse(null));
        row.put("mutu", g.getValue().toOptional().flatMap(HasilSkm::kodeMutu).orElse(null));
        row.put("notComputable", g.getValue().isComputable() ? null : g.getValue().explanation());
        list.add(row);
      }
      Json.write(list, out);
    } else {
      String source = file.equals(Documents.STDIN) ? "standard input" : file;
      out.println("SKM of " + source + " (" + m.sumber() + ", weights " + weights(m, b) + ")");
      for (Map.Entry<String, Outcome<HasilSkm>> g : groups) {
        out.println(line(g.getKey(), g.getValue()));
      }
      hasil.unit().toOptional().ifPresent(h -> {
        out.println("NRR per unsur (unit):");
        for (NilaiUnsur n : h.unsur()) {
          out.println("  " + n.unsur().kode() + " " + n.unsur().nama() + ": " + n.nrr().format());
        }
      });
      out.flush();
    }
    return groups.stream().allMatch(g -> g.getValue().isComputable()) ? SakipCli.EXIT_OK : SakipCli.EXIT_FINDING;
  }

  /** The weights {@code --bobot} names under method {@code m}; a printed literal of the other method is refused. */
  private BobotSkm bobot(MetodeSkm m) throws UsageException {
    if (bobot.equals("tepat")) {
      return BobotSkm.SAMA_RATA;
    }
    String literal = IndonesianNumbers.format(m.bobotTercetak());
    if (!bobot.equals("tercetak") && !bobot.equals(literal)) {
      throw new UsageException(
          "opsi --bobot: '" + bobot + "' bukan bobot tercetak metode " + metode + " (" + literal
              + "); tulis --bobot tercetak atau --bobot " + literal,
          "option --bobot: '" + bobot + "' is not the printed weight of method " + metode + " (" + literal
              + "); write --bobot tercetak or --bobot " + literal);
    }
    return BobotSkm.tercetak(m);
  }

  private static String weights(MetodeSkm m, BobotSkm b) {
    return b == BobotSkm.SAMA_RATA ? "exactly 1/" + m.unsur().size() : IndonesianNumbers.format(m.bobotTercetak());
  }

  /** The CSV in {@code file}, or on {@code stdin} for {@code -}, as UTF-8 text read as it is needed. */
  private static Reader reader(String file, InputStream stdin) throws IOException {
    return file.equals(Documents.STDIN)
        ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
  }

  private static String line(String group, Outcome<HasilSkm> hasil) {
    if (!hasil.isComputable()) {
      return "  " + group + ": not computable: " + hasil.explanation();
    }
    HasilSkm h = hasil.value();
    return "  " + group + ": " + h.jumlahResponden() + " responden, IKM " + h.ikm().format() + ", SKM "
        + h.nilaiSkm().format() + ", mutu " + h.kodeMutu().orElse("-") + " " + h.mutu().toOptional().map(p -> p.label())
        .orElse("(beyond the scale)");
  }
}
