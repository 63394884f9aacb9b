package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sakip.anggaran.AturanAnggaran;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON of a finding: its shape, its derived members, and the problems of a wrong one. */
class TemuanJsonTest {

  private static final SakipJson JSON = SakipJson.standar();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** The finding of the format's example: a printed capaian of 100% that recomputes to 100,96%. */
  static Temuan capaian() {
    return Temuan.banding(AturanAudit.CAPAIAN_MISMATCH,
            Lokasi.diTempat("Tabel 1.1").withBaris(Baris.Indikator.of("SKM", 2022)).withKolom(Kolom.CAPAIAN),
            Nilai.persen(new BigDecimal("100")),
            new Pembanding(Nilai.persen(new BigDecimal("100.96")), Sumber.DIHITUNG))
        .with("realisasi", Nilai.bilangan(new BigDecimal("85.82")))
        .with("rumus", "R / T × 100")
        .with("dokumen", Bagian.PERJANJIAN_KINERJA.istilah());
  }

  private static SakipJsonException problems(String json, Class<?> type) {
    return catchThrowableOfType(SakipJsonException.class, () -> JSON.read(json, type));
  }

  @Test
  void writes_the_documented_shape_with_exact_numbers_and_the_rendered_messages() throws Exception {
    Temuan t = capaian();
    String written = JSON.write(t);
    JsonNode tree = PLAIN.readTree(written);
    ObjectNode withoutPesan = ((ObjectNode) tree.deepCopy());
    withoutPesan.remove("pesan");
    assertThat(withoutPesan).isEqualTo(PLAIN.readTree("""
        {"aturan": "CAPAIAN_MISMATCH", "keparahan": "ERROR",
         "lokasi": {"bagian": "TABEL_1_1", "tempat": "Tabel 1.1", "baris": {"indikator": "SKM", "tahun": 2022},
                    "kolom": "CAPAIAN"},
         "tercetak": {"angka": 100, "jenis": "PERSEN"},
         "pembanding": {"angka": 100.96, "jenis": "PERSEN", "sumber": "DIHITUNG"},
         "selisih": -0.96,
         "rincian": {"realisasi": {"angka": 85.82, "jenis": "BILANGAN"}, "rumus": "R / T × 100",
                     "dokumen": {"id": "Perjanjian Kinerja", "en": "Perjanjian Kinerja (PK)"}}}
        """));
    assertThat(tree.path("pesan").path("id").textValue()).isEqualTo(t.pesan(Bahasa.INDONESIA)).contains("100,96%");
    assertThat(tree.path("pesan").path("en").textValue()).isEqualTo(t.pesan(Bahasa.INGGRIS)).contains("100.96%");
    // numbers are JSON numbers written exactly, never through a double
    assertThat(written).contains("\"selisih\": -0.96,").contains("\"angka\": 100,").doesNotContain("jalur");
    assertThat(JSON.read(written, Temuan.class)).isEqualTo(t);
  }

  @Test
  void leaves_out_absent_optional_members() {
    Temuan t = Temuan.of(AturanAudit.BUDGET_VERSIONS, Lokasi.of(Bagian.PERJANJIAN_KINERJA));
    JsonNode tree = JSON.toTree(t);
    assertThat(tree.fieldNames()).toIterable().containsExactly("aturan", "keparahan", "lokasi", "pesan");
    assertThat(tree.path("keparahan").textValue()).isEqualTo("INFO");
    assertThat(tree.path("lokasi").fieldNames()).toIterable().containsExactly("bagian");
  }

  @Test
  void writes_and_reads_every_row_key() {
    List<Baris> keys = List.of(new Baris.Kode("7.01.02"), Baris.Indikator.of("SKM", 2022), Baris.Indikator.of("SKM"),
        new Baris.Sasaran("Meningkatnya pelayanan"), new Baris.Versi("APBD_MURNI"), new Baris.Jumlah());
    List<String> expected = List.of("{\"kode\":\"7.01.02\"}", "{\"indikator\":\"SKM\",\"tahun\":2022}",
        "{\"indikator\":\"SKM\"}", "{\"sasaran\":\"Meningkatnya pelayanan\"}", "{\"versi\":\"APBD_MURNI\"}",
        "{\"jumlah\":true}");
    for (int i = 0; i < keys.size(); i++) {
      Temuan t = Temuan.of(AturanAnggaran.BUDGET_TOTAL_MISMATCH, Lokasi.of(Bagian.TABEL_B).withBaris(keys.get(i)));
      assertThat(JSON.toTree(t).path("lokasi").path("baris").toString()).isEqualTo(expected.get(i));
      assertThat(JSON.read(JSON.write(t), Temuan.class)).isEqualTo(t);
    }
  }

