package id.sakip.skala;

import java.util.Objects;
import java.util.Optional;

/**
 * One band (<i>pita</i>) of an ordinal scale: a range of values with explicit bound inclusivity,
 * a label such as {@code Sangat berhasil}, and an optional short code such as {@code AA} or
 * {@code A}.
 *
 * <p>Two bands are equal when their ranges are numerically equal ({@code 85} and {@code 85.00}
 * are the same bound), and their labels and codes are equal.
 *
 * @param rentang the values the band holds; not empty, bounds inclusive or exclusive as written
 * @param label the band's label; not blank
 * @param kode the band's short code, if the scale prints one; not blank when present
 */
public record Pita(Rentang rentang, String label, Optional<String> kode) {

  /** Creates a band, refusing an empty range, a blank label and a blank code. */
  public Pita {
    Objects.requireNonNull(rentang, "rentang");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kode, "kode");
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "label '" + label + "' of the band " + rentang
              + " is blank: a band needs a label");
    }
    if (rentang.range().isEmpty()) {
      throw new IllegalArgumentException(
          "rentang " + rentang + " of band '" + label
              + "' is empty: a band must hold at least one value");
    }
    if (kode.isPresent() && kode.get().isBlank()) {
      throw new IllegalArgumentException(
          "kode '" + kode.get() + "' of band '" + label
              + "' is blank: leave the code out or give it a value");
    }
  }

  /** Returns a band without a short code: {@code of(Rentang.dariSampaiSebelum(70, 85), "Berhasil")}. */
  public static Pita of(Rentang rentang, String label) {
    return new Pita(rentang, label, Optional.empty());
  }

  /**
   * Returns a band with a short code: {@code of(Rentang.dariSampai(88.31, 100.00), "Sangat baik",
   * "A")}.
   */
  public static Pita of(Rentang rentang, String label, String kode) {
    Objects.requireNonNull(kode, "kode");
    return new Pita(rentang, label, Optional.of(kode));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rentang, label, kode);
  }

  /**
   * Returns the code (if any), the label and the range: {@code A Sangat baik (88.31 ≤ x ≤
   * 100.00)}.
   */
  @Override
  public String toString() {
    return kode.map(k -> k + " ").orElse("") + label + " (" + rentang + ")";
  }
}
