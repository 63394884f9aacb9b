package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.sakip.audit.Audit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.audit.Sel;
import id.sakip.examples.tabel.Render;
import id.sakip.examples.tabel.TabelLaporan;
import id.sakip.temuan.Bahasa;
import id.sakip.json.JalurJson;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Temuan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps README's table "printed figure → rules" true: every printed figure of the Kromengan
 * document is changed in turn to a wrong value, and the audit must report it, at its own JSON path,
 * with one of the rules its README row lists (or a rule saying why it cannot be checked). For each
 * of these documents the printed tables mark exactly the cells the audit has a finding for.
 */
class CakupanAuditTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ALWAYS = Set.of("NOT_COMPUTABLE", "UNKNOWN_INDICATOR", "AMOUNT_OUT_OF_RANGE");

  /** A printed figure: its place in the document tree, its JSON path and its README member. */
  private record Figur(ObjectNode owner, String member, String path) {
    String pola() {
      return path.substring(2).replaceAll("\\.anak\\[\\d+]", "").replaceAll("\\[\\d+]", "[]")
          .replaceAll("\\[\"[^\"]*\"]", "{}");
    }
  }

  @Test
  void every_printed_figure_is_reported_with_a_rule_of_its_readme_row_when_it_is_wrong() throws IOException {
    Map<String, Set<String>> rows = readmeRows();
    JsonNode dokumen = MAPPER.readTree(
        Files.readString(Path.of("src/main/resources/id/sakip/examples/kromengan-2022.json")));
    // The report states no realisasi on a program row; give program 7.01.02 the sum of its rows,
    // so that a stated parent realisasi is a printed figure too.
    ((ObjectNode) dokumen.get("realisasiAnggaran").get("anggaran").get(1))
        .set("realisasi", DecimalNode.valueOf(new BigDecimal("281837800")));
    // Nor a category label; give table 1.1's Musrenbangcam row the one of its capaian, 100%.
    ((ObjectNode) dokumen.get("tercetak").get("capaian").get(1)).put("kategori", "Sangat berhasil");
    String text = MAPPER.writeValueAsString(dokumen);
    Set<Temuan> before = new HashSet<>(Audit.periksa(SakipJson.standar().readLaporan(text)).temuan());
    List<Figur> figures = figures(dokumen);
    Set<String> covered = new HashSet<>();
    for (Figur f : figures) {
      JsonNode original = f.owner().get(f.member());
      f.owner().set(f.member(), salah(original));
      LaporanKinerja lkj = SakipJson.standar().readLaporan(MAPPER.writeValueAsString(dokumen));
      f.owner().set(f.member(), original);
      LaporanDihitung dihitung = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
      assertTablesMarkTheFindings(dihitung);
      JalurJson jalur = JalurJson.untuk(lkj);
      List<String> rules = Audit.periksa(dihitung).temuan().stream()
          .filter(t -> !before.contains(t) && jalur.dari(t.lokasi()).filter(f.path()::equals).isPresent())
          .map(t -> t.aturan().id()).toList();
      assertThat(rows).as("README row for " + f.pola()).containsKey(f.pola());
      assertThat(rules).as("new findings at " + f.path()).isNotEmpty();
      Set<String> allowed = new HashSet<>(rows.get(f.pola()));
      allowed.addAll(ALWAYS);
      assertThat(rules).as("rules at " + f.path()).allMatch(allowed::contains);
      covered.add(f.pola());
    }
    assertThat(covered).as("README rows exercised by the Kromengan document").containsExactlyInAnyOrderElementsOf(
        rows.keySet());
  }

  /**
   * The printed tables mark exactly the cells whose comparison gave a finding, and each such
   * finding is one the audit reports.
   */
  private static void assertTablesMarkTheFindings(LaporanDihitung dihitung) {
    String text = Render.text(TabelLaporan.susun(dihitung, Bahasa.INDONESIA));
    List<Sel<?>> marked = dihitung.semuaSel().stream()
        .filter(s -> s.status() == Sel.Status.BERBEDA || s.status() == Sel.Status.TIDAK_TERPERIKSA).toList();
    assertThat(text.split("\\[tercetak ", -1).length - 1).as("cells marked in the text").isEqualTo(marked.size());
    assertThat(dihitung.temuan()).containsAll(marked.stream().map(s -> s.temuan().orElseThrow()).toList());
    assertThat(dihitung.temuan()).filteredOn(t -> t.tercetak().isPresent() && dihitung.sel(t.lokasi())
            .filter(s -> s.tercetak().isPresent()).isPresent())
        .allSatisfy(t -> assertThat(marked).extracting(Sel::lokasi).contains(t.lokasi()));
  }

  /** A wrong value of the same kind: another printed text, or the amount plus 7. */
  private static JsonNode salah(JsonNode original) {
    if (original.isTextual()) {
      return TextNode.valueOf(original.asText().trim().endsWith("%") ? "12.345,67%" : "12.345,67");
    }
    return DecimalNode.valueOf(original.decimalValue().add(BigDecimal.valueOf(7)));
  }

  private static List<Figur> figures(JsonNode d) {
    List<Figur> out = new ArrayList<>();
    JsonNode t = d.get("tercetak");
    rows(out, t.get("capaian"), "$.tercetak.capaian", "target", "realisasi", "capaian", "kategori");
    rows(out, t.get("kemajuan"), "$.tercetak.kemajuan", "targetAkhir", "realisasi", "kemajuan");
    rows(out, t.get("anggaranSasaran"), "$.tercetak.anggaranSasaran", "alokasi", "realisasiAnggaran", "porsi",
        "serapan", "capaianKinerja", "efisiensi");
    rows(out, t.get("narasi"), "$.tercetak.narasi", "nilai");
    Iterator<String> codes = t.get("serapanTabelB").fieldNames();
    while (codes.hasNext()) {
      String code = codes.next();
      out.add(new Figur((ObjectNode) t.get("serapanTabelB"), code, "$.tercetak.serapanTabelB[\"" + code + "\"]"));
    }
    out.add(new Figur((ObjectNode) t, "serapanJumlahTabelB", "$.tercetak.serapanJumlahTabelB"));
    ObjectNode tabel = (ObjectNode) d.get("realisasiAnggaran");
    parents(out, tabel.get("anggaran"), "$.realisasiAnggaran.anggaran", "pagu", "realisasi");
    out.add(new Figur(tabel, "jumlahPagu", "$.realisasiAnggaran.jumlahPagu"));
    out.add(new Figur(tabel, "jumlahRealisasi", "$.realisasiAnggaran.jumlahRealisasi"));
    rows(out, d.get("perjanjianKinerja").get("anggaran"), "$.perjanjianKinerja.anggaran", "jumlahTercetak");
    parents(out, d.get("rkt").get("anggaran"), "$.rkt.anggaran", "pagu");
    return out;
  }

  private static void rows(List<Figur> out, JsonNode array, String path, String... members) {
    for (int i = 0; i < array.size(); i++) {
      for (String m : members) {
        if (array.get(i).hasNonNull(m)) {
          out.add(new Figur((ObjectNode) array.get(i), m, path + "[" + i + "]." + m));
        }
      }
    }
  }

  /** The stated figures of every node with children: those are printed totals, not inputs. */
  private static void parents(List<Figur> out, JsonNode nodes, String path, String... members) {
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode node = nodes.get(i);
      if (node.has("anak") && node.get("anak").size() > 0) {
        for (String m : members) {
          if (node.hasNonNull(m)) {
            out.add(new Figur((ObjectNode) node, m, path + "[" + i + "]." + m));
          }
        }
        parents(out, node.get("anak"), path + "[" + i + "].anak", members);
      }
    }
  }

  /** README's rows: each printed member (with its shorthand `.x` siblings) and the rules listed for it. */
  private static Map<String, Set<String>> readmeRows() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String table = readme.substring(readme.indexOf("<!-- cakupan -->"), readme.indexOf("<!-- /cakupan -->"));
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Pattern code = Pattern.compile("`([^`]+)`");
    for (String line : table.lines().filter(l -> l.startsWith("| `")).toList()) {
      String[] cells = line.split(" \\| ");
      Set<String> rules = new HashSet<>();
      Matcher r = code.matcher(cells[2]);
      while (r.find()) {
        rules.add(r.group(1));
      }
      Matcher m = code.matcher(cells[0]);
      String first = null;
      while (m.find()) {
        String member = m.group(1);
        if (member.startsWith(".")) {
          member = first.substring(0, first.lastIndexOf('.')) + member;
        } else {
          first = member;
        }
        out.put(member, rules);
      }
    }
    return out;
  }
}
