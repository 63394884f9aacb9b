package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.audit.Audit;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.json.JalurJson;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of the Kromengan 2022 LKj finds every inconsistency of domain.md §10, with its
 * location, printed figure, compared value and difference, and nothing on the figures that
 * recompute. Every finding is accounted for: each belongs to one of the §10 items, or is one of
 * the three budget figures of the Musrenbangcam sasaran that the report's RKT gives no kegiatan
 * to check them against.
 */
class KromenganAuditTest {

  private static final String SKM = "Survey Kepuasan Masyarakat (SKM) Kecamatan";
  private static final String MUSRENBANGCAM =
      "Persentase Tingkat Partisipasi Masyarakat/Perwakilan Masyarakat dalam Pelaksanaan Musrenbangcam";

  private static LaporanKinerja lkj;
  private static HasilAudit hasil;
  private static JalurJson jalur;

  @BeforeAll
  static void audit() {
    lkj = Kromengan2022.dokumen();
    hasil = Audit.periksa(lkj, KebijakanAudit.standar());
    jalur = JalurJson.untuk(lkj);
  }

  private static String path(Temuan t) {
    return jalur.dari(t.lokasi()).orElse("");
  }

  private static List<Temuan> item(Aturan aturan, Bagian bagian) {
    return hasil.temuan(aturan).stream().filter(t -> t.lokasi().bagian() == bagian).toList();
  }

  @Test
  void item_1_table_b_rows_fall_short_by_9_893_200() {
    assertThat(hasil.temuan(AturanAnggaran.BUDGET_TOTAL_MISMATCH)).hasSize(2).allSatisfy(t -> {
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("9893200");
      assertThat(t.keparahan()).isEqualTo(Keparahan.ERROR);
    });
    assertThat(hasil.temuan(AturanAnggaran.BUDGET_TOTAL_MISMATCH)).extracting(KromenganAuditTest::path)
        .containsExactly("$.realisasiAnggaran.jumlahPagu", "$.realisasiAnggaran.jumlahRealisasi");
    assertThat(hasil.temuan(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH)).singleElement().satisfies(t -> {
      assertThat(t.lokasi().baris()).contains(new Baris.Kode("7.01.01"));
      assertThat(t.lokasi().kolom()).contains(Kolom.PAGU);
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("2566433437");
      assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("2556540237");
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("9893200");
      assertThat(path(t)).isEqualTo("$.realisasiAnggaran.anggaran[0].pagu");
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("Rp9.893.200,00");
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("Rp9,893,200.00");
    });
  }

  @Test
  void item_2_skm_capaian_printed_100_is_100_96_raw() {
    List<Temuan> capped = hasil.temuan(AturanAudit.CAPPED_WITHOUT_POLICY).stream()
        .filter(t -> t.lokasi().baris().orElseThrow().equals(Baris.Indikator.of(SKM, 2022))
            || t.lokasi().baris().orElseThrow().equals(Baris.Indikator.of(SKM)))
        .toList();
    assertThat(capped).extracting(t -> t.lokasi().tempat().orElseThrow())
        .containsExactly("Tabel 1.1", "Tabel 3.2", "Tabel 3.3", "Lampiran Pengukuran Kinerja");
    assertThat(capped).allSatisfy(t -> {
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("100");
      assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("100.96");
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("-0.96");
      assertThat(t.keparahan()).isEqualTo(Keparahan.WARNING);
    });
    assertThat(path(capped.get(0))).isEqualTo("$.tercetak.capaian[0].capaian");
  }

  @Test
  void item_2_disappears_when_the_report_declares_a_100_cap() {
    HasilAudit declared = Audit.periksa(lkj, KebijakanAudit.standar().withBatas(BatasCapaian.MAKS_100));
    assertThat(declared.temuan(AturanAudit.CAPPED_WITHOUT_POLICY)).isEmpty();
    assertThat(declared.temuan(AturanAudit.CAPAIAN_MISMATCH)).isEmpty();
    assertThat(declared.temuan(AturanAudit.EFFICIENCY_MISMATCH)).isEmpty();
  }

