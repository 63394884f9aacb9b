package id.sakip.assertj;

import static id.sakip.assertj.Contoh.TOTAL;
import static id.sakip.assertj.Contoh.audit;
import static id.sakip.assertj.SakipAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class SakipAssertionsTest {

  @Test
  void the_entry_point_gives_assertions_on_audits_and_findings() {
    Assertions.assertThat(assertThat(audit(TOTAL))).isInstanceOf(HasilAuditAssert.class);
    Assertions.assertThat(assertThat(TOTAL)).isInstanceOf(TemuanAssert.class);
    Assertions.assertThat(assertThat(audit(TOTAL)).findings()).isInstanceOf(DaftarTemuanAssert.class);
  }

  @Test
  void capaian_agrees_with_its_printed_figure_at_the_printed_precision() {
    Outcome<Persentase> capaian = Persentase.ratio(new BigDecimal("85.82"), new BigDecimal("85"));
    assertThat(capaian).agreesWithPrinted("100,96").agreesWithPrinted("101").isFormattedAs("100,96%");
    assertThatThrownBy(() -> assertThat(capaian).agreesWithPrinted("100"))
        .hasMessageContaining("Expecting the printed figure 100 to agree with 100,96%")
        .hasMessageContaining("at its precision (0 decimals, HALF_UP) the exact value 100.9647")
        .hasMessageContaining("is 101%");
    assertThatThrownBy(() -> assertThat(Persentase.ratio(BigDecimal.ONE, BigDecimal.ZERO)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a computed percentage but it is not computable (ZERO_DENOMINATOR)");
  }

  @Test
  void a_percentage_reads_as_formatted() {
    Outcome<Persentase> capaian = Persentase.ratio(new BigDecimal("85.82"), new BigDecimal("85"));
    assertThatThrownBy(() -> assertThat(capaian).isFormattedAs("100,97%"))
        .hasMessageContaining("Expecting the percentage to read 100,97% but it reads 100,96% (exact 100.9647");
  }

  @Test
  void amounts_compare_with_their_printed_form() {
    assertThat(Rupiah.total(List.of(Rupiah.of(2_691_204_248L), Rupiah.of(219_364_489L))))
        .isEqualTo("Rp2.910.568.737,00");
    assertThatThrownBy(() -> assertThat(Rupiah.of(2_900_675_537L)).isEqualTo("Rp2.910.568.737,00"))
        .hasMessageContaining("Expecting the amount to be Rp2.910.568.737,00 but it is Rp2.900.675.537,00")
        .hasMessageContaining("difference -Rp9.893.200,00");
  }

  @Test
  void failures_carry_expected_and_actual_for_an_ide_diff() {
    Outcome<Persentase> capaian = Persentase.ratio(new BigDecimal("85.82"), new BigDecimal("85"));
    Throwable amount = org.assertj.core.api.Assertions.catchThrowable(
        () -> assertThat(Rupiah.of(2_900_675_537L)).isEqualTo("Rp2.910.568.737,00"));
    Throwable printed = org.assertj.core.api.Assertions.catchThrowable(() -> assertThat(capaian).agreesWithPrinted("100"));
    Throwable formatted = org.assertj.core.api.Assertions.catchThrowable(() -> assertThat(capaian).isFormattedAs("100,97%"));
    Assertions.assertThat(List.of(amount, printed, formatted)).allSatisfy(t ->
        Assertions.assertThat(t).isInstanceOf(org.opentest4j.AssertionFailedError.class));
    org.opentest4j.AssertionFailedError a = (org.opentest4j.AssertionFailedError) amount;
    Assertions.assertThat(a.getExpected().getValue()).isEqualTo("Rp2.910.568.737,00");
    Assertions.assertThat(a.getActual().getValue()).isEqualTo("Rp2.900.675.537,00");
    org.opentest4j.AssertionFailedError p = (org.opentest4j.AssertionFailedError) printed;
    Assertions.assertThat(p.getExpected().getValue()).isEqualTo("100");
    Assertions.assertThat(p.getActual().getValue()).isEqualTo("101%");
  }
}
