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
  public static final Persentase ZERO = new Persentase(Pecahan.ZERO);

  /** 100%. */
  public static final Persentase HUNDRED = new Persentase(Pecahan.of(100));

  /** The scale reports print percentages with, used by {@link #format()}: 2. */
  public static final int DEFAULT_SCALE = 2;

  /** The rounding mode used when none is given: {@link RoundingMode#HALF_UP}. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  private static final BigInteger HUNDRED_INT = BigInteger.valueOf(100);

  /** The value in percent, as an exact reduced fraction. */
  private final Pecahan nilai;

  private Persentase(Pecahan nilai) {
    this.nilai = nilai;
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
    return new Persentase(Pecahan.of(percent));
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
    Pecahan n = Pecahan.of(numerator);
    Pecahan d = Pecahan.of(denominator);
    return Outcome.of(fraction(n.numerator().multiply(d.denominator()).multiply(HUNDRED_INT),
        n.denominator().multiply(d.numerator())));
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
    return new Persentase(nilai.plus(other.nilai));
  }

  /** Returns this minus {@code other}: the difference in percentage points. */
  public Persentase minus(Persentase other) {
    return plus(other.negated());
  }

  /** Returns the negation of this percentage. */
  public Persentase negated() {
    return new Persentase(Pecahan.ZERO.minus(nilai));
  }

  /** Returns this percentage multiplied by an exact factor. */
  public Persentase multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Persentase(nilai.times(Pecahan.of(factor)));
  }

  /**
   * Returns {@code this / other × 100}, e.g. the relative size of one capaian against another, or a
   * not-computable outcome when {@code other} is zero.
   */
  public Outcome<Persentase> ratioTo(Persentase other) {
    Objects.requireNonNull(other, "other");
    if (other.isZero()) {
      return Outcome.notComputable(
          Outcome.Reason.ZERO_DENOMINATOR,
          this + " / " + other + " × 100: the denominator is 0");
    }
    return Outcome.of(
        fraction(
            nilai.numerator().multiply(other.nilai.denominator()).multiply(HUNDRED_INT),
            nilai.denominator().multiply(other.nilai.numerator())));
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
    return nilai.signum();
  }

  /** Returns true if this is exactly 0%. */
  public boolean isZero() {
    return nilai.signum() == 0;
  }

  /** Returns true if this is below 0%. */
  public boolean isNegative() {
    return nilai.signum() < 0;
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
    return nilai.compareTo(other.nilai);
  }

  /** Returns the numerator of the value in percent as a reduced fraction. */
  public BigInteger numerator() {
    return nilai.numerator();
  }

  /** Returns the (positive) denominator of the value in percent as a reduced fraction. */
  public BigInteger denominator() {
    return nilai.denominator();
  }

  // ---------------------------------------------------------------- conversions

  /**
   * Returns the value in percent as an exact decimal, or an empty optional when it has no finite
   * decimal expansion (such as 100/3).
   */
  public Optional<BigDecimal> toExactBigDecimal() {
    return nilai.toExactBigDecimal();
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
    return nilai.toBigDecimal(mathContext);
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
    return nilai.rounded(scale, roundingMode);
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
    return obj instanceof Persentase other && other.nilai.equals(nilai);
  }

  @Override
  public int hashCode() {
    return nilai.hashCode();
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

  private static Persentase fraction(BigInteger num, BigInteger den) {
    return num.signum() == 0 && ZERO != null ? ZERO : new Persentase(Pecahan.of(num, den));
  }
}
