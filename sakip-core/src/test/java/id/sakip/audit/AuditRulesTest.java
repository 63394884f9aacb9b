package id.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.ImmutableLaporanKinerja;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One small document per rule: the rule fires where it should, with its values, and nowhere else. */
class AuditRulesTest {

  private static final Indikator POSITIF = indikator("Persentase layanan tepat waktu", Polaritas.POSITIF);
  private static final Indikator NEGATIF = indikator("Jumlah aduan", Polaritas.NEGATIF);

  private static Indikator indikator(String nama, Polaritas p) {
    return Indikator.builder().nama(nama).satuan(Satuan.PERSEN).polaritas(p).build();
  }

  private static AngkaTercetak t(String printed) {
    return AngkaParser.parse(printed, Notasi.INDONESIA);
  }

  private static ImmutableLaporanKinerja base(Tercetak tercetak) {
    PerjanjianKinerja pk = PerjanjianKinerja.builder().tahun(2022)
        .addTarget(TargetKinerja.builder().sasaran("S1").indikator(POSITIF).target(Target.angka(80)).build())
        .addTarget(TargetKinerja.builder().sasaran("S2").indikator(NEGATIF).target(Target.angka(8)).build())
        .addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
            .addProgram(ProgramPk.of("Program", Rupiah.of(1_000_000))).build())
        .build();
    return (ImmutableLaporanKinerja) LaporanKinerja.builder().instansi("Dinas Uji").tahun(2022)
        .perjanjianKinerja(pk).tercetak(tercetak).build();
  }

  private static List<String> rules(HasilAudit h) {
    return h.temuan().stream().map(Temuan::aturan).toList();
  }

  private static BarisCapaian row(Indikator i, String target, String realisasi, String capaian) {
    return BarisCapaian.builder().tempat("Tabel 1.1").indikator(i.nama()).tahun(2022)
        .target(t(target)).realisasi(t(realisasi)).capaian(t(capaian)).build();
  }

  @Test
  void a_document_whose_figures_all_recompute_has_no_findings() {
    Tercetak ok = Tercetak.builder()
        .addCapaian(row(POSITIF, "80%", "92%", "115%"), row(NEGATIF, "8", "9", "87,5%"))
        .build();
    HasilAudit hasil = Audit.periksa(base(ok));
    assertThat(hasil.isBersih()).isTrue();
    assertThat(hasil.ringkasan()).isEqualTo("no findings: every printed figure recomputes");
  }

  @Test
  void capaian_mismatch_uses_the_polarity_formula_of_the_policy() {
    Tercetak printed = Tercetak.builder().addCapaian(row(NEGATIF, "8", "9", "88,89%")).build();
    Temuan t = Audit.periksa(base(printed)).temuan(AturanAudit.CAPAIAN_MISMATCH).get(0);
    assertThat(t.dihitung()).contains("87,50");
    assertThat(t.selisih()).contains("1,39");
    assertThat(t.jalur()).contains("$.tercetak.capaian[0].capaian");
    // Under the inverse formula 8/9 = 88,89% the same print recomputes.
    KebijakanAudit invers = KebijakanAudit.standar()
        .withKalkulator(KebijakanAudit.standar().kalkulator().withNegatif(RumusCapaian.NEGATIF_INVERS));
    assertThat(Audit.periksa(base(printed), invers).isBersih()).isTrue();
  }

  @Test
  void a_capped_print_is_a_warning_without_a_declared_cap_and_fine_with_it() {
    Tercetak printed = Tercetak.builder().addCapaian(row(POSITIF, "80%", "100%", "120%")).build();
    Temuan t = Audit.periksa(base(printed)).temuan(AturanAudit.CAPPED_WITHOUT_POLICY).get(0);
    assertThat(t.dihitung()).contains("125,00");
    assertThat(t.pesan()).contains("capped maks 120%");
    assertThat(Audit.periksa(base(printed), KebijakanAudit.standar().withBatas(BatasCapaian.MAKS_120)).isBersih()).isTrue();
  }

  @Test
  void an_unknown_indicator_and_an_unreadable_figure_are_findings_not_exceptions() {
    Tercetak printed = Tercetak.builder()
        .addCapaian(BarisCapaian.builder().tempat("Tabel 1.1").indikator("Tidak ada").tahun(2022)
            .target(t("1")).realisasi(t("1")).capaian(t("100%")).build())
        .addCapaian(row(POSITIF, "0", "5", "100%"))
        .addCapaian(row(POSITIF, "0", "n/a", "100%"))
        .build();
    assertThat(rules(Audit.periksa(base(printed))))
        .containsExactly("UNKNOWN_INDICATOR", "NOT_COMPUTABLE", "NOT_COMPUTABLE");
  }

  @Test
  void a_total_printed_as_the_mean_of_row_percentages_is_its_own_rule() {
    PohonAnggaran pohon = PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program").anak(
        NodeAnggaran.of("7.01.02.2.01", "A", Rupiah.of(1_000_000_000), Rupiah.of(500_000_000)),
        NodeAnggaran.of("7.01.02.2.02", "B", Rupiah.of(1_000_000), Rupiah.of(1_000_000))).build());
    Tercetak printed = Tercetak.builder()
        .putSerapanTabelB(KodeNomenklatur.parse("7.01.02.2.01"), t("50"))
        .putSerapanTabelB(KodeNomenklatur.parse("7.01.02.2.02"), t("100"))
        .serapanJumlahTabelB(t("75"))
        .build();
    LaporanKinerja lkj = base(printed).withRealisasiAnggaran(
        TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_PERUBAHAN).anggaran(pohon).build());
    Temuan t = Audit.periksa(lkj).temuan(AturanAudit.MEAN_OF_PERCENTAGES).get(0);
    assertThat(t.tercetak()).contains("75");
    assertThat(t.dihitung()).contains("50,05");
    assertThat(t.pesan()).contains("mean of the row percentages");
    assertThat(Audit.periksa(lkj).temuan(AturanAudit.SERAPAN_MISMATCH)).isEmpty();
  }

  @Test
  void shares_serapan_and_efficiency_of_tables_3_x_are_recomputed() {
    Tercetak printed = Tercetak.builder()
        .addAnggaranSasaran(BarisAnggaranSasaran.builder().tempat("Tabel 3.1").indikator(POSITIF.nama())
            .alokasi(t("250.000")).porsi(t("20%")).build())
        .addAnggaranSasaran(BarisAnggaranSasaran.builder().tempat("Tabel 3.2").indikator(POSITIF.nama())
            .alokasi(t("250.000")).realisasiAnggaran(t("200.000")).serapan(t("90%")).build())
        .addAnggaranSasaran(BarisAnggaranSasaran.builder().tempat("Tabel 3.3").indikator(POSITIF.nama())
            .capaianKinerja(t("100%")).serapan(t("80%")).efisiensi(t("0%")).build())
        .build();
    List<Temuan> temuan = Audit.periksa(base(printed)).temuan();
    assertThat(temuan).extracting(Temuan::aturan)
        .containsExactly("SHARE_MISMATCH", "SERAPAN_MISMATCH", "EFFICIENCY_MISMATCH");
    assertThat(temuan.get(0).dihitung()).contains("25,00");
    assertThat(temuan.get(1).dihitung()).contains("80,00");
    assertThat(temuan.get(2).dihitung()).contains("20,00");
  }

  @Test
  void a_narrative_figure_is_checked_against_its_own_ratio_and_against_the_tables() {
    Tercetak printed = Tercetak.builder()
        .addCapaian(row(POSITIF, "80%", "90%", "112,5%"))
        .addNarasi(AngkaNarasi.builder().tempat("Bab III").indikator(POSITIF.nama()).tahun(2022)
            .besaran(Besaran.REALISASI).nilai(t("95%")).pembilang(new BigDecimal("9")).penyebut(BigDecimal.TEN).build())
        .build();
    List<String> rules = rules(Audit.periksa(base(printed)));
    assertThat(rules).containsExactly("SAME_FIGURE_DIFFERS", "NARRATIVE_RATIO_MISMATCH");
  }

  @Test
  void figures_that_differ_only_in_printed_precision_are_the_same_figure() {
    Tercetak printed = Tercetak.builder()
        .addCapaian(BarisCapaian.builder().tempat("Bab I").indikator(POSITIF.nama()).tahun(2021).realisasi(t("85")).build())
        .addCapaian(BarisCapaian.builder().tempat("Tabel 1.2").indikator(POSITIF.nama()).tahun(2021).realisasi(t("85,30")).build())
        .addCapaian(BarisCapaian.builder().tempat("Tabel 1.2").indikator(POSITIF.nama()).tahun(2020).realisasi(t("85,6")).build())
        .addCapaian(BarisCapaian.builder().tempat("Bab I").indikator(POSITIF.nama()).tahun(2020).realisasi(t("85")).build())
        .build();
    assertThat(Audit.periksa(base(printed)).temuan(AturanAudit.SAME_FIGURE_DIFFERS)).singleElement()
        .satisfies(t -> assertThat(t.lokasi()).contains("2020"));
  }

  @Test
  void a_pk_total_that_does_not_add_up_is_located() {
    LaporanKinerja lkj = base(Tercetak.builder().build()).withPerjanjianKinerja(PerjanjianKinerja.builder().tahun(2022)
        .addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI).addProgram(ProgramPk.of("P", Rupiah.of(5)))
            .jumlahTercetak(Rupiah.of(6)).build()).build());
    assertThat(Audit.periksa(lkj).temuan(AturanAudit.BUDGET_TOTAL_MISMATCH)).singleElement()
        .satisfies(t -> assertThat(t.jalur()).contains("$.perjanjianKinerja.anggaran[0].jumlahTercetak"));
  }

  @Test
  void the_comparison_rounding_is_the_policy_s() {
    Tercetak printed = Tercetak.builder().addCapaian(row(POSITIF, "3", "1", "33,34%")).build();
    assertThat(rules(Audit.periksa(base(printed)))).containsExactly("CAPAIAN_MISMATCH");
    assertThat(Audit.periksa(base(printed), KebijakanAudit.standar().withPembulatan(RoundingMode.CEILING)).isBersih())
        .isTrue();
    assertThatThrownBy(() -> KebijakanAudit.standar().withPembulatan(RoundingMode.UNNECESSARY))
        .hasMessageContaining("UNNECESSARY");
  }

  @Test
  void budget_rule_ids_are_the_audit_rule_ids() {
    List<String> ids = Arrays.stream(AturanAudit.values()).map(Enum::name).toList();
    assertThat(ids).contains(PemeriksaanAnggaran.CHILDREN_SUM_MISMATCH, PemeriksaanAnggaran.TOTAL_MISMATCH,
        PemeriksaanAnggaran.REALISASI_EXCEEDS_PAGU, PemeriksaanAnggaran.NEGATIVE_AMOUNT,
        PemeriksaanAnggaran.DUPLICATE_CODE, PemeriksaanAnggaran.CODE_OUTSIDE_PARENT,
        PemeriksaanAnggaran.SASARAN_WITHOUT_BUDGET);
  }

  @Test
  void an_empty_report_audits_clean() {
    assertThat(Audit.periksa(LaporanKinerja.builder().instansi("X").tahun(2022).build()).isBersih()).isTrue();
  }
}
