package id.sakip.json;

import static id.sakip.json.Nodes.N;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a JSON value into a tree whose numbers are exact: every fraction is a {@code BigDecimal}
 * parsed from its text, never a {@code double}, whatever the caller's mapper is configured to do.
 * Duplicate property names are problems, and so is text that is not Unicode: a lone surrogate,
 * from bytes that are not UTF-8 (such as a 4-byte sequence beyond U+10FFFF, which the parser
 * lets through) or from an escape of half a character ({@code "\uD800"}); such text could not be
 * written back as it was read.
 */
final class ExactTree {

  private ExactTree() {}

  static JsonNode read(JsonParser p, JsonPath path, ReadContext ctx) throws IOException {
    JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
    if (t == null) {
      ctx.problem(path, "(empty)", "the document is empty; expected a JSON value");
      return N.missingNode();
    }
    switch (t) {
      case START_OBJECT:
        ObjectNode o = N.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          unicode(name, path, "member name", ctx);
          p.nextToken();
          JsonNode v = read(p, path.child(name), ctx);
          if (o.replace(name, v) != null) {
            ctx.problem(path.child(name), v, "duplicate property '" + name + "'; each property may appear once");
          }
        }
        return o;
      case START_ARRAY:
        ArrayNode a = N.arrayNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          a.add(read(p, path.index(a.size()), ctx));
        }
        return a;
      case VALUE_STRING:
        return N.textNode(unicode(p.getText(), path, "text", ctx));
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        try {
          if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return N.numberNode(p.getDecimalValue());
          }
          switch (p.getNumberType()) {
            case INT:
              return N.numberNode(p.getIntValue());
            case LONG:
              return N.numberNode(p.getLongValue());
            default:
              return N.numberNode(p.getBigIntegerValue());
          }
        } catch (NumberFormatException e) { // such as an exponent beyond an int: 1e9999999999
          ctx.problem(path, p.getText(), "not a number this reader can hold: " + e.getMessage());
          return N.missingNode();
        }
      case VALUE_TRUE:
        return N.booleanNode(true);
      case VALUE_FALSE:
        return N.booleanNode(false);
      case VALUE_NULL:
        return N.nullNode();
      default:
        ctx.problem(path, t.toString(), "unexpected JSON token " + t);
        return N.missingNode();
    }
  }

  private static String unicode(String text, JsonPath path, String what, ReadContext ctx) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        ctx.problem(path, what + " with U+" + String.format("%04X", (int) c) + " at character " + (i + 1),
            "not valid Unicode text: half of a surrogate pair stands alone (bytes that are not UTF-8, or an escape"
                + " such as \\uD800 of half a character)");
        return text;
      }
    }
    return text;
  }
}
