package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.laporan.LaporanKinerja;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The published schema of audit findings ({@code sakip-hasil-audit-1.schema.json}, generated from
 * the shapes) accepts what the writer writes, with and without the JSON paths, and refuses a
 * finding with an unknown member or without its rule.
 */
class FindingsSchemaTest {

  private static final SakipJson JSON = SakipJson.standar();

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = SakipJson.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s next to SakipJson", name).isNotNull();
      return SchemaTest.EXACT.readTree(in);
    }
  }

  @Test
  void the_findings_schema_is_valid_and_accepts_the_findings_the_writer_writes() throws IOException {
    JsonNode schemaNode = resource(Declarations.FINDINGS_SCHEMA_RESOURCE);
    assertThat(SchemaTest.metaErrors(schemaNode)).isEmpty();
    Schema schema = SchemaTest.REGISTRY.getSchema(schemaNode);

    LaporanKinerja lkj = JSON.readLaporan(GoldenDocumentTest.golden());
    HasilAudit hasil = Audit.periksa(lkj);
    assertThat(hasil.temuan()).isNotEmpty();
    JsonNode plain = SchemaTest.EXACT.readTree(JSON.write(hasil));
    JsonNode withPaths = SchemaTest.EXACT.readTree(JSON.writeHasilAudit(hasil, lkj));
    assertThat(withPaths.path("temuan").findValues("jalur")).isNotEmpty();
    assertThat(schema.validate(plain)).isEmpty();
    assertThat(schema.validate(withPaths)).isEmpty();

    ObjectNode unknown = plain.deepCopy();
    ((ObjectNode) unknown.path("temuan").get(0)).put("aturann", "X");
    assertThat(schema.validate(unknown)).isNotEmpty();
    ObjectNode noRule = plain.deepCopy();
    ((ObjectNode) noRule.path("temuan").get(0)).remove("aturan");
    assertThat(schema.validate(noRule)).isNotEmpty();
  }
}
