package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The range formulas (domain.md §1 and §11 "Range target, realisasi inside"): PermenPAN-RB
 * 8/2021's reading stays the default; realisasi-pemda-service's is a named variant.
 */
class RumusRentangTest {

  private static final Target.Rentang R80_90 = Target.rentang(new BigDecimal("80"), new BigDecimal("90"));

  private static Persentase persen(String numerator, String denominator) {
    return Persentase.ratio(new BigDecimal(numerator), new BigDecimal(denominator)).value();
  }

  @ParameterizedTest(name = "R {0}")
  @CsvSource({"85, 85, 90", "80.5, 80.5, 90", "89.99, 89.99, 90", "92, 1, 1", "90, 1, 1", "80, 1, 1", "70, 70, 80",
      "0, 0, 80"})
  void realisasi_pemda_service_measures_inside_against_the_upper_bound(String r, String num, String den) {
    assertThat(RumusRentang.REALISASI_PEMDA_SERVICE.hitung(R80_90, new BigDecimal(r)).value())
        .isEqualTo(persen(num, den));
  }

  @Test
  void realisasi_pemda_service_worked_examples_from_its_javadoc() {
    Persentase r85 = RumusRentang.REALISASI_PEMDA_SERVICE.hitung(R80_90, new BigDecimal("85")).value();
    assertThat(r85.toBigDecimal().toPlainString()).startsWith("94.4444");
    assertThat(r85.format()).isEqualTo("94,44%");
  }

  @Test
  void the_default_is_unchanged_inside_and_outside() {
    RumusRentang standar = KalkulatorCapaian.standar().rumusRentang();
    assertThat(standar).isEqualTo(RumusRentang.PERMENPAN_RB_8_2021);
    assertThat(standar.hitung(R80_90, new BigDecimal("85")).value()).isEqualTo(Persentase.HUNDRED);
    assertThat(standar.hitung(R80_90, new BigDecimal("70")).value()).isEqualTo(persen("70", "80"));
    assertThat(standar.hitung(R80_90, new BigDecimal("92")).value()).isEqualTo(persen("92", "90"));
  }

  @Test
  void a_calculator_uses_the_range_formula_it_is_given_and_says_which() {
    KalkulatorCapaian pemda = KalkulatorCapaian.standar().withRentang(RumusRentang.REALISASI_PEMDA_SERVICE);
    assertThat(pemda.rumusRentang()).isEqualTo(RumusRentang.REALISASI_PEMDA_SERVICE);
    HasilCapaian h = pemda.hitungRinci(Polaritas.RENTANG, R80_90, new BigDecimal("85")).value();
    assertThat(h.nilai()).isEqualTo(persen("85", "90"));
    assertThat(h.asal()).isEqualTo(HasilCapaian.Asal.RUMUS);
    assertThat(h.penjelasan()).contains("REALISASI_PEMDA_SERVICE").contains("bound 90");
    HasilCapaian diAtas = pemda.hitungRinci(Polaritas.RENTANG, R80_90, new BigDecimal("95")).value();
    assertThat(diAtas.nilai()).isEqualTo(Persentase.HUNDRED);
    assertThat(diAtas.penjelasan()).contains("gives 100%");
    assertThat(KalkulatorCapaian.standar().hitung(Polaritas.RENTANG, R80_90, new BigDecimal("95")).value())
        .isEqualTo(persen("95", "90"));
  }
}
