package id.sakip.kinerja;

import static id.sakip.kinerja.Periodisasi.BULAN;
import static id.sakip.kinerja.Periodisasi.SEMESTER;
import static id.sakip.kinerja.Periodisasi.TRIWULAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.AngkaFormatException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeretPeriodeTest {

  @Test
  void a_year_has_4_triwulan_2_semester_and_12_bulan() {
    assertThat(TRIWULAN.jumlahPeriode()).isEqualTo(4);
    assertThat(SEMESTER.jumlahPeriode()).isEqualTo(2);
    assertThat(BULAN.jumlahPeriode()).isEqualTo(12);
  }

  @Test
  void a_quarter_absent_from_the_map_was_not_reported() {
    DeretPeriode cakupan =
        DeretPeriode.of(TRIWULAN, Map.of(1, new BigDecimal("80"), 2, new BigDecimal("85")));
    assertThat(cakupan.periodisasi()).isEqualTo(TRIWULAN);
    assertThat(cakupan.nilai(1)).contains(new BigDecimal("80"));
    assertThat(cakupan.nilai(2)).contains(new BigDecimal("85"));
    assertThat(cakupan.nilai(3)).isEmpty();
    assertThat(cakupan.nilai(4)).isEmpty();
    assertThat(cakupan.periodeDilaporkan()).containsExactly(1, 2);
    assertThat(cakupan.periodeKosong()).containsExactly(3, 4);
    assertThat(cakupan).hasToString("TRIWULAN[1=80, 2=85, 3=n/a, 4=n/a]");
  }

  @Test
  void the_builder_reads_indonesian_figures_and_an_explicit_no_value() {
    DeretPeriode ktp =
        DeretPeriode.builder(BULAN)
            .nilai(1, "1.230 KTP")
            .nilai(2, "85,82%")
            .nilai(3, new BigDecimal("0"))
            .nilai(4, "n/a")
            .nilai(5, "-")
            .tidakDilaporkan(6)
            .build();
    assertThat(ktp.nilai(1)).contains(new BigDecimal("1230"));
    assertThat(ktp.nilai(2)).contains(new BigDecimal("85.82"));
    assertThat(ktp.nilai(3)).as("zero is a reported value").contains(BigDecimal.ZERO);
    assertThat(ktp.periodeDilaporkan()).containsExactly(1, 2, 3);
    assertThat(ktp.periodeKosong()).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void a_series_is_a_value_that_later_changes_cannot_reach() {
    Map<Integer, BigDecimal> input = new HashMap<>(Map.of(1, new BigDecimal("700")));
    DeretPeriode fromMap = DeretPeriode.of(TRIWULAN, input);
    input.put(2, new BigDecimal("750"));
    assertThat(fromMap.periodeDilaporkan()).containsExactly(1);

    DeretPeriode.Builder builder = DeretPeriode.builder(TRIWULAN).nilai(1, "700");
    DeretPeriode built = builder.build();
    builder.nilai(2, "750");
    assertThat(built.periodeDilaporkan()).containsExactly(1);
    assertThat(built).isEqualTo(fromMap).hasSameHashCodeAs(fromMap);

    assertThatThrownBy(() -> fromMap.periodeDilaporkan().add(2))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void series_are_equal_by_periodisasi_and_value_per_period() {
    DeretPeriode a = DeretPeriode.builder(SEMESTER).nilai(1, "85").tidakDilaporkan(2).build();
    DeretPeriode same = DeretPeriode.of(SEMESTER, Map.of(1, new BigDecimal("85")));
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(a).isNotEqualTo(null);
    assertThat(a).isNotEqualTo(DeretPeriode.of(TRIWULAN, Map.of(1, new BigDecimal("85"))));
    assertThat(a).isNotEqualTo(DeretPeriode.of(SEMESTER, Map.of(2, new BigDecimal("85"))));
    assertThat(a).as("scale counts, as in BigDecimal")
        .isNotEqualTo(DeretPeriode.of(SEMESTER, Map.of(1, new BigDecimal("85.00"))));
    assertThat(a).isNotEqualTo("SEMESTER[1=85, 2=n/a]");
  }

  // ---------------------------------------------------------------- invalid input

  @ParameterizedTest
  @CsvSource({"TRIWULAN, 0, 4", "TRIWULAN, 5, 4", "SEMESTER, 3, 2", "BULAN, 0, 12", "BULAN, 13, 12",
      "BULAN, -1, 12"})
  void a_period_outside_the_year_is_refused_everywhere_naming_field_value_and_rule(
      Periodisasi periodisasi, int periode, int jumlah) {
    String rule = "is outside 1.." + jumlah + ": " + periodisasi + " has " + jumlah
        + " periods a year, numbered from 1";
    DeretPeriode.Builder builder = DeretPeriode.builder(periodisasi);

    assertThatThrownBy(() -> builder.nilai(periode, BigDecimal.TEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode " + periode + " " + rule);
    assertThatThrownBy(() -> builder.nilai(periode, "10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode " + periode + " " + rule);
    assertThatThrownBy(() -> builder.tidakDilaporkan(periode))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode " + periode + " " + rule);
    assertThatThrownBy(() -> DeretPeriode.of(periodisasi, Map.of(periode, BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nilaiPerPeriode: periode " + periode + " " + rule);
    DeretPeriode empty = builder.build();
    assertThatThrownBy(() -> empty.nilai(periode))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode " + periode + " " + rule);
    assertThat(empty.periodeDilaporkan()).as("nothing half-built").isEmpty();
  }

  @Test
  void a_period_given_twice_is_refused_and_the_first_value_stays() {
    DeretPeriode.Builder builder = DeretPeriode.builder(TRIWULAN).nilai(2, "750").tidakDilaporkan(3);
    String rule = "each period takes one value, or tidakDilaporkan, once";

    assertThatThrownBy(() -> builder.nilai(2, new BigDecimal("760")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode 2 is given twice (first 750, then 760): " + rule);
    assertThatThrownBy(() -> builder.nilai(2, "760"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode 2 is given twice (first 750, then '760'): " + rule);
    assertThatThrownBy(() -> builder.tidakDilaporkan(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode 2 is given twice (first 750, then not reported): " + rule);
    assertThatThrownBy(() -> builder.nilai(3, "680"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode 3 is given twice (first not reported, then '680'): " + rule);
    assertThatThrownBy(() -> builder.tidakDilaporkan(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("periode 3 is given twice (first not reported, then not reported): " + rule);

    DeretPeriode built = builder.build();
    assertThat(built.nilai(2)).contains(new BigDecimal("750"));
    assertThat(built.nilai(3)).isEmpty();
  }

  @Test
  void a_figure_that_is_not_indonesian_notation_is_refused_naming_period_text_and_rule() {
    DeretPeriode.Builder builder = DeretPeriode.builder(TRIWULAN);
    assertThatThrownBy(() -> builder.nilai(1, "1.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasCauseInstanceOf(AngkaFormatException.class)
        .hasMessageStartingWith("nilai of periode 1: '1.5'")
        .hasMessageContaining("3 digits");
    assertThatThrownBy(() -> builder.nilai(2, "tujuh ratus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("nilai of periode 2: 'tujuh ratus'");
    builder.nilai(1, "1,5");
    assertThat(builder.build().nilai(1)).as("a refused figure leaves its period free")
        .contains(new BigDecimal("1.5"));
  }

  @Test
  void null_arguments_are_refused_by_name() {
    assertThatThrownBy(() -> DeretPeriode.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("periodisasi");
    assertThatThrownBy(() -> DeretPeriode.of(null, Map.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("periodisasi");
    assertThatThrownBy(() -> DeretPeriode.of(TRIWULAN, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nilaiPerPeriode");
    DeretPeriode.Builder builder = DeretPeriode.builder(TRIWULAN);
    assertThatThrownBy(() -> builder.nilai(1, (BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nilai");
    assertThatThrownBy(() -> builder.nilai(1, (String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tercetak");
    assertThat(builder.build().periodeDilaporkan()).isEmpty();
  }

  @Test
  void a_null_period_or_value_in_the_map_is_refused_naming_the_rule() {
    Map<Integer, BigDecimal> nullPeriod = new HashMap<>();
    nullPeriod.put(null, BigDecimal.ONE);
    assertThatThrownBy(() -> DeretPeriode.of(TRIWULAN, nullPeriod))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("nilaiPerPeriode has a null period: keys are periods 1..4");

    Map<Integer, BigDecimal> nullValue = new HashMap<>();
    nullValue.put(3, null);
    assertThatThrownBy(() -> DeretPeriode.of(TRIWULAN, nullValue))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(
            "nilaiPerPeriode value of periode 3 is null:"
                + " leave a period that was not reported out of the map");
  }
}
