package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KinerjaModelTest {

  private static Indikator indikator(Polaritas p, SifatIndikator sifat) {
    return Indikator.builder().nama("Indikator uji").satuan(Satuan.PERSEN).polaritas(p).sifat(sifat).build();
  }

  @Test
  void renstra_end_target_95_and_realisasi_88_give_progress_92_63() {
    Outcome<Persentase> kemajuan =
        TingkatKemajuan.hitung(
            indikator(Polaritas.POSITIF, SifatIndikator.STOK),
            Target.angka(95),
            List.of(new BigDecimal("80"), new BigDecimal("88")));
    assertThat(kemajuan.value().rounded(2, RoundingMode.HALF_UP)).isEqualTo("92.63");
  }

  @Test
  void cumulative_indicators_compare_the_sum_to_date() {
    Outcome<Persentase> kemajuan =
        TingkatKemajuan.hitung(
            indikator(Polaritas.POSITIF, SifatIndikator.KUMULATIF),
            Target.angka(10_000),
            List.of(new BigDecimal("2267"), new BigDecimal("2850")));
    assertThat(kemajuan.value()).isEqualTo(Persentase.of(new BigDecimal("51.17")));
  }

  @Test
  void seed_table_1_3_prints_0_where_both_figures_are_100() {
    Outcome<Persentase> kemajuan =
        TingkatKemajuan.hitung(
            indikator(Polaritas.POSITIF, SifatIndikator.STOK), Target.angka(100), List.of(new BigDecimal("100")));
    assertThat(kemajuan.value()).isEqualTo(Persentase.HUNDRED);
    assertThat(kemajuan.value().agreesWith(BigDecimal.ZERO)).isFalse();
  }

  @Test
  void progress_without_realisasi_is_not_computable() {
    Outcome<Persentase> kemajuan =
        TingkatKemajuan.hitung(indikator(Polaritas.POSITIF, SifatIndikator.STOK), Target.angka(95), List.of());
    assertThat(kemajuan.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(kemajuan.explanation()).contains("Indikator uji");
  }

  @Test
  void negative_progress_uses_the_negative_formula() {
    Outcome<Persentase> kemajuan =
        TingkatKemajuan.hitung(
            indikator(Polaritas.NEGATIF, SifatIndikator.STOK), Target.angka(8), List.of(new BigDecimal("9")));
    assertThat(kemajuan.value()).isEqualTo(Persentase.of(new BigDecimal("87.5")));
  }

  @Test
  void seed_skm_2022_against_2021_changes_by_0_52_points_and_0_61_percent() {
    BigDecimal y2022 = new BigDecimal("85.82");
    BigDecimal y2021 = new BigDecimal("85.30");
    assertThat(PerbandinganTahunan.selisih(y2022, y2021)).isEqualTo("0.52");
    assertThat(PerbandinganTahunan.perubahanRelatif(y2022, y2021).value().format()).isEqualTo("0,61%");
    assertThat(PerbandinganTahunan.perubahanRelatif(y2022, BigDecimal.ZERO).notComputableReason())
        .contains(Outcome.Reason.ZERO_DENOMINATOR);
  }

  @Test
  void year_on_year_capaian_in_points_and_relative() {
    Persentase ini = Persentase.of(110);
    Persentase lalu = Persentase.of(100);
    assertThat(PerbandinganTahunan.selisihPoin(ini, lalu)).isEqualTo(Persentase.of(10));
    assertThat(PerbandinganTahunan.perubahanRelatif(ini, lalu).value()).isEqualTo(Persentase.of(10));
    assertThat(PerbandinganTahunan.perubahanRelatif(Persentase.of(-40), Persentase.of(-50)).value())
        .isEqualTo(Persentase.of(20));
    assertThat(PerbandinganTahunan.perubahanRelatif(ini, Persentase.ZERO).isComputable()).isFalse();
  }

  @Test
  void an_indicator_needs_name_unit_and_polarity_and_says_which_is_missing() {
    assertThatThrownBy(() -> Indikator.builder().nama("SKM").polaritas(Polaritas.POSITIF).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("satuan");
    assertThatThrownBy(
            () -> Indikator.builder().nama("  ").satuan(Satuan.INDEKS).polaritas(Polaritas.POSITIF).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indikator.nama")
        .hasMessageContaining("blank");
    Indikator i = Indikator.builder().nama("SKM").satuan(Satuan.INDEKS).polaritas(Polaritas.POSITIF).build();
    assertThat(i.agregasi()).isEqualTo(Agregasi.LAST);
    assertThat(i.sifat()).isEqualTo(SifatIndikator.STOK);
    assertThat(i.jenis()).isEmpty();
    assertThat(i).isEqualTo(i.withNama("SKM"));
    assertThat(i.withSifat(SifatIndikator.KUMULATIF)).isNotEqualTo(i);
  }

  @Test
  void units_are_trimmed_and_never_blank() {
    assertThat(Satuan.of(" KK/KTP/Mutasi ")).isEqualTo(Satuan.of("KK/KTP/Mutasi"));
    assertThatThrownBy(() -> Satuan.of(" ")).hasMessageContaining("blank");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kurang dari 20      | KURANG_DARI    | 20",
        "Kurang dari 20%     | KURANG_DARI    | 20",
        "< 20                | KURANG_DARI    | 20",
        "≤ 5                 | PALING_BANYAK  | 5",
        "maksimal 3 hari     | PALING_BANYAK  | 3",
        "tidak lebih dari 7  | PALING_BANYAK  | 7",
        "≥ 90                | PALING_SEDIKIT | 90",
        ">= 90               | PALING_SEDIKIT | 90",
        "paling sedikit 75%  | PALING_SEDIKIT | 75",
        "lebih dari 85,5     | LEBIH_DARI     | 85.5",
      })
  void reads_inequality_targets(String text, Target.Operator op, BigDecimal bound) {
    Target t = TargetParser.parse(text);
    assertThat(t).isInstanceOf(Target.Pertidaksamaan.class);
    Target.Pertidaksamaan p = (Target.Pertidaksamaan) t;
    assertThat(p.operator()).isEqualTo(op);
    assertThat(p.batas()).isEqualByComparingTo(bound);
    assertThat(p.polaritasTersirat()).isEqualTo(op.polaritas());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"80 - 90 | 80 | 90", "80–90%  | 80 | 90", "80 s.d. 90 | 80 | 90", "80 s/d 90 | 80 | 90", "7,5-8,5 | 7.5 | 8.5"})
  void reads_range_targets(String text, BigDecimal lo, BigDecimal hi) {
    assertThat(TargetParser.parse(text)).isEqualTo(Target.rentang(lo, hi));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"85 Indek | 85", "90% | 90", "-5 | -5", "2.850 | 2850", "4 Buku | 4"})
  void reads_numeric_targets(String text, BigDecimal value) {
    assertThat(TargetParser.parse(text)).isEqualTo(Target.angka(value));
  }

  @Test
  void a_target_that_is_not_a_target_is_refused_naming_the_text() {
    assertThatThrownBy(() -> TargetParser.parse("tinggi"))
        .isInstanceOf(AngkaFormatException.class)
        .hasMessageContaining("'tinggi'")
        .hasMessageContaining("a target is a number");
    assertThatThrownBy(() -> TargetParser.parse("n/a")).isInstanceOf(AngkaFormatException.class);
    assertThatThrownBy(() -> TargetParser.parse("90 - 80"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("90")
        .hasMessageContaining("bawah < atas");
  }

  @Test
  void inequality_satisfaction() {
    Target.Pertidaksamaan lt = (Target.Pertidaksamaan) TargetParser.parse("< 20");
    assertThat(lt.terpenuhi(new BigDecimal("19.99"))).isTrue();
    assertThat(lt.terpenuhi(new BigDecimal("20"))).isFalse();
    Target.Pertidaksamaan ge = (Target.Pertidaksamaan) TargetParser.parse("≥ 90");
    assertThat(ge.terpenuhi(new BigDecimal("90"))).isTrue();
  }

  @Test
  void predicate_scales_validate_their_levels() {
    assertThat(SkalaPeringkat.OPINI_BPK.peringkat("WTP")).contains(4);
    assertThat(SkalaPeringkat.OPINI_BPK.peringkat("TMP")).contains(1);
    assertThat(SkalaPeringkat.OPINI_BPK.peringkat("X")).isEmpty();
    assertThatThrownBy(() -> new SkalaPeringkat("x", List.of("A", "A")))
        .hasMessageContaining("repeated level 'A'");
    assertThatThrownBy(() -> new SkalaPeringkat("x", List.of("A")))
        .hasMessageContaining("fewer than 2 levels");
    assertThatThrownBy(() -> Target.predikat(SkalaPeringkat.OPINI_BPK, "Baik"))
        .hasMessageContaining("'Baik' is not a level of scale 'Opini BPK'");
  }
}
