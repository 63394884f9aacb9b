package id.sakip.pohon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.PenetapIdIndikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The performance tree: construction rules, one planted inconsistency per check, the roll-up on worked figures. */
class PohonKinerjaTest {

  private static final Lokasi DASAR = Lokasi.diTempat("Pohon kinerja");
  private static final KalkulatorCapaian STANDAR = KalkulatorCapaian.standar();

  // ------------------------------------------------------------------ construction

  @Test
  void the_clean_tree_is_indexed_and_has_no_finding() {
    PohonKinerja pohon = Contoh.pohon();
    assertThat(pohon.semuaNode()).extracting(NodePohon::tingkat).containsExactly(TingkatPohon.values());
    assertThat(pohon.semuaIndikator()).extracting(IndikatorPohon::id)
        .containsExactly(Contoh.SKM, Contoh.PROGRAM, Contoh.KEGIATAN, Contoh.SUB);
    assertThat(pohon.pemilik(Contoh.SUB).orElseThrow().tingkat()).isEqualTo(TingkatPohon.SUB_KEGIATAN);
    NodePohon sub = pohon.pemilik(Contoh.SUB).orElseThrow();
    assertThat(pohon.induk(sub)).containsSame(pohon.pemilik(Contoh.KEGIATAN).orElseThrow());
    assertThat(pohon.induk(pohon.akar().get(0))).isEmpty();
    assertThat(pohon.pendukung(Contoh.PROGRAM)).extracting(IndikatorPohon::id).containsExactly(Contoh.KEGIATAN);
    assertThat(pohon.pendukung(Contoh.SUB)).isEmpty();
    assertThat(PemeriksaanPohon.periksa(pohon, DASAR)).isEmpty();
    assertThat(pohon).isEqualTo(Contoh.pohon()).hasSameHashCodeAs(Contoh.pohon());
    assertThat(pohon.unit()).isEmpty();
    UnitOrganisasi kromengan = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");
    PohonKinerja milik = PohonKinerja.of(kromengan, pohon.akar());
    assertThat(milik.unit()).contains(kromengan);
    assertThat(milik).isNotEqualTo(pohon);
  }

