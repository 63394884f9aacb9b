package id.sakip.evaluasi;

import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A criterion of the LKE scored by number (<i>nilai kriteria</i>) rather than answered Y/T or A–E:
 * a score of {@code nilai} out of {@code nilaiMaksimal}, such as 70 of 100. Its value in a
 * sub-component is {@code nilai / nilaiMaksimal}, from 0 to 1 like the value of an answer ({@link
 * JawabanLke#nilai()}), so a sub-component scored by one number scores {@code nilai / nilaiMaksimal
 * × bobot}: 70 of 100 on weight 5 scores 3,50. Source: practice (domain reference §11, "LKE
 * criteria scored by number"), beside the Y/T/A–E answers of PermenPAN-RB 88/2021.
 *
 * <p>Values compare numerically: 70 of 100 equals 70,0 of 100,00.
 *
 * @param nilai the score given; from 0 to {@code nilaiMaksimal}
 * @param nilaiMaksimal the highest score the criterion allows; above 0
 */
public record NilaiKriteria(BigDecimal nilai, BigDecimal nilaiMaksimal) {

  /**
   * Creates a score.
   *
   * @throws IllegalArgumentException if {@code nilaiMaksimal} is not above 0, or {@code nilai} is
   *     below 0 or above {@code nilaiMaksimal}; the message names the field, the value and the rule
   */
  public NilaiKriteria {
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(nilaiMaksimal, "nilaiMaksimal");
    if (nilaiMaksimal.signum() <= 0) {
      throw new IllegalArgumentException(
          "nilaiKriteria.nilaiMaksimal is " + nilaiMaksimal.toPlainString() + ": the highest score"
              + " of a criterion is above 0");
    }
    if (nilai.signum() < 0 || nilai.compareTo(nilaiMaksimal) > 0) {
      throw new IllegalArgumentException(
          "nilaiKriteria.nilai is " + nilai.toPlainString() + " of nilaiMaksimal "
              + nilaiMaksimal.toPlainString() + ": a criterion's score lies from 0 to its highest"
              + " score");
    }
  }

  /** Returns a score: {@code of(new BigDecimal("72.5"), BigDecimal.valueOf(100))}. */
  public static NilaiKriteria of(BigDecimal nilai, BigDecimal nilaiMaksimal) {
    return new NilaiKriteria(nilai, nilaiMaksimal);
  }

  /** Returns a whole-number score: {@code of(70, 100)}. */
  public static NilaiKriteria of(long nilai, long nilaiMaksimal) {
    return new NilaiKriteria(BigDecimal.valueOf(nilai), BigDecimal.valueOf(nilaiMaksimal));
  }

  /** Returns {@code nilai / nilaiMaksimal}, exactly, from 0 to 1: 70 of 100 is 7/10. */
  public Pecahan rasio() {
    Pecahan n = Pecahan.of(nilai);
    Pecahan m = Pecahan.of(nilaiMaksimal);
    return Pecahan.of(n.numerator().multiply(m.denominator()), n.denominator().multiply(m.numerator()));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof NilaiKriteria other
        && other.nilai.compareTo(nilai) == 0
        && other.nilaiMaksimal.compareTo(nilaiMaksimal) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(nilai.stripTrailingZeros(), nilaiMaksimal.stripTrailingZeros());
  }

  /** Returns {@code 70 of 100}. */
  @Override
  public String toString() {
    return nilai.toPlainString() + " of " + nilaiMaksimal.toPlainString();
  }
}
