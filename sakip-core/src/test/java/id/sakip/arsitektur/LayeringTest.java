package id.sakip.arsitektur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One package per domain area, and a package uses only the packages below it: money and numbers
 * at the bottom, plans above the domain calculators. A new package must be added here with its
 * allowed dependencies, so that the layering stays a decision.
 */
class LayeringTest {

  /** For each package of sakip-core, the other sakip packages it may use. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("internal", Set.of()),
      Map.entry("angka", Set.of()),
      Map.entry("organisasi", Set.of()),
      Map.entry("temuan", Set.of("angka")),
      Map.entry("skala", Set.of("angka")),
      Map.entry("kinerja", Set.of("internal", "angka", "skala", "temuan")),
      Map.entry("anggaran", Set.of("angka", "temuan")),
      Map.entry("survei", Set.of("angka", "skala", "temuan")),
      Map.entry("evaluasi", Set.of("angka", "skala", "temuan")),
      Map.entry("perencanaan", Set.of("internal", "angka", "temuan", "skala", "kinerja", "anggaran")),
      Map.entry("laporan", Set.of("internal", "angka", "temuan", "skala", "kinerja", "anggaran", "perencanaan",
          "organisasi")),
      Map.entry("pohon", Set.of("internal", "angka", "temuan", "kinerja", "anggaran", "organisasi")),
      Map.entry("audit", Set.of("angka", "temuan", "skala", "kinerja", "anggaran", "perencanaan", "laporan")),
      Map.entry("kabupaten", Set.of("angka", "temuan", "kinerja", "anggaran", "perencanaan", "laporan", "audit", "organisasi")),
      Map.entry("pemantauan", Set.of("internal", "angka", "temuan", "kinerja", "anggaran", "organisasi")));

  private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
  private static final Pattern REFERENCE = Pattern.compile("\\bid\\.sakip\\.(\\w+)");
  private static final Path ROOT = Path.of("src", "main", "java", "id", "sakip");

  @Test
  void every_package_uses_only_the_packages_below_it() throws IOException {
    List<String> offences = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> dirs = Files.list(ROOT)) {
      dirs.filter(Files::isDirectory).forEach(dir -> packages.add(dir.getFileName().toString()));
    }
    assertThat(ALLOWED.keySet()).as("packages with declared layers").containsExactlyInAnyOrderElementsOf(packages);
    for (String pkg : packages) {
      for (String used : uses(ROOT.resolve(pkg))) {
        if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
          offences.add(pkg + " uses " + used);
        }
      }
    }
    assertThat(offences).as("dependencies against the layering").isEmpty();
  }

  @Test
  void the_scan_would_notice_a_forbidden_use() {
    assertThat(references("import id.sakip.perencanaan.Rkt; class X { id.sakip.kinerja.Target t; }"))
        .containsExactlyInAnyOrder("perencanaan", "kinerja");
    assertThat(references("/** see {@link id.sakip.audit.X} */ class Y {}")).isEmpty();
  }

  private static Set<String> uses(Path dir) {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(f -> {
        try {
          used.addAll(references(Files.readString(f, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return used;
  }

  private static Set<String> references(String source) {
    Matcher m = REFERENCE.matcher(COMMENTS.matcher(source).replaceAll(" "));
    Set<String> found = new TreeSet<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
