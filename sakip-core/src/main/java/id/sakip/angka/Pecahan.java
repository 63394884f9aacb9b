package id.sakip.angka;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact rational number (<i>pecahan</i>, fraction) for figures that are not percentages: an
 * SKM weight of exactly 1/9, a nilai rata-rata (NRR) of 2653/29, an LKE score.
 *
 * <p>Held as a reduced fraction of two {@link BigInteger}s with a positive denominator, so sums
 * and products are exact and an all-4 survey weighted 1/9 gives exactly 100. Rounding happens only
 * on request, with an explicit scale and {@link RoundingMode}. Immutable; compares by value
 * ({@code 2/4} equals {@code 1/2}).
 */
public final class Pecahan implements Comparable<Pecahan>, Serializable {

  private static final long serialVersionUID = 1L;

  /** 0. */
  public static final Pecahan ZERO = new Pecahan(BigInteger.ZERO, BigInteger.ONE);

  /** 1. */
  public static final Pecahan ONE = new Pecahan(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Pecahan(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  // ---------------------------------------------------------------- factories

  /** Returns the whole number {@code value}. */
  public static Pecahan of(long value) {
    return new Pecahan(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** Returns {@code value} exactly: {@code of(new BigDecimal("0.111"))} is 111/1000. */
  public static Pecahan of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return value.scale() <= 0
        ? of(value.toBigIntegerExact())
        : reduced(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** Returns the whole number {@code value}. */
  public static Pecahan of(BigInteger value) {
    Objects.requireNonNull(value, "value");
    return new Pecahan(value, BigInteger.ONE);
  }

  /**
   * Returns {@code numerator / denominator}: {@code of(1, 9)} is one ninth.
   *
   * @throws IllegalArgumentException if {@code denominator} is 0
   */
  public static Pecahan of(long numerator, long denominator) {
    return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns {@code numerator / denominator}, reduced.
   *
   * @throws IllegalArgumentException if {@code denominator} is 0
   */
  public static Pecahan of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new IllegalArgumentException(
          "denominator is 0 in fraction " + numerator + "/0: a fraction needs a non-zero denominator");
    }
    return reduced(numerator, denominator);
  }

  // ---------------------------------------------------------------- arithmetic

  /** Returns {@code this + other}. */
  public Pecahan plus(Pecahan other) {
    Objects.requireNonNull(other, "other");
    return reduced(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** Returns {@code this − other}. */
  public Pecahan minus(Pecahan other) {
    Objects.requireNonNull(other, "other");
    return plus(new Pecahan(other.numerator.negate(), other.denominator));
  }

  /** Returns {@code this × other}. */
  public Pecahan times(Pecahan other) {
    Objects.requireNonNull(other, "other");
    return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /** Returns {@code this × factor}. */
  public Pecahan times(long factor) {
    return reduced(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  // ---------------------------------------------------------------- queries

  /** Returns -1, 0 or 1 as this is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  /** Returns true if this is greater than {@code other}. */
  public boolean isGreaterThan(Pecahan other) {
    return compareTo(other) > 0;
  }

  /** Returns true if this is less than {@code other}. */
  public boolean isLessThan(Pecahan other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Pecahan other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** Returns the numerator of the reduced fraction; its sign is the sign of the value. */
  public BigInteger numerator() {
    return numerator;
  }

  /** Returns the (positive) denominator of the reduced fraction. */
  public BigInteger denominator() {
    return denominator;
  }

  // ---------------------------------------------------------------- conversions

  /**
   * Returns the same number read as a percentage, e.g. an SKM value of 91,48 as 91,48%, to
   * classify it on a {@code SkalaOrdinal} or compare it with a target.
   */
  public Persentase toPersentase() {
    return Persentase.ofFraction(numerator, denominator);
  }

  /**
   * Returns the value as an exact decimal, or an empty optional when it has no finite decimal
   * expansion (such as 1/9).
   */
  public Optional<BigDecimal> toExactBigDecimal() {
    BigInteger d = denominator;
    int twos = d.getLowestSetBit();
    d = d.shiftRight(twos);
    int fives = 0;
    BigInteger five = BigInteger.valueOf(5);
    while (d.mod(five).signum() == 0) {
      d = d.divide(five);
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return Optional.empty();
    }
    return Optional.of(rounded(Math.max(twos, fives), RoundingMode.UNNECESSARY));
  }


  /** Returns the value to 34 significant digits ({@link MathContext#DECIMAL128}), half-even. */
  public BigDecimal toBigDecimal() {
    return toBigDecimal(MathContext.DECIMAL128);
  }

  /** Returns the value rounded to the precision of {@code mathContext}. */
  public BigDecimal toBigDecimal(MathContext mathContext) {
    Objects.requireNonNull(mathContext, "mathContext");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), mathContext);
  }

  /**
   * Returns the value rounded to {@code scale} decimals with {@code roundingMode}, from the exact
   * value.
   *
   * @throws ArithmeticException if {@code roundingMode} is {@code UNNECESSARY} and the value is
   *     not exact at that scale
   */
  public BigDecimal rounded(int scale, RoundingMode roundingMode) {
    Objects.requireNonNull(roundingMode, "roundingMode");
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, roundingMode);
  }

  /**
   * Returns true when a printed figure equals this value rounded half-up to the printed scale: a
   * printed {@code 91.48} agrees with 23875/261 (91,4751…).
   */
  public boolean agreesWith(BigDecimal printed) {
    Objects.requireNonNull(printed, "printed");
    return rounded(printed.scale(), RoundingMode.HALF_UP).compareTo(printed) == 0;
  }

  /** Returns the value rounded half-up to 2 decimals in Indonesian notation: {@code 91,48}. */
  public String format() {
    return format(2, RoundingMode.HALF_UP);
  }

  /** Returns the value rounded to {@code scale} decimals in Indonesian notation. */
  public String format(int scale, RoundingMode roundingMode) {
    return IndonesianNumbers.format(rounded(scale, roundingMode));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Pecahan other
        && other.numerator.equals(numerator)
        && other.denominator.equals(denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /**
   * Returns the exact decimal when the value has one ({@code 100}, {@code 0.111}), else the
   * fraction ({@code 23875/261}); both read back exactly.
   */
  @Override
  public String toString() {
    return toExactBigDecimal()
        .map(BigDecimal::toPlainString)
        .orElseGet(() -> numerator + "/" + denominator);
  }

  private static Pecahan reduced(BigInteger num, BigInteger den) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (num.signum() == 0) {
      return ZERO == null ? new Pecahan(BigInteger.ZERO, BigInteger.ONE) : ZERO;
    }
    BigInteger gcd = num.gcd(den);
    return gcd.equals(BigInteger.ONE)
        ? new Pecahan(num, den)
        : new Pecahan(num.divide(gcd), den.divide(gcd));
  }
}
