package id.sakip.json;

import static id.sakip.json.Member.optional;

import id.sakip.skala.Rentang;
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

  RangeMembers(Function<O, Rentang> range) {
    bawah = optional("bawah", Shapes.ANGKA, o -> range.apply(o).bawah(), "Lower bound (batas bawah); open-ended when"
        + " left out.");
    bawahTermasuk = optional("bawahTermasuk", Shapes.BOOLEAN,
        o -> range.apply(o).bawah().map(b -> range.apply(o).bawahTermasuk()),
        "Whether the lower bound belongs to the range (termasuk); true when left out.");
    atas = optional("atas", Shapes.ANGKA, o -> range.apply(o).atas(), "Upper bound (batas atas); open-ended when left"
        + " out.");
    atasTermasuk = optional("atasTermasuk", Shapes.BOOLEAN,
        o -> range.apply(o).atas().map(b -> range.apply(o).atasTermasuk()),
        "Whether the upper bound belongs to the range (termasuk); true when left out.");
  }

  /**
   * The range read.
   *
   * @throws IllegalArgumentException if it holds no value (the lower bound above the upper one)
   */
  Rentang range(Values v) {
    boolean lo = v.optional(bawahTermasuk).orElse(true);
    boolean hi = v.optional(atasTermasuk).orElse(true);
    Optional<BigDecimal> b = v.optional(bawah);
    Optional<BigDecimal> a = v.optional(atas);
    if (b.isPresent() && a.isPresent()) {
      return Rentang.of(b.get(), lo, a.get(), hi);
    }
    if (b.isPresent()) {
      return lo ? Rentang.palingSedikit(b.get()) : Rentang.lebihDari(b.get());
    }
    return a.map(x -> hi ? Rentang.palingBanyak(x) : Rentang.kurangDari(x)).orElseGet(Rentang::semua);
  }
}
