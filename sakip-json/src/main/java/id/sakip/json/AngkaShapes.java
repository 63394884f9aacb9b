package id.sakip.json;

import static id.sakip.json.Schemas.of;

import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.json.TokenSource.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The shapes of {@code id.sakip.angka}: Rupiah as an exact number with 2 decimals, Persentase exact. */
final class AngkaShapes {

  private AngkaShapes() {}

  private static final Pattern FRACTION = Pattern.compile("-?[0-9]{1,60}/[0-9]{1,60}");

  /**
   * A percentage: a number or notation string in percent ({@code 92.46}, {@code "92,46"}), or an
   * exact fraction {@code "269120424800/2910568737"} (how a non-terminating value is written).
   */
  static final Shape<Persentase> PERSENTASE = fraction(
      (n, d) -> Persentase.ofFraction(n, d), Persentase::of, Persentase::toExactBigDecimal,
      p -> p.numerator() + "/" + p.denominator(), true)
      .named("Persentase", "A percentage (persentase), exactly: a number or a string in the document's notation"
          + " (92.46, \"92,46\"), or an exact fraction \"269120424800/2910568737\" when its decimal expansion does"
          + " not end.");

  /**
   * An exact fraction: a number or notation string ({@code 0.111}, {@code "0,111"}), or {@code
   * "1/9"} (how a non-terminating value is written).
   */
  static final Shape<Pecahan> PECAHAN = fraction(Pecahan::of, Pecahan::of, Pecahan::toExactBigDecimal,
      p -> p.numerator() + "/" + p.denominator(), false)
      .named("Pecahan", "An exact fraction (pecahan): a number or a string in the document's notation (0.111,"
          + " \"0,111\"), or \"1/9\" when its decimal expansion does not end.");

  private interface Exact<T> extends Function<T, java.util.Optional<BigDecimal>> {}

  private static <T> Shape<T> fraction(BiFunction<BigInteger, BigInteger, T> ofFraction, Function<BigDecimal, T> ofDecimal,
      Exact<T> exact, Function<T, String> fractionText, boolean styled) {
    return Shapes.scalar((in, path, ctx) -> {
      if (in.current() == Token.STRING && FRACTION.matcher(in.text()).matches()) {
        String[] parts = in.text().split("/");
        T value;
        try {
          value = ofFraction.apply(new BigInteger(parts[0]), new BigInteger(parts[1]));
        } catch (IllegalArgumentException | ArithmeticException e) {
          ctx.problem(path, in, e);
          return null;
        }
        // a terminating fraction is written back as a decimal, which must be readable again
        BigDecimal decimal = exact.apply(value).orElse(null);
        return decimal != null && Shapes.plain(decimal, in, path, ctx) == null ? null : value;
      }
      BigDecimal value = Shapes.decimal(in, path, ctx);
      return value == null ? null : ofDecimal.apply(value);
    }, (v, out, w) -> {
      if (styled && w.style().persentaseScale().isPresent()) {
        out.number(((Persentase) v).rounded(w.style().persentaseScale().getAsInt(), RoundingMode.HALF_UP).toPlainString());
        return;
      }
      BigDecimal decimal = exact.apply(v).orElse(null);
      if (decimal != null) {
        out.number(decimal.toPlainString());
      } else {
        out.string(fractionText.apply(v));
      }
    }, s -> of("anyOf", List.of(of("type", "number"), of("type", "string", "pattern", "[0-9]"))), "fraction");
  }

  /** A printed figure: the text exactly as printed ({@code "85,82 Indek"}, {@code "100%"}, {@code "n/a"}). */
  static final Shape<AngkaTercetak> TERCETAK = Shapes.scalar((in, path, ctx) -> {
    String text = Shapes.shortText(in, path, ctx); // parsing a long run of digits takes quadratic time
    if (text == null) {
      return null;
    }
    try {
      return AngkaParser.parse(text, ctx.notasiForReading());
    } catch (AngkaFormatException e) {
      ctx.problem(path, in, Teks.of("harus berupa angka seperti tercetak, dalam notasi " + ctx.notasi() + ": ",
          "must be a figure as printed, in " + ctx.notasi() + " notation: ").plus(String.valueOf(e.getMessage())));
      return null;
    }
  }, (v, out, w) -> out.string(v.teks()), s -> of("type", "string", "pattern",
      "^[\\t-\\r\\u001c- \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*(-|\\u2013|\\u2014|[nN]/[aA])?"
          + "[\\t-\\r\\u001c- \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*$|[0-9]"),
      "printed figure")
      .named("AngkaTercetak", "A figure as the report prints it (angka tercetak), kept as text so that its precision is"
          + " known: a JSON string read in the document's notation, such as \"85,82 Indek\", \"100%\", \"0 %\","
          + " \"2.910.568.737,00\" or \"Rp 1.500.000\", or an explicit \"no value\": \"n/a\" (any case), \"-\", an en"
          + " or em dash, or an empty string. Never a JSON number: 85.8 would lose how the report printed it. The"
          + " reader checks that the text parses (AngkaParser).");

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(id.sakip.angka.Rupiah.class, Shapes.RUPIAH),
      Binding.of(Persentase.class, PERSENTASE),
      Binding.of(Pecahan.class, PECAHAN),
      Binding.of(AngkaTercetak.class, TERCETAK));
}
