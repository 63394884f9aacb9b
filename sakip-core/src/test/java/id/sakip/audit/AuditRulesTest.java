package id.sakip.audit;

import static id.sakip.audit.DokumenUji.A;
import static id.sakip.audit.DokumenUji.B;
import static id.sakip.audit.DokumenUji.capaian;
import static id.sakip.audit.DokumenUji.dokumen;
import static id.sakip.audit.DokumenUji.kode;
import static id.sakip.audit.DokumenUji.t;
import static id.sakip.audit.DokumenUji.tercetak;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.KebijakanBatasKetat;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One small document per rule: a complete report with one planted wrong figure yields exactly that finding. */
class AuditRulesTest {

  private static Lokasi di(Bagian bagian, String tempat, Baris baris, Kolom kolom) {
    return new Lokasi(bagian, Optional.of(tempat), Optional.of(baris), Optional.of(kolom));
  }

  /** The single finding of the audit, with its messages rendered completely in both languages. */
  private static Temuan satu(LaporanKinerja lkj) {
    return satu(lkj, KebijakanAudit.standar());
  }

  private static Temuan satu(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    HasilAudit hasil = Audit.periksa(lkj, kebijakan);
    assertThat(hasil.temuan()).as("findings").hasSize(1);
    Temuan t = hasil.temuan().get(0);
    for (Bahasa b : Bahasa.values()) {
      assertThat(t.pesan(b)).as("message in " + b).doesNotContain("{").doesNotContain("}");
    }
    return t;
  }

