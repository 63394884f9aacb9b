package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.angka.AngkaFormatException;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.math.BigInteger;

/** JSON of {@code id.sakip.angka}: Rupiah as an exact number with 2 decimals, Persentase exact. */
final class AngkaCodec {

  private AngkaCodec() {}

  static Rupiah readRupiah(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.rupiah(node, path);
  }

  static JsonNode writeRupiah(Rupiah value) {
    return N.numberNode(value.toBigDecimal());
  }

  /** A printed figure: the text exactly as printed ({@code "85,82 Indek"}, {@code "100%"}, {@code "n/a"}). */
  static AngkaTercetak readTercetak(JsonNode node, JsonPath path, ReadContext ctx) {
    String text = ctx.text(node, path);
    if (text == null || !ctx.shortNumberText(node, path)) { // parsing a long run of digits takes quadratic time
      return null;
    }
    try {
      return AngkaParser.parse(text, ctx.notasi());
    } catch (AngkaFormatException e) {
      ctx.problem(path, node, "must be a figure as printed, in " + ctx.notasi() + " notation: " + e.getMessage());
      return null;
    }
  }

  static JsonNode writeTercetak(AngkaTercetak value) {
    return N.textNode(value.teks());
  }

  static BigDecimal readDecimal(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.decimal(node, path);
  }

  static JsonNode writeDecimal(BigDecimal value) {
    return N.numberNode(value);
  }

  /**
   * A percentage: a number or notation string in percent ({@code 92.46}, {@code "92,46"}), or an
   * exact fraction {@code "269120424800/2910568737"} (how a non-terminating value is written).
   */
  static Persentase readPersentase(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual() && node.textValue().matches("-?[0-9]{1,60}/[0-9]{1,60}")) {
      String[] parts = node.textValue().split("/");
      Persentase p = ctx.build(path, node, () -> Persentase.ofFraction(new BigInteger(parts[0]), new BigInteger(parts[1])));
      // a terminating fraction is written back as a decimal, which must be readable again
      if (p != null && p.toExactBigDecimal().isPresent() && ctx.plain(p.toExactBigDecimal().get(), node, path) == null) {
        return null;
      }
      return p;
    }
    BigDecimal value = ctx.decimal(node, path);
    return value == null ? null : Persentase.of(value);
  }

  static JsonNode writePersentase(Persentase value) {
    return value.toExactBigDecimal()
        .<JsonNode>map(N::numberNode)
        .orElseGet(() -> N.textNode(value.numerator() + "/" + value.denominator()));
  }

  /**
   * An exact fraction: a number or notation string ({@code 0.111}, {@code "0,111"}), or {@code
   * "1/9"} (how a non-terminating value is written).
   */
  static Pecahan readPecahan(JsonNode node, JsonPath path, ReadContext ctx) {
    if (node.isTextual() && node.textValue().matches("-?[0-9]{1,60}/[0-9]{1,60}")) {
      String[] parts = node.textValue().split("/");
      return ctx.build(path, node, () -> Pecahan.of(new BigInteger(parts[0]), new BigInteger(parts[1])));
    }
    BigDecimal value = ctx.decimal(node, path);
    return value == null ? null : Pecahan.of(value);
  }

  static JsonNode writePecahan(Pecahan value) {
    return value.toExactBigDecimal()
        .<JsonNode>map(N::numberNode)
        .orElseGet(() -> N.textNode(value.numerator() + "/" + value.denominator()));
  }
}
