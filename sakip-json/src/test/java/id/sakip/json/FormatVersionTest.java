package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Rupiah;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.KondisiAwal;
import id.sakip.perencanaan.PaguIndikatif;
import id.sakip.perencanaan.Renstra;
import id.sakip.temuan.Bahasa;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Versions of the LKj format: {@code sakip-lkj/1} reads as before, {@code sakip-lkj/2} binds the
 * Renstra matrix, and a v2 member in a v1 document is refused at its path, naming the member and
 * the version, in both languages.
 */
class FormatVersionTest {

  static final SakipJson JSON = SakipJson.standar();
  static String golden;

  static final String KONDISI_AWAL = "\"targetAkhir\": 100,\n                \"kondisiAwal\": {\"tahun\": 2020, \"nilai\": 80.5}";
  static final String PAGU = "\"tahunAkhir\": 2026,\n    \"paguIndikatif\": [{\"kode\": \"7.01.01\", \"nama\": \"Program"
      + " Penunjang\", \"paguTahunan\": {\"2021\": 1000000.00, \"2022\": \"1.250.000,50\"}, \"jumlahTercetak\": 2250000.50}],";

  @BeforeAll
  static void readGolden() throws IOException {
    golden = GoldenDocumentTest.golden();
    assertThat(golden).contains("\"format\": \"sakip-lkj/1\"", "\"targetAkhir\": 100", "\"tahunAkhir\": 2026,");
  }

  /** The golden document as {@code marker}, with the Renstra matrix members. */
  static String withMatrix(String marker) {
    return golden.replace("\"format\": \"sakip-lkj/1\"", "\"format\": \"" + marker + "\"")
        .replace("\"targetAkhir\": 100", KONDISI_AWAL).replace("\"tahunAkhir\": 2026,", PAGU);
  }

  @Test
  void a_v1_and_a_v2_document_that_differ_only_in_the_marker_are_the_same_report() {
    LaporanKinerja v1 = JSON.readLaporan(golden);
    LaporanKinerja v2 = JSON.readLaporan(golden.replace("sakip-lkj/1", "sakip-lkj/2"));
    assertThat(v2).isEqualTo(v1);
    assertThat(v1.renstra().orElseThrow().paguIndikatif()).isEmpty();
    assertThat(JSON.upgrade(golden)).isEqualTo(JSON.writeLaporan(v1)).contains("\"format\": \"sakip-lkj/2\"");
  }

  @Test
  void v2_binds_the_renstra_matrix_and_writes_it_back() {
    LaporanKinerja lkj = JSON.readLaporan(withMatrix("sakip-lkj/2"));
    Renstra renstra = lkj.renstra().orElseThrow();
    IndikatorRenstra skm = renstra.semuaIndikator().findFirst().orElseThrow();
    assertThat(skm.kondisiAwal()).contains(new KondisiAwal(2020, new BigDecimal("80.5")));
    PaguIndikatif pagu = renstra.paguIndikatif(KodeNomenklatur.parse("7.01.01")).orElseThrow();
    assertThat(pagu.nama()).contains("Program Penunjang");
    assertThat(pagu.paguTahunan()).containsEntry(2021, Rupiah.parse("1.000.000,00"))
        .containsEntry(2022, Rupiah.parse("1.250.000,50"));
    assertThat(pagu.jumlah()).isEqualTo(Rupiah.parse("2.250.000,50"));
    assertThat(pagu.jumlahTercetak()).contains(Rupiah.parse("2.250.000,50"));

    String written = JSON.writeLaporan(lkj);
    assertThat(written).contains("\"kondisiAwal\": {", "\"paguIndikatif\": [", "\"jumlahTercetak\": 2250000.50");
    assertThat(JSON.readLaporan(written)).isEqualTo(lkj);
    assertThat(JSON.writeLaporan(JSON.readLaporan(written))).isEqualTo(written);
    assertThat(SchemaTest.validate(written)).isEmpty();
  }

