package id.sakip.skala;

import static id.sakip.skala.SkalaBawaanTest.labelOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values between bands: the gap policies on the integer-band scale and the SKM quality bands. */
class SkalaCelahTest {

  private static final SkalaOrdinal LKJIP = SkalaOrdinal.LKJIP_BILANGAN_BULAT;
  private static final BigDecimal NINETY_POINT_FIVE = new BigDecimal("90.5");

  /** SKM quality bands of PermenPAN-RB 14/2017: two-decimal closed intervals, rounded first. */
  static final SkalaOrdinal SKM =
      SkalaOrdinal.builder("SKM mutu pelayanan (PermenPAN-RB 14/2017)")
          .pita(Rentang.dariSampai(new BigDecimal("25.00"), new BigDecimal("64.99")), "Tidak baik", "D")
          .pita(Rentang.dariSampai(new BigDecimal("65.00"), new BigDecimal("76.60")), "Kurang baik", "C")
          .pita(Rentang.dariSampai(new BigDecimal("76.61"), new BigDecimal("88.30")), "Baik", "B")
          .pita(Rentang.dariSampai(new BigDecimal("88.31"), new BigDecimal("100.00")), "Sangat baik", "A")
          .izinkanCelah()
          .kebijakanCelah(KebijakanCelah.bulatkanDulu(2, RoundingMode.HALF_UP))
          .build();

  @Test
  void value_90_5_is_in_a_gap_of_the_integer_band_scale_under_tolak() {
    Klasifikasi k = LKJIP.klasifikasi(NINETY_POINT_FIVE, KebijakanCelah.TOLAK);
    assertThat(k).isInstanceOf(Klasifikasi.DiCelah.class);
    assertThat(k.isDalamPita()).isFalse();
    assertThat(k.toOptional()).isEmpty();
    assertThat(((Klasifikasi.DiCelah) k).celah().toString()).isEqualTo("90 < x < 91");
    assertThat(k.penjelasan())
        .isEqualTo("90.5 lies in the gap 90 < x < 91 between band Baik (76 ≤ x ≤ 90) and band"
            + " Sangat Baik (91 ≤ x ≤ 100) of scale '" + LKJIP.nama()
            + "' and has no band under TOLAK");
  }

  @Test
  void tolak_is_the_default_policy_of_the_integer_band_scale() {
    assertThat(LKJIP.kebijakanCelah()).isEqualTo(KebijakanCelah.TOLAK);
    assertThat(LKJIP.klasifikasi(NINETY_POINT_FIVE)).isInstanceOf(Klasifikasi.DiCelah.class);
  }

  @Test
  void value_90_5_falls_to_baik_under_pita_bawah() {
    Klasifikasi k = LKJIP.klasifikasi(NINETY_POINT_FIVE, KebijakanCelah.PITA_BAWAH);
    assertThat(k.toOptional().map(Pita::label)).contains("Baik");
    assertThat(k.penjelasan())
        .contains("90.5 lies in the gap 90 < x < 91")
        .contains("under PITA_BAWAH it takes the band below, Baik (76 ≤ x ≤ 90)");
  }

  @Test
  void value_90_5_rounded_half_up_to_0_decimals_is_sangat_baik() {
    Klasifikasi k =
        LKJIP.klasifikasi(NINETY_POINT_FIVE, KebijakanCelah.bulatkanDulu(0, RoundingMode.HALF_UP));
    assertThat(k.toOptional().map(Pita::label)).contains("Sangat Baik");
    assertThat(k.nilai()).isEqualTo(Persentase.of(NINETY_POINT_FIVE));
    assertThat(k.penjelasan())
        .startsWith("90.5 rounded to 0 decimals (HALF_UP) is 91, which lies in band Sangat Baik");
  }

  @Test
  void value_90_4_rounded_half_up_to_0_decimals_is_baik() {
    Klasifikasi k =
        LKJIP.klasifikasi(
            new BigDecimal("90.4"), KebijakanCelah.bulatkanDulu(0, RoundingMode.HALF_UP));
    assertThat(k.toOptional().map(Pita::label)).contains("Baik");
  }

