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
        .contains("BUDGET_TOTAL_MISMATCH pagu total of tabel realisasi anggaran: printed Rp2.910.568.737,00,"
            + " recomputed Rp2.900.675.537,00, difference Rp9.893.200,00")
        .containsPattern("BUDGET_CHILDREN_SUM_MISMATCH pagu of 7\\.01\\.01 .*printed Rp2\\.566\\.433\\.437,00,"
            + " recomputed Rp2\\.556\\.540\\.237,00, difference Rp9\\.893\\.200,00");
  }

  @Test
  void absorption_of_the_printed_total_is_92_46() {
    assertThat(output).contains("serapan 92,46% (exact 92.4631744");
  }

  @Test
  void both_pk_budget_versions_add_up() {
    assertThat(output).containsPattern("APBD_MURNI +sum of programs +Rp3\\.144\\.023\\.773,00 +printed +Rp3\\.144\\.023\\.773,00  ok");
    assertThat(output).containsPattern("APBD_PERUBAHAN +sum of programs +Rp2\\.910\\.568\\.737,00 +printed +Rp2\\.910\\.568\\.737,00  ok");
  }

  @Test
  void table_b_rows_recompute_to_the_printed_percentages() {
    assertThat(output).containsPattern("7\\.01\\.01\\.2\\.02 +Administrasi Keuangan.* 91,99%");
    assertThat(output).containsPattern("7\\.01\\.01\\.2\\.05 +Pengadaan Barang.* 98,13%");
    assertThat(output).containsPattern("7\\.01\\.02\\.2\\.01 +Koordinasi Penyelenggaraan.* 86,93%");
  }

  @Test
  void shares_of_table_3_1() {
    assertThat(output).contains("Rp7.682.800,00 = 0,26%").contains("Rp8.413.000,00 = 0,29%");
  }
}
