package id.sakip.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Renstra matrix (baseline, yearly targets, pagu indikatif, end target) and the checks of the
 * PK and RKT against it, with the seed's figures (domain.md §3, §10) as data.
 */
class RenstraMatriksTest {

  static final Indikator SKM = Indikator.builder().nama("Survey Kepuasan Masyarakat (SKM) Kecamatan")
      .satuan(Satuan.INDEKS).polaritas(Polaritas.POSITIF).build();
  static final Indikator KTP = Indikator.builder().nama("Jumlah KTP pengantar dilayani").satuan(Satuan.of("KTP"))
      .polaritas(Polaritas.POSITIF).sifat(SifatIndikator.KUMULATIF).build();
  static final KodeNomenklatur PROGRAM_1 = KodeNomenklatur.parse("7.01.01");
  static final KodeNomenklatur KEGIATAN = KodeNomenklatur.parse("7.01.02.2.03");

  /** SKM 2021–2026 plan: baseline 2021 84, 85 → 100 by 2026 (stock); KTP 2022–2026 cumulative 2100 a year, 10.500 in all. */
  static IndikatorRenstra skm() {
    return IndikatorRenstra.builder().indikator(SKM).kondisiAwal(new KondisiAwal(2021, new BigDecimal("84")))
        .putTargetTahunan(2022, Target.angka(85)).putTargetTahunan(2023, Target.angka(88))
        .putTargetTahunan(2024, Target.angka(91)).putTargetTahunan(2025, Target.angka(95))
        .putTargetTahunan(2026, Target.angka(100)).targetAkhir(Target.angka(100)).build();
  }

  static IndikatorRenstra ktp(long akhir) {
    IndikatorRenstra.Builder b = IndikatorRenstra.builder().indikator(KTP).targetAkhir(Target.angka(akhir));
    for (int year = 2022; year <= 2026; year++) {
      b.putTargetTahunan(year, Target.angka(2100));
    }
    return b.build();
  }

  static PaguIndikatif program1() {
    return PaguIndikatif.builder().kode(PROGRAM_1).nama("Program Penunjang Urusan Pemerintahan Daerah")
        .putPaguTahunan(2022, Rupiah.of(2_500_000_000L)).putPaguTahunan(2023, Rupiah.of(2_600_000_000L))
        .jumlahTercetak(Rupiah.of(5_100_000_000L)).build();
  }

  static Renstra renstra(IndikatorRenstra... indikator) {
    return Renstra.builder().tahunAwal(2021).tahunAkhir(2026)
        .addTujuan(Tujuan.builder().nama("Pelayanan").addSasaran(SasaranRenstra.builder().nama("Kualitas pelayanan")
            .addIndikator(indikator).build()).build())
        .addPaguIndikatif(program1())
        .addPaguIndikatif(PaguIndikatif.builder().kode(KEGIATAN).putPaguTahunan(2022, Rupiah.of(7_682_800)).build())
        .build();
  }

  static TargetKinerja line(Indikator i, long target) {
    return TargetKinerja.builder().sasaran("Meningkatkan Kualitas Pelayanan").indikator(i).target(Target.angka(target))
        .build();
  }

