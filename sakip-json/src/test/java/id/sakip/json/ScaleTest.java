package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.angka.Rupiah;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.perencanaan.Rkt;
import org.junit.jupiter.api.Test;

/**
 * Inputs at scale read correctly and in one pass: a budget tree of 9 999 sub kegiatan with an
 * output each, arrays at their bound and one past it, many unknown and duplicate members. (Time
 * is the benchmarks' business; these inputs would not finish if a path were quadratic.)
 */
class ScaleTest {

  private static final SakipJson JSON = SakipJson.standar();

  /** An RKT of {@code n} sub kegiatan of 1 000 rupiah under one program and one kegiatan, each with an output. */
  private static String rkt(int n) {
    StringBuilder anak = new StringBuilder();
    StringBuilder keluaran = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      String kode = "7.01.01.2.01." + String.format("%04d", i);
      anak.append(i > 1 ? ",\n" : "").append("{\"kode\": \"").append(kode).append("\", \"nama\": \"Sub ").append(i)
          .append("\", \"pagu\": 1000, \"realisasi\": \"900,50\"}");
      keluaran.append(i > 1 ? ",\n" : "").append('"').append(kode)
          .append("\": {\"target\": 1, \"satuan\": \"dokumen\"}");
    }
    return "{\"format\": \"sakip-lkj/1\", \"instansi\": \"Kecamatan X\", \"tahun\": 2022, \"rkt\": {\"tahun\": 2022,"
        + " \"anggaran\": [{\"kode\": \"7.01.01\", \"nama\": \"Program\", \"anak\": [{\"kode\": \"7.01.01.2.01\","
        + " \"nama\": \"Kegiatan\", \"anak\": [" + anak + "]}]}], \"keluaran\": {" + keluaran + "}}}";
  }

  @Test
  void a_budget_tree_of_ten_thousand_nodes_with_their_outputs_reads_and_rolls_up() {
    LaporanKinerja lkj = JSON.withLimits(InputLimits.DEFAULT.withMaxDocumentBytes(32L * 1024 * 1024)).readLaporan(rkt(9_999));
    Rkt rkt = lkj.rkt().orElseThrow();
    assertThat(rkt.anggaran().semuaNode()).hasSize(10_001);
    assertThat(rkt.keluaran()).hasSize(9_999);
    assertThat(rkt.anggaran().total().pagu()).isEqualTo(Rupiah.of(9_999_000));
    assertThat(rkt.anggaran().total().realisasi()).contains(Rupiah.parse("9.004.099,50"));
    // and it writes back to the same document
    String written = JSON.writeLaporan(lkj);
    assertThat(JSON.withLimits(InputLimits.DEFAULT.withMaxDocumentBytes(32L * 1024 * 1024)).readLaporan(written))
        .isEqualTo(lkj);
  }

  @Test
  void an_array_at_its_bound_reads_and_one_past_it_is_refused_with_its_size() {
    StringBuilder levels = new StringBuilder();
    for (int i = 0; i < 100_001; i++) {
      levels.append(i > 0 ? "," : "").append("\"T").append(i).append('"');
    }
    String past = "{\"nama\": \"S\", \"tingkat\": [" + levels + "]}";
    String at = past.replace(",\"T100000\"", "");
    assertThat(JSON.read(at, SkalaPeringkat.class).tingkat()).hasSize(100_000);
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read(past, SkalaPeringkat.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.tingkat");
      assertThat(p.value()).isEqualTo("array of 100,001 elements");
    });
  }

  @Test
  void fifty_thousand_unknown_members_are_each_reported_once_with_a_bounded_number_of_hints() {
    StringBuilder doc = new StringBuilder("{\"nama\": \"S\", \"tingkat\": [\"A\", \"B\"]");
    for (int i = 0; i < 50_000; i++) {
      doc.append(", \"namo").append(i).append("\": ").append(i);
    }
    doc.append('}');
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read(doc.toString(), SkalaPeringkat.class));
    assertThat(e.problems()).hasSize(50_000).allSatisfy(p -> assertThat(p.rule()).startsWith("unknown property"));
    assertThat(e.problems().stream().filter(p -> p.rule().contains("did you mean"))).hasSizeLessThanOrEqualTo(
        ReadContext.MAX_HINTS);
    assertThat(e.problems().get(0).path()).isEqualTo("$.namo0");
    assertThat(e.problems().get(49_999).path()).isEqualTo("$.namo49999");
    assertThat(e.getMessage().lines()).hasSize(1 + SakipJsonException.LISTED + 1)
        .last().asString().isEqualTo("  … and 49,900 more problems (SakipJsonException.problems())");
  }

  @Test
  void the_same_member_given_ten_thousand_times_is_ten_thousand_minus_one_problems() {
    StringBuilder doc = new StringBuilder("{\"tingkat\": [\"A\", \"B\"]");
    for (int i = 0; i < 10_000; i++) {
      doc.append(", \"nama\": \"S").append(i).append('"');
    }
    doc.append('}');
    SakipJsonException e = catchThrowableOfType(SakipJsonException.class, () -> JSON.read(doc.toString(), SkalaPeringkat.class));
    assertThat(e.problems()).hasSize(9_999).allSatisfy(p -> {
      assertThat(p.path()).isEqualTo("$.nama");
      assertThat(p.rule()).isEqualTo("duplicate property 'nama'; each property may appear once");
    });
  }
}
