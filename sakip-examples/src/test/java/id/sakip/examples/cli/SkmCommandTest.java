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

  @Test
  void a_semicolon_file_with_lower_case_headers_gives_the_same_figures() throws IOException {
    String comma = Files.readString(Path.of(csv()));
    String[] lines = comma.split("\n", 2);
    Path semi = dir.resolve("excel.csv");
    Files.writeString(semi, lines[0].toLowerCase(java.util.Locale.ROOT).replace(',', ';') + "\n"
        + lines[1].replace(',', ';'));
    Cli.Result r = Cli.run("skm", semi.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(Cli.run("skm", csv()).out().replace(csv(), semi.toString()));
    assertThat(Cli.run("skm", semi.toString(), "--pemisah", ";").out()).isEqualTo(r.out());
    // told the wrong separator, the file is refused with the hint
    Cli.Result wrong = Cli.run("skm", semi.toString(), "--pemisah", ",", "--bahasa", "en");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err()).contains(";");
  }

  @Test
  void method_2004_reads_14_unsur_and_refuses_the_9_unsur_file() throws IOException {
    StringBuilder text = new StringBuilder("layanan");
    for (int i = 1; i <= 14; i++) {
      text.append(",U").append(i);
    }
    text.append('\n').append("KTP").append(",4".repeat(14)).append('\n').append("KK").append(",1".repeat(14)).append('\n');
    Path file = dir.resolve("2004.csv");
    Files.writeString(file, text);
    // (4 + 1) / 2 = 2,5 per unsur; exact weights 1/14: IKM 2,5, SKM 62,50: band C (43,76 – 62,50)
    Cli.Result r = Cli.run("skm", file.toString(), "--metode", "2004");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("KepMenPAN 25/2004, weights exactly 1/14", "unit: 2 responden, IKM 2,50, SKM 62,50, mutu C Kurang baik");
    // printed weight 0,071: 14 × 0,071 × 2,5 × 25 = 62,125
    Cli.Result printed = Cli.run("skm", file.toString(), "--metode", "2004", "--bobot", "tercetak", "--format", "json");
    assertThat(printed.status()).isZero();
    assertThat(printed.out()).contains("\"skm\" : 62.13");
    assertThat(Cli.run("skm", file.toString(), "--metode", "2004", "--bobot", "0,071").out()).isEqualTo(
        Cli.run("skm", file.toString(), "--metode", "2004", "--bobot", "tercetak").out());

    Cli.Result nine = Cli.run("skm", csv(), "--metode", "2004", "--bahasa", "en");
    assertThat(nine.status()).isEqualTo(2);
    assertThat(nine.out()).isEmpty();
    assertThat(nine.err()).contains("U10");
    Cli.Result wrongWeight = Cli.run("skm", csv(), "--bobot", "0,071", "--bahasa", "en");
    assertThat(wrongWeight.status()).isEqualTo(2);
    assertThat(wrongWeight.err()).contains("'0,071' is not the printed weight of method 2017 (0,111)");
    assertThat(Cli.run("skm", csv(), "--bobot", "0,071").err()).contains("bukan bobot tercetak metode 2017");
  }

  @Test
  void a_blank_answer_is_refused_or_left_out_as_the_policy_says() throws IOException {
    Path file = dir.resolve("kosong.csv");
    Files.writeString(file, "layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\nKTP,4,4,4,4,4,4,4,4,4\nKTP,2,,4,4,4,4,4,4,4\n");
    Cli.Result refused = Cli.run("skm", file.toString(), "--bahasa", "en");
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.err()).contains("row 3", "U2");
    Cli.Result out = Cli.run("skm", file.toString(), "--jawaban-kosong", "keluarkan");
    assertThat(out.status()).as(out.err()).isZero();
    // U1 (4 + 2) / 2 = 3, U2 4 / 1 = 4, the rest 4: IKM (3 + 8 × 4) / 9 = 35/9 = 3,888…, SKM 97,22
    assertThat(out.out()).contains("unit: 2 responden", "SKM 97,22");
  }

  @Test
  void two_hundred_thousand_respondents_on_standard_input_are_read_as_a_stream() {
    StringBuilder text = new StringBuilder("LAYANAN;u1;u2;u3;u4;u5;u6;u7;u8;u9\n");
    for (int i = 0; i < 200_000; i++) {
      text.append(i % 2 == 0 ? "KTP" : "KK").append(i % 2 == 0 ? ";4;4;4;4;4;4;4;4;4\n" : ";3;3;3;3;3;3;3;3;3\n");
    }
    Cli.Result r = Cli.runWithInput(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "skm", "-", "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    // the unit: 3,5 per unsur, SKM 87,50 (B); KTP 100,00 (A); KK 75,00 (C)
    assertThat(r.out()).contains("\"kelompok\" : \"unit\",\n  \"responden\" : 200000", "\"skm\" : 87.50",
        "\"mutu\" : \"B\"", "\"skm\" : 100.00", "\"skm\" : 75.00");
  }
}
