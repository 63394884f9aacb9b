package id.sakip.skala;

import static id.sakip.skala.SkalaBawaanTest.labelOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SAKIP predikat of PermenPAN-RB 88/2021 (AA &gt; 90–100 … D 0–30) as a scale: which band
 * holds an exact boundary such as 90 is part of the scale's definition.
 */
class SkalaPredikatTest {

  /** "AA > 90–100": each band holds its upper boundary, D holds 0. */
  static final SkalaOrdinal BATAS_ATAS =
      predikat("boundary in the band below", BoundType.OPEN, BoundType.CLOSED);

  /** The other reading: each band holds its lower boundary, AA holds 100. */
  static final SkalaOrdinal BATAS_BAWAH =
      predikat("boundary in the band above", BoundType.CLOSED, BoundType.OPEN);

  @Test
  void value_90_is_a_when_each_band_holds_its_upper_boundary() {
    assertThat(labelOf(BATAS_ATAS, new BigDecimal("90"))).isEqualTo("Memuaskan");
  }

  @Test
  void value_90_is_aa_when_each_band_holds_its_lower_boundary() {
    assertThat(labelOf(BATAS_BAWAH, new BigDecimal("90"))).isEqualTo("Sangat memuaskan");
  }

  @ParameterizedTest(name = "{0}: {1} when boundaries go down, {2} when they go up")
  @CsvSource({
    "100,   AA, AA",
    "90.01, AA, AA",
    "90,    A,  AA",
    "89.99, A,  A",
    "80,    BB, A",
    "70,    B,  BB",
    "60,    CC, B",
    "50,    C,  CC",
    "30,    D,  C",
    "29.99, D,  D",
    "0,     D,  D",
  })
  void every_predikat_boundary_lies_in_the_configured_band(
      BigDecimal nilai, String batasAtas, String batasBawah) {
    assertThat(kodeOf(BATAS_ATAS, nilai)).contains(batasAtas);
    assertThat(kodeOf(BATAS_BAWAH, nilai)).contains(batasBawah);
  }

  @Test
  void both_predikat_readings_are_gap_free_on_0_to_100() {
    assertThat(BATAS_ATAS.isTanpaCelah()).isTrue();
    assertThat(BATAS_BAWAH.isTanpaCelah()).isTrue();
    assertThat(labelOf(BATAS_ATAS, new BigDecimal("100.01"))).isEqualTo("beyond the scale");
    assertThat(labelOf(BATAS_BAWAH, new BigDecimal("-0.01"))).isEqualTo("beyond the scale");
  }

  private static Optional<String> kodeOf(SkalaOrdinal skala, BigDecimal nilai) {
    return skala.klasifikasi(nilai).toOptional().flatMap(Pita::kode);
  }

  /**
   * The seven predikat with the inner cut-points 90, 80, 70, 60, 50, 30 bound as given; the outer
   * ends 0 and 100 are always closed.
   */
  static SkalaOrdinal predikat(String reading, BoundType bawah, BoundType atas) {
    String[][] bands = {
      {"90", "100", "AA", "Sangat memuaskan"},
      {"80", "90", "A", "Memuaskan"},
      {"70", "80", "BB", "Sangat baik"},
      {"60", "70", "B", "Baik"},
      {"50", "60", "CC", "Cukup"},
      {"30", "50", "C", "Kurang"},
      {"0", "30", "D", "Sangat kurang"},
    };
    SkalaOrdinal.Builder builder = SkalaOrdinal.builder("SAKIP predikat, " + reading);
    for (String[] b : bands) {
      BigDecimal lower = new BigDecimal(b[0]);
      BigDecimal upper = new BigDecimal(b[1]);
      BoundType lowerType = lower.signum() == 0 ? BoundType.CLOSED : bawah;
      BoundType upperType = upper.intValueExact() == 100 ? BoundType.CLOSED : atas;
      builder.pita(Rentang.of(lower, lowerType == BoundType.CLOSED, upper, upperType == BoundType.CLOSED), b[3], b[2]);
    }
    return builder.build();
  }
}
