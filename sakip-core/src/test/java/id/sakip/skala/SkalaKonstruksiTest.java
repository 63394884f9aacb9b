package id.sakip.skala;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scales are validated when built, and compare by value. */
class SkalaKonstruksiTest {

  @Test
  void bands_that_share_a_boundary_value_are_refused_naming_both_bands_and_the_value() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("seed, mistyped")
            .pita(Rentang.palingSedikit(angka("85")), "Sangat berhasil")
            .pita(Rentang.dariSampai(angka("70"), angka("85")), "Berhasil");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale 'seed, mistyped': band Sangat berhasil (x ≥ 85) and band Berhasil"
            + " (70 ≤ x ≤ 85) overlap on x = 85: a value must lie in at most one band");
  }

  @Test
  void bands_that_overlap_on_an_interval_are_refused_naming_the_interval() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("overlap")
            .pita(Rentang.dariSampai(angka("70"), angka("90")), "Berhasil")
            .pita(Rentang.palingSedikit(angka("85")), "Sangat berhasil");
    assertThatThrownBy(builder::build)
        .hasMessageContaining("band Berhasil (70 ≤ x ≤ 90) and band Sangat berhasil (x ≥ 85)")
        .hasMessageContaining("overlap on 85 ≤ x ≤ 90");
  }

  @Test
  void an_undeclared_gap_is_refused_naming_the_gap_and_its_bands() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("integer bands")
            .pita(Rentang.dariSampai(angka("91"), angka("100")), "Sangat Baik")
            .pita(Rentang.dariSampai(angka("76"), angka("90")), "Baik");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale 'integer bands' leaves the gap 90 < x < 91 between band Baik"
            + " (76 ≤ x ≤ 90) and band Sangat Baik (91 ≤ x ≤ 100): every value of the domain"
            + " 76 ≤ x ≤ 100 must lie in a band;"
            + " close the gap or declare gaps with izinkanCelah()");
  }

  @Test
  void a_gap_at_the_edge_of_a_declared_domain_is_a_gap_too() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("SKM on 0–100")
            .pita(Rentang.dariSampai(angka("25"), angka("100")), "Dinilai")
            .domain(Rentang.dariSampai(angka("0"), angka("100")));
    assertThatThrownBy(builder::build)
        .hasMessageContaining("leaves the gap 0 ≤ x < 25 below band Dinilai (25 ≤ x ≤ 100)");
  }

  @Test
  void an_empty_label_is_refused_naming_the_band() {
    assertThatThrownBy(() -> Pita.of(Rentang.dariSampaiSebelum(angka("70"), angka("85")), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label '' of the band 70 ≤ x < 85 is blank: a band needs a label");
    assertThatThrownBy(() -> SkalaOrdinal.builder("s").pita(Rentang.palingSedikit(angka("85")), "  "))
        .hasMessage("label '  ' of the band x ≥ 85 is blank: a band needs a label");
  }

  @Test
  void an_empty_range_is_refused_when_it_is_made() {
    assertThatThrownBy(() -> Rentang.dariSampaiSebelum(angka("85"), angka("85")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rentang from 85 (included) to 85 (excluded) holds no value: the lower bound must be below the"
            + " upper one");
    assertThatThrownBy(() -> Rentang.dariSampai(angka("86"), angka("85")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holds no value");
    assertThat(Rentang.tunggal(angka("85")).memuat(new BigDecimal("85.00"))).isTrue();
    assertThat(Rentang.dariSampai(angka("70"), angka("85"))).isEqualTo(Rentang.dariSampai(angka("70.0"), angka("85.00")))
        .hasSameHashCodeAs(Rentang.dariSampai(angka("70.0"), angka("85.00")));
  }

  @Test
  void a_blank_code_is_refused() {
    assertThatThrownBy(() -> Pita.of(Rentang.palingSedikit(angka("90")), "Sangat memuaskan", ""))
        .hasMessage(
            "kode '' of band 'Sangat memuaskan' is blank: leave the code out or give it a value");
  }

  @Test
  void a_duplicate_label_is_refused() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("twice")
            .pita(Rentang.palingSedikit(angka("85")), "Berhasil")
            .pita(Rentang.kurangDari(angka("85")), "Berhasil");
    assertThatThrownBy(builder::build)
        .hasMessage(
            "scale 'twice' has two bands labelled 'Berhasil': each band needs its own label");
  }

  @Test
  void a_duplicate_code_is_refused() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("twice")
            .pita(Rentang.palingSedikit(angka("85")), "Sangat baik", "A")
            .pita(Rentang.kurangDari(angka("85")), "Baik", "A");
    assertThatThrownBy(builder::build)
        .hasMessage("scale 'twice' has two bands coded 'A': each band needs its own code");
  }

  @Test
  void a_band_beyond_the_declared_domain_is_refused() {
    SkalaOrdinal.Builder builder =
        SkalaOrdinal.builder("capaian 0–100")
            .pita(Rentang.palingSedikit(angka("85")), "Sangat berhasil")
            .pita(Rentang.dariSampaiSebelum(angka("0"), angka("85")), "Belum")
            .domain(Rentang.dariSampai(angka("0"), angka("100")));
    assertThatThrownBy(builder::build)
        .hasMessage("scale 'capaian 0–100': band Sangat berhasil (x ≥ 85) reaches beyond the domain"
            + " 0 ≤ x ≤ 100: every band must lie within the domain");
  }

  @Test
  void a_scale_needs_a_name_and_a_band() {
    assertThatThrownBy(() -> SkalaOrdinal.builder(" ").pita(Rentang.palingSedikit(angka("0")), "x").build())
        .hasMessage("nama ' ' is blank: a scale needs a name");
    assertThatThrownBy(() -> SkalaOrdinal.builder("empty").build())
        .hasMessage("scale 'empty' has no bands: add at least one");
    assertThatThrownBy(() -> SkalaOrdinal.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nama");
  }

  @Test
  void rounding_first_needs_a_non_negative_scale_and_a_mode_that_rounds() {
    assertThatThrownBy(() -> KebijakanCelah.bulatkanDulu(-1, RoundingMode.HALF_UP))
        .hasMessage("skala -1: rounding first needs 0 or more decimals");
    assertThatThrownBy(() -> KebijakanCelah.bulatkanDulu(2, RoundingMode.UNNECESSARY))
        .hasMessage(
            "pembulatan UNNECESSARY: rounding first needs a mode that rounds, such as HALF_UP");
  }

  @Test
  void classification_rejects_null_arguments() {
    SkalaOrdinal skala = SkalaOrdinal.KAB_MALANG_KECAMATAN;
    assertThatThrownBy(() -> skala.klasifikasi((Persentase) null)).hasMessage("nilai");
    assertThatThrownBy(() -> skala.klasifikasi((BigDecimal) null)).hasMessage("nilai");
    assertThatThrownBy(() -> skala.klasifikasi(Persentase.of(1), null)).hasMessage("kebijakan");
  }

  @Test
  void scales_built_alike_are_equal_whatever_the_scale_of_their_bounds() {
    SkalaOrdinal a = twoBands("85", "Baik");
    SkalaOrdinal b = twoBands("85.00", "Baik");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.pita().get(0)).isEqualTo(b.pita().get(0)).hasSameHashCodeAs(b.pita().get(0));
    assertThat(a).isNotEqualTo(twoBands("85", "Bagus"));
    assertThat(a).isNotEqualTo(twoBands("86", "Baik"));
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN).isNotEqualTo(SkalaOrdinal.E_SAKIP_PLUGIN);
  }

  @Test
  void the_order_bands_are_added_in_does_not_matter() {
    SkalaOrdinal reversed =
        SkalaOrdinal.builder("Kab. Malang kecamatan (LKj Kecamatan Kromengan 2022)")
            .pita(Rentang.kurangDari(angka("55")), "Kurang berhasil")
            .pita(Rentang.dariSampaiSebelum(angka("55"), angka("70")), "Cukup berhasil")
            .pita(Rentang.dariSampaiSebelum(angka("70"), angka("85")), "Berhasil")
            .pita(Rentang.palingSedikit(angka("85")), "Sangat berhasil")
            .build();
    assertThat(reversed).isEqualTo(SkalaOrdinal.KAB_MALANG_KECAMATAN);
  }

  @Test
  void a_scale_reads_as_its_name_and_bands() {
    assertThat(SkalaOrdinal.KAB_MALANG_KECAMATAN)
        .hasToString("Kab. Malang kecamatan (LKj Kecamatan Kromengan 2022): Sangat berhasil"
            + " (x ≥ 85); Berhasil (70 ≤ x < 85); Cukup berhasil (55 ≤ x < 70);"
            + " Kurang berhasil (x < 55)");
    assertThat(Pita.of(Rentang.dariSampai(angka("88.31"), angka("100.00")), "Sangat baik", "A"))
        .hasToString("A Sangat baik (88.31 ≤ x ≤ 100.00)");
    assertThat(KebijakanCelah.bulatkanDulu(2, RoundingMode.HALF_UP))
        .hasToString("BULATKAN_DULU(2, HALF_UP)");
  }

  @Test
  void a_band_without_a_code_has_an_empty_code() {
    assertThat(Pita.of(Rentang.palingSedikit(angka("85")), "Sangat berhasil").kode())
        .isEqualTo(Optional.empty());
  }

  private static SkalaOrdinal twoBands(String cut, String lowerLabel) {
    return SkalaOrdinal.builder("two")
        .pita(Rentang.palingSedikit(angka(cut)), "Sangat baik")
        .pita(Rentang.kurangDari(angka(cut)), lowerLabel)
        .build();
  }

  private static BigDecimal angka(String value) {
    return new BigDecimal(value);
  }
}
