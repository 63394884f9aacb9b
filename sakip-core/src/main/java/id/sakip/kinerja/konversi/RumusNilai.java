package id.sakip.kinerja.konversi;

import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The formula of one band of a {@link KonversiNilai}: how a capaian {@code C} (in percent) becomes
 * a nilai. Exact: the nilai is a {@link Pecahan}, rounded only when presented.
 *
 * <ul>
 *   <li>{@link Interpolasi}: {@code n0 + (n1 − n0)/(c1 − c0) × (C − c0)}, the straight line through
 *       {@code (c0, n0)} and {@code (c1, n1)}, such as {@code 70 + (89 − 70)/(99 − 80) × (C − 80)};
 *   <li>{@link Proporsional}: {@code C / c1 × n1}, such as {@code C / 59 × 49};
 *   <li>{@link Tetap}: one nilai whatever the capaian, such as {@code 120}.
 * </ul>
 *
 * <p>Every implementation is immutable, thread-safe and compares by value ({@code 80} and {@code
 * 80.00} are the same point).
 */
public sealed interface RumusNilai permits RumusNilai.Interpolasi, RumusNilai.Proporsional, RumusNilai.Tetap {

  /**
   * Returns the straight line through {@code (c0, n0)} and {@code (c1, n1)}.
   *
   * @throws IllegalArgumentException if {@code c0} is not below {@code c1}
   */
  static Interpolasi interpolasi(BigDecimal c0, BigDecimal n0, BigDecimal c1, BigDecimal n1) {
    return new Interpolasi(pecahan(c0, "c0"), pecahan(n0, "n0"), pecahan(c1, "c1"), pecahan(n1, "n1"));
  }

  /**
   * Returns {@code C / c1 × n1}.
   *
   * @throws IllegalArgumentException if {@code c1} is not above 0
   */
  static Proporsional proporsional(BigDecimal c1, BigDecimal n1) {
    return new Proporsional(pecahan(c1, "c1"), pecahan(n1, "n1"));
  }

  /** Returns the formula that gives {@code nilai} whatever the capaian. */
  static Tetap tetap(BigDecimal nilai) {
    return new Tetap(pecahan(nilai, "nilai"));
  }

  /** Returns the nilai of capaian {@code capaian} (in percent), exactly. */
  Pecahan nilai(Pecahan capaian);

  /** Returns the formula in symbols, as in messages: {@code 70 + (89 − 70)/(99 − 80) × (C − 80)}. */
  String rumus();

  private static Pecahan pecahan(BigDecimal value, String name) {
    return Pecahan.of(Objects.requireNonNull(value, name));
  }

  /**
   * The straight line through {@code (c0, n0)} and {@code (c1, n1)}: {@code n0 + (n1 − n0)/(c1 −
   * c0) × (C − c0)}.
   *
   * @param c0 the capaian of the first point
   * @param n0 the nilai of the first point
   * @param c1 the capaian of the second point, above {@code c0}
   * @param n1 the nilai of the second point
   */
  record Interpolasi(Pecahan c0, Pecahan n0, Pecahan c1, Pecahan n1) implements RumusNilai {

    /**
     * Creates the line.
     *
     * @throws IllegalArgumentException if {@code c0} is not below {@code c1}
     */
    public Interpolasi {
      Objects.requireNonNull(c0, "c0");
      Objects.requireNonNull(n0, "n0");
      Objects.requireNonNull(c1, "c1");
      Objects.requireNonNull(n1, "n1");
      if (c0.compareTo(c1) >= 0) {
        throw new IllegalArgumentException(
            "rumusNilai.interpolasi: c0 " + c0 + " is not below c1 " + c1
                + "; a line through two points needs c0 < c1");
      }
    }

    @Override
    public Pecahan nilai(Pecahan capaian) {
      Objects.requireNonNull(capaian, "capaian");
      Pecahan dn = n1.minus(n0);
      Pecahan dc = c1.minus(c0);
      Pecahan slope = Pecahan.of(dn.numerator().multiply(dc.denominator()), dn.denominator().multiply(dc.numerator()));
      return n0.plus(slope.times(capaian.minus(c0)));
    }

    @Override
    public String rumus() {
      return n0 + " + (" + n1 + " − " + n0 + ")/(" + c1 + " − " + c0 + ") × (C − " + c0 + ")";
    }

    @Override
    public String toString() {
      return rumus();
    }
  }

  /**
   * The proportion {@code C / c1 × n1}: the line through {@code (0, 0)} and {@code (c1, n1)}.
   *
   * @param c1 the capaian that gets {@code n1}, above 0
   * @param n1 the nilai at {@code c1}
   */
  record Proporsional(Pecahan c1, Pecahan n1) implements RumusNilai {

    /**
     * Creates the proportion.
     *
     * @throws IllegalArgumentException if {@code c1} is not above 0
     */
    public Proporsional {
      Objects.requireNonNull(c1, "c1");
      Objects.requireNonNull(n1, "n1");
      if (c1.signum() <= 0) {
        throw new IllegalArgumentException(
            "rumusNilai.proporsional: c1 " + c1 + " is not above 0; C / c1 × n1 needs c1 > 0");
      }
    }

    @Override
    public Pecahan nilai(Pecahan capaian) {
      Objects.requireNonNull(capaian, "capaian");
      return Pecahan.of(
          capaian.numerator().multiply(c1.denominator()).multiply(n1.numerator()),
          capaian.denominator().multiply(c1.numerator()).multiply(n1.denominator()));
    }

    @Override
    public String rumus() {
      return "C / " + c1 + " × " + n1;
    }

    @Override
    public String toString() {
      return rumus();
    }
  }

  /**
   * One nilai whatever the capaian.
   *
   * @param nilai the nilai
   */
  record Tetap(Pecahan nilai) implements RumusNilai {

    /** Creates the formula. */
    public Tetap {
      Objects.requireNonNull(nilai, "nilai");
    }

    @Override
    public Pecahan nilai(Pecahan capaian) {
      Objects.requireNonNull(capaian, "capaian");
      return nilai;
    }

    @Override
    public String rumus() {
      return nilai.toString();
    }

    @Override
    public String toString() {
      return rumus();
    }
  }
}
