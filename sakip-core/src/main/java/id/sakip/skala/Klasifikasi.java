package id.sakip.skala;

import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of classifying a value (<i>klasifikasi</i>) on a {@link SkalaOrdinal}: the value
 * lies {@linkplain DalamPita in a band}, {@linkplain DiCelah in a gap} between bands, or
 * {@linkplain DiLuarSkala beyond the scale}. Each outcome keeps the value as given and one
 * sentence explaining it, naming the value, the band or gap and the scale.
 */
public sealed interface Klasifikasi
    permits Klasifikasi.DalamPita, Klasifikasi.DiCelah, Klasifikasi.DiLuarSkala {

  /** Returns the value that was classified, exactly as given (before any rounding). */
  Persentase nilai();

  /** Returns one sentence that explains the outcome, for people. */
  String penjelasan();

  /** Returns true when the value was placed in a band. */
  default boolean isDalamPita() {
    return this instanceof DalamPita;
  }

  /** Returns the band, or an empty optional when the value is in a gap or beyond the scale. */
  default Optional<Pita> toOptional() {
    return this instanceof DalamPita d ? Optional.of(d.pita()) : Optional.empty();
  }

  /**
   * The value lies in a band.
   *
   * @param nilai the value as given
   * @param pita the band
   * @param penjelasan one sentence naming the value, the band and the scale
   */
  record DalamPita(Persentase nilai, Pita pita, String penjelasan) implements Klasifikasi {
    /** Creates the outcome; every argument is required. */
    public DalamPita {
      Objects.requireNonNull(nilai, "nilai");
      Objects.requireNonNull(pita, "pita");
      Objects.requireNonNull(penjelasan, "penjelasan");
    }

    @Override
    public String toString() {
      return penjelasan;
    }
  }

  /**
   * The value lies in a declared gap between bands, and the policy gave it no band.
   *
   * @param nilai the value as given
   * @param celah the gap
   * @param penjelasan one sentence naming the value, the gap, its neighbouring bands and the policy
   */
  record DiCelah(Persentase nilai, Rentang celah, String penjelasan)
      implements Klasifikasi {
    /** Creates the outcome; every argument is required. */
    public DiCelah {
      Objects.requireNonNull(nilai, "nilai");
      Objects.requireNonNull(celah, "celah");
      Objects.requireNonNull(penjelasan, "penjelasan");
    }

    @Override
    public int hashCode() {
      return Objects.hash(nilai, celah, penjelasan);
    }

    @Override
    public String toString() {
      return penjelasan;
    }
  }

  /**
   * The value lies outside the scale's domain, such as 101 on a 0–100 scale.
   *
   * @param nilai the value as given
   * @param domain the scale's domain
   * @param penjelasan one sentence naming the value, the domain and the scale
   */
  record DiLuarSkala(Persentase nilai, Rentang domain, String penjelasan)
      implements Klasifikasi {
    /** Creates the outcome; every argument is required. */
    public DiLuarSkala {
      Objects.requireNonNull(nilai, "nilai");
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(penjelasan, "penjelasan");
    }

    @Override
    public int hashCode() {
      return Objects.hash(nilai, domain, penjelasan);
    }

    @Override
    public String toString() {
      return penjelasan;
    }
  }
}