  private static void banding(Temuan t, Aturan aturan, Lokasi lokasi, String tercetak, String pembanding, String selisih,
      Sumber sumber) {
    assertThat(t.aturan()).isEqualTo(aturan);
    assertThat(t.lokasi()).isEqualTo(lokasi);
    assertThat(t.tercetak().orElseThrow().angka()).isEqualByComparingTo(tercetak);
    assertThat(t.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo(pembanding);
    assertThat(t.pembanding().orElseThrow().sumber()).isEqualTo(sumber);
    assertThat(t.selisih().orElseThrow()).isEqualByComparingTo(selisih);
  }

  @Test
  void the_base_document_has_no_findings() {
    HasilAudit hasil = Audit.periksa(dokumen());
    assertThat(hasil.temuan()).isEmpty();
    assertThat(hasil.ringkasan(Bahasa.INDONESIA)).contains("tidak ada temuan");
    assertThat(hasil.ringkasan(Bahasa.INGGRIS)).contains("no findings");
  }

  @Test
  void a_table_1_1_target_that_differs_from_the_pk_is_found() {
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "75", "88", "110%"),
        capaian("Tabel 1.1", B, 2022, "8", "9", "87,5%"),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2022).realisasi(t("88")).build(),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2021).realisasi(t("80")).build(),
        capaian("Tabel 3.2", A, 2022, "80", "88", "110%")));
    Temuan f = satu(dokumen(printed));
    banding(f, AturanAudit.PRINTED_TARGET_MISMATCH, di(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(A, 2022),
        Kolom.TARGET), "75", "80", "-5", Sumber.DOKUMEN_LAIN);
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("target tercetak 75").contains("Perjanjian Kinerja").contains("80");
  }

  @Test
  void a_figure_a_table_does_not_have_a_column_for_is_still_checked() {
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "80", "88", "110%"),
        capaian("Tabel 1.1", B, 2022, "8", "9", "87,5%"),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2022).target(t("70")).realisasi(t("88")).build(),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2021).realisasi(t("80")).build(),
        capaian("Tabel 3.2", A, 2022, "80", "88", "110%")));
    banding(satu(dokumen(printed)), AturanAudit.PRINTED_TARGET_MISMATCH, di(Bagian.TABEL_1_2, "Tabel 1.2",
        Baris.Indikator.of(A, 2022), Kolom.TARGET), "70", "80", "-10", Sumber.DOKUMEN_LAIN);
    Tercetak serapan = tercetak().withAnggaranSasaran(List.of(
        BarisAnggaranSasaran.builder().tempat("Tabel 3.1").indikator(A).alokasi(t("600.000")).porsi(t("60%"))
            .serapan(t("12%")).build()));
    banding(satu(dokumen(serapan)), AturanAudit.SERAPAN_MISMATCH, di(Bagian.TABEL_3_1, "Tabel 3.1",
        Baris.Indikator.of(A), Kolom.SERAPAN), "12", "90.00", "-78", Sumber.DIHITUNG);
  }

  @Test
  void a_table_1_3_end_target_that_differs_from_the_renstra_is_found() {
    Tercetak printed = tercetak().withKemajuan(List.of(
        BarisKemajuan.builder().tempat("Tabel 1.3").indikator(A).targetAkhir(t("90")).realisasi(t("88"))
            .kemajuan(t("88%")).build(),
        BarisKemajuan.builder().tempat("Tabel 1.3").indikator(B).targetAkhir(t("5")).realisasi(t("9"))
            .kemajuan(t("20%")).build()));
    banding(satu(dokumen(printed)), AturanAudit.END_TARGET_MISMATCH, di(Bagian.TABEL_1_3, "Tabel 1.3",
        Baris.Indikator.of(A), Kolom.TARGET_AKHIR), "90", "100", "-10", Sumber.DOKUMEN_LAIN);
  }

  @Test
  void a_table_1_3_realisasi_that_differs_from_the_iku_is_found() {
    Tercetak printed = tercetak().withKemajuan(List.of(
        BarisKemajuan.builder().tempat("Tabel 1.3").indikator(A).targetAkhir(t("100")).realisasi(t("90"))
            .kemajuan(t("88%")).build(),
        BarisKemajuan.builder().tempat("Tabel 1.3").indikator(B).targetAkhir(t("5")).realisasi(t("9"))
            .kemajuan(t("20%")).build()));
    banding(satu(dokumen(printed)), AturanAudit.PRINTED_REALISASI_MISMATCH, di(Bagian.TABEL_1_3, "Tabel 1.3",
        Baris.Indikator.of(A), Kolom.REALISASI), "90", "88", "2", Sumber.DOKUMEN_LAIN);
  }

  @Test
  void kemajuan_is_recomputed_from_the_iku_not_from_the_printed_row() {
    Tercetak printed = tercetak().withKemajuan(List.of(
        BarisKemajuan.builder().tempat("Tabel 1.3").indikator(A).targetAkhir(t("100")).realisasi(t("88"))
            .kemajuan(t("0%")).build(),
        BarisKemajuan.builder().tempat("Tabel 1.3").indikator(B).targetAkhir(t("5")).realisasi(t("9"))
            .kemajuan(t("20%")).build()));
    Temuan f = satu(dokumen(printed));
    banding(f, AturanAudit.KEMAJUAN_MISMATCH, di(Bagian.TABEL_1_3, "Tabel 1.3", Baris.Indikator.of(A), Kolom.KEMAJUAN),
        "0", "88", "-88", Sumber.DIHITUNG);
    assertThat(f.pesan(Bahasa.INGGRIS)).contains("the realisasi of 2022, 88, against the Renstra end target 100");
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("realisasi 2022 sebesar 88 terhadap target akhir Renstra 100");
  }

  @Test
  void kemajuan_of_a_cumulative_indicator_adds_the_realisasi_of_every_renstra_year() {
    Indikator c = Indikator.builder().nama("Jumlah desa dibina").satuan(Satuan.of("desa")).polaritas(Polaritas.POSITIF)
        .sifat(SifatIndikator.KUMULATIF).agregasi(Agregasi.SUM).build();
    LaporanKinerja ok = kumulatif(c, "75%");
    assertThat(Audit.periksa(ok).temuan()).isEmpty();
    banding(satu(kumulatif(c, "30%")), AturanAudit.KEMAJUAN_MISMATCH, di(Bagian.TABEL_1_3, "Tabel 1.3",
        Baris.Indikator.of(c.nama()), Kolom.KEMAJUAN), "30", "75", "-45", Sumber.DIHITUNG);
    assertThat(satu(kumulatif(c, "30%")).pesan(Bahasa.INDONESIA)).contains("jumlah realisasi 2021–2023 sebesar 15");
  }

  @Test
  void table_1_3_shows_the_realisasi_to_date_of_a_cumulative_indicator_also_when_it_prints_no_row() {
    Indikator c = Indikator.builder().nama("Jumlah desa dibina").satuan(Satuan.of("desa")).polaritas(Polaritas.POSITIF)
        .sifat(SifatIndikator.KUMULATIF).agregasi(Agregasi.SUM).build();
    LaporanKinerja tanpaBaris = kumulatif(c, "75%").withTercetak(Tercetak.builder().build());
    LaporanDihitung r = LaporanDihitung.hitung(tanpaBaris, KebijakanAudit.standar());
    Lokasi realisasi = Lokasi.of(Bagian.TABEL_1_3).withBaris(Baris.Indikator.of(c.nama())).withKolom(Kolom.REALISASI);
    assertThat(r.sel(realisasi).orElseThrow().format(Bahasa.INDONESIA)).isEqualTo("15");
    assertThat(r.sel(realisasi.withKolom(Kolom.KEMAJUAN)).orElseThrow().format(Bahasa.INDONESIA)).isEqualTo("75,00%");
  }

  private static LaporanKinerja kumulatif(Indikator c, String kemajuan) {
    return LaporanKinerja.builder().instansi("Dinas Uji").tahun(2023)
        .renstra(Renstra.builder().tahunAwal(2021).tahunAkhir(2026).addTujuan(Tujuan.builder().nama("T")
            .addSasaran(SasaranRenstra.builder().nama("S").addIndikator(IndikatorRenstra.builder().indikator(c)
                .targetAkhir(Target.angka(20)).build()).build()).build()).build())
        .perjanjianKinerja(PerjanjianKinerja.builder().tahun(2023)
            .addTarget(TargetKinerja.builder().sasaran("S").indikator(c).target(Target.angka(6)).build()).build())
        .addRealisasiIku(RealisasiIku.builder().indikator(c.nama()).putRealisasi(2021, new BigDecimal(4))
            .putRealisasi(2022, new BigDecimal(5)).putRealisasi(2023, new BigDecimal(6)).build())
        .tercetak(Tercetak.builder().addKemajuan(BarisKemajuan.builder().tempat("Tabel 1.3").indikator(c.nama())
            .targetAkhir(t("20")).realisasi(t("15")).kemajuan(t(kemajuan)).build()).build())
        .build();
  }

  @Test
  void a_table_3_1_alokasi_that_differs_from_the_linked_budget_rows_is_found() {
    Tercetak printed = tercetak().withAnggaranSasaran(List.of(
        BarisAnggaranSasaran.builder().tempat("Tabel 3.1").indikator(A).alokasi(t("650.000")).porsi(t("60%")).build()));
    Temuan f = satu(dokumen(printed));
    banding(f, AturanAudit.ALOKASI_MISMATCH, di(Bagian.TABEL_3_1, "Tabel 3.1", Baris.Indikator.of(A), Kolom.ALOKASI),
        "650000", "600000", "50000", Sumber.DOKUMEN_LAIN);
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("7.01.02.2.01").contains("Rp600.000,00");
  }

  @Test
  void a_table_3_2_budget_realisasi_that_differs_from_table_b_is_found() {
    Tercetak printed = tercetak().withAnggaranSasaran(List.of(
        BarisAnggaranSasaran.builder().tempat("Tabel 3.2").indikator(A).alokasi(t("600.000"))
            .realisasiAnggaran(t("550.000")).serapan(t("90%")).build()));
    banding(satu(dokumen(printed)), AturanAudit.REALISASI_ANGGARAN_MISMATCH, di(Bagian.TABEL_3_2, "Tabel 3.2",
        Baris.Indikator.of(A), Kolom.REALISASI_ANGGARAN), "550000", "540000", "10000", Sumber.DOKUMEN_LAIN);
  }

  @Test
  void shares_are_taken_of_the_budget_version_the_report_uses() {
    LaporanKinerja lkj = dokumen()
        .withPerjanjianKinerja(DokumenUji.pk().withAnggaran(
            DokumenUji.pk().anggaran().get(0), AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI)
                .addProgram(ProgramPk.of("Program Penyelenggaraan", Rupiah.of(2_000_000))).build()))
        .withRealisasiAnggaran(DokumenUji.tabelB(VersiAnggaran.APBD_MURNI));
    HasilAudit murni = Audit.periksa(lkj);
    assertThat(murni.temuan()).extracting(Temuan::aturan)
        .containsExactly(AturanAudit.BUDGET_VERSIONS, AturanAudit.SHARE_MISMATCH);
    banding(murni.temuan(AturanAudit.SHARE_MISMATCH).get(0), AturanAudit.SHARE_MISMATCH, di(Bagian.TABEL_3_1,
        "Tabel 3.1", Baris.Indikator.of(A), Kolom.PORSI), "60", "30", "30", Sumber.DIHITUNG);
    assertThat(Audit.periksa(lkj, KebijakanAudit.standar().withVersiAnggaran(Bagian.TABEL_3_1,
        VersiAnggaran.APBD_PERUBAHAN)).temuan()).extracting(Temuan::aturan)
        .containsExactly(AturanAudit.BUDGET_VERSIONS);
  }

  @Test
  void a_share_under_a_version_the_pk_does_not_carry_is_not_computable() {
    LaporanKinerja lkj = dokumen().withRealisasiAnggaran(DokumenUji.tabelB(VersiAnggaran.APBD_MURNI));
    Temuan f = satu(lkj);
    assertThat(f.aturan()).isEqualTo(AturanAudit.NOT_COMPUTABLE);
    assertThat(f.lokasi().kolom()).contains(Kolom.PORSI);
    assertThat(f.pesan(Bahasa.INGGRIS)).contains("the PK carries no APBD murni (original budget) budget");
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("PK tidak memuat anggaran APBD murni");
  }

  @Test
  void efficiency_is_recomputed_from_the_recomputed_capaian_unless_the_policy_says_printed() {
    Tercetak printed = tercetak().withAnggaranSasaran(List.of(
        BarisAnggaranSasaran.builder().tempat("Tabel 3.3").indikator(A).capaianKinerja(t("110%"))
            .serapan(t("90%")).efisiensi(t("10%")).build()));
    banding(satu(dokumen(printed)), AturanAudit.EFFICIENCY_MISMATCH, di(Bagian.TABEL_3_3, "Tabel 3.3",
        Baris.Indikator.of(A), Kolom.EFISIENSI), "10", "20", "-10", Sumber.DIHITUNG);
    Tercetak capped = tercetak().withAnggaranSasaran(List.of(
        BarisAnggaranSasaran.builder().tempat("Tabel 3.3").indikator(A).capaianKinerja(t("100%"))
            .serapan(t("90%")).efisiensi(t("10%")).build()));
    HasilAudit fromRecomputed = Audit.periksa(dokumen(capped));
    assertThat(fromRecomputed.temuan()).extracting(Temuan::aturan)
        .containsExactly(AturanAudit.CAPPED_WITHOUT_POLICY, AturanAudit.EFFICIENCY_MISMATCH);
    assertThat(Audit.periksa(dokumen(capped), KebijakanAudit.standar().withEfisiensiDariCapaianTercetak(true))
        .temuan()).extracting(Temuan::aturan).containsExactly(AturanAudit.CAPPED_WITHOUT_POLICY);
  }

  @Test
  void a_capped_capaian_without_a_cap_policy_is_a_warning_and_a_declared_cap_is_not() {
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "80", "88", "100%"),
        capaian("Tabel 1.1", B, 2022, "8", "9", "87,5%")));
    Temuan f = satu(dokumen(printed));
    banding(f, AturanAudit.CAPPED_WITHOUT_POLICY, di(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(A, 2022),
        Kolom.CAPAIAN), "100", "110", "-10", Sumber.DIHITUNG);
    assertThat(f.pesan(Bahasa.INGGRIS)).contains("capped at 100%");
    Lokasi cell = di(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(A, 2022), Kolom.CAPAIAN);
    HasilAudit capped = Audit.periksa(dokumen(printed), KebijakanAudit.standar().withBatas(BatasCapaian.MAKS_100));
    assertThat(capped.temuan()).extracting(Temuan::lokasi).doesNotContain(cell);
    // Under a declared cap the rows that print the raw 110% differ, and so does table 3.3's
    // efficiency, which is now of the capped capaian (100 − 90 = 10, printed 20).
    assertThat(capped.temuan()).extracting(Temuan::aturan)
        .containsOnly(AturanAudit.CAPAIAN_MISMATCH, AturanAudit.EFFICIENCY_MISMATCH);
  }

  @Test
  void a_capaian_that_does_not_recompute_is_an_error() {
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "80", "88", "101,75%"),
        capaian("Tabel 1.1", B, 2022, "8", "9", "87,5%")));
    Temuan f = satu(dokumen(printed));
    banding(f, AturanAudit.CAPAIAN_MISMATCH, di(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(A, 2022),
        Kolom.CAPAIAN), "101.75", "110.00", "-8.25", Sumber.DIHITUNG);
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("tercetak 101,75%").contains("110,00%").contains("-8,25%");
    assertThat(f.pesan(Bahasa.INGGRIS)).contains("printed 101.75%").contains("110.00%").contains("-8.25%");
  }

  @Test
  void a_capaian_a_policy_set_is_compared_and_its_finding_names_the_policy_not_the_formula() {
    // B: "kurang dari 9" met by a realisasi of exactly 9 is missed; KebijakanBatasKetat.NOL scores it 0
    Target kurangDari9 = new Target.Pertidaksamaan(Target.Operator.KURANG_DARI, new BigDecimal(9));
    PerjanjianKinerja pk = DokumenUji.pk().withTarget(List.of(DokumenUji.pk().target().get(0),
        TargetKinerja.builder().sasaran("S2").indikator(DokumenUji.IND_B).target(kurangDari9).build()));
    RealisasiIku ikuB = RealisasiIku.builder().indikator(B).putRealisasi(2021, new BigDecimal(9))
        .putRealisasi(2022, new BigDecimal(9)).putTarget(2021, Target.angka(8)).putTarget(2022, kurangDari9).build();
    LaporanKinerja lkj = dokumen().withPerjanjianKinerja(pk).withRealisasiIku(List.of(DokumenUji.iku(A, 80, "88", 80, "80"), ikuB));
    KebijakanAudit nol = KebijakanAudit.standar()
        .withKalkulator(KalkulatorCapaian.standar().withKebijakanBatasKetat(KebijakanBatasKetat.NOL));

    Temuan f = Audit.periksa(lkj, nol).temuan().stream()
        .filter(t -> t.aturan() == AturanAudit.CAPAIAN_MISMATCH).findFirst().orElseThrow();
    assertThat(f.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("0");
    assertThat(f.pesan(Bahasa.INGGRIS)).doesNotContain("(2T − R) / T × 100").containsIgnoringCase("strict");
  }

  @Test
  void a_printed_category_that_is_not_the_scales_category_of_the_capaian_is_found() {
    BarisCapaian b = BarisCapaian.builder().tempat("Tabel 1.1").indikator(B).tahun(2022).target(t("8"))
        .realisasi(t("9")).capaian(t("87,5%")).kategori("Berhasil").build();
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "80", "88", "110%"), b,
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2022).realisasi(t("88")).build(),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2021).realisasi(t("80")).build(),
        capaian("Tabel 3.2", A, 2022, "80", "88", "110%")));
    Temuan f = satu(dokumen(printed));
    assertThat(f.aturan()).isEqualTo(AturanAudit.CATEGORY_MISMATCH);
    assertThat(f.lokasi()).isEqualTo(di(Bagian.TABEL_1_1, "Tabel 1.1", Baris.Indikator.of(B, 2022), Kolom.KATEGORI));
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("kategori tercetak 'Berhasil'").contains("87,50%")
        .contains("'Sangat berhasil'");
    assertThat(f.pesan(Bahasa.INGGRIS)).contains("printed category 'Berhasil'").contains("87.50%");
    Tercetak same = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "80", "88", "110%"),
        b.withKategori("  sangat   BERHASIL "),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2022).realisasi(t("88")).build(),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2021).realisasi(t("80")).build(),
        capaian("Tabel 3.2", A, 2022, "80", "88", "110%")));
    assertThat(Audit.periksa(dokumen(same)).temuan()).isEmpty();
  }

  @Test
  void a_table_b_row_percentage_and_a_total_printed_as_the_mean_are_found() {
    Tercetak printed = tercetak().withSerapanTabelB(java.util.Map.of(kode("7.01.02.2.01"), t("90"), kode("7.01.02"),
        t("90"), kode("7.01.02.2.02"), t("91")));
    banding(satu(dokumen(printed)), AturanAudit.SERAPAN_MISMATCH, new Lokasi(Bagian.TABEL_B, Optional.empty(),
        Optional.of(new Baris.Kode("7.01.02.2.02")), Optional.of(Kolom.SERAPAN)), "91", "90", "1", Sumber.DIHITUNG);
    TabelRealisasiAnggaran uneven = TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
        .anggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan").anak(
            NodeAnggaran.of("7.01.02.2.01", "Kegiatan Pelayanan", Rupiah.of(600_000), Rupiah.of(600_000)),
            NodeAnggaran.of("7.01.02.2.02", "Kegiatan Pengaduan", Rupiah.of(400_000), Rupiah.of(200_000))).build()))
        .build();
    Tercetak mean = Tercetak.builder().putSerapanTabelB(kode("7.01.02.2.01"), t("100"))
        .putSerapanTabelB(kode("7.01.02.2.02"), t("50")).serapanJumlahTabelB(t("75")).build();
    Temuan f = satu(dokumen(mean).withRealisasiAnggaran(uneven));
    banding(f, AturanAudit.MEAN_OF_PERCENTAGES, new Lokasi(Bagian.TABEL_B, Optional.empty(),
        Optional.of(new Baris.Jumlah()), Optional.of(Kolom.SERAPAN)), "75", "80", "-5", Sumber.DIHITUNG);
    assertThat(f.pesan(Bahasa.INGGRIS)).contains("mean of the row percentages (75.00%)");
  }

  @Test
  void table_b_sums_are_checked_as_cells_and_totals() {
    TabelRealisasiAnggaran missingRow = DokumenUji.tabelB(VersiAnggaran.APBD_PERUBAHAN)
        .withAnggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan")
            .pagu(Rupiah.of(1_000_000)).realisasi(Rupiah.of(900_000))
            .anak(NodeAnggaran.of("7.01.02.2.01", "Kegiatan Pelayanan", Rupiah.of(600_000), Rupiah.of(540_000)))
            .build()));
    Tercetak printed = tercetak().withSerapanTabelB(java.util.Map.of(kode("7.01.02.2.01"), t("90")))
        .withAnggaranSasaran(List.of());
    HasilAudit hasil = Audit.periksa(dokumen(printed).withRealisasiAnggaran(missingRow));
    assertThat(hasil.temuan()).extracting(Temuan::aturan).containsExactly(
        AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH, AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH,
        AturanAnggaran.BUDGET_TOTAL_MISMATCH, AturanAnggaran.BUDGET_TOTAL_MISMATCH);
    assertThat(hasil.temuan()).extracting(x -> x.selisih().orElseThrow().stripTrailingZeros().toPlainString())
        .containsExactly("400000", "360000", "400000", "360000");
  }

  @Test
  void a_narrative_figure_is_checked_against_its_own_ratio_and_the_iku() {
    Tercetak ratio = tercetak().withNarasi(List.of(AngkaNarasi.builder().tempat("Bab III A.2").indikator(A).tahun(2022)
        .besaran(Besaran.REALISASI).nilai(t("88")).pembilang(new BigDecimal(9)).penyebut(new BigDecimal(10)).build()));
    banding(satu(dokumen(ratio)), AturanAudit.NARRATIVE_RATIO_MISMATCH, di(Bagian.NARASI, "Bab III A.2",
        new Baris.Narasi(A, 2022, Kolom.REALISASI), Kolom.NILAI), "88", "90.00", "-2", Sumber.DIHITUNG);
    Tercetak iku = tercetak().withNarasi(List.of(AngkaNarasi.builder().tempat("Bab III A.2").indikator(A).tahun(2022)
        .besaran(Besaran.REALISASI).nilai(t("100%")).pembilang(new BigDecimal(10)).penyebut(new BigDecimal(10))
        .build()));
    banding(satu(dokumen(iku)), AturanAudit.PRINTED_REALISASI_MISMATCH, di(Bagian.NARASI, "Bab III A.2",
        new Baris.Narasi(A, 2022, Kolom.REALISASI), Kolom.REALISASI), "100", "88", "12", Sumber.DOKUMEN_LAIN);
  }

  @Test
  void a_realisasi_of_another_year_is_checked_against_the_iku_table() {
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "80", "88", "110%"),
        capaian("Tabel 1.1", B, 2022, "8", "9", "87,5%"), capaian("Tabel 3.2", A, 2022, "80", "88", "110%"),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2022).realisasi(t("88")).build(),
        BarisCapaian.builder().tempat("Tabel 1.2").indikator(A).tahun(2021).realisasi(t("81")).build()));
    banding(satu(dokumen(printed)), AturanAudit.PRINTED_REALISASI_MISMATCH, di(Bagian.TABEL_1_2, "Tabel 1.2",
        Baris.Indikator.of(A, 2021), Kolom.REALISASI), "81", "80", "1", Sumber.DOKUMEN_LAIN);
  }

  @Test
  void a_quarterly_series_that_disagrees_with_the_yearly_figure_is_found() {
    RealisasiIku withQuarters = DokumenUji.iku(A, 80, "88", 80, "80")
        .withPeriode(DeretPeriode.builder(Periodisasi.TRIWULAN).nilai(1, new BigDecimal(70)).nilai(2, new BigDecimal(80))
            .nilai(3, new BigDecimal(85)).nilai(4, new BigDecimal(95)).build());
    LaporanKinerja lkj = dokumen().withRealisasiIku(withQuarters, DokumenUji.iku(B, 8, "9", 8, "9"));
    banding(satu(lkj), AturanAudit.PERIOD_SERIES_MISMATCH, new Lokasi(Bagian.REALISASI_IKU, Optional.empty(),
        Optional.of(Baris.Indikator.of(A, 2022)), Optional.of(Kolom.REALISASI)), "88", "95", "-7", Sumber.DIHITUNG);
  }

  @Test
  void a_period_series_is_compared_at_the_precision_of_its_yearly_figure() {
    Indikator rata = Indikator.builder().nama(A).satuan(Satuan.of("Indeks")).polaritas(Polaritas.POSITIF)
        .agregasi(Agregasi.AVERAGE).build();
    RealisasiIku quarters = DokumenUji.iku(A, 80, "10.33", 80, "80")
        .withPeriode(DeretPeriode.builder(Periodisasi.TRIWULAN).nilai(1, new BigDecimal(10)).nilai(2, new BigDecimal(10))
            .nilai(3, new BigDecimal(11)).build());
    LaporanKinerja lkj = dokumen(Tercetak.builder().build())
        .withPerjanjianKinerja(DokumenUji.pk().withTarget(
            TargetKinerja.builder().sasaran("S1").indikator(rata).target(Target.angka(80)).build(),
            DokumenUji.pk().target().get(1)))
        .withRealisasiIku(quarters, DokumenUji.iku(B, 8, "9", 8, "9"));
    assertThat(Audit.periksa(lkj).temuan(AturanAudit.PERIOD_SERIES_MISMATCH)).isEmpty();
    Temuan f = Audit.periksa(lkj.withRealisasiIku(quarters
        .withRealisasi(java.util.Map.of(2021, new BigDecimal(80), 2022, new BigDecimal("10.40"))),
        DokumenUji.iku(B, 8, "9", 8, "9"))).temuan(AturanAudit.PERIOD_SERIES_MISMATCH).get(0);
    assertThat(f.pembanding().orElseThrow().nilai().angka()).isEqualByComparingTo("10.33");
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("menghasilkan 10,33 (selisih 0,07)");
  }

  @Test
  void a_narrative_figure_printed_without_a_value_is_reported_once() {
    Tercetak printed = tercetak().withNarasi(List.of(AngkaNarasi.builder().tempat("Bab III A.2").indikator(A)
        .tahun(2022).besaran(Besaran.REALISASI).nilai(t("-")).pembilang(new BigDecimal(88))
        .penyebut(new BigDecimal(100)).build()));
    Temuan f = satu(dokumen(printed));
    assertThat(f.aturan()).isEqualTo(AturanAudit.NOT_COMPUTABLE);
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("angka dicetak tanpa nilai");
  }

  @Test
  void without_table_b_shares_are_taken_of_the_pks_only_budget_version() {
    LaporanKinerja lkj = dokumen().withRealisasiAnggaran(Optional.empty())
        .withPerjanjianKinerja(DokumenUji.pk().withAnggaran(
            AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI)
                .addProgram(ProgramPk.of("Program Penyelenggaraan", Rupiah.of(1_000_000))).build()));
    // Without table B its printed percentages and the budget realisasi per sasaran cannot be checked.
    assertThat(Audit.periksa(lkj).temuan()).extracting(Temuan::aturan).containsOnly(AturanAudit.NOT_COMPUTABLE)
        .hasSize(4);
    assertThat(LaporanDihitung.hitung(lkj, KebijakanAudit.standar()).sel(di(Bagian.TABEL_3_1, "Tabel 3.1",
        Baris.Indikator.of(A), Kolom.PORSI)).orElseThrow().status()).isEqualTo(Sel.Status.SESUAI);
  }

  @Test
  void an_rkt_target_that_differs_from_the_pk_is_found() {
    LaporanKinerja lkj = dokumen().withRkt(DokumenUji.rkt()
        .withSasaran(SasaranRkt.builder().target(TargetKinerja.builder().sasaran("S1").indikator(DokumenUji.IND_A)
                .target(Target.angka(100)).build()).addPendukung(kode("7.01.02.2.01")).build(),
            DokumenUji.rkt().sasaran().get(1)));
    Temuan f = satu(lkj);
    banding(f, AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS, new Lokasi(Bagian.RKT, Optional.of("S1"),
        Optional.of(Baris.Indikator.of(A, 2022)), Optional.of(Kolom.TARGET)), "100", "80", "20", Sumber.DOKUMEN_LAIN);
    assertThat(f.pesan(Bahasa.INDONESIA)).contains("RKT menetapkan target tahun 2022 untuk indikator")
        .contains("Perjanjian Kinerja menetapkan 80");
  }

  @Test
  void an_indicator_no_document_has_and_a_target_of_zero_cannot_be_recomputed() {
    List<BarisCapaian> rows = new java.util.ArrayList<>(tercetak().capaian());
    rows.add(capaian("Bab I C.2", "Indikator lain", 2021, "5", "5", "100%"));
    Tercetak unknown = tercetak().withCapaian(rows);
    HasilAudit hasil = Audit.periksa(dokumen(unknown));
    assertThat(hasil.temuan()).extracting(Temuan::aturan).containsOnly(AturanAudit.UNKNOWN_INDICATOR).hasSize(3);
    assertThat(hasil.temuan().get(0).lokasi()).isEqualTo(di(Bagian.LAIN, "Bab I C.2",
        Baris.Indikator.of("Indikator lain", 2021), Kolom.TARGET));
    LaporanKinerja zero = dokumen().withPerjanjianKinerja(DokumenUji.pk()
        .withTarget(TargetKinerja.builder().sasaran("S1").indikator(DokumenUji.IND_A).target(Target.angka(0))
            .build(), DokumenUji.pk().target().get(1)))
        .withRealisasiIku(DokumenUji.iku(A, 0, "88", 80, "80"), DokumenUji.iku(B, 8, "9", 8, "9"))
        .withRenstra(Renstra.builder().tahunAwal(2021).tahunAkhir(2026).build());
    Tercetak printed = tercetak().withCapaian(List.of(capaian("Tabel 1.1", A, 2022, "0", "88", "100%")))
        .withKemajuan(List.of());
    HasilAudit z = Audit.periksa(zero.withTercetak(printed));
    assertThat(z.temuan()).extracting(Temuan::aturan).containsExactly(AturanAudit.NOT_COMPUTABLE,
        AturanAudit.NOT_COMPUTABLE, AturanAudit.NOT_COMPUTABLE, AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS);
    assertThat(z.temuan(AturanAudit.NOT_COMPUTABLE)).extracting(f -> f.lokasi().kolom().orElseThrow())
        .containsExactly(Kolom.CAPAIAN, Kolom.CAPAIAN_KINERJA, Kolom.EFISIENSI);
    assertThat(z.temuan()).first().satisfies(f -> {
      assertThat(f.pesan(Bahasa.INDONESIA)).contains("penyebutnya nol");
      assertThat(f.pesan(Bahasa.INGGRIS)).contains("denominator is zero");
    });
  }

  @Test
  void an_alokasi_whose_linked_rows_sum_beyond_the_rupiah_range_is_a_finding_of_its_own() {
    // The tree's total is in range (MAX − 2 sen + 1 sen); the two rows linked to sasaran S1 are not.
    PohonAnggaran pohon = PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan").anak(
        NodeAnggaran.of("7.01.02.2.01", "Kegiatan Pelayanan", Rupiah.MAX, Rupiah.ZERO),
        NodeAnggaran.of("7.01.02.2.02", "Kegiatan Pengaduan", Rupiah.ofSen(-2), Rupiah.ZERO),
        NodeAnggaran.of("7.01.02.2.03", "Kegiatan Lain", Rupiah.ofSen(1), Rupiah.ZERO)).build());
    LaporanKinerja lkj = dokumen(Tercetak.builder().build())
        .withRkt(DokumenUji.rkt().withAnggaran(pohon).withSasaran(
            SasaranRkt.builder().target(DokumenUji.rkt().sasaran().get(0).target())
                .addPendukung(kode("7.01.02.2.01"), kode("7.01.02.2.03")).build(),
            DokumenUji.rkt().sasaran().get(1)))
        .withRealisasiAnggaran(DokumenUji.tabelB(VersiAnggaran.APBD_PERUBAHAN)
            .withAnggaran(pohon).withJumlahPagu(Optional.empty()).withJumlahRealisasi(Optional.empty()));
    HasilAudit hasil = Audit.periksa(lkj);
    assertThat(hasil.temuan(AturanAudit.AMOUNT_OUT_OF_RANGE)).singleElement().satisfies(t -> {
      assertThat(t.lokasi().baris()).contains(new Baris.Sasaran("S1"));
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("(7.01.02.2.01, 7.01.02.2.03)");
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("±Rp92.233.720.368.547.758,07");
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("±Rp92,233,720,368,547,758.07");
    });
  }

  @Test
  void amounts_at_the_edge_of_the_rupiah_range_give_findings_not_exceptions() {
    TabelRealisasiAnggaran edge = TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
        .anggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02.2.01", "Kegiatan").pagu(Rupiah.ofSen(-100))
            .realisasi(Rupiah.MAX).build()))
        .jumlahPagu(Rupiah.MIN).jumlahRealisasi(Rupiah.MAX).build();
    HasilAudit hasil = Audit.periksa(dokumen(Tercetak.builder().build()).withRealisasiAnggaran(edge));
    Temuan over = hasil.temuan(AturanAnggaran.REALISASI_EXCEEDS_PAGU).get(0);
    assertThat(over.selisih().orElseThrow()).isEqualByComparingTo(Rupiah.MAX.toBigDecimal().add(BigDecimal.ONE));
    assertThat(hasil.temuan(AturanAnggaran.BUDGET_TOTAL_MISMATCH)).singleElement().satisfies(f ->
        assertThat(f.selisih().orElseThrow()).isEqualByComparingTo(Rupiah.MIN.toBigDecimal().add(BigDecimal.ONE)));
  }
}
