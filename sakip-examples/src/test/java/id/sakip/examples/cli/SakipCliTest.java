package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.examples.cli.Cli.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool end to end through {@link SakipCli#run}: the walkthrough, tables, audit and exit statuses. */
class SakipCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  private static String kromengan;
  private static String konsisten;

  @BeforeAll
  static void documents() {
    kromengan = Cli.copy(Cli.KROMENGAN, dir);
    konsisten = Cli.copy(Cli.KONSISTEN, dir);
  }

  // ---------------------------------------------------------------- kromengan

  @Test
  void without_arguments_prints_the_kromengan_walkthrough_with_the_figures_of_domain_md_10() {
    Result r = Cli.run();
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    // §10 item 1: the printed totals exceed the rows by 9.893.200, in pagu and realisasi.
    assertThat(r.out()).containsPattern("Jumlah +2\\.900\\.675\\.537,00 \\[tercetak 2\\.910\\.568\\.737,00\\] +"
        + "2\\.681\\.311\\.048,00 \\[tercetak 2\\.691\\.204\\.248,00\\] +92,46%");
    assertThat(r.out()).contains("(selisih Rp9.893.200,00)");
    // §10 item 2: SKM 85,82 against 85 is 100,96%, printed 100%.
    assertThat(r.out()).containsPattern("Survey Kepuasan Masyarakat \\(SKM\\) Kecamatan +85 +85,82 +100,96% \\[tercetak 100%\\]");
    assertThat(r.out()).contains("Audit: 20 temuan: 11 kesalahan, 8 peringatan, 1 info");
  }

  @Test
  void bahasa_en_prints_english_headings_messages_and_notation() {
    Result r = Cli.run("kromengan", "--bahasa", "en");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("LKj Kecamatan Kromengan, Kabupaten Malang 2022: Bab III recomputed exactly")
        .containsPattern("Survey Kepuasan Masyarakat \\(SKM\\) Kecamatan +85 +85.82 +100.96% \\[printed 100%\\]")
        .contains("Audit: 20 findings: 11 error, 8 warning, 1 info")
        .contains("(difference Rp9,893,200.00)");
    Result wrong = Cli.run("audit", kromengan, "--bahasa", "fr");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).isEqualTo("sakip audit: opsi --bahasa: 'fr' bukan salah satu dari id, en\n");
    assertThat(Cli.run("--bahasa", "en")).as("before a subcommand, or without one").isEqualTo(Cli.run("kromengan", "--bahasa", "en"));
    assertThat(Cli.run("--bahasa", "en", "audit", kromengan)).isEqualTo(Cli.run("audit", kromengan, "--bahasa=en"));
  }

  @Test
  void the_kromengan_subcommand_prints_the_same() {
    assertThat(Cli.run("kromengan")).isEqualTo(Cli.run());
  }

  // ---------------------------------------------------------------- audit

  @Test
  void audit_json_of_kromengan_writes_the_findings_in_the_binding_shape_with_their_paths() throws Exception {
    Result r = Cli.run("audit", kromengan, "--format", "json");
    assertThat(r.status()).as("an ERROR finding exits 1").isEqualTo(1);
    assertThat(r.err()).isEmpty();
    JsonNode root = JSON.readTree(r.out());
    List<String> rootKeys = new ArrayList<>();
    root.fieldNames().forEachRemaining(rootKeys::add);
    assertThat(rootKeys).containsExactly("temuan");
    JsonNode findings = root.get("temuan");
    assertThat(findings).hasSize(20);
    for (JsonNode f : findings) {
      assertThat(f.get("aturan").asText()).isNotBlank();
      assertThat(f.get("lokasi").get("bagian").asText()).isNotBlank();
      assertThat(f.get("pesan").get("id").asText()).isNotBlank();
      assertThat(f.get("pesan").get("en").asText()).isNotBlank();
      assertThat(f.get("jalur").asText()).startsWith("$.");
    }
    Map<String, List<JsonNode>> byRule = StreamSupport.stream(findings.spliterator(), false)
        .collect(Collectors.groupingBy(f -> f.get("aturan").asText()));
    // 1. Table B rows fall short of the printed totals by 9.893.200: the difference is a number.
    assertThat(byRule.get("BUDGET_TOTAL_MISMATCH")).hasSize(2).allSatisfy(f -> {
      assertThat(f.get("keparahan").asText()).isEqualTo("ERROR");
      assertThat(f.get("selisih").decimalValue()).isEqualByComparingTo("9893200");
      assertThat(f.get("tercetak").get("jenis").asText()).isEqualTo("RUPIAH");
    });
    assertThat(byRule.get("BUDGET_TOTAL_MISMATCH")).extracting(f -> f.get("jalur").asText())
        .containsExactly("$.realisasiAnggaran.jumlahPagu", "$.realisasiAnggaran.jumlahRealisasi");
    // 2. SKM capaian printed 100% is 100,96% raw.
    assertThat(byRule.get("CAPPED_WITHOUT_POLICY")).isNotEmpty().allSatisfy(f ->
        assertThat(f.get("tercetak").get("angka").decimalValue()).isEqualByComparingTo("100"));
    // 7. Two budget versions: a fact, not an error; it compares no values.
    assertThat(byRule.get("BUDGET_VERSIONS")).singleElement().satisfies(f -> {
      assertThat(f.get("keparahan").asText()).isEqualTo("INFO");
      assertThat(f.get("pesan").get("id").asText()).contains("Rp3.144.023.773,00", "Rp2.910.568.737,00");
      assertThat(f.has("tercetak")).isFalse();
      assertThat(f.has("selisih")).isFalse();
    });
    // The output reads back through the binding.
    assertThat(id.sakip.json.SakipJson.standar().read(r.out(), id.sakip.audit.HasilAudit.class).temuan())
        .hasSize(20);
  }

  @Test
  void audit_text_lists_the_same_findings_as_the_walkthrough() {
    Result r = Cli.run("audit", kromengan);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("Audit: 20 temuan: 11 kesalahan, 8 peringatan, 1 info");
    String walkthrough = Cli.run().out();
    assertThat(r.out().substring(r.out().indexOf("Audit:")))
        .isEqualTo(walkthrough.substring(walkthrough.indexOf("Audit:")));
  }

  @Test
  void audit_of_a_consistent_document_exits_0_in_text_and_json() throws Exception {
    Result text = Cli.run("audit", konsisten);
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("Audit: 1 temuan: 0 kesalahan, 0 peringatan, 1 info");
    Result json = Cli.run("audit", "--format=json", konsisten);
    assertThat(json.status()).isZero();
    assertThat(JSON.readTree(json.out()).get("temuan")).singleElement()
        .satisfies(f -> assertThat(f.get("aturan").asText()).isEqualTo("BUDGET_VERSIONS"));
  }

  @Test
  void an_invalid_document_exits_2_with_its_json_paths_on_stderr_and_nothing_on_stdout() throws Exception {
    Path bad = dir.resolve("invalid.json");
    java.nio.file.Files.writeString(bad, """
        {"format": "sakip-lkj/1", "instansi": "Kecamatan Kromengan", "tahun": "dua ribu",
         "realisasiAnggaran": {"versi": "APBD_PERUBAHN", "anggaran": []}}
        """);
    for (String command : List.of("audit", "tables")) {
      for (String format : List.of("text", command.equals("audit") ? "json" : "csv")) {
        Result r = Cli.run(command, bad.toString(), "--format", format, "--bahasa", "en");
        assertThat(r.status()).as(command + " " + format).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("sakip " + command + ": FILE '" + bad + "' is not a valid sakip-lkj/1 document")
            .contains("$.tahun: \"dua ribu\"", "$.realisasiAnggaran.versi: \"APBD_PERUBAHN\"",
                "did you mean 'APBD_PERUBAHAN'?");
        Result id = Cli.run(command, bad.toString(), "--format", format);
        assertThat(id.status()).isEqualTo(2);
        assertThat(id.out()).isEmpty();
        assertThat(id.err()).startsWith("sakip " + command + ": FILE '" + bad + "' bukan dokumen sakip-lkj/1 yang sah")
            .contains("$.tahun: \"dua ribu\"", "$.realisasiAnggaran.versi: \"APBD_PERUBAHN\"", "APBD_PERUBAHAN")
            .doesNotContain("did you mean");
      }
    }
  }

  @Test
  void an_unreadable_file_or_malformed_json_exits_2() throws Exception {
    Result missing = Cli.run("audit", dir.resolve("missing.json").toString(), "--bahasa", "en");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("missing.json").contains("no such file");
    assertThat(Cli.run("audit", dir.resolve("missing.json").toString()).err()).contains("missing.json", "berkas tidak ada");

    Result directory = Cli.run("tables", dir.toString(), "--bahasa", "en");
    assertThat(directory.status()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory");
    assertThat(Cli.run("tables", dir.toString()).err()).contains("ia sebuah direktori");

    Path truncated = dir.resolve("truncated.json");
    java.nio.file.Files.writeString(truncated, "{\"format\": ");
    Result r = Cli.run("audit", truncated.toString(), "--format", "json", "--bahasa", "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("not valid JSON");
  }

  // ---------------------------------------------------------------- standard input

  @Test
  void a_file_of_dash_is_standard_input_for_audit_tables_and_skm() {
    byte[] document = Cli.bytes(Cli.KROMENGAN);
    Result audit = Cli.runWithInput(document, "audit", "-", "--format", "json");
    assertThat(audit.status()).isEqualTo(1);
    assertThat(audit.err()).isEmpty();
    assertThat(audit).isEqualTo(Cli.run("audit", kromengan, "--format", "json"));
    for (String format : List.of("text", "markdown", "csv")) {
      Result tables = Cli.runWithInput(document, "tables", "--format", format, "-");
      assertThat(tables.status()).isZero();
      assertThat(tables).as(format).isEqualTo(Cli.run("tables", kromengan, "--format", format));
    }
    assertThat(Cli.runWithInput(document, "audit", "--bahasa", "en", "--", "-"))
        .as("after -- too").isEqualTo(Cli.run("audit", kromengan, "--bahasa", "en"));

    byte[] csv = Cli.bytes("/id/sakip/examples/skm-contoh.csv");
    Result skm = Cli.runWithInput(csv, "skm", "-", "--format", "json");
    assertThat(skm.status()).isZero();
    assertThat(skm.out()).contains("\"skm\" : 91.48");
    assertThat(Cli.runWithInput(csv, "skm", "-").out()).startsWith("SKM of standard input (PermenPAN-RB 14/2017");
  }

  @Test
  void standard_input_is_bounded_and_its_errors_name_it() {
    long max = id.sakip.json.InputLimits.DEFAULT.maxDocumentBytes();
    byte[] huge = new byte[(int) max + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    Result r = Cli.runWithInput(huge, "audit", "-", "--bahasa", "en");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("sakip audit: standard input is not a valid sakip-lkj/1 document")
        .contains("document of more than 8,388,608 bytes", "a document may hold at most 8,388,608 bytes");
    assertThat(Cli.runWithInput(huge, "tables", "-").err())
        .startsWith("sakip tables: masukan standar bukan dokumen sakip-lkj/1 yang sah")
        .contains("dokumen lebih dari 8.388.608 bita");

    Result empty = Cli.run("audit", "-", "--bahasa", "en");
    assertThat(empty.status()).isEqualTo(2);
    assertThat(empty.err()).startsWith("sakip audit: standard input is not a valid sakip-lkj/1 document");
    Result bad = Cli.runWithInput("layanan,U1\nKTP,9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "skm", "-",
        "--bahasa", "en");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).startsWith("sakip skm: invalid answers in standard input: ");
  }

  // ---------------------------------------------------------------- tables

  @Test
  void tables_csv_parses_as_rfc_4180_and_has_the_cells_of_the_text_output() {
    Result csv = Cli.run("tables", kromengan, "--format", "csv");
    Result text = Cli.run("tables", kromengan);
    assertThat(csv.status()).isZero();
    assertThat(text.status()).isZero();
    assertThat(csv.out()).endsWith("\r\n").contains("\"");

    List<List<String>> records = Rfc4180.parse(csv.out());
    Map<String, List<List<String>>> rows = new java.util.LinkedHashMap<>();
    List<String> header = null;
    for (List<String> record : records) {
      if (record.get(0).equals("tabel")) {
        header = record;
        continue;
      }
      assertThat(header).as("a header record precedes the rows").isNotNull();
      assertThat(record).as("one field per column").hasSameSizeAs(header);
      rows.computeIfAbsent(record.get(0), t -> new ArrayList<>()).add(record.subList(1, record.size()));
    }
    assertThat(rows.keySet()).hasSize(11);
    assertThat(rows.keySet().stream().limit(7)).extracting(t -> t.substring(0, t.indexOf(' ', 6)))
        .containsExactly("Tabel 1.1", "Tabel 1.2", "Tabel 1.3", "Tabel 3.1", "Tabel 3.2", "Tabel 3.3", "Tabel B");
    assertThat(rows.keySet().stream().skip(7)).containsExactly("Angka dalam Narasi", "Realisasi IKU per Tahun",
        "Bab I C.2", "Lampiran Pengukuran Kinerja");

    Map<String, List<String>> textRows = textTables(text.out());
    assertThat(textRows.keySet()).containsExactlyElementsOf(rows.keySet());
    rows.forEach((title, cells) -> {
      List<String> lines = textRows.get(title);
      assertThat(lines).as(title).hasSameSizeAs(cells);
      for (int i = 0; i < cells.size(); i++) {
        assertThat(lines.get(i)).as(title + " row " + (i + 1)).matches(rowPattern(cells.get(i)));
      }
    });
    // The figures of domain.md §10 are cells, not just text.
    assertThat(rows.values().stream().flatMap(List::stream).flatMap(List::stream))
        .contains("100,96% [tercetak 100%]", "92,46%", "2.900.675.537,00 [tercetak 2.910.568.737,00]", "0,26%");
  }

  @Test
  void tables_markdown_has_one_pipe_table_per_table_with_the_csv_cells() {
    Result md = Cli.run("tables", "--format", "markdown", kromengan);
    assertThat(md.status()).isZero();
    List<List<String>> csv = Rfc4180.parse(Cli.run("tables", kromengan, "--format", "csv").out());

    List<String> lines = md.out().lines().toList();
    List<String> titles = lines.stream().filter(l -> l.startsWith("### ")).map(l -> l.substring(4)).toList();
    assertThat(titles).hasSize(11);
    assertThat(lines.stream().filter(l -> l.matches("\\|(---\\|)+"))).hasSize(11);
    List<List<String>> tableRows = new ArrayList<>();
    int headers = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("| ")) {
        boolean header = i + 1 < lines.size() && lines.get(i + 1).matches("\\|(---\\|)+");
        if (header) {
          headers++;
        } else {
          tableRows.add(markdownCells(line));
        }
      }
    }
    assertThat(headers).isEqualTo(11);
    List<List<String>> csvRows = csv.stream().filter(r -> !r.get(0).equals("tabel"))
        .map(r -> r.subList(1, r.size())).toList();
    assertThat(tableRows).isEqualTo(csvRows);
  }

  @Test
  void tables_of_a_small_document_and_the_default_format_is_text() {
    Result r = Cli.run("tables", konsisten);
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("LKj Kecamatan Kromengan, Kabupaten Malang 2022: Bab III dihitung ulang secara eksak")
        .containsPattern("Survey Kepuasan Masyarakat \\(SKM\\) Kecamatan +85 +85,82 +100,96% +Sangat berhasil");
    assertThat(Cli.run("tables", konsisten, "--format", "text")).isEqualTo(r);
  }

  /** The data lines of each table of the text rendering, by title. */
  private static Map<String, List<String>> textTables(String text) {
    Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
    for (String block : text.split("\n\n")) {
      List<String> lines = block.lines().toList();
      if (lines.size() >= 3 && lines.get(2).matches("-+( +-+)*")) {
        tables.put(lines.get(0), lines.subList(3, lines.size()));
      }
    }
    return tables;
  }

  /** A text line holding {@code cells} in order, padded and separated by at least two spaces. */
  private static String rowPattern(List<String> cells) {
    return " *" + cells.stream().filter(c -> !c.isEmpty()).map(Pattern::quote).collect(Collectors.joining(" {2,}"));
  }

  private static List<String> markdownCells(String line) {
    List<String> cells = new ArrayList<>();
    Matcher m = Pattern.compile("\\| ((?:[^|\\\\]|\\\\.)*?) (?=\\|)").matcher(line);
    while (m.find()) {
      cells.add(m.group(1).replace("\\|", "|"));
    }
    return cells;
  }
}
