package id.sakip.angka;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact percentage (persentase): capaian, serapan, a share of a budget, a difference in
 * percentage points.
 *
 * <p>The value is held as an exact fraction, so {@code 2.691.204.248 / 2.910.568.737 × 100} is
 * exactly {@code 269120424800/2910568737} and every later comparison or rounding is exact.
 * Rounding happens only on request, with an explicit scale and {@link RoundingMode}: {@link
 * #rounded(int, RoundingMode)}, {@link #format(int, RoundingMode)}. A decimal approximation to
 * 34 significant digits is available from {@link #toBigDecimal()}.
 *
 * <p>A ratio with a zero denominator is not a percentage: {@link #ratio(BigDecimal, BigDecimal)}
 * returns an {@link Outcome} that is {@linkplain Outcome.NotComputable not computable} in that
 * case, never {@code NaN}, {@code null} or an exception.
 *
 * <p>Printed figures are checked with {@link #agreesWith(BigDecimal)}: a printed {@code 92,46}
 * agrees with 92.4631…, a printed {@code 101,75} does not agree with 101.7291….
 */
public final class Persentase implements Comparable<Persentase>, Serializable {

  private static final long serialVersionUID = 1L;

  /** 0%. */
  public static final Persentase ZERO = new Persentase(BigInteger.ZERO, BigInteger.ONE);

  /** 100%. */
  public static final Persentase HUNDRED = new Persentase(BigInteger.valueOf(100), BigInteger.ONE);

  /** The scale reports print percentages with, used by {@link #format()}: 2. */
  public static final int DEFAULT_SCALE = 2;

  /** The rounding mode used when none is given: {@link RoundingMode#HALF_UP}. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  private static final BigInteger HUNDRED_INT = BigInteger.valueOf(100);

  /** The value in percent is {@code numerator / denominator}; denominator positive, reduced. */
  private final BigInteger numerator;

  private final BigInteger denominator;

  private Persentase(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  // ---------------------------------------------------------------- factories

  /** Returns the percentage whose value in percent is {@code percent}: {@code of(85)} is 85%. */
  public static Persentase of(long percent) {
    return fraction(BigInteger.valueOf(percent), BigInteger.ONE);
  }

  /**
   * Returns the percentage whose value in percent is {@code percent}, exactly: {@code of(new
   * BigDecimal("85.82"))} is 85,82%.
   */
  public static Persentase of(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return fraction(unscaledTimesPower(percent), powerOfTen(percent));
  }

  /**
   * Returns the percentage whose value in percent is the fraction {@code numerator / denominator}.
   *
   * @throws IllegalArgumentException if {@code denominator} is zero
   */
  public static Persentase ofFraction(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException(
          "denominator is 0 in fraction " + numerator + "/0: a percentage needs a non-zero denominator");
    }
    return fraction(numerator, denominator);
  }

  /**
   * Returns {@code numerator / denominator × 100}, exactly, or a {@linkplain
   * Outcome.Reason#ZERO_DENOMINATOR not-computable} outcome when {@code denominator} is zero.
   */
  public static Outcome<Persentase> ratio(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      return Outcome.notComputable(
          Outcome.Reason.ZERO_DENOMINATOR,
          numerator.toPlainString() + " / " + denominator.toPlainString()
              + " × 100: the denominator is 0");
    }
    // n/d = (un × 10^-sn) / (ud × 10^-sd) = (un × 10^sd) / (ud × 10^sn)
    BigInteger num = unscaledTimesPower(numerator).multiply(powerOfTen(denominator));
    BigInteger den = unscaledTimesPower(denominator).multiply(powerOfTen(numerator));
    return Outcome.of(fraction(num.multiply(HUNDRED_INT), den));
  }

  /**
   * Returns {@code numerator / denominator × 100} of two amounts, e.g. serapan = realisasi / pagu
   * × 100, or a not-computable outcome when {@code denominator} is zero.
   */
  public static Outcome<Persentase> ratio(Rupiah numerator, Rupiah denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.isZero()) {
      return Outcome.notComputable(
          Outcome.Reason.ZERO_DENOMINATOR,
          numerator.format() + " / " + denominator.format() + " × 100: the denominator is 0");
    }
    return Outcome.of(
        fraction(
            BigInteger.valueOf(numerator.toSen()).multiply(HUNDRED_INT),
            BigInteger.valueOf(denominator.toSen())));
  }

  // ---------------------------------------------------------------- arithmetic

  /** Returns this plus {@code other} (in percentage points). */
  public Persentase plus(Persentase other) {
    Objects.requireNonNull(other, "other");
    return fraction(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns this minus {@code other}: the difference in percentage points. */
  public Persentase minus(Persentase other) {
    return plus(other.negated());
  }

  /** Returns the negation of this percentage. */
  public Persentase negated() {
    return new Persentase(numerator.negate(), denominator);
  }

  /** Returns this percentage multiplied by an exact factor. */
  public Persentase multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return fraction(
        numerator.multiply(unscaledTimesPower(factor)), denominator.multiply(powerOfTen(factor)));
  }

  /**
   * Returns {@code this / other × 100}, e.g. the relative size of one capaian against another, or a
   * not-computable outcome when {@code other} is zero.
   */
  public Outcome<Persentase> ratioTo(Persentase other) {
    Objects.requireNonNull(other, "other");
    if (other.numerator.signum() == 0) {
      return Outcome.notComputable(
          Outcome.Reason.ZERO_DENOMINATOR,
          this + " / " + other + " × 100: the denominator is 0");
    }
    return Outcome.of(
        fraction(
            numerator.multiply(other.denominator).multiply(HUNDRED_INT),
            denominator.multiply(other.numerator)));
  }

  /** Returns the smaller of this and {@code other}. */
  public Persentase min(Persentase other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** Returns the larger of this and {@code other}. */
  public Persentase max(Persentase other) {
    return compareTo(other) >= 0 ? this : other;
  }

  // ---------------------------------------------------------------- queries

  /** Returns -1, 0 or 1 as this percentage is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Returns true if this is exactly 0%. */
  public boolean isZero() {
    return numerator.signum() == 0;
  }

  /** Returns true if this is below 0%. */
  public boolean isNegative() {
    return numerator.signum() < 0;
  }

  /** Returns true if this is greater than {@code other}. */
  public boolean isGreaterThan(Persentase other) {
    return compareTo(other) > 0;
  }

  /** Returns true if this is less than {@code other}. */
  public boolean isLessThan(Persentase other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Persentase other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Returns the numerator of the value in percent as a reduced fraction. */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the (positive) denominator of the value in percent as a reduced fraction. */
  public BigInteger denominator() {
    return denominator;
  }

  // ---------------------------------------------------------------- conversions

  /**
   * Returns the value in percent as an exact decimal, or an empty optional when it has no finite
   * decimal expansion (such as 100/3).
   */
  public Optional<BigDecimal> toExactBigDecimal() {
    BigInteger d = denominator;
    int twos = 0;
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (!d.testBit(0)) {
      d = d.shiftRight(1);
      twos++;
    }
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return Optional.empty();
    }
    return Optional.of(rounded(Math.max(twos, fives), RoundingMode.UNNECESSARY));
  }

  /**
   * Returns the value in percent to 34 significant digits ({@link MathContext#DECIMAL128}), rounded
   * half-even; exact when the exact value has at most 34 digits.
   */
  public BigDecimal toBigDecimal() {
    return toBigDecimal(MathContext.DECIMAL128);
  }

  /** Returns the value in percent rounded to the precision of {@code mathContext}. */
  public BigDecimal toBigDecimal(MathContext mathContext) {
    Objects.requireNonNull(mathContext, "mathContext");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), mathContext);
  }

  /**
   * Returns the value in percent rounded to {@code scale} decimal places with {@code
   * roundingMode}. The rounding is applied to the exact value (never to an approximation), so
   * every mode, including {@link RoundingMode#UNNECESSARY}, behaves as on an exact decimal.
   *
   * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and the value is
   *     not exact at that scale
   */
  public BigDecimal rounded(int scale, RoundingMode roundingMode) {
    Objects.requireNonNull(roundingMode, "roundingMode");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, roundingMode);
  }

  /**
   * Returns true when a printed figure agrees with this value at the printed precision, rounding
   * half-up: the printed scale decides, so {@code 92.46} agrees with 92.4631… and {@code 100}
   * does not agree with 100.9647….
   */
  public boolean agreesWith(BigDecimal printed) {
    return agreesWith(printed, DEFAULT_ROUNDING);
  }

  /**
   * Returns true when {@code printed} equals this value rounded to the printed scale with {@code
   * roundingMode}.
   */
  public boolean agreesWith(BigDecimal printed, RoundingMode roundingMode) {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(roundingMode, "roundingMode");
    if (roundingMode == RoundingMode.UNNECESSARY) {
      return compareTo(of(printed)) == 0;
    }
    return rounded(printed.scale(), roundingMode).compareTo(printed) == 0;
  }

  /**
   * Returns true when a printed figure agrees with this value at its printed precision, rounding
   * half-up. A printed figure with no value ({@code n/a}) agrees with nothing.
   */
  public boolean agreesWith(AngkaTercetak printed) {
    return agreesWith(printed, DEFAULT_ROUNDING);
  }

  /**
   * Returns true when a printed figure agrees with this value at its printed precision under
   * {@code roundingMode}. A printed figure with no value agrees with nothing.
   */
  public boolean agreesWith(AngkaTercetak printed, RoundingMode roundingMode) {
    Objects.requireNonNull(printed, "printed");
    return printed.nilai().map(v -> agreesWith(v, roundingMode)).orElse(false);
  }

  /** Returns the value rounded half-up to 2 decimals in Indonesian notation: {@code 92,46%}. */
  public String format() {
    return format(DEFAULT_SCALE, DEFAULT_ROUNDING);
  }

  /** Returns the value rounded to {@code scale} decimals in Indonesian notation with a {@code %}. */
  public String format(int scale, RoundingMode roundingMode) {
    return IndonesianNumbers.format(rounded(scale, roundingMode)) + "%";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Persentase other
        && other.numerator.equals(numerator)
        && other.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Returns the exact decimal value with a {@code %} sign when it is finite ({@code 115%}, {@code
   * 87.5%}), or the 34-digit approximation followed by {@code …} when it is not.
   */
  @Override
  public String toString() {
    return toExactBigDecimal()
        .map(v -> v.toPlainString() + "%")
        .orElseGet(() -> toBigDecimal().toPlainString() + "…%");
  }

  // ---------------------------------------------------------------- internals

  /** The reduced fraction, normalised by {@link Pecahan} (one place for sign and gcd). */
  private static Persentase fraction(BigInteger num, BigInteger den) {
    if (num.signum() == 0 && ZERO != null) {
      return ZERO;
    }
    Pecahan reduced = Pecahan.of(num, den);
    return new Persentase(reduced.numerator(), reduced.denominator());
  }

  /** The unscaled value of {@code d}, times 10^-scale when the scale is negative. */
  private static BigInteger unscaledTimesPower(BigDecimal d) {
    return d.scale() >= 0 ? d.unscaledValue() : d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale()));
  }

  /** 10^scale for a non-negative scale, else 1. */
  private static BigInteger powerOfTen(BigDecimal d) {
    return d.scale() > 0 ? BigInteger.TEN.pow(d.scale()) : BigInteger.ONE;
  }
}
