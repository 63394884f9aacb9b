package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.audit.Audit;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.audit.KebijakanAudit;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Temuan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit of the Kromengan 2022 LKj finds every inconsistency of domain.md §10, with its location
 * and difference, and nothing on the figures that do recompute.
 */
class KromenganAuditTest {

  private static HasilAudit hasil;

  @BeforeAll
  static void audit() {
    hasil = Audit.periksa(Kromengan2022.dokumen(), KebijakanAudit.standar());
  }

  @Test
  void item_1_table_b_rows_fall_short_by_9_893_200() {
    assertThat(hasil.temuan(AturanAudit.BUDGET_TOTAL_MISMATCH)).hasSize(2).allSatisfy(t -> {
      assertThat(t.selisih()).contains("Rp9.893.200,00");
      assertThat(t.keparahan()).isEqualTo(Keparahan.ERROR);
    });
    assertThat(hasil.temuan(AturanAudit.BUDGET_TOTAL_MISMATCH)).extracting(t -> t.jalur().orElseThrow())
        .containsExactly("$.realisasiAnggaran.jumlahPagu", "$.realisasiAnggaran.jumlahRealisasi");
    assertThat(hasil.temuan(AturanAudit.BUDGET_CHILDREN_SUM_MISMATCH)).singleElement().satisfies(t -> {
      assertThat(t.lokasi()).contains("7.01.01");
      assertThat(t.tercetak()).contains("Rp2.566.433.437,00");
      assertThat(t.dihitung()).contains("Rp2.556.540.237,00");
      assertThat(t.selisih()).contains("Rp9.893.200,00");
      assertThat(t.jalur()).contains("$.realisasiAnggaran.anggaran[0].pagu");
    });
  }

  @Test
  void item_2_skm_capaian_printed_100_is_100_96_raw() {
    List<Temuan> capped = hasil.temuan(AturanAudit.CAPPED_WITHOUT_POLICY);
    assertThat(capped).extracting(Temuan::lokasi).containsExactly(
        "Tabel 1.1, Survey Kepuasan Masyarakat (SKM) Kecamatan 2022",
        "Tabel 3.2, Survey Kepuasan Masyarakat (SKM) Kecamatan 2022",
        "Lampiran Pengukuran Kinerja, Survey Kepuasan Masyarakat (SKM) Kecamatan 2022");
    assertThat(capped).allSatisfy(t -> {
      assertThat(t.tercetak()).contains("100%");
      assertThat(t.dihitung()).contains("100,96");
      assertThat(t.selisih()).contains("-0,96");
      assertThat(t.keparahan()).isEqualTo(Keparahan.WARNING);
    });
    assertThat(capped.get(0).jalur()).contains("$.tercetak.capaian[0].capaian");
  }

  @Test
  void item_2_disappears_when_the_report_declares_a_100_cap() {
    HasilAudit declared = Audit.periksa(Kromengan2022.dokumen(), KebijakanAudit.standar().withBatas(BatasCapaian.MAKS_100));
    assertThat(declared.temuan(AturanAudit.CAPPED_WITHOUT_POLICY)).isEmpty();
    assertThat(declared.temuan(AturanAudit.CAPAIAN_MISMATCH)).isEmpty();
  }

  @Test
  void item_3_musrenbangcam_text_computes_10_of_10_where_tables_print_90() {
    assertThat(hasil.temuan(AturanAudit.SAME_FIGURE_DIFFERS))
        .filteredOn(t -> t.lokasi().contains("Musrenbangcam"))
        .singleElement().satisfies(t -> {
          assertThat(t.tercetak()).contains("100%");
          assertThat(t.dihitung()).contains("90%");
          assertThat(t.selisih()).contains("10");
          assertThat(t.pesan()).contains("111,11%");
          assertThat(t.jalur()).contains("$.tercetak.narasi[3].nilai");
        });
  }

  @Test
  void item_4_skm_2021_target_is_85_in_bab_i_and_84_in_the_iku_table() {
    assertThat(hasil.temuan(AturanAudit.SAME_FIGURE_DIFFERS))
        .filteredOn(t -> t.lokasi().contains("Survey Kepuasan"))
        .singleElement().satisfies(t -> {
          assertThat(t.lokasi()).contains("target").contains("2021");
          assertThat(t.tercetak()).contains("84");
          assertThat(t.dihitung()).contains("85 Indek");
          assertThat(t.selisih()).contains("-1");
        });
  }

