package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.examples.cli.Cli.Result;
import org.junit.jupiter.api.Test;

/** {@code sakip capaian} and {@code sakip serapan}: every polarity, range, cap, notation and format. */
class CapaianSerapanTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Result ok(String... args) {
    Result r = Cli.run(args);
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.status()).as("exit status").isZero();
    return r;
  }

  private static JsonNode json(String... args) throws Exception {
    return JSON.readTree(ok(args).out());
  }

  @Test
  void negatif_is_the_lan_form_t_7_r_6_5_gives_107_14() {
    Result r = ok("capaian", "--target", "7", "--realisasi", "6,5", "--polaritas", "negatif");
    assertThat(r.out()).isEqualTo("""
        target     7
        realisasi  6,5
        polaritas  NEGATIF, rumus NEGATIF_LAN: (2T − R) / T × 100
        capaian    107,14% (rounded half-up to 2 decimals)
        raw        107,1428571428571428571428571428571…%
        kategori   Sangat berhasil (of the raw value, on scale Kab. Malang kecamatan (LKj Kecamatan Kromengan 2022))
        """);
    assertThat(ok("capaian", "--target", "8", "--realisasi", "9", "--polaritas", "negatif").out())
        .contains("capaian    87,50%", "raw        87,5%");
  }

  @Test
  void negatif_invers_is_t_over_r() {
    assertThat(ok("capaian", "--target", "10", "--realisasi", "8", "--polaritas", "negatif-invers").out())
        .contains("NEGATIF_INVERS: T / R × 100", "capaian    125,00%", "raw        125%");
    assertThat(ok("capaian", "--target", "10", "--realisasi", "8", "--polaritas", "negatif").out())
        .contains("capaian    120,00%");
  }

  @Test
  void positif_is_the_default_and_skm_85_82_against_85_is_100_96() {
    assertThat(ok("capaian", "--target", "85", "--realisasi", "85,82 Indek").out())
        .contains("POSITIF, rumus POSITIF: R / T × 100", "capaian    100,96%", "raw        100,9647058823529411764705882352941…%");
  }

  @Test
  void a_range_target_measures_against_the_nearer_bound() {
    assertThat(ok("capaian", "--target", "80", "--target-atas", "90", "--realisasi", "70").out())
        .contains("target     80–90", "polaritas  RENTANG", "capaian    87,50%");
    assertThat(ok("capaian", "--target", "80", "--target-atas", "90", "--realisasi", "92").out())
        .contains("capaian    102,22%", "raw        102,2222222222222222222222222222222…%");
    assertThat(ok("capaian", "--target", "80", "--target-atas", "90", "--realisasi", "85", "--polaritas", "rentang")
        .out()).contains("capaian    100,00%");
  }

  @Test
  void a_cap_is_printed_beside_the_raw_value() {
    assertThat(ok("capaian", "--target", "85", "--realisasi", "85,82", "--cap", "100").out())
        .contains("capaian    100,96%", "capped     100,00% (cap 100%)");
    assertThat(ok("capaian", "--target", "85", "--realisasi", "85,82", "--cap", "120").out())
        .contains("capped     100,96% (cap 120%, not reached)");
    assertThat(ok("capaian", "--target", "85", "--realisasi", "85,82").out()).doesNotContain("capped");
  }

  @Test
  void the_category_is_on_the_kab_malang_kecamatan_scale() {
    assertThat(ok("capaian", "--target", "100", "--realisasi", "84,99").out()).contains("kategori   Berhasil");
    assertThat(ok("capaian", "--target", "100", "--realisasi", "60").out()).contains("kategori   Cukup berhasil");
    assertThat(ok("capaian", "--target", "100", "--realisasi", "54").out()).contains("kategori   Kurang berhasil");
  }

  @Test
  void english_notation_reads_and_writes_with_a_decimal_point() {
    Result r = ok("capaian", "--target", "85", "--realisasi", "85.82", "--notasi", "en", "--cap", "100.5");
    assertThat(r.out()).contains("realisasi  85.82", "capaian    100.96%", "raw        100.9647058823529411764705882352941…%",
        "capped     100.50% (cap 100.5%)");
    assertThat(ok("serapan", "--pagu", "2,910,568,737", "--realisasi", "2,691,204,248", "--notasi", "en").out())
        .contains("pagu       Rp2,910,568,737.00", "serapan    92.46%", "sisa       Rp219,364,489.00");
  }

  @Test
  void capaian_as_json() throws Exception {
    JsonNode j = json("capaian", "--target", "7", "--realisasi", "6,5", "--polaritas", "negatif", "--cap", "100",
        "--format", "json");
    assertThat(j.get("target").decimalValue()).isEqualByComparingTo("7");
    assertThat(j.get("realisasi").decimalValue()).isEqualByComparingTo("6.5");
    assertThat(j.get("targetAtas").isNull()).isTrue();
    assertThat(j.get("polaritas").asText()).isEqualTo("NEGATIF");
    assertThat(j.get("raw").asText()).isEqualTo("107.1428571428571428571428571428571…");
    assertThat(j.get("rawFraction").asText()).isEqualTo("750/7");
    assertThat(j.get("rounded").decimalValue()).isEqualByComparingTo("107.14");
    assertThat(j.get("formatted").asText()).isEqualTo("107,14%");
    assertThat(j.get("capped").decimalValue()).isEqualByComparingTo("100");
    assertThat(j.get("kategori").asText()).isEqualTo("Sangat berhasil");
    assertThat(j.get("notComputable").isNull()).isTrue();
  }

  @Test
  void target_0_is_not_computable_exit_1_with_the_reason_on_stdout() throws Exception {
    Result text = Cli.run("capaian", "--target", "0", "--realisasi", "5");
    assertThat(text.status()).isEqualTo(1);
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).contains("capaian    not computable (ZERO_DENOMINATOR)", "the target is 0")
        .doesNotContain("kategori");

    Result json = Cli.run("capaian", "--target", "0", "--realisasi", "5", "--format", "json");
    assertThat(json.status()).isEqualTo(1);
    JsonNode j = JSON.readTree(json.out());
    assertThat(j.get("notComputable").get("reason").asText()).isEqualTo("ZERO_DENOMINATOR");
    assertThat(j.get("notComputable").get("explanation").asText()).contains("the target is 0");
    assertThat(j.get("rounded").isNull()).isTrue();
    assertThat(j.get("kategori").isNull()).isTrue();

    Result invers = Cli.run("capaian", "--target", "5", "--realisasi", "0", "--polaritas", "negatif-invers");
    assertThat(invers.status()).isEqualTo(1);
    assertThat(invers.out()).contains("the realisasi is 0");
  }

  @Test
  void serapan_of_kromengan_s_printed_totals_is_92_46() {
    Result r = ok("serapan", "--pagu", "2.910.568.737", "--realisasi", "2.691.204.248");
    assertThat(r.out()).isEqualTo("""
        pagu       Rp2.910.568.737,00
        realisasi  Rp2.691.204.248,00
        serapan    92,46% (rounded half-up to 2 decimals)
        raw        92,46317442321926513567166099881048…%
        sisa       Rp219.364.489,00
        """);
    assertThat(ok("serapan", "--pagu", "Rp61.165.000,00", "--realisasi", "60.019.143").out()).contains("98,13%");
  }

  @Test
  void serapan_as_json_and_a_zero_pagu() throws Exception {
    String out = ok("serapan", "--pagu", "2.910.568.737", "--realisasi", "2.691.204.248", "--format", "json").out();
    assertThat(out).as("exact decimals in plain notation, with their scale")
        .contains("\"pagu\" : 2910568737.00,", "\"rounded\" : 92.46,", "\"sisa\" : 219364489.00,");
    JsonNode j = JSON.readTree(out);
    assertThat(j.get("pagu").decimalValue()).isEqualByComparingTo("2910568737");
    assertThat(j.get("rounded").decimalValue()).isEqualByComparingTo("92.46");
    assertThat(j.get("formatted").asText()).isEqualTo("92,46%");
    assertThat(j.get("sisa").decimalValue()).isEqualByComparingTo("219364489");
    assertThat(j.get("rawFraction").asText()).isEqualTo("269120424800/2910568737");

    Result zero = Cli.run("serapan", "--pagu", "0", "--realisasi", "5");
    assertThat(zero.status()).isEqualTo(1);
    assertThat(zero.out()).contains("not computable (ZERO_DENOMINATOR)", "sisa       -Rp5,00");
    Result zeroJson = Cli.run("serapan", "--pagu", "0", "--realisasi", "5", "--format", "json");
    assertThat(zeroJson.status()).isEqualTo(1);
    assertThat(JSON.readTree(zeroJson.out()).get("notComputable").get("reason").asText()).isEqualTo("ZERO_DENOMINATOR");
  }
}
