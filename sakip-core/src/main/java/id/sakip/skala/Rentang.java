package id.sakip.skala;

import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of values (<i>rentang</i>), each bound included or not, either bound open-ended: the
 * values of a band of a scale, a scale's domain, a gap between bands.
 *
 * <pre>{@code
 * Rentang.dariSampaiSebelum(new BigDecimal("70"), new BigDecimal("85"))   // 70 ≤ x < 85
 * Rentang.dariSampai(new BigDecimal("88.31"), new BigDecimal("100"))      // 88.31 ≤ x ≤ 100
 * Rentang.palingSedikit(new BigDecimal("85"))                             // x ≥ 85
 * }</pre>
 *
 * <p>Bounds compare numerically: {@code 85} and {@code 85.00} are the same bound, and ranges that
 * differ only so are equal. Immutable and thread-safe.
 */
public final class Rentang {

  private final Range<BigDecimal> range;

  private Rentang(Range<BigDecimal> range) {
    this.range = range;
  }

  /** {@code bawah ≤ x ≤ atas}. */
  public static Rentang dariSampai(BigDecimal bawah, BigDecimal atas) {
    return of(bawah, true, atas, true);
  }

  /** {@code bawah ≤ x < atas}. */
  public static Rentang dariSampaiSebelum(BigDecimal bawah, BigDecimal atas) {
    return of(bawah, true, atas, false);
  }

  /** {@code bawah < x ≤ atas}. */
  public static Rentang setelahSampai(BigDecimal bawah, BigDecimal atas) {
    return of(bawah, false, atas, true);
  }

  /** {@code bawah < x < atas}. */
  public static Rentang antara(BigDecimal bawah, BigDecimal atas) {
    return of(bawah, false, atas, false);
  }

  /** {@code x ≥ bawah}. */
  public static Rentang palingSedikit(BigDecimal bawah) {
    return new Rentang(Range.atLeast(Objects.requireNonNull(bawah, "bawah")));
  }

  /** {@code x > bawah}. */
  public static Rentang lebihDari(BigDecimal bawah) {
    return new Rentang(Range.greaterThan(Objects.requireNonNull(bawah, "bawah")));
  }

  /** {@code x ≤ atas}. */
  public static Rentang palingBanyak(BigDecimal atas) {
    return new Rentang(Range.atMost(Objects.requireNonNull(atas, "atas")));
  }

  /** {@code x < atas}. */
  public static Rentang kurangDari(BigDecimal atas) {
    return new Rentang(Range.lessThan(Objects.requireNonNull(atas, "atas")));
  }

  /** Exactly {@code nilai}: {@code x = nilai}. */
  public static Rentang tunggal(BigDecimal nilai) {
    return dariSampai(nilai, nilai);
  }

  /** Every value. */
  public static Rentang semua() {
    return new Rentang(Range.all());
  }

  /**
   * A range between two bounds, each included or not.
   *
   * @throws IllegalArgumentException if {@code bawah} is above {@code atas}, or equal to it with
   *     either bound left out (an empty range)
   */
  public static Rentang of(BigDecimal bawah, boolean bawahTermasuk, BigDecimal atas, boolean atasTermasuk) {
    Objects.requireNonNull(bawah, "bawah");
    Objects.requireNonNull(atas, "atas");
    int c = bawah.compareTo(atas);
    if (c > 0 || c == 0 && !(bawahTermasuk && atasTermasuk)) {
      throw new IllegalArgumentException("rentang from " + bawah.toPlainString() + (bawahTermasuk ? " (included)"
          : " (excluded)") + " to " + atas.toPlainString() + (atasTermasuk ? " (included)" : " (excluded)")
          + " holds no value: the lower bound must be below the upper one");
    }
    return new Rentang(Range.range(bawah, type(bawahTermasuk), atas, type(atasTermasuk)));
  }

  private static BoundType type(boolean termasuk) {
    return termasuk ? BoundType.CLOSED : BoundType.OPEN;
  }

  /** The lower bound, if the range has one. */
  public Optional<BigDecimal> bawah() {
    return range.hasLowerBound() ? Optional.of(range.lowerEndpoint()) : Optional.empty();
  }

  /** Whether the lower bound belongs to the range ({@code false} when there is none). */
  public boolean bawahTermasuk() {
    return range.hasLowerBound() && range.lowerBoundType() == BoundType.CLOSED;
  }

  /** The upper bound, if the range has one. */
  public Optional<BigDecimal> atas() {
    return range.hasUpperBound() ? Optional.of(range.upperEndpoint()) : Optional.empty();
  }

  /** Whether the upper bound belongs to the range ({@code false} when there is none). */
  public boolean atasTermasuk() {
    return range.hasUpperBound() && range.upperBoundType() == BoundType.CLOSED;
  }

  /** Whether {@code nilai} lies in the range. */
  public boolean memuat(BigDecimal nilai) {
    return range.contains(Objects.requireNonNull(nilai, "nilai"));
  }

  /** The same range as Guava's, for the package's own computations. */
  Range<BigDecimal> range() {
    return range;
  }

  static Rentang dari(Range<BigDecimal> range) {
    return new Rentang(range);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rentang other && range.equals(other.range);
  }

  @Override
  public int hashCode() {
    return RentangGuava.hash(range);
  }

  /** As a reader writes it: {@code 70 ≤ x < 85}, {@code x ≥ 85}. */
  @Override
  public String toString() {
    return RentangGuava.format(range);
  }
}
