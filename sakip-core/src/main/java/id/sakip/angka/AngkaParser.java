package id.sakip.angka;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Reads figures as SAKIP reports print them (<i>angka tercetak</i>, §9 of the domain reference).
 *
 * <p>A figure is, after trimming whitespace (the non-breaking space included):
 *
 * <ul>
 *   <li>an explicit "no value": {@code n/a} (any case), {@code -}, an en or em dash, or nothing;
 *   <li>or, optionally inside parentheses (which make it negative): an optional '-' sign, an
 *       optional Rp prefix ({@code Rp}, {@code Rp.}, any case, optional whitespace after it, the
 *       sign before or after it), the number, an optional {@code ,-} suffix (no sen), then either a
 *       '%' sign (whitespace allowed before it) or a unit after whitespace ({@code 4 Buku}).
 * </ul>
 *
 * <p>The number is read in the requested {@link Notasi}. With {@link Notasi#OTOMATIS}:
 *
 * <ul>
 *   <li>an Rp prefix or a {@code ,-} suffix means Indonesian notation;
 *   <li>with both '.' and ',' the last one is the decimal mark;
 *   <li>a separator that appears more than once groups thousands;
 *   <li>a single separator with 1 to 3 digits before it (not starting with 0) and exactly 3 after
 *       it ({@code 1.234}) is ambiguous and refused; any other single separator is a decimal mark.
 * </ul>
 *
 * <p>Values are exact and keep the printed scale: {@code "2.910.568.737,00"} reads 2910568737.00.
 * A figure has at most {@link #MAKS_DIGIT} digits. Anything else is refused with an {@link
 * AngkaFormatException} naming the text, the position and the rule; the parser never guesses.
 * Reading takes time linear in the text's length.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class AngkaParser {

  /**
   * The most digits a figure may have (1000, far beyond any amount a report prints): a longer one
   * is refused, so that reading takes time linear in the text's length (turning n decimal digits
   * into a binary number takes time quadratic in n).
   */
  public static final int MAKS_DIGIT = 1000;

  private AngkaParser() {}

  /**
   * Reads a printed figure, deciding its notation from the text ({@link Notasi#OTOMATIS}).
   *
   * @throws AngkaFormatException if the text is not a figure or its notation is ambiguous
   */
  public static AngkaTercetak parse(String text) {
    return parse(text, Notasi.OTOMATIS);
  }

  /**
   * Reads a printed figure in the given notation.
   *
   * @throws AngkaFormatException if the text is not a figure in that notation, or, for
   *     {@link Notasi#OTOMATIS}, its notation is ambiguous
   */
  public static AngkaTercetak parse(String text, Notasi notasi) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(notasi, "notasi");
    return new FigureReader(text, notasi).read();
  }

  /**
   * Reads the value of a printed figure that must have one.
   *
   * @throws AngkaFormatException if the text is not a figure, or prints "no value" such as
   *     {@code n/a} or {@code -}
   */
  public static BigDecimal parseNilai(String text, Notasi notasi) {
    return parse(text, notasi).nilai().orElseThrow(() -> AngkaFormatException.noValue(text));
  }
}
