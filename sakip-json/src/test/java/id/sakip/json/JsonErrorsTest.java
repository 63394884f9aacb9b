package id.sakip.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.laporan.LaporanKinerja;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of invalid input: the {@link SakipJsonException} names the JSON path, the
 * offending value and the rule broken, and no object is returned.
 */
class JsonErrorsTest {

  private static final SakipJson JSON = SakipJson.standar();
  private static String golden;

  @BeforeAll
  static void readGolden() throws IOException {
    golden = GoldenDocumentTest.golden();
  }

  /** The golden document with {@code from} (which must occur) replaced by {@code to}. */
  private static String golden(String from, String to) {
    assertThat(golden).contains(from);
    return golden.replace(from, to);
  }

  /** Reads, requiring a SakipJsonException and no object. */
  private static SakipJsonException refused(Supplier<?> read) {
    Object[] built = new Object[1];
    Throwable thrown = catchThrowable(() -> built[0] = read.get());
    assertThat(built[0]).as("an object built from an invalid document").isNull();
    assertThat(thrown).isInstanceOf(SakipJsonException.class);
    return (SakipJsonException) thrown;
  }

  private static SakipJsonException refused(String document) {
    return refused(() -> JSON.readLaporan(document));
  }

  /** The message and one of the problems name {@code path}, show {@code value} and state {@code rule}. */
  private static void hasProblem(SakipJsonException e, String path, String value, String rule) {
    assertThat(e.getMessage()).contains(path).contains(value).contains(rule);
    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo(path);
      assertThat(p.value() + ": " + p.rule()).contains(value);
      assertThat(p.rule()).contains(rule);
    });
  }

  // ------------------------------------------------------------------ structure

  @Test
  void unknown_property_is_named_with_the_nearest_known_name() {
    SakipJsonException e = refused(golden("\"instansi\":", "\"instansii\":"));
    hasProblem(e, "$.instansii", "\"Kecamatan Kromengan, Kabupaten Malang\"",
        "unknown property 'instansii'; did you mean 'instansi'? (known: format, instansi, notasi,");

    SakipJsonException nested = refused(() -> JSON.read(
        "{\"nama\": \"SKM\", \"satuan\": \"Indeks\", \"polaritas\": \"POSITIF\", \"agregsi\": \"LAST\"}", Indikator.class));
    hasProblem(nested, "$.agregsi", "\"LAST\"", "unknown property 'agregsi'; did you mean 'agregasi'?");
  }

  @Test
  void missing_required_property() {
    SakipJsonException e = refused(golden("\"tahun\": 2022,\n  \"renstra\"", "\"renstra\""));
    hasProblem(e, "$.tahun", "(missing)", "required property 'tahun' is missing");
    assertThat(e.problems()).hasSize(1);
  }

  @Test
  void wrong_type() {
    hasProblem(refused(golden("\"tahun\": 2022,\n  \"renstra\"", "\"tahun\": \"2022\",\n  \"renstra\"")),
        "$.tahun", "\"2022\"", "must be a whole number");
    hasProblem(refused(golden("\"realisasiIku\": [", "\"realisasiIku\": {\"x\": [").replace("  ],\n  \"realisasiAnggaran\"",
            "  ]},\n  \"realisasiAnggaran\"")),
        "$.realisasiIku", "{\"x\":[{\"indikator\"", "must be an array");
    hasProblem(refused("[]"), "$", "[]", "must be an object with the members [format, notasi, instansi,");
  }

  @Test
  void invalid_enum_value_with_the_nearest_name() {
    SakipJsonException e = refused(golden(
        "\"versi\": \"APBD_MURNI\"", "\"versi\": \"APBD_MURINI\""));
    hasProblem(e, "$.perjanjianKinerja.anggaran[0].versi", "\"APBD_MURINI\"",
        "must be one of [APBD_MURNI, APBD_PERUBAHAN]; did you mean 'APBD_MURNI'?");
  }

  @Test
  void invalid_nomenclature_code() {
    SakipJsonException e = refused(golden("\"kode\": \"7.01.02.2.03.01\"", "\"kode\": \"7.01.02.2.03.1\""));
    hasProblem(e, "$.rkt.anggaran[0].anak[2].anak[0].kode", "\"7.01.02.2.03.1\"",
        "segment 6 (sub kegiatan) '1' must be 2 or 4 digits");
    SakipJsonException key = refused(golden("\"7.01.02.2.03.01\": {", "\"7.01.02.2.3.01\": {"));
    hasProblem(key, "$.rkt.keluaran[\"7.01.02.2.3.01\"]", "7.01.02.2.3.01", "segment 5 (kegiatan (second part)) '3' must be 2 digits");
  }

  // ------------------------------------------------------------------ domain invariants

  @Test
  void range_target_whose_lower_bound_is_not_below_its_upper_bound() {
    SakipJsonException e = refused(golden("\"targetAkhir\": 100", "\"targetAkhir\": {\"bawah\": 90, \"atas\": 80}"));
    hasProblem(e, "$.renstra.tujuan[0].sasaran[0].indikator[0].targetAkhir", "{\"bawah\":90,\"atas\":80}",
        "lower bound 90 is not below upper bound 80; a range target needs bawah < atas");
  }

  @Test
  void renstra_target_for_a_year_outside_the_period() {
    SakipJsonException e = refused(golden("\"2021\": 84,\n                  \"2022\": 85",
        "\"2021\": 84,\n                  \"2030\": 85"));
    hasProblem(e, "$.renstra", "2030", "has a target for 2030, outside the period 2021–2026");
  }

  @Test
  void pk_of_another_year_than_the_report() {
    SakipJsonException e = refused(golden("\"perjanjianKinerja\": {\n    \"tahun\": 2022", "\"perjanjianKinerja\": {\n    \"tahun\": 2021"));
    hasProblem(e, "$.perjanjianKinerja.tahun", "2021", "the PK's tahun 2021 differs from the report year 2022");
  }

  // ------------------------------------------------------------------ syntax and format

  @Test
  void duplicate_key() {
    SakipJsonException e = refused(golden("\"tahun\": 2022,\n  \"renstra\"", "\"tahun\": 2022,\n  \"tahun\": 2023,\n  \"renstra\""));
    hasProblem(e, "$.tahun", "2023", "duplicate property 'tahun'");
    assertThat(e.getMessage()).contains("2023 (line 5, column 12)");
  }

  @Test
  void wrong_format_marker() {
    hasProblem(refused(golden("\"format\": \"sakip-lkj/1\"", "\"format\": \"sakip-lkj/3\"")),
        "$.format", "\"sakip-lkj/3\"", "must be \"sakip-lkj/1\" or \"sakip-lkj/2\"; this reader knows no other version");
    hasProblem(refused(golden("  \"format\": \"sakip-lkj/1\",\n", "")), "$.format", "(missing)", "required property 'format'");
  }

  @Test
  void number_string_in_the_wrong_notation() {
    SakipJsonException e = refused(golden("\"pagu\": 734195800.00,\n        \"anak\"", "\"pagu\": \"734,195,800.00\",\n        \"anak\""));
    hasProblem(e, "$.rkt.anggaran[0].pagu", "\"734,195,800.00\"",
        "must be a Rupiah amount in INDONESIA notation: '734,195,800.00': second decimal mark");

    String english = golden("\"format\": \"sakip-lkj/1\",", "\"format\": \"sakip-lkj/1\",\n  \"notasi\": \"INGGRIS\",")
        .replace("\"2021\": 85.30", "\"2021\": \"85,30\"");
    hasProblem(refused(english), "$.realisasiIku[0].realisasi.2021", "\"85,30\"", "must be a number or a string in INGGRIS notation");

    // in the declared notation the same strings are read
    String indonesian = golden("\"pagu\": 734195800.00,\n        \"anak\"", "\"pagu\": \"734.195.800,00\",\n        \"anak\"");
    assertThat(JSON.readLaporan(indonesian).rkt().orElseThrow().anggaran().akar().get(0).paguTercatat())
        .contains(Rupiah.of(734_195_800));
  }

  @Test
  void trailing_content_after_the_document() {
    hasProblem(refused(golden + "{}"), "$", "{} (line 183, column 1)", "the document must hold one JSON value; found more after it");
    hasProblem(refused(golden + "x"), "$", "(line 183, column 1)", "not valid JSON: Unrecognized token 'x'");
  }

  @Test
  void not_json_at_all() {
    hasProblem(refused("Laporan Kinerja 2022"), "$", "(line 1, column 1)", "not valid JSON: Unrecognized token 'Laporan'");
    hasProblem(refused(""), "$", "(empty)", "the document is empty; expected a JSON value");
    hasProblem(refused(() -> JSON.read(new byte[] {(byte) 0xC3, (byte) 0x28}, LaporanKinerja.class)), "$", "(unreadable)",
        "not valid JSON: Invalid UTF-8");
  }

  @Test
  void text_that_is_not_unicode_is_refused_where_it_stands() {
    String rule = "not valid Unicode text: half of a surrogate pair stands alone";
    // bytes beyond U+10FFFF: Jackson 2.23 refuses them itself; earlier ones decoded them to two lone halves,
    // which the reader refuses. Either way the problem stands where the bytes are.
    for (SakipJsonException e : List.of(
        refused(() -> JSON.read(beyondUnicode(golden("pelayanan manajemen", "pelay@@@@anan manajemen")),
            LaporanKinerja.class)),
        refused(() -> JSON.read(beyondUnicode(golden("\"instansi\"", "\"@@@@instansi\"")), LaporanKinerja.class)))) {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        // a bad member name: at its object (ours) or at the member before it (where Jackson's parser stands)
        assertThat(p.path()).isIn("$.renstra.tujuan[0].nama", "$", "$.format");
        assertThat(p.rule()).satisfiesAnyOf(r -> assertThat(r).startsWith(rule), r -> assertThat(r).contains("UTF-8"));
      });
    }
    hasProblem(refused(golden("Kecamatan Kromengan", "Kecamatan \\uDC00 Kromengan")), "$.instansi",
        "text with U+DC00 at character 11", rule);
    hasProblem(refused(golden("Kecamatan Kromengan", "Kecamatan \\uD800 Kromengan")), "$.instansi",
        "text with U+D800 at character 11", rule);
    // a pair, escaped or not, is one character and reads as it is
    assertThat(JSON.readLaporan(golden("Kecamatan Kromengan", "Kecamatan \\uD83D\\uDE00 Kromengan")).instansi())
        .startsWith("Kecamatan \uD83D\uDE00 Kromengan");
  }

  /**
   * The UTF-8 bytes of {@code text} with its first {@code @@@@} replaced by F7 80 A9 BA: a 4-byte
   * sequence for a code point beyond U+10FFFF, which the parser decodes to two lone halves.
   */
  private static byte[] beyondUnicode(String text) {
    byte[] bytes = text.getBytes(UTF_8);
    int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("@@@@");
    byte[] sequence = {(byte) 0xF7, (byte) 0x80, (byte) 0xA9, (byte) 0xBA};
    System.arraycopy(sequence, 0, bytes, at, sequence.length);
    return bytes;
  }

  // ------------------------------------------------------------------ input limits

  @Test
  void document_larger_than_max_document_bytes() {
    SakipJson small = JSON.withLimits(InputLimits.DEFAULT.withMaxDocumentBytes(1_000));
    String rule = "1,000 bytes (InputLimits.maxDocumentBytes)";
    hasProblem(refused(() -> small.readLaporan(golden)), "$", "document of 4,995 bytes", rule);
    hasProblem(refused(() -> small.read(golden.getBytes(UTF_8), LaporanKinerja.class)), "$", "document of 4,995 bytes", rule);
    // a stream is read up to the limit: its size beyond is not known
    hasProblem(refused(() -> small.readLaporan(new ByteArrayInputStream(golden.getBytes(UTF_8)))), "$",
        "document of more than 1,000 bytes", rule);
  }

  @Test
  void nesting_deeper_than_max_depth() {
    SakipJson shallow = JSON.withLimits(InputLimits.DEFAULT.withMaxDepth(5));
    hasProblem(refused(() -> shallow.readLaporan(golden)), "$.renstra.tujuan[0].sasaran[0]", "nesting more than 5 levels deep (line 12",
        "nesting deeper than 5 levels (InputLimits.maxDepth)");
  }

  @Test
  void number_longer_than_max_number_length() {
    SakipJson shortNumbers = JSON.withLimits(InputLimits.DEFAULT.withMaxNumberLength(8));
    hasProblem(refused(() -> shortNumbers.readLaporan(golden)), "$.perjanjianKinerja.anggaran[0].program[0].pagu",
        "a number of more than 8 characters (line 59", "a number longer than 8 characters (InputLimits.maxNumberLength)");
    // and one that an exponent makes long
    hasProblem(refused(golden("\"2022\": 85.82", "\"2022\": 1e70")), "$.realisasiIku[0].realisasi.2022", "1e70",
        "a number may have at most 64 digits written out in full (InputLimits.maxNumberLength); this one has 71");
  }

  @Test
  void string_longer_than_max_string_length() {
    SakipJson shortStrings = JSON.withLimits(InputLimits.DEFAULT.withMaxStringLength(40));
    hasProblem(refused(() -> shortStrings.readLaporan(golden)), "$.renstra.tujuan[0].nama", "a string of more than 40 characters (line 10",
        "a string longer than 40 characters (InputLimits.maxStringLength)");
  }

  @Test
  void array_longer_than_max_array_length() {
    SakipJson shortArrays = JSON.withLimits(InputLimits.DEFAULT.withMaxArrayLength(3));
    hasProblem(refused(() -> shortArrays.read("{\"nama\": \"Opini\", \"tingkat\": [\"WTP\", \"WDP\", \"TW\", \"TMP\"]}",
            SkalaPeringkat.class)),
        "$.tingkat", "array of 4 elements", "an array may hold at most 3 elements (InputLimits.maxArrayLength)");
    hasProblem(refused(() -> shortArrays.readLaporan(golden)), "$", "object of 8 members",
        "an object may hold at most 3 members (InputLimits.maxArrayLength)");
  }

  // ------------------------------------------------------------------ many problems at once

  @Test
  void several_problems_are_all_listed_in_one_exception() {
    String doc = golden("sakip-lkj/1", "sakip-lkj/3")
        .replace("\"tahun\": 2022,\n  \"renstra\"", "\"tahun\": \"2022\",\n  \"renstra\"")
        .replaceFirst("\"polaritas\": \"POSITIF\"", "\"polaritas\": \"POSITIP\"")
        .replace("\"pagu\": 8413000.00,\n            \"realisasi\"", "\"pagu\": -1.001,\n            \"realisasi\"");
    SakipJsonException e = refused(doc);
    assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(e.problems().stream().map(JsonProblem::path).distinct()).hasSameSizeAs(e.problems());
    assertThat(e.getMessage()).startsWith(e.problems().size() + " problems in the JSON document:");
    hasProblem(e, "$.format", "\"sakip-lkj/3\"", "must be \"sakip-lkj/1\" or \"sakip-lkj/2\"");
    hasProblem(e, "$.tahun", "\"2022\"", "must be a whole number");
    hasProblem(e, "$.renstra.tujuan[0].sasaran[0].indikator[0].indikator.polaritas", "\"POSITIP\"", "did you mean 'POSITIF'?");
    hasProblem(e, "$.realisasiAnggaran.anggaran[0].anak[1].pagu", "-1.001", "more than 2 decimal places");
  }
}
