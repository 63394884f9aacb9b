package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sakip skm} on the example CSV of 29 respondents (answer totals 105, 101, 100, 116, 102, 105, 106, 105, 115). */
class SkmCommandTest {

  @TempDir
  Path dir;

  private String csv() {
    return Cli.copy("/id/sakip/examples/skm-contoh.csv", dir);
  }

  @Test
  void the_example_csv_gives_91_48_with_exact_weights_quality_a() {
    Cli.Result r = Cli.run("skm", csv());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("unit: 29 responden, IKM 3,66, SKM 91,48, mutu A Sangat baik");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void the_printed_weight_0_111_gives_91_38_in_json() throws IOException {
    Cli.Result r = Cli.run("skm", "--format", "json", csv(), "--bobot", "0,111");
    assertThat(r.status()).isZero();
    JsonNode unit = new ObjectMapper().readTree(r.out()).get(0);
    assertThat(unit.get("kelompok").asText()).isEqualTo("unit");
    assertThat(unit.get("skm").decimalValue()).isEqualByComparingTo("91.38");
    assertThat(unit.get("mutu").asText()).isEqualTo("A");
  }

  @Test
  void an_answer_outside_1_to_4_is_exit_2_naming_row_column_and_value() throws IOException {
    Path bad = dir.resolve("buruk.csv");
    Files.writeString(bad, "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\nKTP,4,4,3,4,3,4,4,3,4\nKK,3,4,4,5,3,3,4,4,4\n");
    Cli.Result r = Cli.run("skm", bad.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("row 3").contains("U4").contains("5");
  }

  @Test
  void bad_options_and_help() {
    assertThat(Cli.run("skm", csv(), "--bobot", "0,1").status()).isEqualTo(2);
    assertThat(Cli.run("skm", "--help", "--bahasa", "en").out()).startsWith("Usage: sakip skm ").contains(" FILE\n", "--bobot");
    assertThat(Cli.run("skm", "tidak-ada.csv", "--bahasa", "en").err()).contains("no such file");
    assertThat(Cli.run("skm", "tidak-ada.csv").err()).contains("berkas tidak ada");
  }
}
