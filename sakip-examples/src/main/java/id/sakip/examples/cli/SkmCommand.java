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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code sakip skm}: the public-satisfaction index (SKM, PermenPAN-RB 14/2017) of a CSV of answers. */
final class SkmCommand extends Command {

  static final List<String> BOBOT = List.of("tepat", "0,111");
  static final List<String> FORMATS = List.of("text", "json");

  @Override
  String name() {
    return "skm";
  }

  @Override
  String summary() {
    return "the SKM (public-satisfaction index) of a CSV of answers, per service and for the unit";
  }

  @Override
  String usage() {
    return """
        Usage: sakip skm FILE [--bobot tepat|0,111] [--format text|json]

        Reads FILE, a CSV with a header row (an optional "layanan" column, then one column per
        unsur U1 … U9) and one row per respondent with answers 1 to 4, and prints per unsur the
        NRR, then the IKM, the SKM value (IKM × 25) and the quality band (A Sangat baik … D Tidak
        baik), for the whole unit (from all answers) and for each service.

        Options:
          --bobot B    tepat (default): each unsur weighs exactly 1/9; 0,111: the printed literal
          --format F   text (default) or json
          --help       print this help

        Example:
          sakip skm sakip-examples/src/main/resources/id/sakip/examples/skm-contoh.csv

        Exit status: 0 computed; 1 not computable (e.g. a missing answer; the reason on standard
        output); 2 bad usage, unreadable FILE or an invalid answer (each with its row, column and
        value on standard error; nothing on standard output).
        """;
  }

  @Override
  List<Options.Spec> options() {
    return List.of(Options.Spec.optional("bobot", "tepat|0,111"), Options.Spec.optional("format", "text|json"));
  }

  @Override
  List<String> positional() {
    return List.of("FILE");
  }

  @Override
  int execute(Options options, PrintStream out, PrintStream err) throws UsageException {
    String bobot = options.choice("bobot", BOBOT, "tepat");
    String format = options.choice("format", FORMATS, "text");
    String file = options.positional(0);
    String csv;
    try {
      csv = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read FILE '" + file + "': no such file");
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new UsageException("cannot read FILE '" + file + "': " + e.getMessage());
    }
    SurveiSkm survei;
    try {
      survei = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).read(csv);
    } catch (SkmCsvException e) {
      throw new UsageException("invalid answers in '" + file + "': " + e.getMessage().replace('\n', ' '));
    }
    KalkulatorSkm kalkulator = bobot.equals("tepat") ? KalkulatorSkm.standar()
        : KalkulatorSkm.standar().withBobot(BobotSkm.tercetak(MetodeSkm.PERMENPAN_RB_14_2017));
    HasilSurveiSkm hasil = kalkulator.hitung(survei);
    List<Map.Entry<String, Outcome<HasilSkm>>> groups = new ArrayList<>();
    groups.add(Map.entry("unit", hasil.unit()));
    groups.addAll(hasil.perLayanan().entrySet());
    if (format.equals("json")) {
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
      out.println("SKM of " + file + " (PermenPAN-RB 14/2017, weights " + (bobot.equals("tepat") ? "exactly 1/9" : "0,111")
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
