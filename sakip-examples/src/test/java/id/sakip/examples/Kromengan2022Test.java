package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough prints the figures the reference analysis of the seed report (domain.md §10)
 * expects, table by table in the report's order; expected values come from that analysis.
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
  void tables_appear_in_the_report_s_order_then_the_audit() {
    int previous = -1;
    for (String title : new String[] {"Tabel 1.1", "Tabel 1.2", "Tabel 1.3", "Tabel 3.1", "Tabel 3.2", "Tabel 3.3",
        "Tabel B", "Audit:"}) {
      int at = output.indexOf(title);
      assertThat(at).as(title).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void skm_capaian_is_100_96_beside_the_printed_100() {
    assertThat(output).containsPattern("Survey Kepuasan Masyarakat \\(SKM\\) Kecamatan +85 +85,82 +100,96% \\[tercetak 100%\\] +Sangat berhasil");
  }

  @Test
  void table_1_3_progress_is_recomputed_beside_the_printed_0() {
    // From the inputs: SKM realisasi 85,82 against the Renstra end target 100 is 85,82%; the report
    // prints 100% in the 2022 column (the capaian, not the realisasi) and 0% as progress.
    assertThat(output).containsPattern("Survey Kepuasan.* +100 +85,82 \\[tercetak 100%\\] +85,82% \\[tercetak 0%\\]");
    assertThat(output).containsPattern("Musrenbangcam +100 +90 \\[tercetak 100%\\] +90,00% \\[tercetak 0%\\]");
  }

  @Test
  void table_b_rows_recompute_and_the_totals_differ_by_9_893_200() {
    assertThat(output).containsPattern("7\\.01\\.01\\.2\\.02 +Administrasi Keuangan.* 91,99%");
    assertThat(output).containsPattern("7\\.01\\.01 +PROGRAM PENUNJANG.*2\\.556\\.540\\.237,00 \\[tercetak 2\\.566\\.433\\.437,00\\]");
    // The total row: the sums of the rows with the printed totals beside them; the serapan of the
    // printed totals, 2.691.204.248 / 2.910.568.737 = 92,46%, is what the report prints.
    assertThat(output).containsPattern("Jumlah +2\\.900\\.675\\.537,00 \\[tercetak 2\\.910\\.568\\.737,00\\] +"
        + "2\\.681\\.311\\.048,00 \\[tercetak 2\\.691\\.204\\.248,00\\] +92,46%");
    assertThat(output).contains("(selisih Rp9.893.200,00)");
  }

  @Test
  void shares_and_efficiency_of_tables_3_1_and_3_3() {
    assertThat(output).containsPattern("Survey Kepuasan.* +7\\.682\\.800,00 +0,26%");
    // The RKT links no kegiatan to the Musrenbangcam sasaran: its alokasi has no source to be
    // checked against, and its share is taken of the printed alokasi.
    assertThat(output).containsPattern("Musrenbangcam +n/a \\[tercetak 8\\.413\\.000,00 \\?\\] +0,29%");
    assertThat(output).containsPattern("Musrenbangcam +100,00% +100,00% +0,00%");
  }

  @Test
  void the_audit_lists_the_seven_inconsistencies() {
    assertThat(output).contains("Audit: 20 temuan: 11 kesalahan, 8 peringatan, 1 info");
    for (String rule : new String[] {"BUDGET_TOTAL_MISMATCH", "CAPPED_WITHOUT_POLICY", "PRINTED_REALISASI_MISMATCH",
        "PRINTED_TARGET_MISMATCH", "KEMAJUAN_MISMATCH", "TARGET_DIFFERS_BETWEEN_DOCUMENTS", "BUDGET_VERSIONS",
        "EFFICIENCY_MISMATCH"}) {
      assertThat(output).contains(rule);
    }
    assertThat(output).contains("($.tercetak.narasi[3].nilai)").contains("realisasi tercetak 100, padahal tabel "
        + "realisasi IKU mencatat 90 (selisih 10)");
  }
}
