package id.sakip.survei;

import id.sakip.angka.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Run in a JVM of its own by {@link SkmCsvStreamingTest}: computes the SKM of the CSV file named
 * by the first argument as a stream (blanks excluded) and prints the heap limit, then one line per
 * group: name, respondents, IKM, value, band, totals and counts per unsur, tab-separated.
 */
public final class HitungSkmBesarMain {

  private HitungSkmBesarMain() {}

  /** Computes and prints; exits 1 when a group is not computable. */
  public static void main(String[] args) throws IOException {
    KalkulatorSkm kalkulator = KalkulatorSkm.standar().withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN);
    SkmCsv csv = SkmCsv.of(kalkulator.metode()).withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN);
    HasilSurveiSkm hasil;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      hasil = csv.hitung(in, kalkulator);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("maxMemory\t" + Runtime.getRuntime().maxMemory());
    print(out, "", hasil.unit());
    for (Map.Entry<String, Outcome<HasilSkm>> e : hasil.perLayanan().entrySet()) {
      print(out, e.getKey(), e.getValue());
    }
  }

  private static void print(PrintStream out, String nama, Outcome<HasilSkm> hasil) {
    if (!hasil.isComputable()) {
      out.println(nama + "\tnot computable: " + hasil.explanation());
      System.exit(1);
    }
    HasilSkm h = hasil.value();
    out.println(String.join("\t", nama, Integer.toString(h.jumlahResponden()), h.ikm().toString(),
        h.nilaiSkm().toString(), h.kodeMutu().orElse("-"),
        h.unsur().stream().map(n -> Long.toString(n.jumlahNilai())).collect(Collectors.joining(",")),
        h.unsur().stream().map(n -> Integer.toString(n.jumlahResponden())).collect(Collectors.joining(","))));
  }

  static long[] angka(String text) {
    return Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
