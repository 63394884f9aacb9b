package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Notasi;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.JenisIndikator;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.laporan.Besaran;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema of {@code sakip-lkj/1} and the reader agree: every example the schema
 * accepts the reader accepts, and every example the schema rejects the reader rejects. The
 * examples under {@code reader-only/} pin what a schema cannot express: the schema accepts them,
 * the reader does not.
 */
class SchemaTest {

  static final String SCHEMA = "sakip-lkj-1.schema.json";

  /** Fractions as BigDecimals, so that the validator compares numbers exactly, as the reader does. */
  static final ObjectMapper EXACT = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static final String SCHEMA_2 = "sakip-lkj-2.schema.json";

  static JsonNode schemaNode() {
    return schemaNode(SCHEMA);
  }

  static JsonNode schemaNode(String resource) {
    try (InputStream in = SakipJson.class.getResourceAsStream(resource)) {
      assertThat(in).as("schema resource %s next to SakipJson", resource).isNotNull();
      return EXACT.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final Schema LKJ = REGISTRY.getSchema(schemaNode());
  static final Schema LKJ_2 = REGISTRY.getSchema(schemaNode(SCHEMA_2));

  static List<Error> metaErrors(JsonNode schema) {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    return meta.validate(schema);
  }

  static Stream<String> examples(String folder) {
    try {
      Path dir = Path.of(SchemaTest.class.getResource(folder).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        return files.map(p -> folder + "/" + p.getFileName()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> valid() {
    return Stream.concat(Stream.of("lkj-kecil.json"), examples("valid"));
  }

  static Stream<String> invalid() {
    return examples("invalid");
  }

  static Stream<String> readerOnly() {
    return examples("reader-only");
  }

  static String text(String resource) {
    try (InputStream in = SchemaTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates against the schema of the version the document's marker names (v1 when it names none known). */
  static List<Error> validate(String json) {
    try {
      JsonNode doc = EXACT.readTree(json);
      return ("sakip-lkj/2".equals(doc.path("format").asText()) ? LKJ_2 : LKJ).validate(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------ the schema itself

  @Test
  void the_schema_is_a_valid_draft_2020_12_schema() {
    JsonNode schema = schemaNode();
    assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(metaErrors(schema)).isEmpty();
  }

  @Test
  void the_meta_schema_check_would_catch_a_broken_schema() {
    ObjectNode broken = (ObjectNode) schemaNode();
    ((ObjectNode) broken.path("$defs").path("Tahun")).put("type", "whole number");
    assertThat(metaErrors(broken)).isNotEmpty();
  }

  @Test
  void every_definition_and_member_is_described_and_no_object_admits_unknown_members() {
    List<String> faults = new ArrayList<>();
    JsonNode defs = schemaNode().path("$defs");
    for (Map.Entry<String, JsonNode> e : defs.properties()) {
      if (!e.getValue().hasNonNull("description")) {
        faults.add("$defs/" + e.getKey() + " has no description");
      }
      walk(e.getValue(), "$defs/" + e.getKey(), faults);
    }
    assertThat(faults).isEmpty();
  }

  private static void walk(JsonNode node, String at, List<String> faults) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), at + "/" + i, faults);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (node.has("properties") && node.path("type").asText().equals("object")) {
      if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
        faults.add(at + " admits unknown members: set additionalProperties to false");
      }
      node.path("properties").properties().forEach(p -> {
        if (!p.getValue().hasNonNull("description")) {
          faults.add(at + "/properties/" + p.getKey() + " has no description");
        }
      });
    }
    // contains, if and not hold predicates over members, not definitions of them: skip them.
    node.properties().forEach(f -> {
      if (!List.of("contains", "if", "not").contains(f.getKey())) {
        walk(f.getValue(), at + "/" + f.getKey(), faults);
      }
    });
  }

  @Test
  void the_enums_are_the_model_enums() {
    JsonNode defs = schemaNode().path("$defs");
    assertThat(names(defs.path("Polaritas"))).containsExactlyElementsOf(names(Polaritas.values()));
    assertThat(names(defs.path("JenisIndikator"))).containsExactlyElementsOf(names(JenisIndikator.values()));
    assertThat(names(defs.path("Agregasi"))).containsExactlyElementsOf(names(Agregasi.values()));
    assertThat(names(defs.path("SifatIndikator"))).containsExactlyElementsOf(names(SifatIndikator.values()));
    assertThat(names(defs.path("Periodisasi"))).containsExactlyElementsOf(names(Periodisasi.values()));
    assertThat(names(defs.path("VersiAnggaran"))).containsExactlyElementsOf(names(VersiAnggaran.values()));
    assertThat(names(defs.path("OperatorTarget"))).containsExactlyElementsOf(names(Target.Operator.values()));
    assertThat(names(defs.path("Besaran"))).containsExactlyElementsOf(names(Besaran.values()));
    // A document declares one notation: OTOMATIS is refused in "notasi".
    assertThat(names(defs.path("Notasi"))).containsExactly(Notasi.INDONESIA.name(), Notasi.INGGRIS.name());
    assertThat(defs.path("LaporanKinerja").path("properties").path("format").path("const").asText())
        .isEqualTo("sakip-lkj/1");
    assertThat(schemaNode(SCHEMA_2).path("$defs").path("LaporanKinerja").path("properties").path("format")
        .path("const").asText()).isEqualTo(LaporanShapes.FORMAT).isEqualTo("sakip-lkj/2");
  }

  private static List<String> names(JsonNode enumSchema) {
    List<String> out = new ArrayList<>();
    enumSchema.path("enum").forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  // ------------------------------------------------------------------ schema and reader agree

  @Test
  void there_are_enough_examples() {
    assertThat(valid()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(invalid()).hasSizeGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest
  @MethodSource("valid")
  void the_schema_and_the_reader_accept_a_valid_document(String resource) {
    String json = text(resource);
    assertThat(validate(json)).as("schema errors for %s", resource).isEmpty();
    SakipJson reader = SakipJson.standar();
    String written = reader.writeLaporan(reader.readLaporan(json));
    assertThat(written).contains("\"format\": \"sakip-lkj/2\"");
    assertThat(validate(written)).as("schema errors for %s as written back", resource).isEmpty();
    assertThat(LKJ.validate(readTree(written))).as("the v1 schema refuses the v2 marker").isNotEmpty();
    assertThat(LKJ_2.validate(readTree(json))).as("the v2 schema refuses the v1 marker").isNotEmpty();
  }

  private static JsonNode readTree(String json) {
    try {
      return EXACT.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void the_schema_and_the_reader_reject_an_invalid_document(String resource) {
    String json = text(resource);
    assertThat(validate(json)).as("schema errors for %s", resource).isNotEmpty();
    assertThatThrownBy(() -> SakipJson.standar().readLaporan(json))
        .as("reader on %s", resource)
        .isInstanceOf(SakipJsonException.class);
  }

  /** What a schema cannot say: these pass the schema, and only the reader refuses them. */
  @ParameterizedTest
  @MethodSource("readerOnly")
  void only_the_reader_rejects_what_a_schema_cannot_express(String resource) {
    String json = text(resource);
    assertThat(validate(json)).as("schema errors for %s", resource).isEmpty();
    assertThatThrownBy(() -> SakipJson.standar().readLaporan(json))
        .as("reader on %s", resource)
        .isInstanceOf(SakipJsonException.class);
  }
}