  @Test
  void item_3_musrenbangcam_text_computes_10_of_10_where_the_iku_records_90() {
    assertThat(item(AturanAudit.PRINTED_REALISASI_MISMATCH, Bagian.NARASI)).singleElement().satisfies(t -> {
      assertThat(t.lokasi().baris()).contains(new Baris.Narasi(MUSRENBANGCAM, 2022, Kolom.REALISASI));
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("100");
      assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("90");
      assertThat(t.pembanding().orElseThrow().sumber()).isEqualTo(Sumber.DOKUMEN_LAIN);
      assertThat(path(t)).isEqualTo("$.tercetak.narasi[3].nilai");
    });
    assertThat(hasil.temuan(AturanAudit.NARRATIVE_RATIO_MISMATCH)).isEmpty();
  }

  @Test
  void item_4_skm_2021_is_printed_85_against_85_in_bab_i_where_the_iku_table_has_84_and_85_30() {
    assertThat(item(AturanAudit.PRINTED_TARGET_MISMATCH, Bagian.LAIN)).singleElement().satisfies(t -> {
      assertThat(t.lokasi().tempat()).contains("Bab I C.2");
      assertThat(t.lokasi().baris()).contains(Baris.Indikator.of(SKM, 2021));
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("85");
      assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("84");
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("1");
    });
    assertThat(item(AturanAudit.CAPPED_WITHOUT_POLICY, Bagian.LAIN)).filteredOn(t -> t.lokasi().tempat()
        .orElseThrow().equals("Bab I C.2")).singleElement().satisfies(t ->
            assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("101.55"));
  }

  @Test
  void item_5_table_1_3_prints_progress_0_where_the_renstra_and_iku_give_85_82_and_90() {
    assertThat(hasil.temuan(AturanAudit.KEMAJUAN_MISMATCH)).hasSize(2).allSatisfy(t -> {
      assertThat(t.lokasi().bagian()).isEqualTo(Bagian.TABEL_1_3);
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("0");
    });
    assertThat(hasil.temuan(AturanAudit.KEMAJUAN_MISMATCH)).extracting(t -> t.pembanding().orElseThrow().nilai()
        .angka().stripTrailingZeros().toPlainString()).containsExactly("85.82", "90");
    assertThat(item(AturanAudit.PRINTED_REALISASI_MISMATCH, Bagian.TABEL_1_3)).hasSize(2)
        .allSatisfy(t -> assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("100"));
  }

  @Test
  void item_6_rkt_skm_target_100_differs_from_the_pk_85() {
    assertThat(hasil.temuan(AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS)).singleElement().satisfies(t -> {
      assertThat(t.lokasi().bagian()).isEqualTo(Bagian.RKT);
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("100");
      assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("85");
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("15");
      assertThat(path(t)).isEqualTo("$.rkt.sasaran[0].target.target");
    });
  }

  @Test
  void item_7_two_budget_versions_are_info() {
    assertThat(hasil.temuan(AturanAudit.BUDGET_VERSIONS)).singleElement().satisfies(t -> {
      assertThat(t.keparahan()).isEqualTo(Keparahan.INFO);
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("Rp3.144.023.773,00").contains("Rp2.910.568.737,00")
          .contains("dihitung terhadap jumlah APBD perubahan");
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("Rp3,144,023,773.00").contains("Rp2,910,568,737.00");
    });
  }