  @Test
  void item_5_table_1_3_prints_progress_0_where_both_figures_are_100() {
    assertThat(hasil.temuan(AturanAudit.KEMAJUAN_MISMATCH)).hasSize(2).allSatisfy(t -> {
      assertThat(t.tercetak()).contains("0%");
      assertThat(t.dihitung()).contains("100,00");
      assertThat(t.selisih()).contains("-100,00");
    });
  }

  @Test
  void item_6_rkt_skm_target_100_differs_from_the_pk_85() {
    assertThat(hasil.temuan(AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS)).singleElement().satisfies(t -> {
      assertThat(t.lokasi()).contains("RKT").contains("Survey Kepuasan");
      assertThat(t.tercetak()).contains("100");
      assertThat(t.dihitung()).contains("85");
      assertThat(t.selisih()).contains("15");
      assertThat(t.jalur()).contains("$.rkt.sasaran[0].target.target");
    });
  }

  @Test
  void item_7_two_budget_versions_are_info() {
    assertThat(hasil.temuan(AturanAudit.BUDGET_VERSIONS)).singleElement().satisfies(t -> {
      assertThat(t.keparahan()).isEqualTo(Keparahan.INFO);
      assertThat(t.pesan()).contains("Rp3.144.023.773,00").contains("Rp2.910.568.737,00").contains("APBD_PERUBAHAN");
    });
  }

  @Test
  void item_8_and_every_figure_that_recomputes_raises_nothing() {
    for (AturanAudit quiet : List.of(AturanAudit.EFFICIENCY_MISMATCH, AturanAudit.SHARE_MISMATCH,
        AturanAudit.SERAPAN_MISMATCH, AturanAudit.MEAN_OF_PERCENTAGES, AturanAudit.CAPAIAN_MISMATCH,
        AturanAudit.NARRATIVE_RATIO_MISMATCH, AturanAudit.NOT_COMPUTABLE, AturanAudit.UNKNOWN_INDICATOR,
        AturanAudit.REALISASI_EXCEEDS_PAGU, AturanAudit.NEGATIVE_AMOUNT, AturanAudit.DUPLICATE_CODE,
        AturanAudit.CODE_OUTSIDE_PARENT, AturanAudit.SASARAN_WITHOUT_BUDGET)) {
      assertThat(hasil.temuan(quiet)).as(quiet.name()).isEmpty();
    }
    // 92,46 / 91,99 / 98,13 / 86,93 in table B, 0,26 / 0,29 in table 3.1, 100 − 100 = 0 in table 3.3,
    // the RKT subtotals, the PK totals and Musrenbangcam's 90 / 90 = 100 all recompute.
    assertThat(hasil.temuan()).extracting(t -> t.jalur().orElse(""))
        .noneMatch(p -> p.startsWith("$.tercetak.serapanTabelB") || p.startsWith("$.tercetak.anggaranSasaran")
            || p.startsWith("$.rkt.anggaran") || p.startsWith("$.perjanjianKinerja.anggaran["));
  }

  @Test
  void the_whole_audit_is_exactly_these_findings() {
    assertThat(hasil.temuan()).extracting(Temuan::aturan).containsExactlyInAnyOrder(
        "BUDGET_VERSIONS", "BUDGET_CHILDREN_SUM_MISMATCH", "BUDGET_TOTAL_MISMATCH", "BUDGET_TOTAL_MISMATCH",
        "CAPPED_WITHOUT_POLICY", "CAPPED_WITHOUT_POLICY", "CAPPED_WITHOUT_POLICY",
        "KEMAJUAN_MISMATCH", "KEMAJUAN_MISMATCH",
        "SAME_FIGURE_DIFFERS", "SAME_FIGURE_DIFFERS", "TARGET_DIFFERS_BETWEEN_DOCUMENTS");
    assertThat(hasil.adaError()).isTrue();
    assertThat(hasil.ringkasan()).isEqualTo("12 findings: 8 error, 3 warning, 1 info");
  }
}