  @Test
  void a_v2_member_in_a_v1_document_is_refused_naming_the_member_and_the_version() {
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.readLaporan(withMatrix("sakip-lkj/1")));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactlyInAnyOrder("$.renstra.paguIndikatif",
        "$.renstra.tujuan[0].sasaran[0].indikator[0].kondisiAwal");
    JsonProblem kondisi = e.problems().stream().filter(p -> p.path().endsWith("kondisiAwal")).findFirst().orElseThrow();
    assertThat(kondisi.rule()).isEqualTo("member 'kondisiAwal' needs format sakip-lkj/2; this document declares"
        + " \"format\": \"sakip-lkj/1\"");
    assertThat(kondisi.rule(Bahasa.INDONESIA)).isEqualTo("anggota 'kondisiAwal' memerlukan format sakip-lkj/2;"
        + " dokumen ini menyatakan \"format\": \"sakip-lkj/1\"");
    assertThat(kondisi.rule(Bahasa.INDONESIA)).isNotEqualTo(kondisi.rule(Bahasa.INGGRIS));
    // the v1 schema refuses them too (unknown members), the v2 schema accepts them
    assertThat(SchemaTest.LKJ.validate(tree(withMatrix("sakip-lkj/1")))).isNotEmpty();
    assertThat(SchemaTest.LKJ_2.validate(tree(withMatrix("sakip-lkj/2")))).isEmpty();
  }

  @Test
  void the_version_applies_wherever_the_marker_stands() {
    String formatLast = withMatrix("sakip-lkj/1").replace("\"format\": \"sakip-lkj/1\",\n", "")
        .replaceFirst("\\}\\s*$", ", \"format\": \"sakip-lkj/1\"}\n");
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(formatLast));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(JsonProblem::path).contains("$.renstra.paguIndikatif");
    String v2Last = formatLast.replace("sakip-lkj/1", "sakip-lkj/2");
    assertThat(JSON.readLaporan(v2Last)).isEqualTo(JSON.readLaporan(withMatrix("sakip-lkj/2")));
  }

  @Test
  void an_unknown_version_is_refused_in_both_languages() {
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.readLaporan(golden.replace("sakip-lkj/1", "sakip-lkj/10")));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.format");
      assertThat(p.rule()).isEqualTo("must be \"sakip-lkj/1\" or \"sakip-lkj/2\"; this reader knows no other version");
      assertThat(p.rule(Bahasa.INDONESIA)).isEqualTo("harus \"sakip-lkj/1\" atau \"sakip-lkj/2\"; pembaca ini tidak"
          + " mengenal versi lain");
    });
  }

  @Test
  void the_model_still_checks_the_matrix() {
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(
        withMatrix("sakip-lkj/2").replace("{\"tahun\": 2020, \"nilai\": 80.5}", "{\"tahun\": 2021, \"nilai\": 80.5}")));
    assertThat(e.getMessage()).contains("kondisi awal in 2021");
    SakipJsonException twice = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(
        withMatrix("sakip-lkj/2").replace("\"paguIndikatif\": [{", "\"paguIndikatif\": [{\"kode\": \"7.01.01\"}, {")));
    assertThat(twice.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.renstra.paguIndikatif");
      assertThat(p.rule()).contains("appears twice");
    });
    SakipJsonException outside = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(
        withMatrix("sakip-lkj/2").replace("\"2021\": 1000000.00", "\"2027\": 1000000.00")));
    assertThat(outside.getMessage()).contains("outside the period 2021–2026");
  }

  @Test
  void a_renstra_read_alone_has_no_marker_and_may_hold_v2_members() {
    Renstra renstra = JSON.readLaporan(withMatrix("sakip-lkj/2")).renstra().orElseThrow();
    String alone = JSON.write(renstra);
    assertThat(JSON.read(alone, Renstra.class)).isEqualTo(renstra);
    assertThat(JSON.read(JSON.write(renstra.paguIndikatif().get(0)), PaguIndikatif.class))
        .isEqualTo(renstra.paguIndikatif().get(0));
  }

  @Test
  void many_v2_members_in_a_v1_document_are_each_reported() {
    StringBuilder pagu = new StringBuilder("\"tahunAkhir\": 2026,\n    \"paguIndikatif\": [");
    int n = 2_000;
    for (int i = 0; i < n; i++) {
      pagu.append(i == 0 ? "" : ",").append("{\"kode\": \"7.").append(String.format("%02d.%02d", 1 + i / 99, 1 + i % 99))
          .append("\"}");
    }
    pagu.append("],");
    String doc = golden.replace("\"tahunAkhir\": 2026,", pagu.toString());
    assertThat(JSON.readLaporan(doc.replace("sakip-lkj/1", "sakip-lkj/2")).renstra().orElseThrow().paguIndikatif())
        .hasSize(n);
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.readLaporan(doc));
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly("$.renstra.paguIndikatif");
  }

  @Test
  void v2_binds_the_unit_organisasi_of_the_document() {
    String doc = golden.replace("sakip-lkj/1", "sakip-lkj/2").replaceFirst("\"tahun\": 2022,", "\"tahun\": 2022,\n"
        + "  \"unitOrganisasi\": {\"kode\": \"7.01.0.00.0.00.21.0000\", \"nama\": \"Kecamatan Kromengan\"},");
    assertThat(doc).contains("unitOrganisasi");
    LaporanKinerja lkj = JSON.readLaporan(doc);
    assertThat(lkj.unitOrganisasi()).hasValueSatisfying(u -> {
      assertThat(u.kode()).isEqualTo("7.01.0.00.0.00.21.0000");
      assertThat(u.nama()).isEqualTo("Kecamatan Kromengan");
    });
    String written = JSON.writeLaporan(lkj);
    assertThat(JSON.readLaporan(written).unitOrganisasi().orElseThrow().nama()).isEqualTo("Kecamatan Kromengan");
    assertThat(JSON.readLaporan(written)).isEqualTo(lkj);
    assertThat(SchemaTest.validate(written)).isEmpty();

    SakipJsonException v1 = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.readLaporan(doc.replace("sakip-lkj/2", "sakip-lkj/1")));
    assertThat(v1.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.unitOrganisasi");
      assertThat(p.rule()).startsWith("member 'unitOrganisasi' needs format sakip-lkj/2");
    });
    SakipJsonException blank = catchThrowableOfType(SakipJsonException.class,
        () -> JSON.readLaporan(doc.replace("\"7.01.0.00.0.00.21.0000\"", "\"7.01 21\"")));
    assertThat(blank.getMessage()).contains("unitOrganisasi", "whitespace");
  }

  private static JsonNode tree(String json) {
    try {
      return SchemaTest.EXACT.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

}