  @Test
  void ignores_pesan_and_jalur_and_accepts_a_missing_keparahan() {
    Temuan t = capaian();
    ObjectNode tree = (ObjectNode) JSON.toTree(t);
    tree.putObject("pesan").put("id", "sesuatu yang lain");
    tree.put("jalur", "$.tercetak.capaian[0].capaian");
    assertThat(JSON.read(tree.toString(), Temuan.class)).isEqualTo(t);
    tree.remove("keparahan");
    tree.remove("pesan");
    assertThat(JSON.read(tree.toString(), Temuan.class)).isEqualTo(t);
  }

  @Test
  void an_unknown_rule_is_a_problem_at_aturan_with_the_nearest_rule() {
    SakipJsonException e = problems("{\"aturan\": \"CAPAIAN_MISMACH\", \"lokasi\": {\"bagian\": \"TABEL_1_1\"}}",
        Temuan.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.aturan");
      assertThat(p.value()).isEqualTo("\"CAPAIAN_MISMACH\"");
      assertThat(p.rule()).startsWith("unknown rule 'CAPAIAN_MISMACH'; did you mean 'CAPAIAN_MISMATCH'?")
          .contains("BUDGET_TOTAL_MISMATCH");
    });
  }

  @Test
  void a_rule_id_nothing_resembles_gets_no_hint() {
    SakipJsonException e = problems("{\"aturan\": \"zzzzzzzzzzzz\", \"lokasi\": {\"bagian\": \"RKT\"}}", Temuan.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.aturan");
      assertThat(p.rule()).startsWith("unknown rule 'zzzzzzzzzzzz' (known: ").doesNotContain("did you mean");
    });
  }

  @Test
  void a_keparahan_that_contradicts_the_rule_is_a_problem_naming_both() {
    ObjectNode tree = (ObjectNode) JSON.toTree(capaian());
    tree.put("keparahan", "WARNING");
    SakipJsonException e = problems(tree.toString(), Temuan.class);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.keparahan");
      assertThat(p.value()).isEqualTo("\"WARNING\"");
      assertThat(p.rule()).contains("WARNING").contains("CAPAIAN_MISMATCH").contains("severity is ERROR");
    });
    tree.put("keparahan", Keparahan.ERROR.name());
    assertThat(JSON.read(tree.toString(), Temuan.class)).isEqualTo(capaian());
  }

  @Test
  void collects_every_problem_of_a_finding_with_its_path() {
    String json = """
        {"aturan": "BUDGET_TOTAL_MISMATCH", "keparahan": "FATAL",
         "lokasi": {"bagian": "TABEL_C", "baris": {"kode": "7.01", "versi": "APBD_MURNI"}, "kolm": "PAGU"},
         "tercetak": {"angka": "banyak", "jenis": "RUPIAH"},
         "pembanding": {"angka": 1, "jenis": "RUPIAH", "sumber": "HITUNG"},
         "selisih": 1.5,
         "rincian": {"jumlahAnak": 3, "dokumen": {"id": "PK", "en": " "}, "satuan": {"angka": 1}}}
        """;
    SakipJsonException e = problems(json, Temuan.class);
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder(
        "$.keparahan", "$.lokasi.kolm", "$.lokasi.bagian", "$.lokasi.baris", "$.tercetak.angka", "$.pembanding.sumber",
        "$.rincian.jumlahAnak", "$.rincian.dokumen", "$.rincian.satuan.jenis");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.lokasi.kolm")).singleElement()
        .satisfies(p -> assertThat(p.rule()).contains("did you mean 'kolom'?"));
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.lokasi.baris")).singleElement()
        .satisfies(p -> assertThat(p.rule()).contains("exactly one of").contains("[kode, versi]"));
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.pembanding.sumber")).singleElement()
        .satisfies(p -> assertThat(p.rule()).contains("did you mean 'DIHITUNG'?"));
  }

  @Test
  void row_keys_are_checked() {
    String tahunTanpaIndikator = "{\"aturan\": \"DUPLICATE_CODE\", \"lokasi\": {\"bagian\": \"RKT\", \"baris\":"
        + " {\"kode\": \"7.01\", \"tahun\": 2022}}}";
    assertThat(problems(tahunTanpaIndikator, Temuan.class).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.lokasi.baris.tahun"));
    String jumlahSalah = "{\"aturan\": \"DUPLICATE_CODE\", \"lokasi\": {\"bagian\": \"RKT\", \"baris\": {\"jumlah\": false}}}";
    assertThat(problems(jumlahSalah, Temuan.class).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.lokasi.baris.jumlah"));
    String kosong = "{\"aturan\": \"DUPLICATE_CODE\", \"lokasi\": {\"bagian\": \"RKT\", \"baris\": {}}}";
    assertThat(problems(kosong, Temuan.class).problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.lokasi.baris");
      assertThat(p.rule()).contains("it has none");
    });
  }

  @Test
  void a_detail_name_that_is_not_an_identifier_is_quoted_in_paths() {
    String json = "{\"aturan\": \"DUPLICATE_CODE\", \"lokasi\": {\"bagian\": \"RKT\"}, \"rincian\": {\"a.b\": 1}}";
    assertThat(problems(json, Temuan.class).problems()).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.rincian[\"a.b\"]"));
  }

  @Test
  void hasil_audit_is_only_its_findings_and_problems_name_the_finding() {
    HasilAudit hasil = new HasilAudit(List.of(capaian(), Temuan.of(AturanAudit.BUDGET_VERSIONS,
        Lokasi.of(Bagian.PERJANJIAN_KINERJA))));
    JsonNode tree = JSON.toTree(hasil);
    assertThat(tree.fieldNames()).toIterable().containsExactly("temuan");
    assertThat(tree.path("temuan")).hasSize(2);
    assertThat(JSON.read(JSON.write(hasil), HasilAudit.class)).isEqualTo(hasil);
    assertThat(JSON.read("{}", HasilAudit.class).isBersih()).isTrue();

    ObjectNode wrong = tree.deepCopy();
    ((ObjectNode) wrong.path("temuan").get(1)).put("aturan", "BUDGET_VERSION");
    wrong.put("bersih", false);
    SakipJsonException e = problems(wrong.toString(), HasilAudit.class);
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder("$.temuan[1].aturan", "$.bersih");
    assertThat(e.problems()).filteredOn(p -> p.path().equals("$.temuan[1].aturan")).singleElement()
        .satisfies(p -> assertThat(p.rule()).contains("did you mean 'BUDGET_VERSIONS'?"));
  }

  @Test
  void a_plain_object_mapper_writes_hasil_audit_through_the_module() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    HasilAudit hasil = new HasilAudit(List.of(capaian()));
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(hasil));
    assertThat(tree.fieldNames()).toIterable().containsExactly("temuan");
    assertThat(tree.path("temuan").get(0).path("aturan").textValue()).isEqualTo("CAPAIAN_MISMATCH");
    assertThat(mapper.readValue(mapper.writeValueAsString(hasil), HasilAudit.class)).isEqualTo(hasil);
  }

  @Test
  void twenty_thousand_findings_round_trip_and_past_the_default_size_limit_are_refused_before_being_read() {
    List<Temuan> many = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      many.add(Temuan.of(AturanAudit.CAPAIAN_MISMATCH, Lokasi.diTempat("Tabel 1.1")
          .withBaris(Baris.Indikator.of("indikator " + i, 2022)).withKolom(Kolom.CAPAIAN))
          .with("realisasi", Nilai.bilangan(BigDecimal.valueOf(i, 2))));
    }
    HasilAudit hasil = new HasilAudit(many);
    String json = JSON.write(hasil);
    // Each finding is written with its messages in both languages: 20 000 of them pass the default 8 MiB.
    SakipJson large = JSON.withLimits(InputLimits.DEFAULT.withMaxDocumentBytes(64 << 20));
    assertThat(large.read(json, HasilAudit.class)).isEqualTo(hasil);

    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read(json, HasilAudit.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.value()).isEqualTo("document of " + String.format(java.util.Locale.ENGLISH, "%,d",
          json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + " bytes");
      assertThat(p.rule()).contains("8,388,608 bytes (InputLimits.maxDocumentBytes)");
    });
  }
}