  @Test
  void a_value_still_in_a_gap_after_rounding_stays_in_the_gap() {
    Klasifikasi k =
        LKJIP.klasifikasi(
            new BigDecimal("90.54"), KebijakanCelah.bulatkanDulu(1, RoundingMode.HALF_UP));
    assertThat(k).isInstanceOf(Klasifikasi.DiCelah.class);
    assertThat(k.penjelasan())
        .startsWith("90.54 rounded to 1 decimal (HALF_UP) is 90.5, which lies in the gap");
  }

  @Test
  void a_value_beyond_the_domain_is_beyond_the_scale_under_every_policy() {
    for (KebijakanCelah kebijakan :
        new KebijakanCelah[] {
          KebijakanCelah.TOLAK,
          KebijakanCelah.PITA_BAWAH,
          KebijakanCelah.bulatkanDulu(0, RoundingMode.DOWN)
        }) {
      Klasifikasi k = LKJIP.klasifikasi(new BigDecimal("101"), kebijakan);
      assertThat(k).isInstanceOf(Klasifikasi.DiLuarSkala.class);
      assertThat(k.penjelasan()).endsWith("whose domain is 0 ≤ x ≤ 100");
    }
  }

  @Test
  void pita_bawah_leaves_a_gap_without_a_band_below_in_the_gap() {
    SkalaOrdinal skala =
        SkalaOrdinal.builder("SKM bands on a declared 0–100 domain")
            .pita(Rentang.dariSampai(new BigDecimal("25"), new BigDecimal("100")), "Dinilai")
            .domain(Rentang.dariSampai(BigDecimal.ZERO, new BigDecimal("100")))
            .izinkanCelah()
            .build();
    Klasifikasi k = skala.klasifikasi(new BigDecimal("10"), KebijakanCelah.PITA_BAWAH);
    assertThat(k).isInstanceOf(Klasifikasi.DiCelah.class);
    assertThat(k.penjelasan()).contains("the gap 0 ≤ x < 25 below band Dinilai (25 ≤ x ≤ 100)");
  }

  @ParameterizedTest(name = "SKM value {0} is {1}")
  @CsvSource({
    "25.00,  D",
    "64.99,  D",
    "64.994, D",
    "64.995, C",
    "65.00,  C",
    "76.60,  C",
    "76.604, C",
    "76.605, B",
    "76.61,  B",
    "88.30,  B",
    "88.31,  A",
    "100.00, A",
    "100.004, A",
  })
  void skm_bands_classify_after_rounding_to_2_decimals_half_up(BigDecimal nilai, String kode) {
    Klasifikasi k = SKM.klasifikasi(nilai);
    assertThat(k.toOptional().flatMap(Pita::kode)).contains(kode);
  }

  @Test
  void skm_value_64_995_is_in_a_gap_under_tolak() {
    Klasifikasi k = SKM.klasifikasi(new BigDecimal("64.995"), KebijakanCelah.TOLAK);
    assertThat(k).isInstanceOf(Klasifikasi.DiCelah.class);
    assertThat(k.penjelasan())
        .contains("64.995 lies in the gap 64.99 < x < 65.00 between band D Tidak baik"
            + " (25.00 ≤ x ≤ 64.99) and band C Kurang baik (65.00 ≤ x ≤ 76.60)");
  }

  @ParameterizedTest(name = "SKM value {0} is {1}")
  @CsvSource({"24.99, beyond the scale", "24.994, beyond the scale", "100.005, beyond the scale"})
  void skm_values_outside_25_to_100_after_rounding_are_beyond_the_scale(
      BigDecimal nilai, String label) {
    assertThat(labelOf(SKM, nilai)).isEqualTo(label);
  }

  @Test
  void skm_bands_leave_three_declared_gaps() {
    assertThat(SKM.isTanpaCelah()).isFalse();
    assertThat(SKM.celah())
        .extracting(Rentang::toString)
        .containsExactly("88.30 < x < 88.31", "76.60 < x < 76.61", "64.99 < x < 65.00");
  }
}
