package id.sakip.skala;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every band edge of every built-in scale, from both sides. */
class SkalaBawaanTest {

  /** 85 − 1/3 × 10^-30: just below 85, with no finite decimal expansion. */
  private static final Persentase JUST_BELOW_85 =
      Persentase.ofFraction(
          BigInteger.valueOf(255).multiply(BigInteger.TEN.pow(30)).subtract(BigInteger.ONE),
          BigInteger.valueOf(3).multiply(BigInteger.TEN.pow(30)));

  @Test
  void value_85_is_sangat_berhasil_on_the_seed_scale() {
    Klasifikasi k = SkalaOrdinal.KAB_MALANG_KECAMATAN.klasifikasi(Persentase.of(85));
    assertThat(k.toOptional().map(Pita::label)).contains("Sangat berhasil");
    assertThat(k.penjelasan())
        .isEqualTo("85 lies in band Sangat berhasil (x ≥ 85) of scale"
            + " 'Kab. Malang kecamatan (LKj Kecamatan Kromengan 2022)'");
  }

  @ParameterizedTest(name = "{0} is {1} on the seed scale")
  @CsvSource({
    "85.01, Sangat berhasil",
    "85,    Sangat berhasil",
    "84.99, Berhasil",
    "70,    Berhasil",
    "69.99, Cukup berhasil",
    "55,    Cukup berhasil",
    "54.99, Kurang berhasil",
  })
  void every_band_edge_of_the_seed_scale_lies_on_its_documented_side(
      BigDecimal nilai, String label) {
    assertThat(labelOf(SkalaOrdinal.KAB_MALANG_KECAMATAN, nilai)).isEqualTo(label);
  }

  @Test
  void a_value_a_third_of_10_to_the_minus_30_below_85_is_berhasil_on_the_seed_scale() {
    Klasifikasi k = SkalaOrdinal.KAB_MALANG_KECAMATAN.klasifikasi(JUST_BELOW_85);
    assertThat(k.toOptional().map(Pita::label)).contains("Berhasil");
    assertThat(k.nilai()).isEqualTo(JUST_BELOW_85);
    assertThat(k.penjelasan()).startsWith("84.99999999999999999999999999999967…");
  }

  @Test
  void the_same_value_rounded_to_2_decimals_first_is_sangat_berhasil() {
    Klasifikasi k =
        SkalaOrdinal.KAB_MALANG_KECAMATAN.klasifikasi(
            JUST_BELOW_85, KebijakanCelah.bulatkanDulu(2, RoundingMode.HALF_UP));
    assertThat(k.toOptional().map(Pita::label)).contains("Sangat berhasil");
    assertThat(k.nilai()).isEqualTo(JUST_BELOW_85);
    assertThat(k.penjelasan()).contains("rounded to 2 decimals (HALF_UP) is 85.00, which lies in");
  }

