package id.sakip.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the shapes declare, as the files that publish it: the JSON Schemas of {@code sakip-lkj/1}
 * and {@code sakip-lkj/2} and the member tables of {@code FORMAT.md}. {@code GeneratedFilesTest} holds the committed files
 * to what this generates, so they cannot drift from the reader.
 */
final class Declarations {

  /** The schema resource of {@code sakip-lkj/1}, next to this class. */
  static final String SCHEMA_RESOURCE = "sakip-lkj-1.schema.json";

  /** The schema resource of {@code sakip-lkj/2}, next to this class. */
  static final String SCHEMA_2_RESOURCE = "sakip-lkj-2.schema.json";

  /** The markers around the generated member tables in {@code FORMAT.md}. */
  static final String TABLES_BEGIN = "<!-- member tables: generated from the shapes, do not edit -->";
  static final String TABLES_END = "<!-- end of member tables -->";

  private Declarations() {}

  /** The JSON Schema (draft 2020-12) of a {@code sakip-lkj/1} document, as text ending with a newline. */
  static String schema() {
    return schema(FormatVersion.V1);
  }

  /** The JSON Schema (draft 2020-12) of a document of format {@code version}, as text ending with a newline. */
  static String schema(FormatVersion version) {
    return schema(new SchemaBuilder(version), LaporanShapes.LAPORAN, version.marker(), "A whole LKj (Laporan Kinerja, the annual performance"
        + " report of an Indonesian government unit) as read and written by id.sakip.json.SakipJson. Generated from the"
        + " shapes the reader and writer are made of. The schema checks structure, names, types, enums, codes and keys;"
        + " the reader also checks what a schema cannot express (notation strings, cross-references, year and period"
        + " consistency, input limits). See FORMAT.md.");
  }

  /** The findings resource, next to this class. */
  static final String FINDINGS_SCHEMA_RESOURCE = "sakip-hasil-audit-1.schema.json";

  /**
   * The JSON Schema of the findings of an audit ({@code HasilAudit}) as {@code SakipJson} writes
   * them, for the dashboards and tools that read them.
   */
  static String findingsSchema() {
    return schema(new SchemaBuilder(), TemuanShapes.HASIL_AUDIT, "sakip-hasil-audit/1", "The findings of an audit of an LKj (hasil audit)"
        + " as written by id.sakip.json.SakipJson (write, writeHasilAudit) and the Jackson modules. Generated from the"
        + " shapes the reader and writer are made of. Every finding names its rule, its place in the report, the"
        + " printed figure and what it is compared with as exact numbers, and its message in Indonesian and English."
        + " See FORMAT.md, Findings.");
  }

  private static String schema(SchemaBuilder s, Shape<?> shape, String title, String description) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("title", title);
    root.put("description", description);
    root.putAll(shape.schema(s));
    root.put("$defs", s.defs());
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing the schema in memory failed", e);
    }
  }

  /**
   * The member tables of every object shape: those of the document first, in the order a reader
   * meets them, then those of the other bound types.
   */
  static String memberTables() {
    StringBuilder out = new StringBuilder();
    for (ObjectShape<?> shape : objectShapes()) {
      out.append("#### `").append(shape.name()).append("`\n\n").append(shape.description()).append("\n\n");
      out.append("| member | type | meaning |\n|---|---|---|\n");
      for (Member<?, ?> m : shape.members()) {
        String since = m.since() == FormatVersion.V1 ? "" : "Since " + m.since().marker() + ". ";
        out.append("| `").append(m.name()).append('`').append(m.required() ? "" : "?").append(" | ")
            .append(m.shape().docType()).append(" | ").append(cell(since + m.description())).append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The name of every member of every object shape. */
  static java.util.Set<String> memberNames() {
    java.util.Set<String> names = new java.util.TreeSet<>();
    objectShapes().forEach(o -> o.members().forEach(m -> names.add(m.name())));
    return names;
  }

  /** Every object shape: those of the document first, in the order a reader meets them, then the others. */
  private static java.util.List<ObjectShape<?>> objectShapes() {
    SchemaBuilder s = new SchemaBuilder();
    LaporanShapes.LAPORAN.schema(s);
    Bindings.ALL.forEach(b -> b.shape().schema(s));
    return s.objects();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** {@code format} with the text between the table markers replaced by {@link #memberTables()}. */
  static String withMemberTables(String format) {
    Matcher m = Pattern.compile(Pattern.quote(TABLES_BEGIN) + ".*?" + Pattern.quote(TABLES_END), Pattern.DOTALL)
        .matcher(format);
    if (!m.find()) {
      throw new IllegalArgumentException("FORMAT.md has no markers " + TABLES_BEGIN + " … " + TABLES_END);
    }
    return format.substring(0, m.start()) + TABLES_BEGIN + "\n\n" + memberTables() + TABLES_END
        + format.substring(m.end());
  }
}
