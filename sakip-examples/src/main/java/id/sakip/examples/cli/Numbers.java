package id.sakip.examples.cli;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Notasi;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Reads option values and writes figures in the notation chosen with {@code --notasi}: {@code id}
 * (Indonesian, the default: {@code 2.910.568.737,00}, {@code 85,82}) or {@code en} (English:
 * {@code 2,910,568,737.00}, {@code 85.82}).
 */
final class Numbers {

  /** Significant digits shown of a raw percentage that has no finite decimal expansion. */
  static final int RAW_DIGITS = 34;

  private final Notasi notasi;

  private Numbers(Notasi notasi) {
    this.notasi = notasi;
  }

  /** Returns the numbers of {@code --notasi}: {@code id} or {@code en}. */
  static Numbers of(String notasi) {
    return new Numbers(notasi.equals("en") ? Notasi.INGGRIS : Notasi.INDONESIA);
  }

  private String label(boolean indonesian) {
    boolean en = notasi == Notasi.INGGRIS;
    return indonesian ? (en ? "notasi Inggris" : "notasi Indonesia") : en ? "English notation" : "Indonesian notation";
  }

  private Notasi other() {
    return notasi == Notasi.INGGRIS ? Notasi.INDONESIA : Notasi.INGGRIS;
  }

  private String otherFlag() {
    return notasi == Notasi.INGGRIS ? "--notasi id" : "--notasi en";
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads the value of {@code option} as a number in this notation; a unit or a percent sign after
   * it is allowed ({@code 85 Indek}, {@code 90%}), as reports print them.
   *
   * @throws UsageException naming the option, the value and the rule broken
   */
  BigDecimal number(String option, String text) throws UsageException {
    try {
      return AngkaParser.parseNilai(text, notasi);
    } catch (AngkaFormatException e) {
      throw malformed(option, text, e, false);
    }
  }

  /**
   * Reads the value of {@code option} as a Rupiah amount of 0 or more in this notation ({@code
   * 2.910.568.737}, {@code Rp2.910.568.737,00}).
   *
   * @throws UsageException naming the option, the value and the rule broken
   */
  Rupiah rupiah(String option, String text) throws UsageException {
    Rupiah amount;
    try {
      amount = Rupiah.parse(text, notasi);
    } catch (AngkaFormatException e) {
      throw malformed(option, text, e, true);
    }
    if (amount.isNegative()) {
      throw new UsageException("opsi " + option + ": '" + text + "' negatif; jumlah anggaran 0 atau lebih",
          "option " + option + ": '" + text + "' is negative; a budget amount is 0 or more");
    }
    return amount;
  }

  /**
   * "option --target: '8,5x' is not a number in Indonesian notation (why); with --notasi en it
   * reads …", in both languages; the reason is the parser's, in English.
   */
  private UsageException malformed(String option, String text, AngkaFormatException e, boolean amount) {
    Optional<String> other = otherReading(text, amount);
    String why = " (" + reason(e, text) + ")";
    return new UsageException(
        "opsi " + option + ": '" + text + "' bukan " + (amount ? "jumlah Rupiah" : "angka") + " dalam " + label(true) + why
            + other.map(v -> "; dengan " + otherFlag() + " terbaca " + v).orElse(""),
        "option " + option + ": '" + text + "' is not " + (amount ? "a Rupiah amount" : "a number") + " in " + label(false)
            + why + other.map(v -> "; with " + otherFlag() + " it reads " + v).orElse(""));
  }

  private static String reason(AngkaFormatException e, String text) {
    String message = e.getMessage();
    String prefix = "'" + text + "': ";
    if (message.startsWith(prefix)) {
      message = message.substring(prefix.length());
    }
    int as = message.indexOf("; read as ");
    return as < 0 ? message : message.substring(0, as);
  }

  /** The value the other notation reads in {@code text} ({@code 6.5}), if it reads one. */
  private Optional<String> otherReading(String text, boolean amount) {
    try {
      Optional<BigDecimal> v = amount
          ? Optional.of(Rupiah.parse(text, other()).toBigDecimal())
          : AngkaParser.parse(text, other()).nilai();
      return v.map(BigDecimal::toPlainString);
    } catch (AngkaFormatException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- writing

  /** Writes {@code value} exactly as it is, in this notation. */
  String format(BigDecimal value) {
    String id = IndonesianNumbers.format(value);
    if (notasi != Notasi.INGGRIS) {
      return id;
    }
    StringBuilder en = new StringBuilder(id.length());
    for (char c : id.toCharArray()) {
      en.append(c == '.' ? ',' : c == ',' ? '.' : c);
    }
    return en.toString();
  }

  /** Writes a percentage rounded half-up to 2 decimals: {@code 107,14%}. */
  String percent(Persentase p) {
    return format(rounded(p)) + "%";
  }

  /** Returns a percentage rounded half-up to 2 decimals, the way reports print it. */
  static BigDecimal rounded(Persentase p) {
    return p.rounded(Persentase.DEFAULT_SCALE, Persentase.DEFAULT_ROUNDING);
  }

  /**
   * Writes the raw percentage: its exact decimal when finite ({@code 87,5%}), otherwise its first
   * {@value #RAW_DIGITS} significant digits followed by {@code …} ({@code 107,1428571428571428571428571428571…%}).
   */
  String raw(Persentase p) {
    return format(rawDigits(p)) + (p.toExactBigDecimal().isPresent() ? "" : "…") + "%";
  }

  /** The raw value in plain English notation without a sign, for JSON: {@code 107.1428571428571428571428571428571…}. */
  static String rawPlain(Persentase p) {
    return rawDigits(p).toPlainString() + (p.toExactBigDecimal().isPresent() ? "" : "…");
  }

  private static BigDecimal rawDigits(Persentase p) {
    return p.toExactBigDecimal().orElseGet(() -> p.toBigDecimal(new MathContext(RAW_DIGITS, RoundingMode.DOWN)));
  }

  /** Writes an amount with the symbol: {@code Rp219.364.489,00}, {@code -Rp1.000,00}. */
  String rupiah(Rupiah amount) {
    String digits = format(amount.toBigDecimal().abs());
    return (amount.isNegative() ? "-Rp" : "Rp") + digits;
  }
}
