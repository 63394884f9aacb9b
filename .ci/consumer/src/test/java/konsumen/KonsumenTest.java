package konsumen;

import static id.sakip.assertj.SakipAssertions.assertThat;

import id.sakip.angka.Rupiah;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import org.junit.jupiter.api.Test;

class KonsumenTest {

  @Test
  void the_absorption_is_read_from_the_document() {
    org.assertj.core.api.Assertions.assertThat(Konsumen.serapan(Konsumen.DOKUMEN)).isEqualTo("86,93%");
    assertThat(Rupiah.parse("305.711.500")).isEqualTo("Rp305.711.500,00");
  }

  @Test
  void a_report_for_another_year_is_a_copy_with_only_the_year_changed() {
    LaporanKinerja lkj = SakipJson.standar().readLaporan(Konsumen.DOKUMEN);
    LaporanKinerja berikut = Konsumen.untukTahun(lkj, 2023);
    org.assertj.core.api.Assertions.assertThat(berikut.tahun()).isEqualTo(2023);
    org.assertj.core.api.Assertions.assertThat(berikut.withTahun(2022)).isEqualTo(lkj);
    org.assertj.core.api.Assertions.assertThat(Konsumen.serapan(berikut)).isEqualTo("86,93%");
  }
}
