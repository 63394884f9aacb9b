package id.sakip.kinerja.komposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Composite indicators: the rules of domain.md §11 on worked figures, their refusals and their scale. */
class IndikatorKompositTest {

  private static final Satuan PEMOHON = Satuan.of("pemohon");

  private static Indikator indikator(String nama, Satuan satuan, Polaritas polaritas) {
    return Indikator.builder().nama(nama).satuan(satuan).polaritas(polaritas).build();
  }

  private static Komponen komponen(String nama, Polaritas p, long target, String realisasi, Pecahan bobot) {
    return Komponen.of(indikator(nama, PEMOHON, p), Target.angka(target), new BigDecimal(realisasi), bobot);
  }

  private static final Pecahan SETENGAH = Pecahan.of(1, 2);
  private static final Pecahan SEPERTIGA = Pecahan.of(1, 3);

  // ------------------------------------------------------------------ the seed's composite

  @Test
  void seed_adminduk_2022_is_100_under_every_rule() {
    // Kromengan 2022, Bab III: 2850/2850 KTP, 1797/1797 KK, 258/258 mutasi, each printed "= 100%".
    IndikatorKomposit adminduk = IndikatorKomposit.of("Kelancaran administrasi kependudukan",
        NormalisasiBobot.HARUS_SATU,
        komponen("Pengantar KTP", Polaritas.POSITIF, 2850, "2850", SEPERTIGA),
        komponen("Pengantar KK", Polaritas.POSITIF, 1797, "1797", SEPERTIGA),
        komponen("Mutasi", Polaritas.POSITIF, 258, "258", SEPERTIGA));
    for (RumusKomposit rumus : List.of(RumusKomposit.RATA_RATA_TERTIMBANG,
        RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.MAKS_100), RumusKomposit.RASIO_JUMLAH)) {
      assertThat(adminduk.hitung(rumus).value()).as(rumus.toString()).isEqualTo(Persentase.HUNDRED);
    }
  }

  // ------------------------------------------------------------------ the three rules differ

  @Test
  void weighted_mean_of_115_and_87_5_is_101_25_and_capping_first_gives_93_75() {
    // T 80, R 92 → 115% (positive); T 8, R 9 → 87,5% (negative, LAN form): domain.md §1.
    IndikatorKomposit k = IndikatorKomposit.of("Campuran", NormalisasiBobot.HARUS_SATU,
        Komponen.of(indikator("Cakupan", Satuan.PERSEN, Polaritas.POSITIF), Target.angka(80), new BigDecimal("92"), SETENGAH),
        Komponen.of(indikator("Aduan", Satuan.of("aduan"), Polaritas.NEGATIF), Target.angka(8), new BigDecimal("9"), SETENGAH));
    assertThat(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(Persentase.of(new BigDecimal("101.25")));
    assertThat(k.hitung(RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.MAKS_100)).value())
        .isEqualTo(Persentase.of(new BigDecimal("93.75")));
  }

  @Test
  void ratio_of_sums_weighs_components_by_size_and_the_weighted_mean_does_not() {
    // KTP 2700 of 2850 (94,736…%), mutasi 258 of 258 (100%), equal weights.
    IndikatorKomposit k = IndikatorKomposit.of("Adminduk", NormalisasiBobot.HARUS_SATU,
        komponen("KTP", Polaritas.POSITIF, 2850, "2700", SETENGAH),
        komponen("Mutasi", Polaritas.POSITIF, 258, "258", SETENGAH));
    Persentase mean = k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value();
    Persentase ratio = k.hitung(RumusKomposit.RASIO_JUMLAH).value();
    // (2700/2850 + 1) / 2 × 100 = 18500/190 = 97,368…; (2700 + 258) / (2850 + 258) × 100 = 295800/3108 = 95,173…
    assertThat(mean).isEqualTo(Persentase.ofFraction(BigInteger.valueOf(18500), BigInteger.valueOf(190)));
    assertThat(ratio).isEqualTo(Persentase.ratio(new BigDecimal("2958"), new BigDecimal("3108")).value());
    assertThat(mean.format()).isEqualTo("97,37%");
    assertThat(ratio.format()).isEqualTo("95,17%");
  }

  @Test
  void ratio_of_sums_uses_the_negative_formula_on_the_sums() {
    // ΣT 10, ΣR 10 under (2T − R)/T: 100%; the components alone are 87,5% and 150%.
    IndikatorKomposit k = IndikatorKomposit.of("Aduan", NormalisasiBobot.HARUS_SATU,
        komponen("Aduan A", Polaritas.NEGATIF, 8, "9", SETENGAH),
        komponen("Aduan B", Polaritas.NEGATIF, 2, "1", SETENGAH));
    assertThat(k.hitung(RumusKomposit.RASIO_JUMLAH).value()).isEqualTo(Persentase.HUNDRED);
    assertThat(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(Persentase.of(new BigDecimal("118.75")));
    KalkulatorCapaian invers = KalkulatorCapaian.standar().withNegatif(RumusCapaian.NEGATIF_INVERS);
    assertThat(k.hitung(RumusKomposit.RASIO_JUMLAH, invers).value()).isEqualTo(Persentase.HUNDRED);
    assertThat(k.capaianKomponen(invers)).extracting(Outcome::value)
        .containsExactly(Persentase.ratio(new BigDecimal("8"), new BigDecimal("9")).value(), Persentase.of(200));
  }

  @Test
  void a_cap_with_a_floor_lifts_a_negative_component_to_zero_before_weighting() {
    // T 10, R 25 negative → −50%; floored to 0; with 100% beside it: 50%.
    BatasCapaian batas = BatasCapaian.MAKS_100.denganLantaiNol();
    IndikatorKomposit k = IndikatorKomposit.of("Dua", NormalisasiBobot.HARUS_SATU,
        komponen("Buruk", Polaritas.NEGATIF, 10, "25", SETENGAH),
        komponen("Tepat", Polaritas.POSITIF, 10, "10", SETENGAH));
    assertThat(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(Persentase.of(25));
    assertThat(k.hitung(RumusKomposit.rataRataTertimbangDibatasi(batas)).value()).isEqualTo(Persentase.of(50));
  }

  // ------------------------------------------------------------------ weights

  @Test
  void thirds_sum_to_exactly_one_but_0_333_three_times_is_refused_with_the_sum() {
    assertThat(IndikatorKomposit.of("Tiga", NormalisasiBobot.HARUS_SATU,
        komponen("A", Polaritas.POSITIF, 1, "1", SEPERTIGA), komponen("B", Polaritas.POSITIF, 1, "1", SEPERTIGA),
        komponen("C", Polaritas.POSITIF, 1, "1", SEPERTIGA)).bobotEfektif()).containsOnly(SEPERTIGA);
    Pecahan printed = Pecahan.of(new BigDecimal("0.333"));
    assertThatThrownBy(() -> IndikatorKomposit.of("Tiga", NormalisasiBobot.HARUS_SATU,
        komponen("A", Polaritas.POSITIF, 1, "1", printed), komponen("B", Polaritas.POSITIF, 1, "1", printed),
        komponen("C", Polaritas.POSITIF, 1, "1", printed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Tiga'").hasMessageContaining("add up to 0.999").hasMessageContaining("HARUS_SATU");
  }

  @Test
  void bagi_jumlah_divides_each_weight_by_their_sum() {
    IndikatorKomposit k = IndikatorKomposit.of("Poin", NormalisasiBobot.BAGI_JUMLAH,
        komponen("A", Polaritas.POSITIF, 100, "80", Pecahan.of(2)),
        komponen("B", Polaritas.POSITIF, 100, "100", Pecahan.of(1)),
        komponen("C", Polaritas.POSITIF, 100, "120", Pecahan.of(1)));
    assertThat(k.bobotEfektif()).containsExactly(Pecahan.of(1, 2), Pecahan.of(1, 4), Pecahan.of(1, 4));
    // 80/2 + 100/4 + 120/4 = 95
    assertThat(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(Persentase.of(95));
  }

  @Test
  void a_weight_of_zero_or_below_is_refused_naming_the_component() {
    for (Pecahan bobot : List.of(Pecahan.ZERO, Pecahan.of(-1, 4))) {
      assertThatThrownBy(() -> komponen("Pengantar KK", Polaritas.POSITIF, 1797, "1797", bobot))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'Pengantar KK'").hasMessageContaining(bobot.toString()).hasMessageContaining("above 0");
    }
    assertThat(Komponen.of(indikator("Kecil", PEMOHON, Polaritas.POSITIF), Target.angka(1), BigDecimal.ONE,
        new BigDecimal("0.0001")).bobot()).isEqualTo(Pecahan.of(1, 10_000));
  }

  @Test
  void a_composite_needs_a_name_components_and_distinct_component_names() {
    Komponen a = komponen("A", Polaritas.POSITIF, 1, "1", Pecahan.ONE);
    assertThatThrownBy(() -> IndikatorKomposit.of(" ", NormalisasiBobot.HARUS_SATU, a))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> IndikatorKomposit.of("Kosong", NormalisasiBobot.HARUS_SATU))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Kosong'").hasMessageContaining("at least one");
    assertThatThrownBy(() -> IndikatorKomposit.of("Ganda", NormalisasiBobot.BAGI_JUMLAH, a, a))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two components named 'A'");
  }

  // ------------------------------------------------------------------ not computable

  @Test
  void a_component_without_realisasi_makes_the_mean_not_computable_naming_it() {
    IndikatorKomposit k = IndikatorKomposit.of("Adminduk", NormalisasiBobot.HARUS_SATU,
        komponen("Pengantar KTP", Polaritas.POSITIF, 2850, "2850", SETENGAH),
        Komponen.tanpaRealisasi(indikator("Pengantar KK", PEMOHON, Polaritas.POSITIF), Target.angka(1797), SETENGAH));
    for (RumusKomposit rumus : List.of(RumusKomposit.RATA_RATA_TERTIMBANG, RumusKomposit.RASIO_JUMLAH)) {
      Outcome<Persentase> c = k.hitung(rumus);
      assertThat(c.notComputableReason()).as(rumus.toString()).contains(Outcome.Reason.NO_VALUE);
      assertThat(c.explanation()).contains("'Adminduk'").contains("'Pengantar KK'").doesNotContain("'Pengantar KTP'");
    }
  }

  @Test
  void a_component_with_target_0_blocks_the_mean_but_not_the_ratio_of_sums() {
    IndikatorKomposit k = IndikatorKomposit.of("Layanan", NormalisasiBobot.HARUS_SATU,
        komponen("Baru", Polaritas.POSITIF, 0, "0", SETENGAH),
        komponen("Lama", Polaritas.POSITIF, 100, "90", SETENGAH));
    Outcome<Persentase> mean = k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG);
    assertThat(mean.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(mean.explanation()).contains("component 'Baru' (ZERO_DENOMINATOR");
    assertThat(k.hitung(RumusKomposit.RASIO_JUMLAH).value()).isEqualTo(Persentase.of(90));
  }

  @Test
  void summed_targets_of_0_are_not_computable_under_the_ratio_of_sums() {
    IndikatorKomposit k = IndikatorKomposit.of("Nol", NormalisasiBobot.HARUS_SATU,
        komponen("A", Polaritas.POSITIF, 0, "3", SETENGAH), komponen("B", Polaritas.POSITIF, 0, "0", SETENGAH));
    Outcome<Persentase> c = k.hitung(RumusKomposit.RASIO_JUMLAH);
    assertThat(c.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(c.explanation()).contains("'Nol'").contains("ΣTᵢ 0, ΣRᵢ 3");
  }

  @Test
  void the_explanation_names_five_failing_components_and_counts_the_rest() {
    List<Komponen> komponen = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      komponen.add(Komponen.tanpaRealisasi(indikator("K" + i, PEMOHON, Polaritas.POSITIF), Target.angka(10), Pecahan.ONE));
    }
    Outcome<Persentase> c = new IndikatorKomposit("Tujuh", komponen, NormalisasiBobot.BAGI_JUMLAH)
        .hitung(RumusKomposit.RATA_RATA_TERTIMBANG);
    assertThat(c.explanation()).contains("components 'K1'").contains("'K5'").doesNotContain("'K6'").contains("and 2 more");
  }

  // ------------------------------------------------------------------ ratio of sums refuses

  @Test
  void ratio_of_sums_refuses_components_of_different_units_naming_both() {
    IndikatorKomposit k = IndikatorKomposit.of("Campuran", NormalisasiBobot.HARUS_SATU,
        komponen("KTP", Polaritas.POSITIF, 2850, "2850", SETENGAH),
        Komponen.of(indikator("Ketepatan", Satuan.PERSEN, Polaritas.POSITIF), Target.angka(90), new BigDecimal("90"), SETENGAH));
    Outcome<Persentase> c = k.hitung(RumusKomposit.RASIO_JUMLAH);
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("'KTP' is in pemohon, POSITIF but 'Ketepatan' is in %, POSITIF")
        .contains("one unit and one polarity");
    assertThat(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void ratio_of_sums_refuses_components_of_different_polarity() {
    IndikatorKomposit k = IndikatorKomposit.of("Arah", NormalisasiBobot.HARUS_SATU,
        komponen("Naik", Polaritas.POSITIF, 10, "10", SETENGAH), komponen("Turun", Polaritas.NEGATIF, 10, "10", SETENGAH));
    assertThat(k.hitung(RumusKomposit.RASIO_JUMLAH).explanation()).contains("'Naik' is in pemohon, POSITIF but 'Turun' is in pemohon, NEGATIF");
  }

  @Test
  void ratio_of_sums_refuses_targets_that_are_not_numbers() {
    Indikator opini = indikator("Opini", Satuan.of("opini"), Polaritas.POSITIF);
    Indikator opini2 = indikator("Opini 2", Satuan.of("opini"), Polaritas.POSITIF);
    IndikatorKomposit k = IndikatorKomposit.of("Predikat", NormalisasiBobot.HARUS_SATU,
        Komponen.of(opini, Target.predikat(SkalaPeringkat.OPINI_BPK, "WTP"), BigDecimal.ONE, SETENGAH),
        Komponen.of(opini2, Target.angka(4), BigDecimal.ONE, SETENGAH));
    Outcome<Persentase> c = k.hitung(RumusKomposit.RASIO_JUMLAH);
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(c.explanation()).contains("component 'Opini' (target WTP (Opini BPK)) has no numeric target");
  }

  // ------------------------------------------------------------------ value semantics and scale

  @Test
  void composites_compare_by_value() {
    IndikatorKomposit a = IndikatorKomposit.of("A", NormalisasiBobot.HARUS_SATU, komponen("X", Polaritas.POSITIF, 5, "4", Pecahan.ONE));
    IndikatorKomposit b = IndikatorKomposit.of("A", NormalisasiBobot.HARUS_SATU, komponen("X", Polaritas.POSITIF, 5, "4", Pecahan.ONE));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(IndikatorKomposit.of("A", NormalisasiBobot.BAGI_JUMLAH, komponen("X", Polaritas.POSITIF, 5, "4", Pecahan.ONE)));
    assertThat(RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.MAKS_100))
        .isEqualTo(RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.maks(new BigDecimal("100"))));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_composite_of_100_000_components_computes_exactly() {
    int n = 100_000;
    List<Komponen> komponen = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // alternately 90 of 100 (90%) and 60 of 50 (120%)
      komponen.add(i % 2 == 0
          ? komponen("K" + i, Polaritas.POSITIF, 100, "90", Pecahan.ONE)
          : komponen("K" + i, Polaritas.POSITIF, 50, "60", Pecahan.ONE));
    }
    IndikatorKomposit k = new IndikatorKomposit("Besar", komponen, NormalisasiBobot.BAGI_JUMLAH);
    assertThat(k.hitung(RumusKomposit.RATA_RATA_TERTIMBANG).value()).isEqualTo(Persentase.of(105));
    assertThat(k.hitung(RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.MAKS_100)).value()).isEqualTo(Persentase.of(95));
    assertThat(k.hitung(RumusKomposit.RASIO_JUMLAH).value()).isEqualTo(Persentase.HUNDRED);

    List<Komponen> kosong = new ArrayList<>(10_000);
    for (int i = 0; i < 10_000; i++) {
      kosong.add(Komponen.tanpaRealisasi(indikator("K" + i, PEMOHON, Polaritas.POSITIF), Target.angka(1), Pecahan.ONE));
    }
    Outcome<Persentase> c = new IndikatorKomposit("Kosong", kosong, NormalisasiBobot.BAGI_JUMLAH)
        .hitung(RumusKomposit.RATA_RATA_TERTIMBANG);
    assertThat(c.explanation()).contains("and 9995 more").hasSizeLessThan(2_000);
  }
}
