package id.sakip.skala;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The policy (<i>kebijakan celah</i>) for a value that falls in a gap between two bands, such as
 * 90.5 on a scale printed as 76–90 and 91–100. Practice differs, so the policy is a parameter of
 * classification:
 *
 * <ul>
 *   <li>{@link #TOLAK}: refuse; the value is reported {@linkplain Klasifikasi.DiCelah in a gap};
 *   <li>{@link #bulatkanDulu(int, RoundingMode)}: round every value to N decimals first, then
 *       classify the rounded value (the SKM rule: bands printed to 2 decimals, value rounded to 2
 *       decimals);
 *   <li>{@link #PITA_BAWAH}: a value in a gap takes the band below the gap.
 * </ul>
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface KebijakanCelah
    permits KebijakanCelah.Tolak, KebijakanCelah.BulatkanDulu, KebijakanCelah.PitaBawah {

  /** Refuse: a value in a gap is classified as {@link Klasifikasi.DiCelah}. */
  KebijakanCelah TOLAK = new Tolak();

  /** A value in a gap takes the band below the gap; with no band below it stays in the gap. */
  KebijakanCelah PITA_BAWAH = new PitaBawah();

  /**
   * Returns the policy that rounds every value to {@code skala} decimals with {@code pembulatan}
   * before classifying it; a rounded value that still lies in a gap is reported in the gap.
   *
   * @throws IllegalArgumentException if {@code skala} is negative or {@code pembulatan} is
   *     {@link RoundingMode#UNNECESSARY}
   */
  static KebijakanCelah bulatkanDulu(int skala, RoundingMode pembulatan) {
    return new BulatkanDulu(skala, pembulatan);
  }

  /** The refusing policy; use {@link #TOLAK}. */
  record Tolak() implements KebijakanCelah {
    @Override
    public String toString() {
      return "TOLAK";
    }
  }

  /** The lower-band policy; use {@link #PITA_BAWAH}. */
  record PitaBawah() implements KebijakanCelah {
    @Override
    public String toString() {
      return "PITA_BAWAH";
    }
  }

  /**
   * Round first, then classify.
   *
   * @param skala the number of decimals to round to; 0 or more
   * @param pembulatan how to round; not {@link RoundingMode#UNNECESSARY}
   */
  record BulatkanDulu(int skala, RoundingMode pembulatan) implements KebijakanCelah {
    /** Creates the policy, refusing a negative scale and {@code UNNECESSARY}. */
    public BulatkanDulu {
      Objects.requireNonNull(pembulatan, "pembulatan");
      if (skala < 0) {
        throw new IllegalArgumentException(
            "skala " + skala + ": rounding first needs 0 or more decimals");
      }
      if (pembulatan == RoundingMode.UNNECESSARY) {
        throw new IllegalArgumentException(
            "pembulatan UNNECESSARY: rounding first needs a mode that rounds, such as HALF_UP");
      }
    }

    @Override
    public String toString() {
      return "BULATKAN_DULU(" + skala + ", " + pembulatan + ")";
    }
  }
}
