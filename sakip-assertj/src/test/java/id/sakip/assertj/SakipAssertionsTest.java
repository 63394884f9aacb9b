package id.sakip.assertj;

import static id.sakip.assertj.SakipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.TabelRealisasiAnggaran;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SakipAssertionsTest {

  /** A report whose table B program states a pagu 9.893.200 above its rows, like the seed. */
  private static LaporanKinerja report(boolean consistent) {
    Rupiah stated = consistent ? Rupiah.parse("305.711.500") : Rupiah.parse("315.604.700");
    PohonAnggaran pohon = PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan Pemerintahan")
        .pagu(stated)
        .anak(NodeAnggaran.of("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
            Rupiah.parse("305.711.500"), Rupiah.parse("265.742.000")))
        .build());
    return LaporanKinerja.builder().instansi("Kecamatan Uji").tahun(2022)
        .realisasiAnggaran(TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_PERUBAHAN).anggaran(pohon).build())
        .build();
  }

  @Test
  void a_consistent_report_passes_has_no_errors_and_has_no_findings() {
    assertThat(report(true)).hasNoErrors().hasNoFindings().hasNoFinding(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH);
  }

  @Test
  void an_inconsistent_report_fails_has_no_errors_listing_each_finding() {
    assertThatThrownBy(() -> assertThat(report(false)).hasNoErrors())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting the report to have no errors but the audit found 1")
        .hasMessageContaining("BUDGET_CHILDREN_SUM_MISMATCH at pagu of 7.01.02")
        .hasMessageContaining("printed Rp315.604.700,00, recomputed Rp305.711.500,00, difference Rp9.893.200,00");
  }

  @Test
  void a_finding_is_checked_by_rule_difference_values_and_path() {
    HasilAudit audit = Audit.periksa(report(false));
    assertThat(audit).hasFinding(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH)
        .withDifference("9.893.200")
        .withPrinted("Rp315.604.700,00")
        .withRecomputed("Rp305.711.500,00")
        .atPath("$.realisasiAnggaran.anggaran[0].pagu");
    assertThat(audit).hasFindings(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH, 1);
  }

  @Test
  void a_missing_finding_fails_naming_the_rule_and_what_was_found() {
    assertThatThrownBy(() -> assertThat(Audit.periksa(report(false))).hasFinding(AturanAudit.CAPAIAN_MISMATCH))
        .hasMessageContaining("Expecting the audit to have a finding CAPAIAN_MISMATCH but it has only")
        .hasMessageContaining("BUDGET_CHILDREN_SUM_MISMATCH");
    assertThatThrownBy(() -> assertThat(Audit.periksa(report(true))).hasFinding(AturanAudit.CAPAIAN_MISMATCH))
        .hasMessageContaining("but it has none at all");
  }

  @Test
  void a_wrong_difference_fails_saying_expected_and_actual() {
    HasilAudit audit = Audit.periksa(report(false));
    assertThatThrownBy(() -> assertThat(audit).hasFinding(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH).withDifference("9.893.201"))
        .hasMessageContaining("to have difference 9.893.201 but its difference is Rp9.893.200,00");
    assertThatThrownBy(() -> assertThat(audit).hasFinding(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH).atPath("$.x"))
        .hasMessageContaining("to be at $.x but it is at $.realisasiAnggaran.anggaran[0].pagu");
    assertThatThrownBy(() -> assertThat(audit).hasFindings(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH, 2))
        .hasMessageContaining("to have 2 findings BUDGET_CHILDREN_SUM_MISMATCH but it has 1");
    assertThatThrownBy(() -> assertThat(audit).hasNoFinding(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH))
        .hasMessageContaining("to have no finding BUDGET_CHILDREN_SUM_MISMATCH but it has 1");
  }

  @Test
  void capaian_agrees_with_its_printed_figure_at_the_printed_precision() {
    Outcome<Persentase> capaian = Persentase.ratio(new BigDecimal("85.82"), new BigDecimal("85"));
    assertThat(capaian).agreesWithPrinted("100,96").agreesWithPrinted("101").isFormattedAs("100,96%");
    assertThatThrownBy(() -> assertThat(capaian).agreesWithPrinted("100"))
        .hasMessageContaining("Expecting the printed figure 100 to agree with 100,96%")
        .hasMessageContaining("at its precision (0 decimals, HALF_UP) the exact value 100.9647")
        .hasMessageContaining("is 101%");
    assertThatThrownBy(() -> assertThat(Persentase.ratio(BigDecimal.ONE, BigDecimal.ZERO)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a computed percentage but it is not computable (ZERO_DENOMINATOR)");
  }

  @Test
  void amounts_compare_with_their_printed_form() {
    assertThat(Rupiah.total(List.of(Rupiah.of(2_691_204_248L), Rupiah.of(219_364_489L))))
        .isEqualTo("Rp2.910.568.737,00");
    assertThatThrownBy(() -> assertThat(Rupiah.of(2_900_675_537L)).isEqualTo("Rp2.910.568.737,00"))
        .hasMessageContaining("Expecting the amount to be Rp2.910.568.737,00 but it is Rp2.900.675.537,00")
        .hasMessageContaining("difference -Rp9.893.200,00");
  }
}
