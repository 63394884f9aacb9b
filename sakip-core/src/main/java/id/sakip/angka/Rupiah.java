package id.sakip.angka;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * An exact, immutable amount of Indonesian Rupiah (IDR) with a fixed scale of 2 (sen).
 *
 * <p>Budgets (pagu/anggaran), spending (realisasi anggaran) and remaining budget (sisa) are all
 * {@code Rupiah}. Every operation is exact; an operation that could lose precision takes a {@link
 * RoundingMode}, and the factory without one refuses rather than rounds. Arithmetic never wraps:
 * a result outside the supported range throws {@link ArithmeticException}.
 *
 * <p><b>Range.</b> From {@link #MIN} ({@code -Rp92.233.720.368.547.758,08}) to {@link #MAX}
 * ({@code Rp92.233.720.368.547.758,07}), about 9.2 &times; 10<sup>16</sup> rupiah: more than
 * nine thousand times the national budget (APBN 2024 is about 3.3 &times; 10<sup>15</sup>), so
 * sums at national scale are exact.
 *
 * <p><b>Representation.</b> A count of sen in a {@code long}. Moneta's {@code Money} sums roughly
 * fifteen times slower than {@code BigDecimal} (javamoney/jsr354-ri#320), and a {@code long} sums
 * faster than either; the range above covers the requirement of 10<sup>16</sup> rupiah. The
 * representation is private: nothing in the API exposes it except {@link #toSen()}, so a wider
 * one can replace it without an API change.
 *
 * <p><b>Text.</b> {@link #toString()} and {@link #format()} write Indonesian notation with the
 * symbol ({@code Rp2.910.568.737,00}); {@link #parse(String)} reads it back, and also the forms
 * reports print ({@code Rp. 2.910.568.737,00}, {@code Rp 1.000.000,-}, {@code 2.910.568.737}).
 */
public final class Rupiah implements Comparable<Rupiah>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The ISO 4217 code of the Indonesian Rupiah. */
  public static final String CURRENCY_CODE = "IDR";

  /** The number of decimal places of every amount: 2 (sen). */
  public static final int SCALE = 2;

  /** Zero rupiah. */
  public static final Rupiah ZERO = new Rupiah(0L);

  /** The largest amount that can be held: Rp92.233.720.368.547.758,07. */
  public static final Rupiah MAX = new Rupiah(Long.MAX_VALUE);

  /** The smallest amount that can be held: -Rp92.233.720.368.547.758,08. */
  public static final Rupiah MIN = new Rupiah(Long.MIN_VALUE);

  private static final BigInteger MIN_SEN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_SEN = BigInteger.valueOf(Long.MAX_VALUE);

  private final long sen;

  private Rupiah(long sen) {
    this.sen = sen;
  }

  // ---------------------------------------------------------------- factories

  /** Returns zero rupiah. */
  public static Rupiah zero() {
    return ZERO;
  }

  /**
   * Returns an amount of whole rupiah.
   *
   * @throws ArithmeticException if the amount is outside the supported range
   */
  public static Rupiah of(long rupiah) {
    if (rupiah > Long.MAX_VALUE / 100 || rupiah < Long.MIN_VALUE / 100) {
      throw outOfRange(BigDecimal.valueOf(rupiah));
    }
    return ofSen(rupiah * 100);
  }

  /**
   * Returns the amount with the given number of sen (hundredths of a rupiah).
   *
   * <p>This is the inverse of {@link #toSen()}.
   */
  public static Rupiah ofSen(long sen) {
    return sen == 0 ? ZERO : new Rupiah(sen);
  }

  /**
   * Returns an amount equal to {@code amount}, which must have at most 2 decimal places once
   * trailing zeros are ignored ({@code 1.50} and {@code 1.500} are accepted, {@code 1.505} is not).
   *
   * @throws ArithmeticException if {@code amount} needs rounding to fit 2 decimal places (use
   *     {@link #of(BigDecimal, RoundingMode)}), or is outside the supported range
   */
  public static Rupiah of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
      throw new ArithmeticException(
          "Rupiah amount "
              + amount.toPlainString()
              + " has more than "
              + SCALE
              + " decimal places; a Rupiah amount is exact to the sen: pass a RoundingMode to round it");
    }
    return ofScaled(amount.setScale(SCALE, RoundingMode.UNNECESSARY), amount);
  }

  /**
   * Returns {@code amount} rounded to 2 decimal places with {@code roundingMode}.
   *
   * @throws ArithmeticException if {@code roundingMode} is {@link RoundingMode#UNNECESSARY} and
   *     rounding is needed, or the result is outside the supported range
   */
  public static Rupiah of(BigDecimal amount, RoundingMode roundingMode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(roundingMode, "roundingMode");
    if (roundingMode == RoundingMode.UNNECESSARY) {
      return of(amount);
    }
    return ofScaled(amount.setScale(SCALE, roundingMode), amount);
  }

  /**
   * Returns the sum of {@code amounts} (zero when there are none).
   *
   * <p>The sum is exact. It throws only when the exact total lies outside the supported range: an
   * intermediate sum may leave the range as long as the total returns into it.
   *
   * @throws ArithmeticException if the exact total is outside the supported range
   */
  public static Rupiah total(Iterable<Rupiah> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    long sum = 0;
    Iterator<Rupiah> it = amounts.iterator();
    while (it.hasNext()) {
      long next = Objects.requireNonNull(it.next(), "amounts contains null").sen;
      long r = sum + next;
      if (((sum ^ r) & (next ^ r)) < 0) {
        return totalBeyondLong(sum, next, it);
      }
      sum = r;
    }
    return ofSen(sum);
  }

  /**
   * Returns the sum of {@code amounts} (zero when there are none).
   *
   * @throws ArithmeticException if the exact total is outside the supported range
   * @see #total(Iterable)
   */
  public static Rupiah total(Rupiah... amounts) {
    Objects.requireNonNull(amounts, "amounts");
    return total(java.util.Arrays.asList(amounts));
  }

  /**
   * Returns the Rupiah equal to a JSR 354 amount in IDR.
   *
   * @throws CurrencyMismatchException if the amount is not in IDR
   * @throws ArithmeticException if the amount has more than 2 decimal places or is out of range
   */
  public static Rupiah from(MonetaryAmount amount) {
    return of(idrNumber(amount));
  }

  /**
   * Returns the Rupiah equal to a JSR 354 amount in IDR, rounded to the sen with {@code
   * roundingMode}.
   *
   * @throws CurrencyMismatchException if the amount is not in IDR
   */
  public static Rupiah from(MonetaryAmount amount, RoundingMode roundingMode) {
    return of(idrNumber(amount), roundingMode);
  }

  /**
   * Reads an amount written in Indonesian notation: {@code Rp2.910.568.737,00}, {@code Rp.
   * 2.910.568.737,00}, {@code Rp 1.000.000,-}, {@code 2.910.568.737}, {@code -Rp1.500.000,00},
   * {@code (1.500.000)}. The {@code Rp} prefix is optional.
   *
   * @throws AngkaFormatException if the text is not an amount in Indonesian notation, has no value
   *     ({@code n/a}, {@code -}), carries a unit or a percent sign, or has more than 2 decimals
   */
  public static Rupiah parse(String text) {
    return parse(text, Notasi.INDONESIA);
  }

  /**
   * Reads an amount written in the given notation.
   *
   * @throws AngkaFormatException if the text is not an amount in that notation
   * @see #parse(String)
   */
  public static Rupiah parse(String text, Notasi notasi) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notasi, "notasi");
    AngkaTercetak read = AngkaParser.parse(text, notasi);
    if (read.nilai().isEmpty()) {
      throw AngkaFormatException.at(
          text, -1, "no value", "a Rupiah amount needs a value; 'n/a', '-' and blank print none");
    }
    if (read.isPersen() || !read.satuan().isEmpty()) {
      throw AngkaFormatException.at(
          text, -1, "not an amount", "a Rupiah amount has no unit or percent sign");
    }
    BigDecimal value = read.nilai().get();
    if (value.scale() > SCALE && value.stripTrailingZeros().scale() > SCALE) {
      throw AngkaFormatException.at(
          text, -1, "too many decimals", "a Rupiah amount has at most " + SCALE + " decimal places (sen)");
    }
    try {
      return of(value);
    } catch (ArithmeticException e) {
      throw AngkaFormatException.at(text, -1, "out of range", e.getMessage());
    }
  }

  // ---------------------------------------------------------------- arithmetic

  /**
   * Returns this amount plus {@code other}.
   *
   * @throws ArithmeticException if the result is outside the supported range
   */
  public Rupiah plus(Rupiah other) {
    Objects.requireNonNull(other, "other");
    long r = sen + other.sen;
    if (((sen ^ r) & (other.sen ^ r)) < 0) {
      throw outOfRange(toBigDecimal().add(other.toBigDecimal()));
    }
    return ofSen(r);
  }

  /**
   * Returns this amount minus {@code other}.
   *
   * @throws ArithmeticException if the result is outside the supported range
   */
  public Rupiah minus(Rupiah other) {
    Objects.requireNonNull(other, "other");
    long r = sen - other.sen;
    if (((sen ^ other.sen) & (sen ^ r)) < 0) {
      throw outOfRange(toBigDecimal().subtract(other.toBigDecimal()));
    }
    return ofSen(r);
  }

  /**
   * Returns the negation of this amount.
   *
   * @throws ArithmeticException for {@link #MIN}, whose negation is outside the range
   */
  public Rupiah negated() {
    if (sen == Long.MIN_VALUE) {
      throw outOfRange(toBigDecimal().negate());
    }
    return ofSen(-sen);
  }

  /** Returns the absolute value of this amount. */
  public Rupiah abs() {
    return sen < 0 ? negated() : this;
  }

  /**
   * Returns this amount multiplied by {@code ratio}, rounded to the sen with {@code roundingMode}.
   *
   * @throws ArithmeticException if rounding is needed and {@code roundingMode} is {@link
   *     RoundingMode#UNNECESSARY}, or the result is outside the supported range
   */
  public Rupiah multipliedBy(BigDecimal ratio, RoundingMode roundingMode) {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(roundingMode, "roundingMode");
    BigDecimal exact = toBigDecimal().multiply(ratio);
    return ofScaled(exact.setScale(SCALE, roundingMode), exact);
  }

  // ---------------------------------------------------------------- queries

  /** Returns true if this amount is zero. */
  public boolean isZero() {
    return sen == 0;
  }

  /** Returns true if this amount is greater than zero. */
  public boolean isPositive() {
    return sen > 0;
  }

  /** Returns true if this amount is zero or greater. */
  public boolean isPositiveOrZero() {
    return sen >= 0;
  }

  /** Returns true if this amount is less than zero. */
  public boolean isNegative() {
    return sen < 0;
  }

  /** Returns true if this amount is zero or less. */
  public boolean isNegativeOrZero() {
    return sen <= 0;
  }

  /** Returns -1, 0 or 1 as this amount is negative, zero or positive. */
  public int signum() {
    return Long.signum(sen);
  }

  /** Returns true if this amount is greater than {@code other}. */
  public boolean isGreaterThan(Rupiah other) {
    return compareTo(other) > 0;
  }

  /** Returns true if this amount is less than {@code other}. */
  public boolean isLessThan(Rupiah other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Rupiah other) {
    return Long.compare(sen, other.sen);
  }

  // ---------------------------------------------------------------- conversions

  /** Returns this amount as a {@code BigDecimal} with scale 2, e.g. {@code 2910568737.00}. */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(sen, SCALE);
  }

  /** Returns this amount as a whole number of sen (hundredths of a rupiah). */
  public long toSen() {
    return sen;
  }

  /**
   * Returns this amount as a JSR 354 amount in IDR, made by the JSR 354 implementation on the path
   * (such as Moneta's {@code moneta-core}, which the application brings; sakip-core needs only the
   * API).
   *
   * @throws javax.money.MonetaryException if no JSR 354 implementation is on the path
   */
  public MonetaryAmount toMonetaryAmount() {
    return Monetary.getDefaultAmountFactory().setCurrency(idr()).setNumber(toBigDecimal()).create();
  }

  /** Returns this amount in Indonesian notation with the symbol: {@code Rp2.910.568.737,00}. */
  public String format() {
    String digits = IndonesianNumbers.format(toBigDecimal());
    return sen < 0 ? "-Rp" + digits.substring(1) : "Rp" + digits;
  }

  /** Returns this amount in Indonesian notation without the symbol: {@code 2.910.568.737,00}. */
  public String formatWithoutSymbol() {
    return IndonesianNumbers.format(toBigDecimal());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rupiah other && other.sen == sen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sen);
  }

  /**
   * Returns {@link #format()}, e.g. {@code Rp2.910.568.737,00}; {@link #parse(String)} reads it
   * back to an equal amount.
   */
  @Override
  public String toString() {
    return format();
  }

  // ---------------------------------------------------------------- internals

  private static Rupiah ofScaled(BigDecimal scaled, BigDecimal original) {
    if (scaled.precision() <= 18) { // fits a long count of sen: no BigInteger needed
      return ofSen(scaled.movePointRight(SCALE).longValueExact());
    }
    BigInteger unscaled = scaled.unscaledValue();
    if (unscaled.bitLength() > 63) { // the range is that of a long count of sen: beyond 63 bits, outside it
      throw outOfRange(original);
    }
    return ofSen(unscaled.longValue());
  }

  private static Rupiah totalBeyondLong(long sum, long next, Iterator<Rupiah> rest) {
    BigInteger big = BigInteger.valueOf(sum).add(BigInteger.valueOf(next));
    while (rest.hasNext()) {
      big = big.add(BigInteger.valueOf(Objects.requireNonNull(rest.next(), "amounts contains null").sen));
    }
    if (big.compareTo(MIN_SEN) < 0 || big.compareTo(MAX_SEN) > 0) {
      throw outOfRange(new BigDecimal(big, SCALE));
    }
    return ofSen(big.longValue());
  }

  private static ArithmeticException outOfRange(BigDecimal value) {
    return new ArithmeticException(
        "Rupiah amount "
            + value.toPlainString()
            + " is outside the supported range "
            + MIN.formatWithoutSymbol()
            + " to "
            + MAX.formatWithoutSymbol());
  }

  private static BigDecimal idrNumber(MonetaryAmount amount) {
    Objects.requireNonNull(amount, "amount");
    CurrencyUnit currency = amount.getCurrency();
    if (!CURRENCY_CODE.equals(currency.getCurrencyCode())) {
      throw new CurrencyMismatchException(
          CURRENCY_CODE, currency.getCurrencyCode(), String.valueOf(amount));
    }
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static CurrencyUnit idr() {
    return Monetary.getCurrency(CURRENCY_CODE);
  }
}
