package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Target;
import id.sakip.audit.Audit;
import id.sakip.audit.Sel;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Temuan;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A complete small LKj document: read, checked field by field, written back byte-identical. */
class GoldenDocumentTest {

  static String golden() throws IOException {
    try (InputStream in = GoldenDocumentTest.class.getResourceAsStream("lkj-kecil.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void reads_every_field_of_the_golden_document() throws IOException {
    LaporanKinerja lkj = SakipJson.standar().readLaporan(golden());
    assertThat(lkj.instansi()).isEqualTo("Kecamatan Kromengan, Kabupaten Malang");
    assertThat(lkj.tahun()).isEqualTo(2022);

    var renstra = lkj.renstra().orElseThrow();
    assertThat(renstra.tahunAwal()).isEqualTo(2021);
    assertThat(renstra.tahunAkhir()).isEqualTo(2026);
    var skm = renstra.indikator("Survey Kepuasan Masyarakat (SKM) Kecamatan").orElseThrow();
    assertThat(skm.indikator().polaritas()).isEqualTo(Polaritas.POSITIF);
    assertThat(skm.target(2021)).contains(Target.angka(84));
    assertThat(skm.targetAkhir()).isEqualTo(Target.angka(100));

    var pk = lkj.perjanjianKinerja().orElseThrow();
    assertThat(pk.target()).singleElement().satisfies(t -> assertThat(t.target()).isEqualTo(Target.angka(85)));
    assertThat(pk.anggaran(VersiAnggaran.APBD_MURNI).orElseThrow().jumlah()).isEqualTo(Rupiah.of(734_195_800));
    assertThat(pk.anggaran(VersiAnggaran.APBD_PERUBAHAN).orElseThrow().jumlahTercetak())
        .contains(Rupiah.of(321_807_300));

    var rkt = lkj.rkt().orElseThrow();
    assertThat(rkt.anggaran().total().pagu()).isEqualTo(Rupiah.of(734_195_800));
    assertThat(rkt.keluaran().get(KodeNomenklatur.parse("7.01.02.2.03.01")).satuan().teks()).isEqualTo("KK/KTP/Mutasi");
    assertThat(rkt.sasaran().get(0).pendukung()).containsExactly(KodeNomenklatur.parse("7.01.02.2.03"));
    assertThat(rkt.periksa()).isEmpty();

    var iku = lkj.realisasiIku().get(0);
    assertThat(iku.realisasi(2022)).contains(new BigDecimal("85.82"));
    assertThat(iku.realisasi(2021)).contains(new BigDecimal("85.30"));
    assertThat(iku.realisasi(2021).orElseThrow().scale()).isEqualTo(2);

    var tabel = lkj.realisasiAnggaran().orElseThrow();
    assertThat(tabel.versi()).isEqualTo(VersiAnggaran.APBD_PERUBAHAN);
    assertThat(tabel.anggaran().total().serapan().value().format()).isEqualTo("87,58%");
    assertThat(tabel.periksa()).isEmpty();
  }

  /**
   * Every figure of the golden document that the audit compares as printed (the stated budget
   * totals) and every finding of its audit has a JSON path, and the member there holds the figure.
   */
  @Test
  void every_printed_figure_and_every_finding_of_the_golden_document_has_a_json_path() throws IOException {
    LaporanKinerja lkj = SakipJson.standar().readLaporan(golden());
    JsonNode tree = SakipJson.standar().toTree(lkj); // the golden text, as writes_the_golden_document_back_… shows
    List<Sel<?>> printed = JalurJsonTest.printedCells(lkj);
    assertThat(printed).extracting(s -> s.lokasi().kolom().orElseThrow())
        .contains(Kolom.PAGU, Kolom.REALISASI_ANGGARAN);
    for (Sel<?> s : printed) {
      JalurJsonTest.assertPrintedAt(lkj, tree, s);
    }
    JalurJson jalur = JalurJson.untuk(lkj);
    assertThat(jalur.dari(printed.get(0).lokasi())).contains("$.realisasiAnggaran.anggaran[0].pagu");
    List<Temuan> temuan = Audit.periksa(lkj).temuan();
    assertThat(temuan).isNotEmpty()
        .allSatisfy(t -> assertThat(jalur.dari(t.lokasi())).as("%s", t.lokasi()).isPresent());
  }

  @Test
  void writes_the_golden_document_back_byte_identical() throws IOException {
    SakipJson json = SakipJson.standar();
    String golden = golden();
    String written = json.writeLaporan(json.readLaporan(golden));
    // the golden document is sakip-lkj/1; the writer writes /2, and nothing else changes
    assertThat(golden).contains("\"format\": \"sakip-lkj/1\"");
    assertThat(written).isEqualTo(golden.replace("\"format\": \"sakip-lkj/1\"", "\"format\": \"sakip-lkj/2\""));
    assertThat(json.writeLaporan(json.readLaporan(written))).isEqualTo(written);
  }
}
