package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.laporan.LaporanKinerja;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A document that declares English notation for its printed figures reads back the same after writing. */
class NotasiRoundTripTest {

  private static final String DOC = """
      {"format": "sakip-lkj/1", "notasi": "INGGRIS", "instansi": "Dinas Uji", "tahun": 2022,
       "tercetak": {"capaian": [{"tempat": "Tabel 1.1", "indikator": "X", "tahun": 2022,
         "target": "1,500", "realisasi": "1,650.5", "capaian": "110.03%"}]}}
      """;

  @Test
  void english_printed_figures_keep_their_values_through_write_and_read() {
    SakipJson json = SakipJson.standar();
    LaporanKinerja lkj = json.readLaporan(DOC);
    String written = json.writeLaporan(lkj);
    assertThat(written).contains("\"notasi\": \"INGGRIS\"");
    LaporanKinerja back = json.readLaporan(written);
    assertThat(back).isEqualTo(lkj);
    assertThat(back.tercetak().orElseThrow().capaian().get(0).target().orElseThrow().nilai())
        .contains(new BigDecimal("1500"));
    assertThat(json.writeLaporan(back)).isEqualTo(written);
  }

  @Test
  void indonesian_documents_do_not_declare_a_notation() {
    String written = SakipJson.standar().writeLaporan(SakipJson.standar().readLaporan(
        DOC.replace("\"notasi\": \"INGGRIS\", ", "").replace("1,500", "1.500").replace("1,650.5", "1.650,5")
            .replace("110.03%", "110,03%")));
    assertThat(written).doesNotContain("notasi");
  }
}
