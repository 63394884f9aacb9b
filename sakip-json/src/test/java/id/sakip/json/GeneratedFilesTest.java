package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schema and the member tables of {@code FORMAT.md} are what the shapes
 * declare: a member added, renamed or described anew in a shape fails here until the files are
 * generated again, with
 *
 * <pre>mvn -pl sakip-json test -Dtest=GeneratedFilesTest -Dsakip.regenerate=true</pre>
 */
class GeneratedFilesTest {

  static final Path SCHEMA = Path.of("src/main/resources/id/sakip/json", Declarations.SCHEMA_RESOURCE);
  static final Path SCHEMA_2 = Path.of("src/main/resources/id/sakip/json", Declarations.SCHEMA_2_RESOURCE);
  static final Path FINDINGS = Path.of("src/main/resources/id/sakip/json", Declarations.FINDINGS_SCHEMA_RESOURCE);
  static final Path FORMAT = Path.of("FORMAT.md");

  static final boolean REGENERATE = Boolean.getBoolean("sakip.regenerate");

  @Test
  void the_committed_schema_is_the_one_the_shapes_declare() throws IOException {
    String generated = Declarations.schema();
    if (REGENERATE) {
      Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
        .as("%s differs from what the shapes declare; generate it again (see this test's javadoc)", SCHEMA)
        .isEqualTo(generated);
  }

  @Test
  void the_committed_v2_schema_is_the_one_the_shapes_declare() throws IOException {
    String generated = Declarations.schema(FormatVersion.V2);
    if (REGENERATE) {
      Files.writeString(SCHEMA_2, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SCHEMA_2, StandardCharsets.UTF_8))
        .as("%s differs from what the shapes declare; generate it again (see this test's javadoc)", SCHEMA_2)
        .isEqualTo(generated);
    assertThat(generated).contains("\"const\": \"sakip-lkj/2\"").doesNotContain("\"const\": \"sakip-lkj/1\"");
  }

  @Test
  void the_committed_findings_schema_is_the_one_the_shapes_declare() throws IOException {
    String generated = Declarations.findingsSchema();
    if (REGENERATE) {
      Files.writeString(FINDINGS, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FINDINGS, StandardCharsets.UTF_8))
        .as("%s differs from what the shapes declare; generate it again (see this test's javadoc)", FINDINGS)
        .isEqualTo(generated);
  }

  @Test
  void the_member_tables_of_format_md_are_the_ones_the_shapes_declare() throws IOException {
    String committed = Files.readString(FORMAT, StandardCharsets.UTF_8);
    String generated = Declarations.withMemberTables(committed);
    if (REGENERATE) {
      Files.writeString(FORMAT, generated, StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as("the member tables of FORMAT.md differ from what the shapes declare; generate them again")
        .isEqualTo(generated);
  }

  @Test
  void every_object_shape_has_a_table_and_every_member_a_row() {
    String tables = Declarations.memberTables();
    for (String member : new String[] {"| `tahun` | year (1945–2200) |", "| `notasi`? |", "| `targetTahunan`? |",
        "| `pembilang`? |", "| `jalur`? |", "| `anak`? | [`NodeAnggaran`] |"}) {
      assertThat(tables).contains(member);
    }
    assertThat(tables).contains("#### `LaporanKinerja`", "#### `Temuan`", "#### `SurveiSkm`", "#### `TargetRentang`");
  }

  /** Words FORMAT.md writes in code font that are not member names: Java names, JSON literals, target words. */
  static final java.util.Set<String> NOT_MEMBERS = java.util.Set.of("adaError", "double", "isBersih", "maksimal",
      "maxArrayLength", "maxDepth", "maxDocumentBytes", "maxNumberLength", "maxStringLength", "minimal", "n", "null",
      "sampai", "write");

  @Test
  void every_member_the_prose_of_format_md_names_is_declared() throws IOException {
    String format = Files.readString(FORMAT, StandardCharsets.UTF_8);
    String prose = (format.substring(0, format.indexOf(Declarations.TABLES_BEGIN))
        + format.substring(format.indexOf(Declarations.TABLES_END))).replaceAll("(?s)```.*?```", "");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z][A-Za-z]*)\\??`").matcher(prose);
    java.util.Set<String> named = new java.util.TreeSet<>();
    while (m.find()) {
      named.add(m.group(1));
    }
    named.removeAll(NOT_MEMBERS);
    assertThat(named).as("members FORMAT.md names in its prose").isNotEmpty()
        .isSubsetOf(Declarations.memberNames());
  }

  @Test
  void a_stale_file_would_be_caught() {
    String committed = "x\n" + Declarations.TABLES_BEGIN + "\n| `nama` | old |\n" + Declarations.TABLES_END + "\ny\n";
    assertThat(Declarations.withMemberTables(committed)).isNotEqualTo(committed).startsWith("x\n").endsWith("\ny\n");
  }
}
