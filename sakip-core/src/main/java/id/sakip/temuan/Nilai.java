package id.sakip.temuan;

import id.sakip.angka.IndonesianNumbers;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact number in a finding together with its kind: a percentage, a Rupiah amount or a plain
 * figure (an indicator's target or realisasi). It keeps its scale, so a printed {@code 100} and a
 * recomputed {@code 100,96} render as they were meant.
 *
 * @param angka the exact value
 * @param jenis what kind of figure it is
 */
public record Nilai(BigDecimal angka, Jenis jenis) {

  /** What kind of figure a {@link Nilai} is. */
  public enum Jenis {
    /** A percentage, rendered with {@code %}. */
    PERSEN,
    /** An amount of Rupiah, rendered with {@code Rp}. */
    RUPIAH,
    /** A plain figure, rendered as a number. */
    BILANGAN
  }

  /** Creates a value; both components are required. */
  public Nilai {
    Objects.requireNonNull(angka, "angka");
    Objects.requireNonNull(jenis, "jenis");
  }

  /** Returns a percentage. */
  public static Nilai persen(BigDecimal angka) {
    return new Nilai(angka, Jenis.PERSEN);
  }

  /** Returns an amount of Rupiah. */
  public static Nilai rupiah(BigDecimal angka) {
    return new Nilai(angka, Jenis.RUPIAH);
  }

  /** Returns a plain figure. */
  public static Nilai bilangan(BigDecimal angka) {
    return new Nilai(angka, Jenis.BILANGAN);
  }

  /** Returns {@code this − other} as a value of this kind. */
  public Nilai minus(Nilai other) {
    return new Nilai(angka.subtract(other.angka), jenis);
  }

  /**
   * Returns the value in the notation of {@code bahasa}, exactly (no rounding):
   * {@code 100,96%}, {@code Rp9.893.200,00}, {@code -0,96} in Indonesian; {@code 100.96%},
   * {@code Rp9,893,200.00} in English.
   */
  public String format(Bahasa bahasa) {
    String number = IndonesianNumbers.format(angka, bahasa.notasi());
    return switch (jenis) {
      case PERSEN -> number + "%";
      case RUPIAH -> number.startsWith("-") ? "-Rp" + number.substring(1) : "Rp" + number;
      case BILANGAN -> number;
    };
  }
}
