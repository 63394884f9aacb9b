package id.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The efficiency formulas of domain.md §5 on the seed report's figures and hand-worked examples. */
class KalkulatorEfisiensiTest {

  private static final KalkulatorEfisiensi SELISIH = KalkulatorEfisiensi.of(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN);
  private static final KalkulatorEfisiensi SISA = KalkulatorEfisiensi.of(RumusEfisiensi.SISA_ANGGARAN);
  private static final KalkulatorEfisiensi PMK = KalkulatorEfisiensi.of(RumusEfisiensi.PMK_249_2011);

  private static final Rupiah PAGU_2022 = Rupiah.of(2_910_568_737L);
  private static final Rupiah REALISASI_2022 = Rupiah.of(2_691_204_248L);

  private static Persentase persen(String value) {
    return Persentase.of(new BigDecimal(value));
  }

  private static Rupiah rupiah(String amount) {
    return Rupiah.of(new BigDecimal(amount));
  }

  private static KeluaranBiaya keluaran(long volumeRencana, long biayaRencana, long volumeRealisasi, long biayaRealisasi) {
    return new KeluaranBiaya(
        BigDecimal.valueOf(volumeRencana), Rupiah.of(biayaRencana),
        BigDecimal.valueOf(volumeRealisasi), Rupiah.of(biayaRealisasi));
  }

  private static HasilEfisiensi pmk(KeluaranBiaya... keluaran) {
    return PMK.hitung(Arrays.asList(keluaran)).value();
  }

  // ---------------------------------------------------------------- the seed report

  @Test
  void seed_table_3_3_efficiency_is_0_points() {
    HasilEfisiensi skm = SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(7_682_800), Rupiah.of(7_682_800)).value();
    assertThat(skm.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(skm.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
    assertThat(skm.rumus()).isEqualTo(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN);
    assertThat(skm.nilai().agreesWith(new BigDecimal("0"))).isTrue();

    HasilEfisiensi musrenbangcam =
        SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(8_413_000), Rupiah.of(8_413_000)).value();
    assertThat(musrenbangcam.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(musrenbangcam.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
  }

  @Test
  void seed_overall_serapan_92_46_is_7_54_points_above_capaian_100_and_efficient() {
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.HUNDRED, PAGU_2022, REALISASI_2022).value();
    assertThat(Persentase.ratio(REALISASI_2022, PAGU_2022).value().agreesWith(new BigDecimal("92.46"))).isTrue();
    assertThat(hasil.nilai().agreesWith(new BigDecimal("7.54"))).isTrue();
    assertThat(hasil.nilai())
        .isEqualTo(Persentase.ofFraction(
            BigInteger.valueOf(219_364_489L * 100), BigInteger.valueOf(2_910_568_737L)));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
  }

  @Test
  void seed_overall_unspent_budget_is_7_54_percent_and_efficient_with_capaian_100() {
    HasilEfisiensi hasil = SISA.hitung(Persentase.HUNDRED, PAGU_2022, REALISASI_2022).value();
    assertThat(hasil.nilai().agreesWith(new BigDecimal("7.54"))).isTrue();
    assertThat(hasil.nilai()).isEqualTo(SELISIH.hitung(Persentase.HUNDRED, PAGU_2022, REALISASI_2022).value().nilai());
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
    assertThat(hasil.rumus()).isEqualTo(RumusEfisiensi.SISA_ANGGARAN);
  }

  @Test
  void seed_overall_unspent_budget_with_capaian_95_is_under_delivery_not_efficiency() {
    HasilEfisiensi hasil = SISA.hitung(Persentase.of(95), PAGU_2022, REALISASI_2022).value();
    assertThat(hasil.nilai().agreesWith(new BigDecimal("7.54"))).isTrue();
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
  }

  // ---------------------------------------------------------------- SISA_ANGGARAN classification

  @Test
  void unspent_budget_fully_spent_with_capaian_100_is_as_planned() {
    HasilEfisiensi hasil = SISA.hitung(Persentase.HUNDRED, Rupiah.of(8_413_000), Rupiah.of(8_413_000)).value();
    assertThat(hasil.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
  }

  @Test
  void spending_above_pagu_is_negative_unspent_budget_and_not_efficient() {
    HasilEfisiensi hasil = SISA.hitung(Persentase.of(110), Rupiah.of(1_000_000), Rupiah.of(1_050_000)).value();
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(-5));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
  }

  // ---------------------------------------------------------------- from percentages (domain.md §11)

  @Test
  void seed_table_3_3_from_its_printed_percentages_100_minus_100_is_0_points() {
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.HUNDRED, Persentase.HUNDRED).value();
    assertThat(hasil.nilai()).isEqualTo(Persentase.ZERO);
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
    assertThat(hasil.rumus()).isEqualTo(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN);
  }

