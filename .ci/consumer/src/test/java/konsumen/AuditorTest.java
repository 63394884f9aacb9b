package konsumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.assertj.SakipSoftAssertions;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.SakipJson;
import org.junit.jupiter.api.Test;

/** An auditor's test: every wrong figure of a report reported in one run, with soft assertions. */
class AuditorTest {

  /** A budget table whose printed total is Rp10.000.000 more than its one row. */
  static final String DOKUMEN = "{\"format\": \"sakip-lkj/1\", \"instansi\": \"Kecamatan X\", \"tahun\": 2022,"
      + " \"realisasiAnggaran\": {\"versi\": \"APBD_PERUBAHAN\", \"jumlahPagu\": \"315.711.500\", \"anggaran\":"
      + " [{\"kode\": \"7.01.02.2.01\", \"nama\": \"Koordinasi\", \"pagu\": \"305.711.500\","
      + " \"realisasi\": \"265.742.000\"}]}}";

  @Test
  void the_printed_total_is_reported_with_its_difference() {
    HasilAudit hasil = Audit.periksa(SakipJson.standar().readLaporan(DOKUMEN));
    SakipSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(hasil).hasFinding(AturanAnggaran.BUDGET_TOTAL_MISMATCH).hasDifference("10000000");
      softly.assertThat(hasil).hasNoFinding(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH);
    });
    AssertionError both = catchThrowableOfType(AssertionError.class, () -> SakipSoftAssertions.assertSoftly(softly -> {
      softly.assertThat(hasil).hasNoFinding(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
      softly.assertThat(hasil).hasFinding(AturanAnggaran.BUDGET_TOTAL_MISMATCH).hasDifference("1");
    }));
    assertThat(both).hasMessageStartingWith("2 SAKIP assertions failed:");
  }
}
