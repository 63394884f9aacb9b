package konsumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Rupiah;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The application's own properties, over SAKIP's generators (sakip-jqwik on the test class path). */
class KonsumenPropertiesTest {

  @Property(tries = 100)
  void an_amount_survives_its_indonesian_notation(@ForAll Rupiah amount) {
    assertThat(Rupiah.parse(amount.format())).isEqualTo(amount);
  }

  @Property(tries = 20)
  void a_report_survives_its_json(@ForAll LaporanKinerja lkj) {
    SakipJson json = SakipJson.standar();
    assertThat(json.readLaporan(json.writeLaporan(lkj))).isEqualTo(lkj);
  }
}
