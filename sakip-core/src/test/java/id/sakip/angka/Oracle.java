package id.sakip.angka;

import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An independent oracle for the tests: integer division with every {@link RoundingMode}, written
 * with {@link BigInteger} floor division and remainder comparisons only (no {@code BigDecimal}).
 */
final class Oracle {

  private Oracle() {}

  /** Returns {@code n / d} rounded to an integer with {@code mode}; {@code d} must not be 0. */
  static BigInteger divide(BigInteger n, BigInteger d, RoundingMode mode) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger[] qr = n.divideAndRemainder(d); // truncates toward zero
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() == 0) {
      return q;
    }
    int sign = n.signum(); // the sign of the exact quotient (d > 0)
    BigInteger away = q.add(BigInteger.valueOf(sign));
    int half = r.abs().shiftLeft(1).compareTo(d); // <0 below half, 0 exactly half, >0 above
    switch (mode) {
      case UP:
        return away;
      case DOWN:
        return q;
      case CEILING:
        return sign > 0 ? away : q;
      case FLOOR:
        return sign < 0 ? away : q;
      case HALF_UP:
        return half >= 0 ? away : q;
      case HALF_DOWN:
        return half > 0 ? away : q;
      case HALF_EVEN:
        if (half != 0) {
          return half > 0 ? away : q;
        }
        return q.testBit(0) ? away : q;
      case UNNECESSARY:
      default:
        throw new ArithmeticException("rounding necessary");
    }
  }
}
