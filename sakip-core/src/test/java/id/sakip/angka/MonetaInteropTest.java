package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import javax.money.Monetary;
import javax.money.format.MonetaryFormats;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Proves that moneta-core without okhttp still does what this library needs from JSR 354. */
class MonetaInteropTest {

  @Test
  void idr_currency_is_known_without_the_http_client() {
    assertThat(Monetary.getCurrency("IDR").getCurrencyCode()).isEqualTo("IDR");
    assertThat(Monetary.getCurrency("IDR").getDefaultFractionDigits()).isEqualTo(2);
  }

  @Test
  void money_arithmetic_in_idr_works_without_the_http_client() {
    Money a = Money.of(new BigDecimal("2385335973"), "IDR");
    Money b = Money.of(new BigDecimal("734195800"), "IDR");
    assertThat(a.add(b).getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("3119531773");
  }

  @Test
  void id_ID_formatting_works_without_the_http_client() {
    Money amount = Money.of(new BigDecimal("2910568737.00"), "IDR");
    String formatted =
        MonetaryFormats.getAmountFormat(Locale.forLanguageTag("id-ID")).format(amount);
    assertThat(formatted).contains("2.910.568.737,00");
  }

  @Test
  void okhttp_is_not_on_the_class_path() {
    assertThat(classExists("okhttp3.OkHttpClient")).isFalse();
  }

  private static boolean classExists(String name) {
    try {
      Class.forName(name, false, MonetaInteropTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
