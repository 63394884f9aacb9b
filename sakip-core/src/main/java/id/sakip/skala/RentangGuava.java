package id.sakip.skala;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;

/** Helpers for ranges of decimals: exact conversion, readable text and a scale-blind hash. */
final class RentangGuava {

  private RentangGuava() {}

  /** Returns the same range over exact percentages; every decimal bound converts exactly. */
  static Range<Persentase> toPersentase(Range<BigDecimal> rentang) {
    if (rentang.hasLowerBound() && rentang.hasUpperBound()) {
      return Range.range(
          Persentase.of(rentang.lowerEndpoint()),
          rentang.lowerBoundType(),
          Persentase.of(rentang.upperEndpoint()),
          rentang.upperBoundType());
    }
    if (rentang.hasLowerBound()) {
      return Range.downTo(Persentase.of(rentang.lowerEndpoint()), rentang.lowerBoundType());
    }
    if (rentang.hasUpperBound()) {
      return Range.upTo(Persentase.of(rentang.upperEndpoint()), rentang.upperBoundType());
    }
    return Range.all();
  }

  /**
   * Returns the range as a reader writes it: {@code 70 ≤ x < 85}, {@code x ≥ 85}, {@code x = 85}.
   */
  static String format(Range<BigDecimal> rentang) {
    if (!rentang.hasLowerBound() && !rentang.hasUpperBound()) {
      return "any x";
    }
    if (!rentang.hasUpperBound()) {
      return "x " + (rentang.lowerBoundType() == BoundType.CLOSED ? "≥ " : "> ")
          + rentang.lowerEndpoint().toPlainString();
    }
    String upper = (rentang.upperBoundType() == BoundType.CLOSED ? " ≤ " : " < ")
        + rentang.upperEndpoint().toPlainString();
    if (!rentang.hasLowerBound()) {
      return "x" + upper;
    }
    if (rentang.lowerEndpoint().compareTo(rentang.upperEndpoint()) == 0) {
      return "x = " + rentang.lowerEndpoint().toPlainString();
    }
    return rentang.lowerEndpoint().toPlainString()
        + (rentang.lowerBoundType() == BoundType.CLOSED ? " ≤ " : " < ")
        + "x" + upper;
  }

  /** Returns the exact decimal of a value, or its 34-digit approximation followed by {@code …}. */
  static String format(Persentase nilai) {
    return nilai
        .toExactBigDecimal()
        .map(BigDecimal::toPlainString)
        .orElseGet(() -> nilai.toBigDecimal().toPlainString() + "…");
  }

  /**
   * Returns a hash consistent with {@link Range#equals}, which compares bounds numerically: the
   * hash of {@code [85..100]} equals that of {@code [85.00..100.00]}.
   */
  static int hash(Range<BigDecimal> rentang) {
    return Objects.hash(
        rentang.hasLowerBound() ? rentang.lowerEndpoint().stripTrailingZeros() : null,
        rentang.hasLowerBound() ? rentang.lowerBoundType() : null,
        rentang.hasUpperBound() ? rentang.upperEndpoint().stripTrailingZeros() : null,
        rentang.hasUpperBound() ? rentang.upperBoundType() : null);
  }
}
