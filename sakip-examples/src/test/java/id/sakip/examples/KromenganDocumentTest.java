package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.anggaran.AturanAnggaran;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Kromengan 2022 transcription: complete, canonical, and holding the report's own figures. */
class KromenganDocumentTest {

  static String text() throws IOException {
    try (InputStream in = Kromengan2022.class.getResourceAsStream(Kromengan2022.DOKUMEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void the_transcription_is_canonical_sakip_lkj_1() throws IOException {
    SakipJson json = SakipJson.standar();
    String text = text();
    assertThat(text).contains("\"format\": \"sakip-lkj/1\"");
    // written back as sakip-lkj/2: the marker is all that changes
    assertThat(json.writeLaporan(json.readLaporan(text)))
        .isEqualTo(text.replace("\"format\": \"sakip-lkj/1\"", "\"format\": \"sakip-lkj/2\""));
  }

  @Test
  void upgrading_the_transcription_to_sakip_lkj_2_keeps_the_report_and_its_findings() throws IOException {
    SakipJson json = SakipJson.standar();
    String v1 = text();
    String v2 = json.upgrade(v1);
    assertThat(v2).startsWith("{\n  \"format\": \"sakip-lkj/2\",").doesNotContain("sakip-lkj/1");
    LaporanKinerja before = json.readLaporan(v1);
    LaporanKinerja after = json.readLaporan(v2);
    assertThat(after).isEqualTo(before);
    assertThat(id.sakip.audit.Audit.periksa(after).temuan()).isEqualTo(id.sakip.audit.Audit.periksa(before).temuan());
    assertThat(json.upgrade(v2)).as("upgrading a v2 document changes nothing").isEqualTo(v2);
    assertThat(json.upgrade(v1.getBytes(StandardCharsets.UTF_8))).isEqualTo(v2);
  }

  @Test
  void rkt_sub_kegiatan_add_up_to_3_144_023_773_with_an_output_for_each() throws IOException {
    LaporanKinerja lkj = SakipJson.standar().readLaporan(text());
    var rkt = lkj.rkt().orElseThrow();
    assertThat(rkt.anggaran().total().pagu()).isEqualTo(Rupiah.parse("3.144.023.773,00"));
    assertThat(rkt.periksa()).isEmpty();
    long subKegiatan = rkt.anggaran().semuaNode().stream().filter(n -> n.kode().segmen().size() == 6).count();
    assertThat(subKegiatan).isEqualTo(26);
    assertThat(rkt.keluaran().get(KodeNomenklatur.parse("7.01.01.2.04.05")).satuan().teks()).isEqualTo("HOK");
  }

  @Test
  void both_pk_budget_versions_add_up() throws IOException {
    var pk = SakipJson.standar().readLaporan(text()).perjanjianKinerja().orElseThrow();
    assertThat(pk.anggaran(VersiAnggaran.APBD_MURNI).orElseThrow().jumlah()).isEqualTo(Rupiah.parse("3.144.023.773"));
    assertThat(pk.anggaran(VersiAnggaran.APBD_PERUBAHAN).orElseThrow().jumlah()).isEqualTo(Rupiah.parse("2.910.568.737"));
    assertThat(pk.anggaran()).flatExtracting(a -> a.periksa(Lokasi.of(Bagian.PERJANJIAN_KINERJA))).isEmpty();
  }

  @Test
  void table_b_is_short_of_its_printed_total_and_of_program_1_by_9_893_200() throws IOException {
    List<Temuan> temuan = SakipJson.standar().readLaporan(text()).realisasiAnggaran().orElseThrow().periksa();
    assertThat(temuan).extracting(Temuan::aturan).containsExactly(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH,
        AturanAnggaran.BUDGET_TOTAL_MISMATCH, AturanAnggaran.BUDGET_TOTAL_MISMATCH);
    assertThat(temuan).allSatisfy(t -> assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("9893200"));
    assertThat(temuan.get(0).lokasi().baris()).contains(new Baris.Kode("7.01.01"));
  }
}