  @Test
  void seed_overall_printed_serapan_92_46_gives_7_54_points_and_efficient() {
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.HUNDRED, persen("92.46")).value();
    assertThat(hasil.nilai()).isEqualTo(persen("7.54"));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
  }

  @Test
  void from_percentages_equals_from_amounts_when_serapan_is_the_amounts_ratio() {
    Persentase serapan = Persentase.ratio(REALISASI_2022, PAGU_2022).value();
    for (KalkulatorEfisiensi k : List.of(SELISIH, SISA)) {
      for (Persentase capaian : List.of(Persentase.HUNDRED, persen("95"), persen("107.142857"))) {
        assertThat(k.hitung(capaian, serapan)).isEqualTo(k.hitung(capaian, PAGU_2022, REALISASI_2022));
      }
    }
  }

  @ParameterizedTest(name = "capaian 100, serapan {0} → {1} points, {2}")
  @CsvSource({
    "94.99,  5.01,  EFISIEN",
    "95,     5,     SESUAI_RENCANA",
    "100,    0,     SESUAI_RENCANA",
    "105,    -5,    SESUAI_RENCANA",
    "105.01, -5.01, TIDAK_EFISIEN",
    "0,      100,   EFISIEN",
    "150,    -50,   TIDAK_EFISIEN"
  })
  void difference_from_percentages_on_each_side_of_the_tolerance_band(
      String serapan, String selisih, KategoriEfisiensi expected) {
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.HUNDRED, persen(serapan)).value();
    assertThat(hasil.nilai()).isEqualTo(persen(selisih));
    assertThat(hasil.kategori()).isEqualTo(expected);
  }

  @Test
  void unspent_budget_from_a_printed_serapan_is_100_minus_serapan() {
    HasilEfisiensi tercapai = SISA.hitung(Persentase.HUNDRED, persen("92.46")).value();
    assertThat(tercapai.nilai()).isEqualTo(persen("7.54"));
    assertThat(tercapai.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
    assertThat(SISA.hitung(persen("95"), persen("92.46")).value().kategori())
        .isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
    assertThat(SISA.hitung(Persentase.HUNDRED, Persentase.HUNDRED).value().kategori())
        .isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
  }

  @Test
  void a_negative_capaian_is_a_valid_input_from_percentages() {
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.of(-50), Persentase.of(80)).value();
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(-130));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
  }

  @Test
  void pmk_249_from_percentages_is_not_applicable() {
    Outcome<HasilEfisiensi> hasil = PMK.hitung(Persentase.HUNDRED, persen("92.46"));
    assertThat(hasil.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(hasil.explanation()).contains("PMK_249_2011", "KeluaranBiaya", "serapan 92.46%");
  }

  @Test
  void a_negative_serapan_is_rejected_naming_the_value_and_the_rule() {
    for (KalkulatorEfisiensi k : List.of(SELISIH, SISA, PMK)) {
      assertThatThrownBy(() -> k.hitung(Persentase.HUNDRED, persen("-0.01")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("serapan is -0.01%: serapan = realisasi / pagu × 100 is zero or more");
    }
    assertThatNullPointerException().isThrownBy(() -> SELISIH.hitung(Persentase.HUNDRED, (Persentase) null))
        .withMessage("serapan");
  }

  // ---------------------------------------------------------------- the tolerance band

  @ParameterizedTest(name = "capaian {0}, serapan 100 → {1}")
  @CsvSource({
    "105.000001, EFISIEN",
    "105,        SESUAI_RENCANA",
    "100,        SESUAI_RENCANA",
    "95,         SESUAI_RENCANA",
    "94.999999,  TIDAK_EFISIEN"
  })
  void tolerance_band_of_5_points_owns_both_edges(String capaian, KategoriEfisiensi expected) {
    HasilEfisiensi hasil = SELISIH.hitung(persen(capaian), Rupiah.of(1_000_000), Rupiah.of(1_000_000)).value();
    assertThat(hasil.nilai()).isEqualTo(persen(capaian).minus(Persentase.HUNDRED));
    assertThat(hasil.kategori()).isEqualTo(expected);
  }

  @Test
  void difference_of_exactly_plus_5_points_from_underspending_is_as_planned() {
    // capaian 100, serapan 95: +5 points exactly.
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(1_000_000), Rupiah.of(950_000)).value();
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(5));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
    HasilEfisiensi lebih = SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(1_000_000), rupiah("949999.99")).value();
    assertThat(lebih.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
  }

  @Test
  void difference_of_exactly_minus_5_points_from_overspending_is_as_planned() {
    // capaian 100, serapan 105: −5 points exactly.
    HasilEfisiensi hasil = SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(1_000_000), Rupiah.of(1_050_000)).value();
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(-5));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
    HasilEfisiensi kurang = SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(1_000_000), rupiah("1050000.01")).value();
    assertThat(kurang.kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
  }

  @Test
  void tolerance_is_a_parameter_and_zero_tolerance_leaves_only_0_as_planned() {
    KalkulatorEfisiensi ketat = KalkulatorEfisiensi.selisihCapaianSerapan(Persentase.ZERO);
    assertThat(ketat.toleransi()).contains(Persentase.ZERO);
    Rupiah pagu = Rupiah.of(1_000_000);
    assertThat(ketat.hitung(persen("100.01"), pagu, pagu).value().kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
    assertThat(ketat.hitung(Persentase.HUNDRED, pagu, pagu).value().kategori())
        .isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
    assertThat(ketat.hitung(persen("99.99"), pagu, pagu).value().kategori())
        .isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);

    KalkulatorEfisiensi longgar = KalkulatorEfisiensi.selisihCapaianSerapan(Persentase.of(10));
    assertThat(longgar.hitung(Persentase.of(108), pagu, pagu).value().kategori())
        .isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
  }

  @Test
  void the_default_tolerance_is_5_points_and_only_the_difference_formula_has_one() {
    assertThat(SELISIH.toleransi()).contains(Persentase.of(5));
    assertThat(KalkulatorEfisiensi.DEFAULT_TOLERANSI).isEqualTo(Persentase.of(5));
    assertThat(SISA.toleransi()).isEmpty();
    assertThat(PMK.toleransi()).isEmpty();
    assertThat(PMK.rumus()).isEqualTo(RumusEfisiensi.PMK_249_2011);
    assertThat(SELISIH).hasToString("KalkulatorEfisiensi[rumus=SELISIH_CAPAIAN_SERAPAN, toleransi=5%]");
    assertThat(SISA).hasToString("KalkulatorEfisiensi[rumus=SISA_ANGGARAN]");
  }

  // ---------------------------------------------------------------- PMK 249/2011

  @Test
  void pmk_249_output_delivered_10_percent_cheaper_has_e_10_and_scores_75() {
    KeluaranBiaya k = keluaran(100, 1_000_000, 100, 900_000);
    assertThat(k.efisiensi().value()).isEqualTo(Persentase.of(10));
    HasilEfisiensi hasil = pmk(k);
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(75));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
    assertThat(hasil.rumus()).isEqualTo(RumusEfisiensi.PMK_249_2011);
  }

  @Test
  void pmk_249_output_at_planned_unit_cost_scores_50_as_planned() {
    HasilEfisiensi hasil = pmk(keluaran(100, 1_000_000, 80, 800_000));
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(50));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.SESUAI_RENCANA);
  }

  @Test
  void pmk_249_output_at_higher_unit_cost_scores_below_50_and_is_not_efficient() {
    HasilEfisiensi hasil = pmk(keluaran(100, 1_000_000, 100, 1_100_000));
    assertThat(hasil.nilai()).isEqualTo(Persentase.of(25));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);
  }

  @Test
  void pmk_249_e_beyond_plus_or_minus_20_percent_clamps_to_100_and_0() {
    KeluaranBiaya separuh = keluaran(100, 1_000_000, 100, 500_000);
    assertThat(separuh.efisiensi().value()).isEqualTo(Persentase.of(50));
    assertThat(pmk(separuh).nilai()).isEqualTo(Persentase.HUNDRED);

    KeluaranBiaya mahal = keluaran(100, 1_000_000, 100, 1_500_000);
    assertThat(mahal.efisiensi().value()).isEqualTo(Persentase.of(-50));
    assertThat(pmk(mahal).nilai()).isEqualTo(Persentase.ZERO);
    assertThat(pmk(mahal).kategori()).isEqualTo(KategoriEfisiensi.TIDAK_EFISIEN);

    assertThat(pmk(keluaran(100, 1_000_000, 100, 800_000)).nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(pmk(keluaran(100, 1_000_000, 100, 1_200_000)).nilai()).isEqualTo(Persentase.ZERO);
  }

  @Test
  void pmk_249_averages_the_efficiency_of_two_outputs() {
    KeluaranBiaya a = keluaran(100, 1_000_000, 100, 900_000); // E = 10%
    KeluaranBiaya b = keluaran(50, 2_000_000, 40, 1_664_000); // 41.600 per unit against 40.000: E = −4%
    assertThat(b.efisiensi().value()).isEqualTo(Persentase.of(-4));
    HasilEfisiensi hasil = pmk(a, b); // mean 3% → 50 + 3 × 2.5
    assertThat(hasil.nilai()).isEqualTo(persen("57.5"));
    assertThat(hasil.kategori()).isEqualTo(KategoriEfisiensi.EFISIEN);
  }

  @Test
  void pmk_249_clamps_the_mean_not_each_output() {
    KeluaranBiaya a = keluaran(100, 1_000_000, 100, 900_000); // E = 10%
    KeluaranBiaya b = keluaran(100, 1_000_000, 100, 500_000); // E = 50%
    // mean 30% clamps to 20% → 100; clamping each first would give mean 15% → 87.5.
    assertThat(pmk(a, b).nilai()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void pmk_249_mean_with_no_finite_decimal_stays_exact() {
    KeluaranBiaya a = keluaran(3, 300_000, 3, 290_000); // E = 10/3 %
    HasilEfisiensi hasil = pmk(a);
    assertThat(hasil.nilai()).isEqualTo(Persentase.ofFraction(
        BigInteger.valueOf(175), BigInteger.valueOf(3))); // 50 + 25/3
    assertThat(hasil.nilai().agreesWith(new BigDecimal("58.33"))).isTrue();
  }

  @Test
  void pmk_249_fractional_volumes_are_exact() {
    KeluaranBiaya k = new KeluaranBiaya(
        new BigDecimal("2.5"), Rupiah.of(1_000_000), new BigDecimal("2.5"), Rupiah.of(new BigDecimal("950000.50")));
    assertThat(k.efisiensi().value()).isEqualTo(persen("4.99995"));
  }

  // ---------------------------------------------------------------- not computable

  @Test
  void pagu_0_is_not_computable_under_both_budget_formulas() {
    for (KalkulatorEfisiensi k : List.of(SELISIH, SISA)) {
      Outcome<HasilEfisiensi> hasil = k.hitung(Persentase.HUNDRED, Rupiah.ZERO, Rupiah.of(5_000));
      assertThat(hasil.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
      assertThat(hasil.explanation())
          .contains(k.rumus().name())
          .contains("pagu Rp0,00")
          .contains("realisasi Rp5.000,00")
          .contains("pagu is 0");
    }
  }

  @Test
  void planned_volume_0_is_not_computable_and_names_the_output() {
    Outcome<HasilEfisiensi> hasil =
        PMK.hitung(List.of(keluaran(100, 1_000_000, 100, 900_000), keluaran(0, 1_000_000, 10, 900_000)));
    assertThat(hasil.notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(hasil.explanation())
        .contains("keluaran[1]")
        .contains("volumeRencana is 0")
        .contains("planned unit cost");
  }

  @Test
  void realised_volume_0_is_not_computable() {
    KeluaranBiaya k = keluaran(100, 1_000_000, 0, 0);
    assertThat(k.efisiensi().notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(k.efisiensi().explanation()).contains("volumeRealisasi is 0").contains("realised unit cost");
    Outcome<HasilEfisiensi> hasil = PMK.hitung(List.of(k));
    assertThat(hasil.explanation()).contains("keluaran[0]").contains("volumeRealisasi is 0");
  }

  @Test
  void planned_cost_0_is_not_computable() {
    KeluaranBiaya k = keluaran(100, 0, 100, 900_000);
    assertThat(k.efisiensi().notComputableReason()).contains(Outcome.Reason.ZERO_DENOMINATOR);
    assertThat(k.efisiensi().explanation()).contains("biayaRencana is 0").contains("Rp0,00");
  }

  @Test
  void realised_cost_0_with_delivered_volume_is_computable_and_clamps_to_100() {
    assertThat(pmk(keluaran(100, 1_000_000, 100, 0)).nilai()).isEqualTo(Persentase.HUNDRED);
  }

  @Test
  void an_empty_output_list_is_not_computable() {
    Outcome<HasilEfisiensi> hasil = PMK.hitung(List.of());
    assertThat(hasil.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(hasil.explanation()).contains("PMK_249_2011").contains("keluaran is empty");
  }

  @Test
  void a_formula_given_the_other_kind_of_input_is_not_applicable() {
    Outcome<HasilEfisiensi> pmk = PMK.hitung(Persentase.HUNDRED, PAGU_2022, REALISASI_2022);
    assertThat(pmk.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(pmk.explanation()).contains("PMK_249_2011").contains("KeluaranBiaya");

    Outcome<HasilEfisiensi> selisih = SELISIH.hitung(List.of(keluaran(100, 1_000_000, 100, 900_000)));
    assertThat(selisih.notComputableReason()).contains(Outcome.Reason.NOT_APPLICABLE);
    assertThat(selisih.explanation()).contains("SELISIH_CAPAIAN_SERAPAN").contains("capaian, pagu and realisasi");
  }

  // ---------------------------------------------------------------- invalid input

  @Test
  void a_negative_volume_is_rejected_naming_the_field_the_value_and_the_rule() {
    assertThatThrownBy(() -> new KeluaranBiaya(
            new BigDecimal("-1"), Rupiah.of(1_000_000), BigDecimal.TEN, Rupiah.of(900_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keluaranBiaya.volumeRencana is -1: a volume of an output is zero or more");
    assertThatThrownBy(() -> new KeluaranBiaya(
            BigDecimal.TEN, Rupiah.of(1_000_000), new BigDecimal("-0.5"), Rupiah.of(900_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keluaranBiaya.volumeRealisasi is -0.5: a volume of an output is zero or more");
  }

  @Test
  void a_negative_cost_is_rejected_naming_the_field_the_value_and_the_rule() {
    assertThatThrownBy(() -> keluaran(10, -1_000_000, 10, 900_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keluaranBiaya.biayaRencana is -Rp1.000.000,00: a cost of an output is zero or more");
    assertThatThrownBy(() -> keluaran(10, 1_000_000, 10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keluaranBiaya.biayaRealisasi is -Rp1,00: a cost of an output is zero or more");
  }

  @Test
  void a_negative_pagu_or_realisasi_is_rejected_naming_the_field_the_value_and_the_rule() {
    assertThatThrownBy(() -> SELISIH.hitung(Persentase.HUNDRED, Rupiah.of(-5), Rupiah.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pagu is -Rp5,00: a budget amount (pagu, realisasi) is zero or more");
    assertThatThrownBy(() -> SISA.hitung(Persentase.HUNDRED, Rupiah.of(5), Rupiah.of(-7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("realisasi is -Rp7,00: a budget amount (pagu, realisasi) is zero or more");
  }

  @Test
  void a_negative_tolerance_is_rejected_naming_the_field_the_value_and_the_rule() {
    assertThatThrownBy(() -> KalkulatorEfisiensi.selisihCapaianSerapan(Persentase.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("toleransi is -1%: the tolerance band of SELISIH_CAPAIAN_SERAPAN is zero or more points");
  }

  @Test
  void null_arguments_are_rejected_naming_the_parameter() {
    assertThatNullPointerException().isThrownBy(() -> KalkulatorEfisiensi.of(null)).withMessage("rumus");
    assertThatNullPointerException()
        .isThrownBy(() -> SELISIH.hitung(null, PAGU_2022, REALISASI_2022))
        .withMessage("capaian");
    assertThatNullPointerException()
        .isThrownBy(() -> PMK.hitung(Arrays.asList((KeluaranBiaya) null)))
        .withMessage("keluaran contains null");
    assertThatNullPointerException()
        .isThrownBy(() -> new KeluaranBiaya(null, Rupiah.ZERO, BigDecimal.ONE, Rupiah.ZERO))
        .withMessage("volumeRencana");
    assertThatNullPointerException()
        .isThrownBy(() -> new HasilEfisiensi(Persentase.ZERO, null, RumusEfisiensi.SISA_ANGGARAN))
        .withMessage("kategori");
  }

  @Test
  void each_formula_states_itself_as_text() {
    assertThat(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN.rumus()).isEqualTo("capaian − realisasi / pagu × 100");
    assertThat(RumusEfisiensi.SISA_ANGGARAN.rumus()).isEqualTo("(1 − realisasi / pagu) × 100");
    assertThat(RumusEfisiensi.PMK_249_2011.rumus()).contains("50%").contains("±20%");
    assertThat(keluaran(100, 1_000_000, 100, 900_000))
        .hasToString("rencana 100 / Rp1.000.000,00, realisasi 100 / Rp900.000,00");
  }
}
