package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The Kromengan 2022 transcription, its {@code tercetak} section included, passes the JSON Schema
 * that the sakip-json jar publishes, checked the way {@code SchemaTest} in sakip-json checks its
 * examples.
 */
class KromenganSchemaTest {

  /** The schema as the sakip-json jar ships it. */
  static final String SCHEMA = "/id/sakip/json/sakip-lkj-1.schema.json";

  /** Fractions as BigDecimals, so that the validator compares numbers exactly, as the reader does. */
  static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static JsonNode read(String resource) throws IOException {
    try (InputStream in = KromenganSchemaTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource %s", resource).isNotNull();
      return EXACT.readTree(in);
    }
  }

  @Test
  void the_transcription_validates_against_the_published_schema() throws IOException {
    Schema lkj = REGISTRY.getSchema(read(SCHEMA));
    JsonNode dokumen = read(Kromengan2022.DOKUMEN);
    assertThat(dokumen.has("tercetak")).as("the transcription carries its printed figures").isTrue();
    assertThat(lkj.validate(dokumen)).isEmpty();
  }
}