  @Test
  void a_child_must_sit_exactly_one_level_below_its_parent() {
    NodePohon sub = Contoh.sub(Contoh.subIndikator(), Contoh.PAGU_KEGIATAN);
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.PROGRAM).nama("Program")
            .kode(KodeNomenklatur.parse("7.01.02")).addAnak(sub).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sub kegiatan '7.01.02.2.03.01").hasMessageContaining("exactly one level below")
        .hasMessageContaining("tepat satu tingkat");
    NodePohon tujuan = NodePohon.builder().tingkat(TingkatPohon.TUJUAN).nama("Tujuan").build();
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.SASARAN).nama("Sasaran").addAnak(tujuan).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tujuan 'Tujuan' cannot sit here");
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub")
            .kode(KodeNomenklatur.parse("7.01.02.2.03.01")).addAnak(sub).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void budget_levels_need_a_code_of_their_level_and_plan_levels_carry_none() {
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.KEGIATAN).nama("Kegiatan").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodePohon.kode")
        .hasMessageContaining("needs its nomenclature code").hasMessageContaining("memerlukan kode");
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.KEGIATAN).nama("Kegiatan")
            .kode(KodeNomenklatur.parse("7.01.02")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7.01.02 is a PROGRAM code");
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.SASARAN).nama("Sasaran")
            .kode(KodeNomenklatur.parse("7.01.02")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carries no nomenclature code");
    assertThatThrownBy(() -> NodePohon.builder().tingkat(TingkatPohon.SASARAN).nama(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodePohon.nama");
  }

  @Test
  void a_budget_node_gives_level_code_name_and_pagu() {
    NodePohon node = NodePohon.dari(NodeAnggaran.of("7.01.02.2.03", "Pelaksanaan Urusan", Rupiah.of(7_682_800L))).build();
    assertThat(node.tingkat()).isEqualTo(TingkatPohon.KEGIATAN);
    assertThat(node.kode()).contains(KodeNomenklatur.parse("7.01.02.2.03"));
    assertThat(node.pagu()).contains(Rupiah.of(7_682_800L));
    assertThat(node.label()).isEqualTo("7.01.02.2.03 Pelaksanaan Urusan");
    assertThatThrownBy(() -> NodePohon.dari(NodeAnggaran.of("7.01", "Bidang", Rupiah.ZERO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7.01");
  }

  @Test
  void an_indicator_id_names_one_indicator_of_the_tree() {
    IndikatorPohon dup = Contoh.ind(Contoh.KEGIATAN, "Lain", "%", 1, "1").mendukung(Contoh.PROGRAM).build();
    assertThatThrownBy(() -> Contoh.pohon(List.of(Contoh.sub(dup, Contoh.PAGU_KEGIATAN)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    IndikatorPohon dupSub = Contoh.ind(Contoh.PROGRAM, "Lain", "%", 1, "1").mendukung(Contoh.KEGIATAN).build();
    assertThatThrownBy(() -> Contoh.pohon(List.of(Contoh.sub(dupSub, Contoh.PAGU_KEGIATAN)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicator id 'program-7.01.02' is used on '7.01.02 Program")
        .hasMessageContaining("and on '7.01.02.2.03.01");
  }

  @Test
  void one_node_object_held_twice_is_refused() {
    NodePohon sub = Contoh.sub(null, Rupiah.ZERO);
    assertThatThrownBy(() -> Contoh.pohon(List.of(sub, sub), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held twice");
  }

  @Test
  void an_indicator_cannot_support_itself_nor_weigh_zero() {
    assertThatThrownBy(() -> Contoh.ind(Contoh.SUB, "X", "%", 1, "1").mendukung(Contoh.SUB).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supports itself");
    assertThatThrownBy(() -> Contoh.ind(Contoh.SUB, "X", "%", 1, "1").bobot(id.sakip.angka.Pecahan.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bobot").hasMessageContaining("0");
  }

  // ------------------------------------------------------------------ one planted inconsistency per check

  private static Temuan satu(PohonKinerja pohon) {
    List<Temuan> all = PemeriksaanPohon.periksa(pohon, DASAR);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void an_output_indicator_that_supports_nothing_is_found() {
    IndikatorPohon lepas = Contoh.ind(Contoh.SUB, "Jumlah pelayanan administrasi umum dan kependudukan", "KK/KTP/Mutasi",
        2100, "2850").build();
    Temuan t = satu(Contoh.pohon(List.of(Contoh.sub(lepas, Contoh.PAGU_KEGIATAN)), List.of()));
    assertThat(t.aturan()).isEqualTo(AturanPohon.INDICATOR_WITHOUT_PARENT);
    assertThat(t.lokasi().baris()).contains(Baris.Indikator.of("Jumlah pelayanan administrasi umum dan kependudukan"));
    assertThat(t.rincian()).containsEntry("id", Contoh.SUB.nilai()).containsEntry("tingkat", "sub kegiatan");
    assertThat(t.pesan(Bahasa.INGGRIS)).isEqualTo("Pohon kinerja › indicator 'Jumlah pelayanan administrasi umum dan"
        + " kependudukan' › indicator: indicator keluaran-7.01.02.2.03.01 of sub kegiatan '7.01.02.2.03.01 Pelaksanaan"
        + " Urusan Pemerintahan yang terkait dengan kewenangan lain' supports no indicator; every indicator below"
        + " sasaran level supports one of the level above.");
    assertThat(t.pesan(Bahasa.INDONESIA)).contains("tidak mendukung indikator mana pun");
  }

  @Test
  void a_budgeted_sub_kegiatan_without_indicator_is_found_and_an_unbudgeted_one_is_not() {
    NodePohon kosong = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub tanpa indikator")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.02")).pagu(Rupiah.of(1_000_000L)).build();
    NodePohon nol = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub tanpa pagu")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.03")).pagu(Rupiah.ZERO).build();
    Temuan t = satu(Contoh.pohon(List.of(Contoh.sub(Contoh.subIndikator(), Contoh.PAGU_KEGIATAN), kosong, nol), List.of()));
    assertThat(t.aturan()).isEqualTo(AturanPohon.BUDGETED_SUB_KEGIATAN_WITHOUT_INDICATOR);
    assertThat(t.lokasi().baris()).contains(new Baris.Kode("7.01.02.2.03.02"));
    assertThat(t.pesan(Bahasa.INDONESIA)).isEqualTo("Pohon kinerja › kode 7.01.02.2.03.02 › indikator: sub kegiatan"
        + " '7.01.02.2.03.02 Sub tanpa indikator' memiliki pagu Rp1.000.000,00 tetapi tidak memiliki indikator"
        + " keluaran, sehingga tidak mendukung indikator mana pun.");
  }

  @Test
  void a_sasaran_without_program_is_found() {
    NodePohon musrenbang = NodePohon.builder().tingkat(TingkatPohon.SASARAN)
        .nama("Meningkatnya Partisipasi Masyarakat dalam Musrenbangcam")
        .addIndikator(Contoh.ind(IdIndikator.of("musrenbang"), "Persentase partisipasi", "%", 90, "90").build())
        .build();
    Temuan t = satu(Contoh.pohon(List.of(Contoh.sub(Contoh.subIndikator(), Contoh.PAGU_KEGIATAN)), List.of(musrenbang)));
    assertThat(t.aturan()).isEqualTo(AturanPohon.SASARAN_WITHOUT_PROGRAM);
    assertThat(t.lokasi().baris()).contains(new Baris.Sasaran("Meningkatnya Partisipasi Masyarakat dalam Musrenbangcam"));
    assertThat(t.pesan(Bahasa.INGGRIS)).endsWith("has no program under it; every sasaran is pursued through programs.");
  }

  @Test
  void a_child_pagu_above_its_parent_is_found_with_the_difference() {
    Temuan t = satu(Contoh.pohon(List.of(Contoh.sub(Contoh.subIndikator(), Rupiah.of(8_000_000L))), List.of()));
    assertThat(t.aturan()).isEqualTo(AturanPohon.PAGU_EXCEEDS_PARENT);
    assertThat(t.lokasi()).isEqualTo(DASAR.withBaris(new Baris.Kode("7.01.02.2.03.01")).withKolom(Kolom.PAGU));
    assertThat(t.selisih()).contains(new BigDecimal("317200.00"));
    assertThat(t.pesan(Bahasa.INDONESIA)).contains("Rp8.000.000,00 melebihi pagu induknya '7.01.02.2.03 Pelaksanaan"
        + " Urusan Pemerintahan yang Dilimpahkan kepada Camat' Rp7.682.800,00 sebesar Rp317.200,00");
  }

  @Test
  void an_equal_pagu_is_no_finding() {
    assertThat(PemeriksaanPohon.paguMelebihiInduk(Contoh.pohon(), DASAR)).isEmpty();
  }

  @Test
  void a_link_to_an_id_the_tree_does_not_hold_is_found() {
    IndikatorPohon salah = Contoh.ind(Contoh.SUB, "Jumlah pelayanan", "KK", 2100, "2850")
        .mendukung(IdIndikator.of("kegiatan-7.01.02.2.30")).build();
    Temuan t = satu(Contoh.pohon(List.of(Contoh.sub(salah, Contoh.PAGU_KEGIATAN)), List.of()));
    assertThat(t.aturan()).isEqualTo(AturanPohon.UNKNOWN_PARENT_INDICATOR);
    assertThat(t.rincian()).containsEntry("induk", "kegiatan-7.01.02.2.30");
    assertThat(t.pesan(Bahasa.INGGRIS)).contains("supports indicator kegiatan-7.01.02.2.30, which the performance"
        + " tree does not hold");
  }

  @Test
  void a_link_that_skips_a_level_is_found() {
    IndikatorPohon lompat = Contoh.ind(Contoh.SUB, "Jumlah pelayanan", "KK", 2100, "2850").mendukung(Contoh.PROGRAM).build();
    Temuan t = satu(Contoh.pohon(List.of(Contoh.sub(lompat, Contoh.PAGU_KEGIATAN)), List.of()));
    assertThat(t.aturan()).isEqualTo(AturanPohon.PARENT_INDICATOR_NOT_ONE_LEVEL_UP);
    assertThat(t.rincian()).containsEntry("nodeInduk", "7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik");
  }

  @Test
  void identity_problems_become_findings_in_both_languages() {
    Indikator a = Contoh.indikator("Survey Kepuasan Masyarakat (SKM) Kecamatan", "Indeks");
    Indikator b = Contoh.indikator("survey kepuasan masyarakat (skm) kecamatan", "Indeks");
    Indikator c = Indikator.builder().nama("Persentase partisipasi").satuan(Satuan.of("%")).polaritas(Polaritas.POSITIF).build();
    Indikator d = Indikator.builder().nama("Persentase partisipasi").satuan(Satuan.of("Orang")).polaritas(Polaritas.POSITIF).build();
    Indikator e = Contoh.indikator("...", "%");
    List<Temuan> found = PemeriksaanPohon.identitas(PenetapIdIndikator.tetapkan(List.of(a, b, c, d, e)), DASAR);
    assertThat(found).extracting(Temuan::aturan).containsExactly(AturanPohon.INDICATOR_NAMES_ALIKE,
        AturanPohon.INDICATOR_NAME_CONFLICT, AturanPohon.INDICATOR_NAME_WITHOUT_LETTERS);
    assertThat(found.get(0).pesan(Bahasa.INGGRIS)).contains("the names 'Survey Kepuasan Masyarakat (SKM) Kecamatan',"
        + " 'survey kepuasan masyarakat (skm) kecamatan' differ");
    assertThat(found.get(1).pesan(Bahasa.INDONESIA)).contains("satuan/polaritas %/POSITIF, Orang/POSITIF");
    assertThat(found.get(2).pesan(Bahasa.INDONESIA)).contains("'...'");
  }

  // ------------------------------------------------------------------ roll-up

  private static PohonKinerja duaPendukung(String r1, long t1, String r2, long t2, long w1, long w2, String satuan2) {
    IndikatorPohon s1 = Contoh.ind(IdIndikator.of("s1"), "Jumlah KTP", "pemohon", t1, r1).mendukung(Contoh.KEGIATAN)
        .bobot(id.sakip.angka.Pecahan.of(w1)).build();
    IndikatorPohon s2 = Contoh.ind(IdIndikator.of("s2"), "Jumlah KK", satuan2, t2, r2).mendukung(Contoh.KEGIATAN)
        .bobot(id.sakip.angka.Pecahan.of(w2)).build();
    NodePohon sub1 = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub 1")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.01")).addIndikator(s1).build();
    NodePohon sub2 = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub 2")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.02")).addIndikator(s2).build();
    return Contoh.pohon(List.of(sub1, sub2), List.of());
  }

  @Test
  void weighted_roll_up_of_115_and_87_5_is_101_25_equal_weights_and_108_125_at_three_to_one() {
    PohonKinerja pohon = duaPendukung("115", 100, "7", 8, 1, 1, "pemohon");
    RekapCapaian r = pohon.rekap(Contoh.KEGIATAN, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH, STANDAR);
    assertThat(r.capaian().value()).isEqualTo(Persentase.of(new BigDecimal("101.25")));
    assertThat(r.kontributor()).containsExactly(IdIndikator.of("s1"), IdIndikator.of("s2"));
    assertThat(r.rumus()).isEqualTo(RumusKomposit.RATA_RATA_TERTIMBANG);
    PohonKinerja tigaBanding1 = duaPendukung("115", 100, "7", 8, 3, 1, "pemohon");
    assertThat(tigaBanding1.rekap(Contoh.KEGIATAN, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH,
        STANDAR).capaian().value()).isEqualTo(Persentase.of(new BigDecimal("108.125")));
    // ΣR / ΣT = 122 / 108
    assertThat(pohon.rekap(Contoh.KEGIATAN, RumusKomposit.RASIO_JUMLAH, NormalisasiBobot.BAGI_JUMLAH, STANDAR)
        .capaian().value()).isEqualTo(Persentase.ofFraction(java.math.BigInteger.valueOf(12200),
            java.math.BigInteger.valueOf(108)));
  }

  @Test
  void seed_adminduk_components_roll_up_to_100() {
    // Kromengan 2022, Bab III: 2850/2850 KTP, 1797/1797 KK, 258/258 mutasi.
    IndikatorPohon ktp = Contoh.ind(IdIndikator.of("ktp"), "Pengantar KTP", "pemohon", 2850, "2850").mendukung(Contoh.KEGIATAN).build();
    IndikatorPohon kk = Contoh.ind(IdIndikator.of("kk"), "Pengantar KK", "pemohon", 1797, "1797").mendukung(Contoh.KEGIATAN).build();
    IndikatorPohon mutasi = Contoh.ind(IdIndikator.of("mutasi"), "Mutasi", "pemohon", 258, "258").mendukung(Contoh.KEGIATAN).build();
    NodePohon sub = NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Pelayanan adminduk")
        .kode(KodeNomenklatur.parse("7.01.02.2.03.01")).addIndikator(ktp, kk, mutasi).build();
    PohonKinerja pohon = Contoh.pohon(List.of(sub), List.of());
    for (RumusKomposit rumus : List.of(RumusKomposit.RATA_RATA_TERTIMBANG, RumusKomposit.RASIO_JUMLAH)) {
      assertThat(pohon.rekap(Contoh.KEGIATAN, rumus, NormalisasiBobot.BAGI_JUMLAH, STANDAR).capaian().value())
          .as(rumus.toString()).isEqualTo(Persentase.HUNDRED);
    }
  }

  @Test
  void summing_across_units_is_not_computable_and_says_why() {
    PohonKinerja pohon = duaPendukung("115", 100, "7", 8, 1, 1, "Dokumen");
    Outcome<Persentase> c = pohon.rekap(Contoh.KEGIATAN, RumusKomposit.RASIO_JUMLAH, NormalisasiBobot.BAGI_JUMLAH, STANDAR)
        .capaian();
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("one unit");
  }

  @Test
  void weights_that_do_not_add_up_to_one_under_harus_satu_are_not_computable() {
    Outcome<Persentase> c = duaPendukung("115", 100, "7", 8, 1, 1, "pemohon")
        .rekap(Contoh.KEGIATAN, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.HARUS_SATU, STANDAR).capaian();
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("add up to 2");
  }

  @Test
  void a_supporter_without_target_or_realisasi_and_an_unsupported_indicator_are_not_computable() {
    IndikatorPohon tanpaTarget = IndikatorPohon.builder().id(Contoh.SUB).indikator(Contoh.indikator("Jumlah", "KK"))
        .mendukung(Contoh.KEGIATAN).build();
    PohonKinerja pohon = Contoh.pohon(List.of(Contoh.sub(tanpaTarget, Contoh.PAGU_KEGIATAN)), List.of());
    RekapCapaian r = pohon.rekap(Contoh.KEGIATAN, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH, STANDAR);
    assertThat(r.capaian().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(r.capaian().explanation()).contains("'keluaran-7.01.02.2.03.01' has no target");
    assertThat(r.kontributor()).containsExactly(Contoh.SUB);
    IndikatorPohon tanpaRealisasi = Contoh.ind(Contoh.SUB, "Jumlah", "KK", 10, null).mendukung(Contoh.KEGIATAN).build();
    assertThat(Contoh.pohon(List.of(Contoh.sub(tanpaRealisasi, Contoh.PAGU_KEGIATAN)), List.of())
        .rekap(Contoh.KEGIATAN, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH, STANDAR)
        .capaian().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(pohon.rekap(Contoh.SUB, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH, STANDAR)
        .capaian().explanation()).contains("no indicator of the tree supports it");
    assertThatThrownBy(() -> pohon.rekap(IdIndikator.of("nope"), RumusKomposit.RATA_RATA_TERTIMBANG,
            NormalisasiBobot.BAGI_JUMLAH, STANDAR))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
  }

  @Test
  void every_supported_indicator_is_rolled_up_and_each_indicator_has_its_own_capaian() {
    PohonKinerja pohon = Contoh.pohon();
    assertThat(pohon.rekapSemua(RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH, STANDAR))
        .containsOnlyKeys(Contoh.SKM, Contoh.PROGRAM, Contoh.KEGIATAN);
    // SKM 85.82 against 85: 100.9647…%, the raw value the seed prints as 100%.
    assertThat(pohon.indikator(Contoh.SKM).orElseThrow().capaian(STANDAR).value())
        .isEqualTo(Persentase.ofFraction(java.math.BigInteger.valueOf(8582), java.math.BigInteger.valueOf(85)));
    // the SKM rolled up from its one program indicator, 100/100
    assertThat(pohon.rekap(Contoh.SKM, RumusKomposit.RATA_RATA_TERTIMBANG, NormalisasiBobot.BAGI_JUMLAH, STANDAR)
        .capaian().value()).isEqualTo(Persentase.HUNDRED);
  }
}