  @Test
  void item_8_efficiency_0_is_capaian_minus_serapan_of_the_printed_capped_capaian_not_of_the_recomputed_one() {
    assertThat(hasil.temuan(AturanAudit.EFFICIENCY_MISMATCH)).singleElement().satisfies(t -> {
      assertThat(t.lokasi().baris()).contains(Baris.Indikator.of(SKM));
      assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo("0");
      assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("0.96");
    });
    HasilAudit printed = Audit.periksa(lkj, KebijakanAudit.standar().withEfisiensiDariCapaianTercetak(true));
    assertThat(printed.temuan(AturanAudit.EFFICIENCY_MISMATCH)).isEmpty();
  }

  @Test
  void the_musrenbangcam_budget_figures_cannot_be_checked_because_the_rkt_links_no_kegiatan_to_its_sasaran() {
    assertThat(hasil.temuan(AturanAudit.NOT_COMPUTABLE)).hasSize(3).allSatisfy(t -> {
      assertThat(t.lokasi().baris()).contains(Baris.Indikator.of(MUSRENBANGCAM));
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("RKT tidak menautkan");
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("the RKT links");
    });
  }

  @Test
  void every_figure_that_recomputes_raises_nothing() {
    for (Aturan quiet : List.of(AturanAudit.SHARE_MISMATCH, AturanAudit.SERAPAN_MISMATCH,
        AturanAudit.MEAN_OF_PERCENTAGES, AturanAudit.CAPAIAN_MISMATCH, AturanAudit.NARRATIVE_RATIO_MISMATCH,
        AturanAudit.UNKNOWN_INDICATOR, AturanAudit.ALOKASI_MISMATCH, AturanAudit.REALISASI_ANGGARAN_MISMATCH,
        AturanAudit.END_TARGET_MISMATCH, AturanAudit.PERIOD_SERIES_MISMATCH, AturanAudit.AMOUNT_OUT_OF_RANGE,
        AturanAnggaran.REALISASI_EXCEEDS_PAGU, AturanAnggaran.NEGATIVE_AMOUNT, AturanAnggaran.DUPLICATE_CODE,
        AturanAnggaran.CODE_OUTSIDE_PARENT, AturanAnggaran.SASARAN_WITHOUT_BUDGET)) {
      assertThat(hasil.temuan(quiet)).as(quiet.id()).isEmpty();
    }
    // 92,46 / 91,99 / 98,13 / 86,93 in table B, 0,26 / 0,29 in table 3.1, the RKT subtotals, the
    // PK totals and the 10 / 10 = 100 of the narrative all recompute.
    assertThat(hasil.temuan()).extracting(KromenganAuditTest::path)
        .noneMatch(p -> p.startsWith("$.tercetak.serapanTabelB") || p.startsWith("$.rkt.anggaran")
            || p.startsWith("$.perjanjianKinerja.anggaran[") || p.endsWith(".porsi") || p.endsWith(".serapan"));
  }

  @Test
  void the_whole_audit_is_exactly_these_findings() {
    Map<String, Integer> count = new LinkedHashMap<>();
    hasil.temuan().forEach(t -> count.merge(t.aturan().id(), 1, Integer::sum));
    assertThat(count).containsExactlyInAnyOrderEntriesOf(Map.of(
        "BUDGET_VERSIONS", 1, "BUDGET_CHILDREN_SUM_MISMATCH", 1, "BUDGET_TOTAL_MISMATCH", 2,
        "CAPPED_WITHOUT_POLICY", 5, "EFFICIENCY_MISMATCH", 1, "KEMAJUAN_MISMATCH", 2,
        "PRINTED_REALISASI_MISMATCH", 3, "PRINTED_TARGET_MISMATCH", 1, "TARGET_DIFFERS_BETWEEN_DOCUMENTS", 1,
        "NOT_COMPUTABLE", 3));
    assertThat(hasil.ringkasan(Bahasa.INGGRIS)).isEqualTo("20 findings: 11 error, 8 warning, 1 info");
    assertThat(hasil.ringkasan(Bahasa.INDONESIA)).isEqualTo("20 temuan: 11 kesalahan, 8 peringatan, 1 info");
  }
}
