package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.AngkaParser;
import id.sakip.audit.Audit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.audit.LaporanDihitung;
import id.sakip.examples.tabel.Render;
import id.sakip.examples.tabel.TabelLaporan;
import id.sakip.json.JalurJson;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.Tercetak;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import org.junit.jupiter.api.Test;

/**
 * Names of 10^5 characters (the reader's own limit on a name is its input bound; the model has
 * none): the recomputation, the messages, the JSON paths and the printed tables handle them in
 * time and space linear in the input, and refusals quote them cut short.
 */
class TeksPanjangTest {

  private static final String PANJANG = "Indikator ".repeat(10_000);

  @Test
  void a_name_of_100_000_characters_goes_through_audit_messages_paths_and_tables_once_per_use() {
    LaporanKinerja lkj = LaporanKinerja.builder().instansi("Kecamatan").tahun(2022)
        .tercetak(Tercetak.builder().addCapaian(
            BarisCapaian.builder().tempat("Bab I C.2").indikator(PANJANG).tahun(2022).target(AngkaParser.parse("80"))
                .realisasi(AngkaParser.parse("88")).capaian(AngkaParser.parse("110%")).kategori(PANJANG.trim()).build(),
            BarisCapaian.builder().tempat("Bab I C.2").indikator("Pendek").tahun(2022).target(AngkaParser.parse("8"))
                .build())
            .build())
        .build();
    LaporanDihitung dihitung = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
    JalurJson jalur = JalurJson.untuk(lkj);
    for (Temuan t : Audit.periksa(dihitung).temuan()) {
      assertThat(jalur.dari(t.lokasi())).isPresent();
      for (Bahasa b : Bahasa.values()) {
        // the name stands in the location and, for an unknown indicator, once more; the long label once
        assertThat(t.pesan(b).length()).isLessThan(4 * PANJANG.length());
      }
    }
    String text = Render.text(TabelLaporan.susun(dihitung, Bahasa.INDONESIA));
    // the long name and the long label are printed once each; the short row is not padded to them
    assertThat(text.length()).isLessThan(2 * PANJANG.length() + 2_000);
    assertThat(text.lines().filter(l -> l.startsWith("Pendek")).findFirst().orElseThrow().length()).isLessThan(500);
  }

  @Test
  void a_refused_row_and_a_refused_language_quote_a_long_input_cut_short() {
    BarisCapaian row = BarisCapaian.builder().tempat("Tabel 1.1").indikator(PANJANG).tahun(2022).build();
    assertThatThrownBy(() -> Tercetak.builder().addCapaian(row, row).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("printed twice").hasMessageContaining("tercetak dua kali")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(600));
    assertThatThrownBy(() -> Bahasa.parse(PANJANG))
        .hasMessageContaining("expected id or en").hasMessageContaining("gunakan id atau en")
        .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
  }
}
