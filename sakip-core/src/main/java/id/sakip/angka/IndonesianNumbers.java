package id.sakip.angka;

import java.math.BigDecimal;

/**
 * Writes decimals in Indonesian notation: {@code .} groups thousands, {@code ,} marks decimals. The
 * inverse of {@link AngkaParser} with {@link Notasi#INDONESIA}.
 */
public final class IndonesianNumbers {

  private IndonesianNumbers() {}

  /**
   * Formats {@code value} exactly as it is (no rounding): {@code 2910568737.00} becomes {@code
   * 2.910.568.737,00}, {@code -1500000} becomes {@code -1.500.000}.
   */
  public static String format(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + integer.length() / 3 + 2);
    if (value.signum() < 0) {
      out.append('-');
    }
    int firstGroup = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    out.append(integer, 0, firstGroup);
    for (int i = firstGroup; i < integer.length(); i += 3) {
      out.append('.').append(integer, i, i + 3);
    }
    if (dot >= 0) {
      out.append(',').append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }
}
