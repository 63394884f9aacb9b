package id.sakip.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.laporan.LaporanKinerja;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the streaming reader and the shapes add: every problem at once at the member it concerns,
 * a notation declared anywhere in the document, the sizes a document has, the forms of {@link
 * JsonStyle}, {@code Outcome}, and the module's version from the build.
 */
class StreamingReaderTest {

  private static final SakipJson JSON = SakipJson.standar();
  private static String golden;

  @BeforeAll
  static void readGolden() throws IOException {
    golden = GoldenDocumentTest.golden();
  }

  private static String golden(String from, String to) {
    assertThat(golden).contains(from);
    return golden.replace(from, to);
  }

  private static SakipJsonException refused(String json) {
    return catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(json));
  }

  // ------------------------------------------------------------------ every problem at once

  @Test
  void a_year_out_of_range_is_reported_at_tahun_with_every_other_problem() {
    String json = golden("\"tahun\": 2022,\n  \"renstra\"", "\"tahun\": 1800,\n  \"renstra\"")
        .replace("\"polaritas\": \"POSITIF\"", "\"polaritas\": \"POSITIVE\"")
        .replace("\"tahunAkhir\": 2026", "\"tahunAkhir\": 2020");
    SakipJsonException e = refused(json);
    assertThat(e.problems()).extracting(JsonProblem::path).contains("$.tahun", "$.renstra.tahunAkhir")
        .anyMatch(p -> p.endsWith(".polaritas"));
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.tahun")).singleElement()
        .satisfies(p -> {
          assertThat(p.value()).isEqualTo("1800");
          assertThat(p.rule()).isEqualTo("must be from 1945 to 2200");
        });
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.renstra.tahunAkhir")).singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("tahunAkhir 2020 must be after tahunAwal 2021"));
  }

  @Test
  void a_pk_and_an_rkt_of_another_year_are_reported_at_their_tahun_even_beside_other_problems() {
    String json = golden("\"perjanjianKinerja\": {\n    \"tahun\": 2022", "\"perjanjianKinerja\": {\n    \"tahun\": 2021")
        .replace("\"instansi\": \"Kecamatan Kromengan, Kabupaten Malang\"", "\"instansi\": \" \"");
    SakipJsonException e = refused(json);
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder("$.instansi",
        "$.perjanjianKinerja.tahun");
  }

  // ------------------------------------------------------------------ notation declared anywhere

  @Test
  void a_notation_declared_after_numbers_written_as_strings_applies_to_them() {
    String english = "{\"tahun\": 2022, \"format\": \"sakip-lkj/1\", \"instansi\": \"X\", \"realisasiIku\": [{\"indikator\":"
        + " \"I\", \"realisasi\": {\"2022\": \"1,234.5\"}}], \"notasi\": \"INGGRIS\"}";
    LaporanKinerja lkj = JSON.readLaporan(english);
    assertThat(lkj.realisasiIku().get(0).realisasi().get(2022)).isEqualByComparingTo("1234.5");
    // the same string without the declaration is Indonesian: 1,234.5 does not parse there
    String indonesian = english.replace(", \"notasi\": \"INGGRIS\"", "");
    assertThat(refused(indonesian).problems()).extracting(JsonProblem::path)
        .containsExactly("$.realisasiIku[0].realisasi.2022");
  }

  @Test
  void from_a_stream_of_tokens_a_late_notation_is_a_problem_not_a_wrong_number() throws IOException {
    String english = "{\"format\": \"sakip-lkj/1\", \"instansi\": \"X\", \"tahun\": 2022, \"realisasiIku\": [{\"indikator\":"
        + " \"I\", \"realisasi\": {\"2022\": \"1,234\"}}], \"notasi\": \"INGGRIS\"}";
    try (JsonParser p = new JsonFactory().createParser(english)) {
      SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
          () -> JSON.read(new Jackson2Tokens(p), LaporanKinerja.class, "$.laporan"));
      assertThat(e.problems()).extracting(JsonProblem::path).contains("$.laporan.notasi");
    }
  }

  // ------------------------------------------------------------------ sizes as written

  @Test
  void sizes_are_those_of_the_document_or_more_than_the_bound() {
    SakipJson three = JSON.withLimits(InputLimits.DEFAULT.withMaxArrayLength(3));
    SakipJsonException array = catchThrowableOfType(SakipJsonException.class,
        () -> three.read("{\"nama\": \"S\", \"tingkat\": [\"A\", \"B\", \"C\", \"D\", \"E\", \"F\"]}", SkalaPeringkat.class));
    assertThat(array.problems()).singleElement().satisfies(p -> assertThat(p.value()).isEqualTo("array of 6 elements"));

    String longString = "{\"nama\": \"" + "a".repeat(1_000_000) + "\", \"tingkat\": [\"A\", \"B\"]}";
    SakipJsonException string = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.withLimits(InputLimits.DEFAULT.withMaxDocumentBytes(2_000_000)).read(longString, SkalaPeringkat.class));
    assertThat(string.problems()).singleElement().satisfies(p -> {
      assertThat(p.value()).startsWith("a string of more than 100,000 characters");
      assertThat(p.rule()).contains("100,000 characters (InputLimits.maxStringLength)");
    });

    InputStream fiftyMegabytes = new InputStream() {
      private long left = 50L * 1024 * 1024;

      @Override
      public int read() {
        return left-- > 0 ? ' ' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) ' ');
        left -= n;
        return n;
      }
    };
    SakipJsonException document = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(fiftyMegabytes));
    assertThat(document.problems()).singleElement()
        .satisfies(p -> assertThat(p.value()).isEqualTo("document of more than 8,388,608 bytes"));
  }

  @Test
  void a_long_member_name_within_the_limits_is_an_unknown_member_with_a_short_path() {
    String name = "x".repeat(60_000);
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.read("{\"nama\": \"S\", \"tingkat\": [\"A\", \"B\"], \"" + name + "\": 1}", SkalaPeringkat.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).startsWith("unknown property '");
      assertThat(p.path()).hasSizeLessThan(120).endsWith("…");
    });
  }

  // ------------------------------------------------------------------ representation

  @Test
  void rupiah_is_written_in_the_form_the_style_chooses_and_every_form_reads_back() {
    Rupiah large = Rupiah.ofSen(9_007_199_254_740_993L); // 2^53 + 1 sen: a double cannot hold it
    assertThat(JSON.write(large)).isEqualTo("90071992547409.93\n");
    SakipJson decimal = JSON.withStyle(JsonStyle.STANDARD.withRupiah(JsonStyle.RupiahForm.DECIMAL_STRING));
    assertThat(decimal.write(large)).isEqualTo("\"90071992547409.93\"\n");
    SakipJson notation = JSON.withStyle(JsonStyle.STANDARD.withRupiah(JsonStyle.RupiahForm.NOTATION_STRING));
    assertThat(notation.write(large)).isEqualTo("\"90.071.992.547.409,93\"\n");
    for (SakipJson writer : new SakipJson[] {JSON, decimal, notation}) {
      assertThat(JSON.read(writer.write(large), Rupiah.class)).isEqualTo(large);
      assertThat(JSON.read(writer.write(large.negated()), Rupiah.class)).isEqualTo(large.negated());
    }
    // a plain decimal with 2 decimals is never Indonesian grouping, which has 3 digits after a dot
    assertThat(JSON.read("\"1.50\"", Rupiah.class)).isEqualTo(Rupiah.ofSen(150));
    assertThat(JSON.read("\"1.500\"", Rupiah.class)).isEqualTo(Rupiah.of(1500));
  }

  @Test
  void a_whole_report_in_every_rupiah_form_reads_back_equal() {
    LaporanKinerja lkj = JSON.readLaporan(golden);
    for (JsonStyle.RupiahForm form : JsonStyle.RupiahForm.values()) {
      String written = JSON.withStyle(JsonStyle.STANDARD.withRupiah(form)).writeLaporan(lkj);
      assertThat(JSON.readLaporan(written)).as(form.name()).isEqualTo(lkj);
    }
  }

  @Test
  void a_percentage_is_exact_or_rounded_half_up_to_the_scale_asked() {
    Persentase third = Persentase.ofFraction(BigInteger.ONE, BigInteger.valueOf(3));
    assertThat(JSON.write(third)).isEqualTo("\"1/3\"\n");
    assertThat(JSON.read(JSON.write(third), Persentase.class)).isEqualTo(third);
    SakipJson twoDecimals = JSON.withStyle(JsonStyle.STANDARD.withPersentaseScale(2));
    assertThat(twoDecimals.write(third)).isEqualTo("0.33\n");
    assertThat(twoDecimals.write(Persentase.of(new BigDecimal("92.465")))).isEqualTo("92.47\n");
    assertThat(twoDecimals.write(Persentase.of(new BigDecimal("-92.465")))).isEqualTo("-92.47\n");
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> JsonStyle.STANDARD.withPersentaseScale(21)))
        .hasMessageContaining("persentaseScale is 21");
  }

  @Test
  void an_outcome_is_written_as_its_value_or_its_reason_and_reads_back() {
    Outcome<Persentase> computed = Outcome.of(Persentase.of(new BigDecimal("92.46")));
    assertThat(JSON.write(computed)).isEqualTo("{\n  \"nilai\": 92.46\n}\n");
    assertThat(JSON.readOutcome(JSON.write(computed).getBytes(UTF_8), Persentase.class)).isEqualTo(computed);
    Outcome<Persentase> none = Outcome.notComputable(Outcome.Reason.ZERO_DENOMINATOR, "pagu is 0");
    assertThat(JSON.write(none)).contains("\"alasan\": \"ZERO_DENOMINATOR\"", "\"penjelasan\": \"pagu is 0\"");
    assertThat(JSON.readOutcome(JSON.write(none).getBytes(UTF_8), Persentase.class)).isEqualTo(none);
    SakipJsonException both = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.readOutcome("{\"nilai\": 1, \"alasan\": \"NO_VALUE\"}".getBytes(UTF_8), Persentase.class));
    assertThat(both.problems()).singleElement().satisfies(p -> assertThat(p.rule()).contains("exactly one of"));
  }

  @Test
  void the_module_version_is_the_build_version() throws IOException {
    java.util.Properties built = new java.util.Properties();
    try (InputStream in = SakipJson.class.getResourceAsStream("sakip-json.properties")) {
      built.load(in);
    }
    assertThat(built.getProperty("version")).matches("[0-9]+\\.[0-9]+\\.[0-9]+.*").doesNotContain("${");
    assertThat(SakipModule.VERSION.toString()).isEqualTo(built.getProperty("version"));
    assertThat(new SakipModule().version()).isEqualTo(SakipModule.VERSION);
  }

  // ------------------------------------------------------------------ both languages

  @Test
  void every_problem_reads_in_indonesian_and_english_with_numbers_in_each_notation() {
    SakipJson three = JSON.withLimits(InputLimits.DEFAULT.withMaxArrayLength(1_000));
    StringBuilder levels = new StringBuilder();
    for (int i = 0; i < 1_234; i++) {
      levels.append(i > 0 ? "," : "").append("\"T").append(i).append('"');
    }
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> three.read(
        "{\"nama\": \" \", \"tingkat\": [" + levels + "], \"nams\": 1}", SkalaPeringkat.class));
    assertThat(e.problems()).extracting(p -> p.toString(id.sakip.temuan.Bahasa.INDONESIA)).containsExactlyInAnyOrder(
        "$.nama: \" \": tidak boleh kosong",
        "$.tingkat: larik dengan 1.234 elemen: sebuah larik memuat paling banyak 1.000 elemen"
            + " (InputLimits.maxArrayLength)",
        "$.nams: 1: anggota 'nams' tidak dikenal; maksudnya 'nama'? (yang dikenal: nama, tingkat)");
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactlyInAnyOrder(
        "$.nama: \" \": must not be blank",
        "$.tingkat: array of 1,234 elements: an array may hold at most 1,000 elements (InputLimits.maxArrayLength)",
        "$.nams: 1: unknown property 'nams'; did you mean 'nama'? (known: nama, tingkat)");
    assertThat(e.pesan(id.sakip.temuan.Bahasa.INDONESIA)).startsWith("3 masalah dalam dokumen JSON:\n");
    assertThat(e.getMessage()).startsWith("3 problems in the JSON document:\n");
  }

  @Test
  void a_file_too_large_is_refused_unread_with_its_size(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path big = dir.resolve("besar.json");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: nothing is written, nothing is read
    }
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(big));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.value()).isEqualTo("document of 52,428,800 bytes");
      assertThat(p.value(id.sakip.temuan.Bahasa.INDONESIA)).isEqualTo("dokumen 52.428.800 bita");
      assertThat(p.rule()).isEqualTo("a document may hold at most 8,388,608 bytes (InputLimits.maxDocumentBytes)");
    });
    java.nio.file.Path small = dir.resolve("kecil.json");
    java.nio.file.Files.writeString(small, golden);
    assertThat(JSON.readLaporan(small)).isEqualTo(JSON.readLaporan(golden));
  }
}
