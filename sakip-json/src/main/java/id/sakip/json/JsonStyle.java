package id.sakip.json;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How amounts and percentages are written, as joda-money's Jackson module lets one choose. Reading
 * accepts every form whatever the style.
 *
 * <ul>
 *   <li>{@link RupiahForm#NUMBER} (default): {@code 2910568737.00}, a JSON number with 2 decimals.
 *   <li>{@link RupiahForm#DECIMAL_STRING}: {@code "2910568737.00"}, for readers that parse JSON
 *       numbers as binary floating point: JavaScript keeps only 2^53 exactly, about 90 billion
 *       Rupiah counted in sen.
 *   <li>{@link RupiahForm#NOTATION_STRING}: {@code "2.910.568.737,00"}, in the document's notation
 *       (Indonesian unless the writer or the document says otherwise), as reports print it.
 * </ul>
 *
 * <p>A {@code Persentase} is written exactly by default: a number when its decimal expansion ends,
 * otherwise the fraction {@code "269120424800/2910568737"}. With {@link #withPersentaseScale} it is
 * written as a number rounded half up to that many decimals, for display; such output no longer
 * reads back to the same value.
 *
 * @param rupiah how a Rupiah amount is written
 * @param persentaseScale the decimals a percentage is rounded to, or empty for exact
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public record JsonStyle(RupiahForm rupiah, OptionalInt persentaseScale) {

  /** The forms of a Rupiah amount in JSON. */
  public enum RupiahForm {
    /** A JSON number with 2 decimals: {@code 2910568737.00}. */
    NUMBER,
    /** A string holding the plain decimal with 2 decimals: {@code "2910568737.00"}. */
    DECIMAL_STRING,
    /** A string in the notation in force, as printed: {@code "2.910.568.737,00"}. */
    NOTATION_STRING
  }

  /** The default: Rupiah as numbers, percentages exact. */
  public static final JsonStyle STANDARD = new JsonStyle(RupiahForm.NUMBER, OptionalInt.empty());

  /**
   * Creates a style.
   *
   * @throws IllegalArgumentException if {@code persentaseScale} is negative or above 20
   */
  public JsonStyle {
    Objects.requireNonNull(rupiah, "rupiah");
    Objects.requireNonNull(persentaseScale, "persentaseScale");
    if (persentaseScale.isPresent() && (persentaseScale.getAsInt() < 0 || persentaseScale.getAsInt() > 20)) {
      throw new IllegalArgumentException("jsonStyle.persentaseScale is " + persentaseScale.getAsInt()
          + "; a percentage is rounded to 0 to 20 decimals");
    }
  }

  /** Returns this style with Rupiah written in {@code form}. */
  public JsonStyle withRupiah(RupiahForm form) {
    return new JsonStyle(form, persentaseScale);
  }

  /** Returns this style with percentages rounded half up to {@code scale} decimals (0 to 20). */
  public JsonStyle withPersentaseScale(int scale) {
    return new JsonStyle(rupiah, OptionalInt.of(scale));
  }

  /** Returns this style with percentages written exactly. */
  public JsonStyle withExactPersentase() {
    return new JsonStyle(rupiah, OptionalInt.empty());
  }
}
