package id.sakip.assertj;

import static id.sakip.assertj.Contoh.CAPAIAN_IKM;
import static id.sakip.assertj.Contoh.CAPAIAN_SKM;
import static id.sakip.assertj.Contoh.DIBATASI;
import static id.sakip.assertj.Contoh.IKM_2022;
import static id.sakip.assertj.Contoh.IKU_2022;
import static id.sakip.assertj.Contoh.SKM_2022;
import static id.sakip.assertj.Contoh.TOTAL;
import static id.sakip.assertj.Contoh.TOTAL_B;
import static id.sakip.assertj.Contoh.audit;
import static id.sakip.assertj.Contoh.capaian;
import static id.sakip.assertj.Contoh.failure;
import static id.sakip.assertj.SakipAssertions.assertThat;

import id.sakip.assertj.Contoh.AturanUji;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class DaftarTemuanAssertTest {

  private static final String NL = System.lineSeparator();

  @Test
  void allHaveDifference_compares_every_difference_numerically() {
    assertThat(audit(CAPAIAN_SKM, CAPAIAN_IKM)).findings(AturanUji.CAPAIAN_SALAH)
        .allHaveDifference("-0.96")
        .allHaveDifference(new BigDecimal("-0.9600"));
  }

  @Test
  void allHaveDifference_fails_listing_the_findings_that_differ() {
    Temuan other = Temuan.banding(AturanUji.CAPAIAN_SALAH, IKU_2022, Nilai.persen(new BigDecimal("90")),
        new Pembanding(Nilai.persen(new BigDecimal("92.5")), Sumber.DIHITUNG));
    AssertionError e = failure(() -> assertThat(audit(CAPAIAN_SKM, other, CAPAIAN_IKM)).findings(AturanUji.CAPAIAN_SALAH)
        .allHaveDifference("-0.96"));
    Assertions.assertThat(e).hasMessage("[findings of CAPAIAN_SALAH] Expecting every finding to have difference -0.96"
        + " but 1 of 3 do not:" + NL + "  - CAPAIAN_SALAH (error) at Table 1.1 › indicator 'IKU' 2022 › capaian:"
        + " printed 90%, compared with 92.5% (recomputed value), difference -2.5%");
  }

  @Test
  void allHaveDifference_fails_for_a_finding_without_difference_and_for_no_findings() {
    Assertions.assertThat(failure(() -> assertThat(audit(DIBATASI)).findings().allHaveDifference("0")))
        .hasMessageContaining("but 1 of 1 do not:" + NL + "  - DIBATASI (warning) at Table 1.1 › indicator 'IKU' 2022"
            + " › capaian: printed 100%");
    Assertions.assertThat(failure(() -> assertThat(audit(TOTAL)).findings(AturanUji.CAPAIAN_SALAH)
        .allHaveDifference("-0.96")))
        .hasMessage("[findings of CAPAIAN_SALAH] Expecting every finding to have difference -0.96 but there are no"
            + " findings");
  }

  @Test
  void atLocations_passes_for_the_locations_in_any_order() {
    assertThat(audit(CAPAIAN_SKM, CAPAIAN_IKM)).findings(AturanUji.CAPAIAN_SALAH)
        .atLocations(IKM_2022, SKM_2022)
        .atLocations(SKM_2022, IKM_2022);
    assertThat(audit(CAPAIAN_SKM, CAPAIAN_SKM)).findings().atLocations(SKM_2022, SKM_2022);
    assertThat(audit()).findings().atLocations();
  }

  @Test
  void atLocations_fails_naming_missing_and_unexpected_locations() {
    AssertionError e = failure(() -> assertThat(audit(CAPAIAN_SKM, capaian(IKU_2022))).findings(AturanUji.CAPAIAN_SALAH)
        .atLocations(SKM_2022, IKM_2022));
    Assertions.assertThat(e).hasMessage("[findings of CAPAIAN_SALAH] Expecting the findings to be at exactly these 2"
        + " locations (any order):" + NL
        + "  - Table 1.1 › indicator 'SKM' 2022 › capaian" + NL
        + "  - Table 1.1 › indicator 'IKM' 2022 › capaian" + NL
        + "but no finding (or fewer findings than expected) is at:" + NL
        + "  - Table 1.1 › indicator 'IKM' 2022 › capaian" + NL
        + "and findings are at locations not expected:" + NL
        + "  - Table 1.1 › indicator 'IKU' 2022 › capaian");
  }

  @Test
  void atLocations_counts_findings_per_location() {
    AssertionError twice = failure(() -> assertThat(audit(CAPAIAN_SKM)).findings().atLocations(SKM_2022, SKM_2022));
    Assertions.assertThat(twice).hasMessageEndingWith("but no finding (or fewer findings than expected) is at:" + NL
        + "  - Table 1.1 › indicator 'SKM' 2022 › capaian");
    AssertionError extra = failure(() -> assertThat(audit(CAPAIAN_SKM, CAPAIAN_SKM)).findings().atLocations(SKM_2022));
    Assertions.assertThat(extra).hasMessageEndingWith("but findings are at locations not expected:" + NL
        + "  - Table 1.1 › indicator 'SKM' 2022 › capaian");
  }

  @Test
  void list_assertions_keep_the_finding_assertions() {
    assertThat(audit(TOTAL, CAPAIAN_SKM, CAPAIAN_IKM)).findings()
        .filteredOn(t -> t.lokasi().baris().filter(Baris.Indikator.class::isInstance).isPresent())
        .hasSize(2)
        .atLocations(SKM_2022, IKM_2022)
        .element(1).isAt(IKM_2022);
    assertThat(audit(TOTAL)).findings().singleElement().isAt(TOTAL_B).hasDifference("9893200");
    Assertions.assertThat(failure(() -> assertThat(audit(TOTAL)).findings().first().hasDifference("1")))
        .hasMessageContaining("to have difference 1 but it is 9893200.00 (Rp9,893,200.00)");
  }
}
