package id.sakip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The baseline records of {@link JsonReadBenchmark} have exactly the document's shape: they read
 * the benchmark's documents and the small worked example with unknown members refused, and write
 * back the very tree they read (so no member is skipped or lost).
 */
class PlainLkjTest {

  private static final Path KECIL = Path.of("..", "sakip-json", "src", "test", "resources", "id", "sakip", "json",
      "lkj-kecil.json");

  private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true)).setSerializationInclusion(JsonInclude.Include.NON_NULL);

  @Test
  void the_reader_refuses_unknown_members() throws IOException {
    assertThat(PlainLkj.reader().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(PlainLkj.reader().isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)).isTrue();
    assertThatThrownBy(() -> PlainLkj.reader()
            .readValue("{\"format\":\"sakip-lkj/1\",\"instansi\":\"A\",\"tahun\":2024,\"lain\":1}"))
        .hasMessageContaining("lain");
  }

  @Test
  void the_records_read_the_standard_benchmark_document_member_for_member() throws IOException {
    assertSameShape(JsonReadBenchmark.dokumen("standar"));
  }

  @Test
  void the_records_read_the_large_benchmark_document_member_for_member() throws IOException {
    byte[] bytes = JsonReadBenchmark.dokumen("besar");
    PlainLkj.Laporan lkj = assertSameShape(bytes);
    assertThat(count(lkj.rkt().anggaran())).isEqualTo(10_240);
    assertThat(count(lkj.realisasiAnggaran().anggaran())).isEqualTo(10_240);
    assertThat(lkj.rkt().keluaran()).hasSize(9_600);
    assertThat(bytes.length).isLessThanOrEqualTo(8 * 1024 * 1024);
  }

  @Test
  void the_records_read_the_kecil_document_member_for_member() throws IOException {
    assertSameShape(Files.readAllBytes(KECIL));
  }

  private PlainLkj.Laporan assertSameShape(byte[] bytes) throws IOException {
    PlainLkj.Laporan lkj = PlainLkj.reader().readValue(bytes);
    assertThat(lkj.format()).isIn("sakip-lkj/1", "sakip-lkj/2"); // the kecil document is v1, generated ones v2
    JsonNode read = mapper.readTree(bytes);
    JsonNode written = mapper.valueToTree(lkj);
    assertThat(difference(read, written, "$")).as("first member the records do not give back").isEmpty();
    return lkj;
  }

  /** The path of the first member where {@code b} differs from {@code a}, or empty. */
  private static String difference(JsonNode a, JsonNode b, String path) {
    if (a.isObject() && b.isObject()) {
      var names = new java.util.TreeSet<String>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode x = a.get(name);
        JsonNode y = b.get(name);
        if (x == null || y == null) {
          return path + "." + name + ": " + x + " / " + y;
        }
        String d = difference(x, y, path + "." + name);
        if (!d.isEmpty()) {
          return d;
        }
      }
      return "";
    }
    if (a.isArray() && b.isArray() && a.size() == b.size()) {
      for (int i = 0; i < a.size(); i++) {
        String d = difference(a.get(i), b.get(i), path + "[" + i + "]");
        if (!d.isEmpty()) {
          return d;
        }
      }
      return "";
    }
    if (a.isNumber() && b.isNumber()) {
      // an integer read into a BigDecimal component is written back as a decimal node: compare exactly, scale included
      return a.decimalValue().equals(b.decimalValue()) ? "" : path + ": " + a + " / " + b;
    }
    return a.equals(b) ? "" : path + ": " + a + " (" + a.getNodeType() + " " + a.getClass().getSimpleName() + ") / " + b
        + " (" + b.getNodeType() + " " + b.getClass().getSimpleName() + ")";
  }

  private static int count(java.util.List<PlainLkj.NodeAnggaran> nodes) {
    int n = 0;
    for (PlainLkj.NodeAnggaran node : nodes) {
      n += 1 + (node.anak() == null ? 0 : count(node.anak()));
    }
    return n;
  }
}