  /** The seed's PK 2022: SKM 85; program 1 at 2.385.335.973 (APBD murni) and 2.566.433.437 (APBD-P). */
  static PerjanjianKinerja pk(int tahun) {
    return PerjanjianKinerja.builder().tahun(tahun).addTarget(line(SKM, 85))
        .addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI)
            .addProgram(new ProgramPk("Program 1", Rupiah.of(2_385_335_973L), Optional.of(PROGRAM_1))).build())
        .addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
            .addProgram(new ProgramPk("Program 1", Rupiah.of(2_566_433_437L), Optional.of(PROGRAM_1))).build())
        .build();
  }

  /** The seed's RKT row: SKM target 100 (domain.md §10 item 6), kegiatan 7.01.02.2.03 at 7.682.800. */
  static Rkt rkt(int tahun, long skmTarget, long paguKegiatan) {
    return Rkt.builder().tahun(tahun)
        .anggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan")
            .anak(NodeAnggaran.of(KEGIATAN.toString(), "Urusan yang Dilimpahkan", Rupiah.of(paguKegiatan))).build()))
        .addSasaran(SasaranRkt.builder().target(line(SKM, skmTarget)).addPendukung(KEGIATAN).build())
        .build();
  }

  // ------------------------------------------------------------------ the model

  @Test
  void the_matrix_holds_baseline_yearly_targets_pagu_and_its_total() {
    Renstra r = renstra(skm(), ktp(10_500));
    assertThat(r.indikator(SKM).orElseThrow().kondisiAwal()).contains(new KondisiAwal(2021, new BigDecimal("84")));
    assertThat(r.indikator(SKM.nama()).orElseThrow().target(2024)).contains(Target.angka(91));
    assertThat(r.paguIndikatif(PROGRAM_1).orElseThrow().pagu(2023)).contains(Rupiah.of(2_600_000_000L));
    assertThat(r.paguIndikatif(PROGRAM_1).orElseThrow().pagu(2024)).isEmpty();
    assertThat(r.paguIndikatif(PROGRAM_1).orElseThrow().jumlah()).isEqualTo(Rupiah.of(5_100_000_000L));
    assertThat(r.paguIndikatif(KodeNomenklatur.parse("7.01.09"))).isEmpty();
    assertThat(r.memuatTahun(2021)).isTrue();
    assertThat(r.memuatTahun(2026)).isTrue();
    assertThat(r.memuatTahun(2027)).isFalse();
    assertThat(r.memuatTahun(2020)).isFalse();
    assertThat(PemeriksaanRenstra.periksa(r)).isEmpty();
  }

  @Test
  void a_renstra_without_matrix_data_still_builds_and_is_equal_to_itself() {
    Renstra plain = Renstra.builder().tahunAwal(2021).tahunAkhir(2026).build();
    assertThat(plain.paguIndikatif()).isEmpty();
    assertThat(plain).isEqualTo(Renstra.builder().tahunAwal(2021).tahunAkhir(2026).build());
    assertThat(plain.withPaguIndikatif(program1())).isNotEqualTo(plain);
    assertThat(PaguIndikatif.builder().kode(PROGRAM_1).build().jumlah()).isEqualTo(Rupiah.ZERO);
  }

  @ParameterizedTest
  @CsvSource({"2020, true", "2021, true", "2019, false", "2022, false"})
  void the_baseline_is_the_year_before_the_period_or_its_first_year_before_every_target(int year, boolean accepted) {
    IndikatorRenstra i = skm().withKondisiAwal(new KondisiAwal(year, BigDecimal.TEN));
    if (accepted) {
      assertThat(renstra(i).indikator(SKM).orElseThrow().kondisiAwal().orElseThrow().tahun()).isEqualTo(year);
    } else {
      assertThatThrownBy(() -> renstra(i)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + SKM.nama() + "'").hasMessageContaining("kondisi awal in " + year);
    }
  }

  @Test
  void a_baseline_in_the_first_year_clashes_with_a_target_of_that_year() {
    IndikatorRenstra i = skm().withTargetTahunan(java.util.Map.of(2021, Target.angka(84), 2026, Target.angka(100)));
    assertThatThrownBy(() -> renstra(i)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kondisi awal in 2021 and a target for 2021");
  }

  @Test
  void a_pagu_indikatif_outside_the_period_or_twice_for_one_code_is_refused() {
    PaguIndikatif late = PaguIndikatif.builder().kode(PROGRAM_1).putPaguTahunan(2027, Rupiah.of(1)).build();
    assertThatThrownBy(() -> renstra(skm()).withPaguIndikatif(late))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code 7.01.01 has a pagu for 2027")
        .hasMessageContaining("2021–2026");
    assertThatThrownBy(() -> renstra(skm()).withPaguIndikatif(program1(), program1()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code 7.01.01 appears twice");
    assertThatThrownBy(() -> PaguIndikatif.builder().kode(PROGRAM_1).nama(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paguIndikatif.nama");
    assertThatThrownBy(() -> PaguIndikatif.builder().kode(PROGRAM_1).putPaguTahunan(2022, Rupiah.MAX)
            .putPaguTahunan(2023, Rupiah.MAX).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the Rupiah range");
  }

  // ------------------------------------------------------------------ the Renstra alone

  @Test
  void a_stock_end_target_is_the_last_years_target() {
    IndikatorRenstra wrong = skm().withTargetAkhir(Target.angka(95));
    assertThat(PemeriksaanRenstra.targetAkhir(renstra(wrong))).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanRenstra.END_TARGET_INCONSISTENT);
      assertThat(t.keparahan()).isEqualTo(Keparahan.WARNING);
      assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.RENSTRA).withBaris(Baris.Indikator.of(SKM.nama()))
          .withKolom(Kolom.TARGET_AKHIR));
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("-5");
      assertThat(t.pesan(Bahasa.INDONESIA)).isEqualTo("Renstra › indikator '" + SKM.nama() + "' › target akhir Renstra: "
          + "target akhir 95, padahal target tahun 2026 adalah 100 (selisih -5); untuk indikator stok keduanya "
          + "semestinya sama.");
      assertThat(t.pesan(Bahasa.INGGRIS)).isEqualTo("Strategic plan (Renstra) › indicator '" + SKM.nama()
          + "' › Renstra end target: end target 95, but the target of 2026 is 100 (difference -5); for a stock "
          + "indicator they should agree.");
    });
    assertThat(PemeriksaanRenstra.targetAkhir(renstra(skm().withTargetAkhir(Target.angka(new BigDecimal("100.00"))))))
        .as("100 and 100,00 are the same target").isEmpty();
  }

  @Test
  void a_cumulative_end_target_is_the_sum_of_the_yearly_targets() {
    assertThat(PemeriksaanRenstra.targetAkhir(renstra(ktp(10_500)))).isEmpty();
    assertThat(PemeriksaanRenstra.targetAkhir(renstra(ktp(2_100)))).singleElement().satisfies(t -> {
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("-8400");
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("the sum of the targets of 2022–2026 is 10,500")
          .contains("cumulative");
    });
  }

  @Test
  void an_end_target_the_yearly_targets_do_not_determine_is_not_judged() {
    IndikatorRenstra gap = ktp(1).withTargetTahunan(java.util.Map.of(2022, Target.angka(1), 2026, Target.angka(1)));
    IndikatorRenstra late = ktp(1).withTargetTahunan(java.util.Map.of(2023, Target.angka(1), 2024, Target.angka(1),
        2025, Target.angka(1), 2026, Target.angka(1)));
    IndikatorRenstra noLastYear = skm().withTargetTahunan(java.util.Map.of(2022, Target.angka(85)))
        .withTargetAkhir(Target.angka(1));
    IndikatorRenstra range = skm().withTargetAkhir(Target.rentang(BigDecimal.ONE, BigDecimal.TEN));
    assertThat(PemeriksaanRenstra.targetAkhir(renstra(gap, late, noLastYear, range))).isEmpty();
    IndikatorRenstra fromFirstYear = ktp(12_600).withTargetTahunan(java.util.Map.of(2021, Target.angka(2100),
        2022, Target.angka(2100), 2023, Target.angka(2100), 2024, Target.angka(2100), 2025, Target.angka(2100),
        2026, Target.angka(2100)));
    assertThat(PemeriksaanRenstra.targetAkhir(renstra(fromFirstYear))).as("six years from 2021").isEmpty();
  }

  @Test
  void a_printed_pagu_total_that_is_not_the_sum_of_its_years_is_a_budget_total_mismatch() {
    Renstra r = renstra(skm()).withPaguIndikatif(program1().withJumlahTercetak(Rupiah.of(5_000_000_000L)));
    assertThat(PemeriksaanRenstra.jumlahPagu(r)).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
      assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.RENSTRA).withBaris(new Baris.Kode("7.01.01")).withKolom(Kolom.PAGU));
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("-100000000");
    });
  }

  // ------------------------------------------------------------------ a PK or RKT against it

  @ParameterizedTest
  @CsvSource({"2020, 1", "2021, 0", "2026, 0", "2027, 1"})
  void a_pk_or_rkt_of_a_year_outside_the_period_is_found_and_compared_no_further(int tahun, int findings) {
    Renstra r = renstra(skm());
    List<Temuan> pk = PemeriksaanRenstra.periksa(r, pk(tahun).withTarget(line(SKM, 1))
        .withAnggaran(List.of()));
    List<Temuan> rkt = PemeriksaanRenstra.periksa(r, rkt(tahun, 1, 1));
    if (findings == 1) {
      assertThat(pk).singleElement().satisfies(t -> {
        assertThat(t.aturan()).isEqualTo(AturanRenstra.YEAR_OUTSIDE_RENSTRA);
        assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.PERJANJIAN_KINERJA));
        assertThat(t.pesan(Bahasa.INGGRIS)).isEqualTo("Perjanjian Kinerja (PK): the Perjanjian Kinerja (PK) of "
            + tahun + " lies outside the Renstra period 2021–2026, so its targets and budgets cannot be compared with "
            + "the Renstra.");
      });
      assertThat(rkt).singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.YEAR_OUTSIDE_RENSTRA);
    } else {
      assertThat(pk).extracting(Temuan::aturan).doesNotContain(AturanRenstra.YEAR_OUTSIDE_RENSTRA);
      assertThat(rkt).extracting(Temuan::aturan).doesNotContain(AturanRenstra.YEAR_OUTSIDE_RENSTRA);
    }
  }

  @Test
  void the_seed_rkt_prints_the_skm_target_as_100_where_the_renstra_plans_85_for_2022() {
    Renstra r = renstra(skm());
    assertThat(PemeriksaanRenstra.target(r, pk(2022))).as("the PK's 85 is the Renstra's").isEmpty();
    assertThat(PemeriksaanRenstra.target(r, rkt(2022, 100, 7_682_800))).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanRenstra.RENSTRA_TARGET_MISMATCH);
      assertThat(t.keparahan()).isEqualTo(Keparahan.ERROR);
      assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.RKT).withTempat("Meningkatkan Kualitas Pelayanan")
          .withBaris(Baris.Indikator.of(SKM.nama(), 2022)).withKolom(Kolom.TARGET));
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("15");
      assertThat(t.pesan(Bahasa.INDONESIA)).isEqualTo("RKT › indikator '" + SKM.nama() + "' 2022 › target: RKT "
          + "menetapkan target tahun 2022 untuk indikator '" + SKM.nama() + "' sebesar 100, padahal Renstra menetapkan "
          + "85 untuk tahun itu.");
    });
    assertThat(PemeriksaanRenstra.target(r, pk(2023))).singleElement()
        .satisfies(t -> assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("-3"));
    assertThat(PemeriksaanRenstra.target(renstra(skm().withTargetTahunan(java.util.Map.of())), rkt(2022, 100, 1)))
        .as("no Renstra target for the year: nothing to compare").isEmpty();
  }

  @Test
  void a_non_numeric_target_is_compared_as_a_value() {
    Renstra r = renstra(skm().withTargetTahunan(java.util.Map.of(2022, Target.rentang(BigDecimal.ONE, BigDecimal.TEN))));
    PerjanjianKinerja same = pk(2022).withTarget(TargetKinerja.builder().sasaran("S").indikator(SKM)
        .target(Target.rentang(BigDecimal.ONE, BigDecimal.TEN)).build());
    assertThat(PemeriksaanRenstra.target(r, same)).isEmpty();
    assertThat(PemeriksaanRenstra.target(r, pk(2022))).singleElement().satisfies(t -> {
      assertThat(t.selisih()).isEmpty();
      assertThat(t.pesan(Bahasa.INGGRIS)).contains("at 85, but the Renstra sets 1–10 for that year");
    });
  }

  @Test
  void an_indicator_of_the_pk_absent_from_the_renstra_is_found_once() {
    Renstra r = renstra(skm());
    PerjanjianKinerja pk = pk(2022).withTarget(line(SKM, 85), line(KTP, 2100), line(KTP, 2100));
    assertThat(PemeriksaanRenstra.indikatorTanpaRenstra(r, pk)).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanRenstra.INDICATOR_NOT_IN_RENSTRA);
      assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.PERJANJIAN_KINERJA)
          .withBaris(Baris.Indikator.of(KTP.nama(), 2022)).withKolom(Kolom.INDIKATOR));
      assertThat(t.pesan(Bahasa.INDONESIA)).contains("indikator '" + KTP.nama() + "' pada Perjanjian Kinerja tidak "
          + "terdapat dalam Renstra 2021–2026");
    });
    assertThat(PemeriksaanRenstra.indikatorTanpaRenstra(Renstra.builder().tahunAwal(2021).tahunAkhir(2026).build(), pk))
        .as("a Renstra that states only its period").isEmpty();
  }

  @Test
  void the_seed_pk_budget_of_program_1_against_a_pagu_indikatif_of_2_5_billion() {
    // APBD murni 2.385.335.973 is below 2.500.000.000 (info); APBD-P 2.566.433.437 exceeds it (warning).
    List<Temuan> found = PemeriksaanRenstra.pagu(renstra(skm()), pk(2022));
    assertThat(found).hasSize(2);
    assertThat(found.get(0)).satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF);
      assertThat(t.keparahan()).isEqualTo(Keparahan.INFO);
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("-114664027");
      assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.PERJANJIAN_KINERJA).withBaris(new Baris.Kode("7.01.01"))
          .withKolom(Kolom.PAGU));
      assertThat(t.pesan(Bahasa.INDONESIA)).isEqualTo("Perjanjian Kinerja › kode 7.01.01 › pagu: pagu Perjanjian "
          + "Kinerja (APBD murni) tahun 2022 sebesar Rp2.385.335.973,00 di bawah pagu indikatif Renstra "
          + "Rp2.500.000.000,00 (selisih -Rp114.664.027,00).");
    });
    assertThat(found.get(1)).satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanRenstra.BUDGET_ABOVE_PAGU_INDIKATIF);
      assertThat(t.keparahan()).isEqualTo(Keparahan.WARNING);
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("66433437");
      assertThat(t.pesan(Bahasa.INGGRIS)).isEqualTo("Perjanjian Kinerja (PK) › code 7.01.01 › pagu (budget): the 2022 "
          + "pagu of the Perjanjian Kinerja (PK) (APBD perubahan (revised budget)), Rp2,566,433,437.00, exceeds the "
          + "Renstra's pagu indikatif Rp2,500,000,000.00 by Rp66,433,437.00.");
    });
    assertThat(PemeriksaanRenstra.pagu(renstra(skm()), pk(2024))).as("no pagu indikatif for 2024").isEmpty();
  }

  @Test
  void an_rkt_node_is_compared_with_the_pagu_indikatif_of_its_code_to_the_sen() {
    Renstra r = renstra(skm());
    assertThat(PemeriksaanRenstra.pagu(r, rkt(2022, 85, 7_682_800))).isEmpty();
    assertThat(PemeriksaanRenstra.pagu(r, rkt(2022, 85, 7_682_801))).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanRenstra.BUDGET_ABOVE_PAGU_INDIKATIF);
      assertThat(t.lokasi()).isEqualTo(Lokasi.of(Bagian.RKT).withBaris(new Baris.Kode("7.01.02.2.03")).withKolom(Kolom.PAGU));
      assertThat(t.selisih().orElseThrow()).isEqualByComparingTo("1");
    });
    assertThat(PemeriksaanRenstra.pagu(r, rkt(2022, 85, 7_682_799))).singleElement()
        .extracting(Temuan::aturan).isEqualTo(AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF);
  }

  @Test
  void one_planted_inconsistency_per_check_is_found_exactly() {
    Renstra clean = renstra(skm(), ktp(10_500));
    PerjanjianKinerja pk = pk(2022).withAnggaran(List.of(AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI)
        .addProgram(new ProgramPk("Program 1", Rupiah.of(2_500_000_000L), Optional.of(PROGRAM_1))).build()));
    Rkt rkt = rkt(2022, 85, 7_682_800);
    assertThat(all(clean, pk, rkt)).isEmpty();

    assertThat(all(renstra(skm().withTargetAkhir(Target.angka(99)), ktp(10_500)), pk, rkt))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.END_TARGET_INCONSISTENT);
    assertThat(all(clean.withPaguIndikatif(program1().withJumlahTercetak(Rupiah.of(1)), clean.paguIndikatif().get(1)),
        pk, rkt)).singleElement().extracting(Temuan::aturan).isEqualTo(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
    assertThat(all(clean, pk.withTarget(line(SKM, 86)), rkt))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.RENSTRA_TARGET_MISMATCH);
    assertThat(all(clean, pk, rkt(2022, 86, 7_682_800)))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.RENSTRA_TARGET_MISMATCH);
    assertThat(all(clean, pk.withTarget(line(SKM, 85), line(Indikator.builder().nama("Baru").satuan(Satuan.PERSEN)
            .polaritas(Polaritas.POSITIF).build(), 1)), rkt))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.INDICATOR_NOT_IN_RENSTRA);
    assertThat(all(clean, pk.withTahun(2027).withTarget(List.of()), rkt))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.YEAR_OUTSIDE_RENSTRA);
    assertThat(all(clean, pk, rkt(2022, 85, 8_000_000)))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.BUDGET_ABOVE_PAGU_INDIKATIF);
    assertThat(all(clean, pk, rkt(2022, 85, 1)))
        .singleElement().extracting(Temuan::aturan).isEqualTo(AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF);
  }

  private static List<Temuan> all(Renstra r, PerjanjianKinerja pk, Rkt rkt) {
    List<Temuan> out = new java.util.ArrayList<>(PemeriksaanRenstra.periksa(r));
    out.addAll(PemeriksaanRenstra.periksa(r, pk));
    out.addAll(PemeriksaanRenstra.periksa(r, rkt));
    return out;
  }

  @Test
  @Timeout(60)
  void a_renstra_of_ten_thousand_indicators_and_codes_is_checked_in_linear_time() {
    int n = 10_000;
    SasaranRenstra.Builder sasaran = SasaranRenstra.builder().nama("Banyak");
    Renstra.Builder renstra = Renstra.builder().tahunAwal(2021).tahunAkhir(2026);
    PerjanjianKinerja.Builder pk = PerjanjianKinerja.builder().tahun(2022);
    AnggaranPk.Builder anggaran = AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI);
    for (int i = 0; i < n; i++) {
      Indikator ind = Indikator.builder().nama("Indikator " + i).satuan(Satuan.PERSEN).polaritas(Polaritas.POSITIF)
          .build();
      sasaran.addIndikator(IndikatorRenstra.builder().indikator(ind).putTargetTahunan(2022, Target.angka(i))
          .putTargetTahunan(2026, Target.angka(100)).targetAkhir(Target.angka(100)).build());
      KodeNomenklatur kode = KodeNomenklatur.parse(String.format("7.%02d.%02d.2.%02d", i / 1000 + 1, i / 100 % 10 + 1,
          i % 100));
      renstra.addPaguIndikatif(PaguIndikatif.builder().kode(kode).putPaguTahunan(2022, Rupiah.of(1000 + i)).build());
      pk.addTarget(line(ind, i == 4242 ? -1 : i));
      anggaran.addProgram(new ProgramPk("P" + i, Rupiah.of(i == 777 ? 5000 : 1000 + i), Optional.of(kode)));
    }
    Renstra r = renstra.addTujuan(Tujuan.builder().nama("T").addSasaran(sasaran.build()).build()).build();
    List<Temuan> found = PemeriksaanRenstra.periksa(r, pk.addAnggaran(anggaran.build()).build());
    assertThat(found).extracting(t -> t.aturan().id() + " " + t.lokasi().baris().orElseThrow().teks(Bahasa.INGGRIS))
        .containsExactly("RENSTRA_TARGET_MISMATCH indicator 'Indikator 4242' 2022",
            "BUDGET_ABOVE_PAGU_INDIKATIF code 7.01.08.2.77");
    assertThat(PemeriksaanRenstra.periksa(r)).isEmpty();
  }
}
