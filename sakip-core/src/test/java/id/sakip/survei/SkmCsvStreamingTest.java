package id.sakip.survei;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.angka.Pecahan;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The streaming path ({@link SkmCsv#hitung}) equals the in-memory one and computes a million rows
 * in a 256 MB heap, checked in a JVM of its own against the counts the file's generator kept.
 */
class SkmCsvStreamingTest {

  @TempDir
  Path dir;

  private static String berkas(int rows, char pemisah, int kosongSetiap, long seed) throws IOException {
    StringWriter out = new StringWriter();
    BerkasSkmBesar.tulis(out, rows, pemisah, kosongSetiap, seed);
    return out.toString();
  }

  @ParameterizedTest(name = "CSV {0}, calculator {1}")
  @CsvSource({"KELUARKAN, KELUARKAN", "KELUARKAN, TOLAK", "TOLAK, TOLAK", "TOLAK, KELUARKAN"})
  void streaming_equals_reading_the_survey_then_computing_it(
      KebijakanJawabanKosong kebijakanCsv, KebijakanJawabanKosong kebijakanKalkulator) throws IOException {
    SkmCsv csv = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).withKebijakanJawabanKosong(kebijakanCsv);
    for (KalkulatorSkm k : List.of(
        KalkulatorSkm.standar().withKebijakanJawabanKosong(kebijakanKalkulator),
        KalkulatorSkm.standar().withKebijakanJawabanKosong(kebijakanKalkulator)
            .withBobot(BobotSkm.tercetak(MetodeSkm.PERMENPAN_RB_14_2017)))) {
      String lengkap = berkas(20_000, ';', 0, 7);
      assertThat(csv.hitung(new StringReader(lengkap), k)).isEqualTo(k.hitung(csv.read(lengkap)));
      String kosong = berkas(20_000, ',', 40, 11);
      if (kebijakanCsv == KebijakanJawabanKosong.TOLAK) {
        SkmCsvException dibaca = catchThrowableOfType(SkmCsvException.class, () -> csv.read(kosong));
        SkmCsvException dialirkan =
            catchThrowableOfType(SkmCsvException.class, () -> csv.hitung(new StringReader(kosong), k));
        assertThat(dialirkan.problems()).isNotEmpty().isEqualTo(dibaca.problems());
        assertThat(dialirkan.jumlahMasalah()).isEqualTo(dibaca.jumlahMasalah());
      } else {
        HasilSurveiSkm dialirkan = csv.hitung(new StringReader(kosong), k);
        assertThat(dialirkan).isEqualTo(k.hitung(csv.read(kosong)));
        assertThat(dialirkan.unit().isComputable())
            .isEqualTo(kebijakanKalkulator == KebijakanJawabanKosong.KELUARKAN);
      }
    }
  }

  @Test
  void streaming_agrees_with_the_generator_s_counts() throws IOException {
    StringWriter out = new StringWriter();
    BerkasSkmBesar oracle = BerkasSkmBesar.tulis(out, 5_000, ',', 25, 3);
    KalkulatorSkm k = KalkulatorSkm.standar().withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN);
    HasilSurveiSkm hasil = SkmCsv.of(k.metode()).withKebijakanJawabanKosong(KebijakanJawabanKosong.KELUARKAN)
        .hitung(new StringReader(out.toString()), k);
    sama(hasil.unit().value(), oracle.hitungan.get(""));
    assertThat(hasil.perLayanan().keySet()).containsExactlyElementsOf(
        oracle.hitungan.keySet().stream().filter(l -> !l.isEmpty()).toList());
    hasil.perLayanan().forEach((l, h) -> sama(h.value(), oracle.hitungan.get(l)));
  }

  private static void sama(HasilSkm h, BerkasSkmBesar.Hitungan oracle) {
    assertThat((long) h.jumlahResponden()).isEqualTo(oracle.responden);
    assertThat(h.unsur().stream().mapToLong(NilaiUnsur::jumlahNilai).toArray()).isEqualTo(oracle.jumlah);
    assertThat(h.unsur().stream().mapToLong(NilaiUnsur::jumlahResponden).toArray()).isEqualTo(oracle.dijawab);
    BigInteger[] ikm = oracle.ikm();
    assertThat(h.ikm().numerator().multiply(ikm[1])).isEqualTo(ikm[0].multiply(h.ikm().denominator()));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void a_million_rows_are_computed_in_a_256_mb_heap() throws Exception {
    Path file = dir.resolve("skm-1000000.csv");
    BerkasSkmBesar oracle;
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      oracle = BerkasSkmBesar.tulis(out, 1_000_000, ';', 50, 20_240_101L);
    }
    assertThat(Files.size(file)).isGreaterThan(20_000_000L);

    Path stdout = dir.resolve("out.txt");
    Path stderr = dir.resolve("err.txt");
    Process p = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
            "-cp", System.getProperty("java.class.path"), HitungSkmBesarMain.class.getName(), file.toString())
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(p.waitFor(110, TimeUnit.SECONDS)).as("finished within 110 s").isTrue();
    assertThat(p.exitValue()).as(Files.readString(stderr)).isZero();

    List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("maxMemory\t");
    assertThat(Long.parseLong(lines.get(0).split("\t")[1])).isLessThanOrEqualTo(256L << 20);
    List<String> groups = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      groups.add(f[0]);
      BerkasSkmBesar.Hitungan h = oracle.hitungan.get(f[0]);
      assertThat(Long.parseLong(f[1])).isEqualTo(h.responden);
      assertThat(HitungSkmBesarMain.angka(f[5])).isEqualTo(h.jumlah);
      assertThat(HitungSkmBesarMain.angka(f[6])).isEqualTo(h.dijawab);
      BigInteger[] ikm = h.ikm();
      Pecahan printed = pecahan(f[2]);
      assertThat(printed.numerator().multiply(ikm[1])).isEqualTo(ikm[0].multiply(printed.denominator()));
      assertThat(pecahan(f[3])).isEqualTo(printed.times(25));
      assertThat(f[4]).isIn("A", "B", "C", "D");
    }
    assertThat(groups).containsExactlyElementsOf(oracle.hitungan.keySet());
    assertThat(oracle.hitungan.get("").responden).isEqualTo(1_000_000L);
  }

  /** Reads a fraction as {@link Pecahan#toString()} writes it: {@code 23875/261} or {@code 100}. */
  private static Pecahan pecahan(String text) {
    String[] parts = text.split("/");
    return parts.length == 1
        ? Pecahan.of(new java.math.BigDecimal(parts[0]))
        : Pecahan.of(new BigInteger(parts[0]), new BigInteger(parts[1]));
  }

  @Test
  void a_row_with_a_200_000_character_quoted_cell_is_read_whole() {
    String nama = "x".repeat(200_000);
    String text = "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n\"" + nama + "\",4,4,4,4,4,4,4,4,4\n";
    Map<String, ?> per = SkmCsv.of(MetodeSkm.PERMENPAN_RB_14_2017).hitung(new StringReader(text), KalkulatorSkm.standar())
        .perLayanan();
    assertThat(per).containsOnlyKeys(nama);
  }
}