  @ParameterizedTest(name = "{0} is {1} on the seed scale")
  @CsvSource({"-12.5, Kurang berhasil", "0, Kurang berhasil", "250, Sangat berhasil"})
  void the_seed_scale_is_open_at_both_ends(BigDecimal nilai, String label) {
    assertThat(labelOf(SkalaOrdinal.KAB_MALANG_KECAMATAN, nilai)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} is {1} on the 91/76/66/51 scale")
  @CsvSource({
    "120,   Sangat Tinggi",
    "91.01, Sangat Tinggi",
    "91,    Sangat Tinggi",
    "90.99, Tinggi",
    "90.5,  Tinggi",
    "76,    Tinggi",
    "75.99, Sedang",
    "66,    Sedang",
    "65.99, Rendah",
    "51,    Rendah",
    "50.99, Sangat Rendah",
    "0,     Sangat Rendah",
  })
  void every_band_edge_of_the_permendagri_86_2017_scale_lies_on_its_documented_side(
      BigDecimal nilai, String label) {
    assertThat(labelOf(SkalaOrdinal.PERMENDAGRI_86_2017, nilai)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} is {1} on the integer-band LKjIP scale")
  @CsvSource({
    "100,    Sangat Baik",
    "91,     Sangat Baik",
    "90.99,  in a gap",
    "90.5,   in a gap",
    "90.01,  in a gap",
    "90,     Baik",
    "76,     Baik",
    "75.99,  in a gap",
    "75,     Cukup",
    "66,     Cukup",
    "65.5,   in a gap",
    "65,     Kurang",
    "51,     Kurang",
    "50.5,   in a gap",
    "50,     Sangat Kurang",
    "0,      Sangat Kurang",
    "100.01, beyond the scale",
    "-0.01,  beyond the scale",
  })
  void every_band_edge_of_the_integer_band_lkjip_scale_lies_on_its_documented_side(
      BigDecimal nilai, String label) {
    assertThat(labelOf(SkalaOrdinal.LKJIP_BILANGAN_BULAT, nilai)).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} is {1} on the e-SAKIP plugin scale")
  @CsvSource({
    "150,    Sangat Berhasil",
    "100,    Sangat Berhasil",
    "99.99,  Berhasil",
    "75,     Berhasil",
    "74.99,  Cukup",
    "55,     Cukup",
    "54.99,  Kurang",
    "-1,     Kurang",
  })
  void every_band_edge_of_the_e_sakip_plugin_scale_lies_on_its_documented_side(
      BigDecimal nilai, String label) {
    assertThat(labelOf(SkalaOrdinal.E_SAKIP_PLUGIN, nilai)).isEqualTo(label);
  }

  @Test
  void the_built_in_scales_list_their_bands_best_first() {
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN.pita())
        .extracting(Pita::label)
        .containsExactly("Sangat berhasil", "Berhasil", "Cukup berhasil", "Kurang berhasil");
    assertThat(SkalaOrdinal.PERMENDAGRI_86_2017.pita())
        .extracting(Pita::label)
        .containsExactly("Sangat Tinggi", "Tinggi", "Sedang", "Rendah", "Sangat Rendah");
    assertThat(SkalaOrdinal.LKJIP_BILANGAN_BULAT.pita())
        .extracting(Pita::label)
        .containsExactly("Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang");
    assertThat(SkalaOrdinal.E_SAKIP_PLUGIN.pita())
        .extracting(Pita::label)
        .containsExactly("Sangat Berhasil", "Berhasil", "Cukup", "Kurang");
  }

  @Test
  void only_the_integer_band_lkjip_scale_has_gaps() {
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN.isTanpaCelah()).isTrue();
    assertThat(SkalaOrdinal.PERMENDAGRI_86_2017.isTanpaCelah()).isTrue();
    assertThat(SkalaOrdinal.E_SAKIP_PLUGIN.isTanpaCelah()).isTrue();
    assertThat(SkalaOrdinal.LKJIP_BILANGAN_BULAT.isTanpaCelah()).isFalse();
    assertThat(SkalaOrdinal.LKJIP_BILANGAN_BULAT.celah())
        .extracting(Rentang::toString)
        .containsExactly("90 < x < 91", "75 < x < 76", "65 < x < 66", "50 < x < 51");
    assertThat(SkalaOrdinal.LKJIP_BILANGAN_BULAT.domain().toString()).isEqualTo("0 ≤ x ≤ 100");
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN.domain().toString()).isEqualTo("any x");
  }

  /** The band's label, or "in a gap" or "beyond the scale". */
  static String labelOf(SkalaOrdinal skala, BigDecimal nilai) {
    Klasifikasi k = skala.klasifikasi(nilai);
    assertThat(k.nilai()).isEqualTo(Persentase.of(nilai));
    if (k instanceof Klasifikasi.DalamPita d) {
      return d.pita().label();
    }
    return k instanceof Klasifikasi.DiCelah ? "in a gap" : "beyond the scale";
  }
}
