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
    return format(value, Notasi.INDONESIA);
  }

  /**
   * Formats {@code value} exactly as it is in {@code notasi}: {@code 2910568737.00} becomes {@code
   * 2.910.568.737,00} in {@link Notasi#INDONESIA} and {@code 2,910,568,737.00} in {@link
   * Notasi#INGGRIS}; the two are read back by {@link AngkaParser} in the same notation.
   *
   * @throws IllegalArgumentException for {@link Notasi#OTOMATIS}, which names no notation to write
   */
  public static String format(BigDecimal value, Notasi notasi) {
    if (notasi == Notasi.OTOMATIS) {
      throw new IllegalArgumentException("notasi OTOMATIS names no notation to write; choose INDONESIA or INGGRIS");
    }
    char group = notasi.groupingMark();
    char decimal = notasi.decimalMark();
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
      out.append(group).append(integer, i, i + 3);
    }
    if (dot >= 0) {
      out.append(decimal).append(plain, dot + 1, plain.length());
    }
    return out.toString();
  }
}
