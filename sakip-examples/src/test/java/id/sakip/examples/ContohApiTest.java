package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import org.junit.jupiter.api.Test;

class ContohApiTest {

  @Test
  void the_api_example_audits_clean_and_round_trips_through_json() {
    LaporanKinerja lkj = ContohApi.laporan();
    HasilAudit hasil = Audit.periksa(lkj);
    // 9 complaints against a ceiling of 8, LAN form: (2 × 8 − 9) / 8 = 87,5%, as printed.
    assertThat(hasil.isBersih()).as(hasil.temuan().toString()).isTrue();
    SakipJson json = SakipJson.standar();
    assertThat(json.readLaporan(json.writeLaporan(lkj))).isEqualTo(lkj);
  }
}
