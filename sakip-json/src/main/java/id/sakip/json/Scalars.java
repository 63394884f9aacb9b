package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;

/** The scalar readers of {@link ReadContext} in {@link JsonReader} form. */
final class Scalars {

  private Scalars() {}

  static String text(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.text(node, path);
  }

  static String nonBlankText(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.nonBlankText(node, path);
  }

  static Integer integer(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.integer(node, path);
  }

  static BigDecimal decimal(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.decimal(node, path);
  }

  static Rupiah rupiah(JsonNode node, JsonPath path, ReadContext ctx) {
    return ctx.rupiah(node, path);
  }
}
