package id.sakip.examples.cli;

import id.sakip.angka.Outcome;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.HasilSkm;
import id.sakip.survei.HasilSurveiSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.NilaiUnsur;
import id.sakip.survei.SkmCsv;
import id.sakip.survei.SkmCsvException;
import id.sakip.survei.SurveiSkm;
import id.sakip.temuan.Bahasa;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
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

/** {@code sakip skm}: the public-satisfaction index (SKM, PermenPAN-RB 14/2017) of a CSV of answers. */
@Command(name = "skm")
final class SkmCommand extends Subcommand {

  @Parameters(paramLabel = "FILE", descriptionKey = "sakip.skm.file")
  String file;

  @Option(names = "--bobot", paramLabel = "tepat|0,111", defaultValue = "tepat", completionCandidates = Bobot.class)
  String bobot;

  @Mixin
  SharedOptions.Format format;

  /** The values of {@code --bobot}. */
  static final class Bobot extends SharedOptions.Choices {
    Bobot() {
      super("tepat", "0,111");
    }
  }

  @Override
  int execute(SakipCli sakip) throws UsageException {
    String csv = read(file, sakip.in());
    SurveiSkm survei;
    try {
      survei = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).read(csv);
    } catch (SkmCsvException e) {
      String problems = e.getMessage().replace('\n', ' ');
      throw new UsageException("jawaban tidak sah dalam " + Documents.named(file, Bahasa.INDONESIA) + ": " + problems,
          "invalid answers in " + Documents.named(file, Bahasa.INGGRIS) + ": " + problems);
    }
    KalkulatorSkm kalkulator = bobot.equals("tepat") ? KalkulatorSkm.standar()
        : KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(MetodeSkm.PERMENPAN_RB_14_2017));
    HasilSurveiSkm hasil = kalkulator.hitung(survei);
    List<Map.Entry<String, Outcome<HasilSkm>>> groups = new ArrayList<>();
    groups.add(Map.entry("unit", hasil.unit()));
    groups.addAll(hasil.perLayanan().entrySet());
    PrintStream out = sakip.out();
    if (format.json()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Map.Entry<String, Outcome<HasilSkm>> g : groups) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kelompok", g.getKey());
        m.put("responden", g.getValue().map(h -> h.jumlahResponden()).orElse(null));
        m.put("ikm", g.getValue().map(h -> h.ikm().rounded(4, java.math.RoundingMode.HALF_UP)).orElse(null));
        m.put("skm", g.getValue().map(h -> h.nilaiSkm().rounded(2, java.math.RoundingMode.HALF_UP)).orElse(null));
        m.put("mutu", g.getValue().toOptional().flatMap(HasilSkm::kodeMutu).orElse(null));
        m.put("notComputable", g.getValue().isComputable() ? null : g.getValue().explanation());
        list.add(m);
      }
      Json.write(list, out);
    } else {
      String source = file.equals(Documents.STDIN) ? "standard input" : file;
      out.println("SKM of " + source + " (PermenPAN-RB 14/2017, weights " + (bobot.equals("tepat") ? "exactly 1/9" : "0,111")
          + ")");
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

  /** The CSV in {@code file}, or on {@code stdin} for {@code -}, as UTF-8 text. */
  private static String read(String file, InputStream stdin) throws UsageException {
    try {
      return file.equals(Documents.STDIN) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
          : Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw Documents.cannotRead(file, "berkas tidak ada", "no such file");
    } catch (IOException | InvalidPathException e) {
      throw Documents.cannotRead(file, e.getMessage(), e.getMessage());
    }
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
