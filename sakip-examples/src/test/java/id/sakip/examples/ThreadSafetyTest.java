package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every public calculator, reader and policy type says in its javadoc whether it is thread-safe,
 * and the README says it once for the library.
 */
class ThreadSafetyTest {

  /** The calculators, readers and policies, by module and path below {@code src/main/java/id/sakip}. */
  static final List<String> TYPES = List.of(
      "sakip-core:kinerja/KalkulatorCapaian", "sakip-core:anggaran/KalkulatorEfisiensi", "sakip-core:evaluasi/KalkulatorLke",
      "sakip-core:survei/KalkulatorSkm", "sakip-core:kinerja/TingkatKemajuan", "sakip-core:kinerja/PerbandinganTahunan",
      "sakip-core:kinerja/AgregasiPeriode", "sakip-core:anggaran/PemeriksaanAnggaran", "sakip-core:audit/Audit",
      "sakip-core:audit/LaporanDihitung", "sakip-core:audit/KebijakanAudit", "sakip-core:angka/AngkaParser",
      "sakip-core:kinerja/TargetParser", "sakip-core:survei/SkmCsv", "sakip-core:kinerja/BatasCapaian",
      "sakip-core:kinerja/KebijakanDegenerasi",
      "sakip-core:skala/SkalaOrdinal", "sakip-core:kinerja/SkalaPeringkat", "sakip-core:survei/BobotSkm",
      "sakip-core:skala/KebijakanCelah", "sakip-core:temuan/RegistriAturan", "sakip-json:json/SakipJson",
      "sakip-json:json/JalurJson", "sakip-json:json/SakipModule", "sakip-json:json/InputLimits", "sakip-json:json/JsonStyle",
      "sakip-jackson3:jackson3/SakipJacksonModule", "sakip-core:kinerja/CapaianBerjalan",
      "sakip-core:kinerja/DeretPeringkat", "sakip-core:kinerja/komposit/IndikatorKomposit",
      "sakip-core:kinerja/komposit/RumusKomposit", "sakip-core:kinerja/konversi/KonversiNilai",
      "sakip-core:kinerja/konversi/RumusNilai",
      "sakip-core:pemantauan/KalkulatorEvaluasiRenja", "sakip-core:pemantauan/PemeriksaanTriwulan");

  @Test
  void every_calculator_reader_and_policy_states_its_thread_safety() throws IOException {
    for (String type : TYPES) {
      String[] parts = type.split(":");
      Path file = Path.of("..", parts[0], "src/main/java/id/sakip", parts[1] + ".java");
      String source = Files.readString(file, StandardCharsets.UTF_8);
      String name = parts[1].substring(parts[1].lastIndexOf('/') + 1);
      Matcher declaration = Pattern.compile("(?m)^public .*\\b(class|record|interface) " + name + "\\b").matcher(source);
      assertThat(declaration.find()).as("declaration of %s", name).isTrue();
      String javadoc = source.substring(source.lastIndexOf("/**", declaration.start()), declaration.start());
      assertThat(javadoc).as("type javadoc of %s", name).containsIgnoringCase("thread-safe");
    }
  }

  @Test
  void the_readme_says_it_once_for_the_library() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("## Thread safety");
  }
}
