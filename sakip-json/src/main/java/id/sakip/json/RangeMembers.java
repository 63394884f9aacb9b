package id.sakip.json;

import static id.sakip.json.Member.optional;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The members of a range of numbers, {@code bawah}, {@code bawahTermasuk}, {@code atas} and {@code
 * atasTermasuk}, declared once for every object that holds one (a scale's domain, a band). An
 * absent bound is open-ended; a bound is included unless its {@code …Termasuk} says {@code false}.
 *
 * @param <O> the object holding the range
 */
final class RangeMembers<O> {

  final Member<O, BigDecimal> bawah;
  final Member<O, Boolean> bawahTermasuk;
  final Member<O, BigDecimal> atas;
  final Member<O, Boolean> atasTermasuk;

  RangeMembers(Function<O, Range<BigDecimal>> range) {
    bawah = optional("bawah", Shapes.ANGKA, o -> lower(range.apply(o)), "Lower bound (batas bawah); open-ended when"
        + " left out.");
    bawahTermasuk = optional("bawahTermasuk", Shapes.BOOLEAN,
        o -> lower(range.apply(o)).map(b -> range.apply(o).lowerBoundType() == BoundType.CLOSED),
        "Whether the lower bound belongs to the range (termasuk); true when left out.");
    atas = optional("atas", Shapes.ANGKA, o -> upper(range.apply(o)), "Upper bound (batas atas); open-ended when left"
        + " out.");
    atasTermasuk = optional("atasTermasuk", Shapes.BOOLEAN,
        o -> upper(range.apply(o)).map(b -> range.apply(o).upperBoundType() == BoundType.CLOSED),
        "Whether the upper bound belongs to the range (termasuk); true when left out.");
  }

  private static Optional<BigDecimal> lower(Range<BigDecimal> r) {
    return r.hasLowerBound() ? Optional.of(r.lowerEndpoint()) : Optional.empty();
  }

  private static Optional<BigDecimal> upper(Range<BigDecimal> r) {
    return r.hasUpperBound() ? Optional.of(r.upperEndpoint()) : Optional.empty();
  }

  /**
   * The range read.
   *
   * @throws IllegalArgumentException if the lower bound is above the upper one
   */
  Range<BigDecimal> range(Values v) {
    BoundType lo = v.optional(bawahTermasuk).orElse(true) ? BoundType.CLOSED : BoundType.OPEN;
    BoundType hi = v.optional(atasTermasuk).orElse(true) ? BoundType.CLOSED : BoundType.OPEN;
    Optional<BigDecimal> b = v.optional(bawah);
    Optional<BigDecimal> a = v.optional(atas);
    if (b.isPresent() && a.isPresent()) {
      return Range.range(b.get(), lo, a.get(), hi);
    }
    if (b.isPresent()) {
      return Range.downTo(b.get(), lo);
    }
    return a.map(x -> Range.upTo(x, hi)).orElseGet(Range::all);
  }
}
