package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example program prints the figures the reference analysis of the seed report
 * (domain.md §10) expects: the expected values below come from that analysis, not from the code.
 */
class Kromengan2022Test {

  private static String output;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Kromengan2022.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rows_of_table_b_fall_short_of_the_printed_total_by_9_893_200() {
    assertThat(output)
        .contains("Sum of the rows:  pagu Rp2.900.675.537,00, realisasi Rp2.681.311.048,00")
        .contains("Jumlah minus rows: pagu Rp9.893.200,00, realisasi Rp9.893.200,00");
  }

  @Test
  void absorption_of_the_printed_total_is_92_46() {
    assertThat(output).contains("Serapan of the printed Jumlah: 92,46% (exact 92.4631744");
    assertThat(output).contains("printed 92,46% ok");
  }

  @Test
  void both_pk_budget_versions_add_up() {
    assertThat(output).containsPattern("APBD murni.*Rp3\\.144\\.023\\.773,00.*Rp3\\.144\\.023\\.773,00  ok");
    assertThat(output).containsPattern("APBD perubahan.*Rp2\\.910\\.568\\.737,00.*Rp2\\.910\\.568\\.737,00  ok");
  }

  @Test
  void every_printed_row_percentage_of_table_b_recomputes() {
    assertThat(output).doesNotContain("DIFFERS");
    assertThat(output).containsPattern("Administrasi Keuangan.*91,99% +91,99 ok");
    assertThat(output).containsPattern("Pengadaan Barang.*98,13% +98,13 ok");
  }

  @Test
  void shares_of_table_3_1() {
    assertThat(output).contains("= 0,26%, printed 0,26% ok").contains("= 0,29%, printed 0,29% ok");
  }
}
