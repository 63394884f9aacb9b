package id.sakip.angka;

import java.util.Objects;

/**
 * Thrown when an amount in another currency is offered where Rupiah (IDR) is required. Keeps both
 * currency codes so that callers can report them.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expectedCurrency;
  private final String actualCurrency;

  /**
   * Creates the exception.
   *
   * @param expectedCurrency the currency required, e.g. {@code IDR}
   * @param actualCurrency the currency offered, e.g. {@code USD}
   * @param amount the offered amount as text, for the message
   */
  public CurrencyMismatchException(String expectedCurrency, String actualCurrency, String amount) {
    super(
        "Currency mismatch: expected an amount in "
            + Objects.requireNonNull(expectedCurrency, "expectedCurrency")
            + " but got "
            + Objects.requireNonNull(actualCurrency, "actualCurrency")
            + " ("
            + amount
            + "); Rupiah holds IDR only and never converts currencies");
    this.expectedCurrency = expectedCurrency;
    this.actualCurrency = actualCurrency;
  }

  /** Returns the currency code that was required. */
  public String expectedCurrency() {
    return expectedCurrency;
  }

  /** Returns the currency code that was offered. */
  public String actualCurrency() {
    return actualCurrency;
  }
}
