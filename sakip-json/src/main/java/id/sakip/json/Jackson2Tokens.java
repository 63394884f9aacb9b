package id.sakip.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The tokens of a Jackson 2 {@link JsonParser}. A parser's {@link IOException} (including its
 * refusals, {@code JsonProcessingException}) is thrown as an {@link UncheckedIOException} whose
 * cause it is.
 */
final class Jackson2Tokens implements TokenSource {

  private final JsonParser parser;
  private Token current;

  /** Tokens from {@code parser}, starting at the token it is on (if any). */
  Jackson2Tokens(JsonParser parser) {
    this.parser = parser;
    this.current = parser.currentToken() == null ? Token.END : map(parser.currentToken());
  }
  @Override
  public Token next() {
    try {
      current = map(parser.nextToken());
      return current;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() {
    try {
      return current == Token.NAME ? parser.currentName() : parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public BigDecimal decimal() {
    try {
      return parser.getDecimalValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void skipChildren() {
    try {
      parser.skipChildren();
      current = map(parser.currentToken());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String location() {
    JsonLocation at = parser.currentTokenLocation();
    return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** The token of each Jackson token, by its ordinal; null where JSON text has none. */
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      try {
        TOKENS[t.ordinal()] = slowMap(t);
      } catch (IllegalStateException e) {
        TOKENS[t.ordinal()] = null;
      }
    }
  }

  private static Token map(JsonToken t) {
    if (t == null) {
      return Token.END;
    }
    Token token = TOKENS[t.ordinal()];
    if (token == null) {
      throw new IllegalStateException("unexpected JSON token " + t);
    }
    return token;
  }

  private static Token slowMap(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default: // VALUE_EMBEDDED_OBJECT, NOT_AVAILABLE: not in JSON text
        throw new IllegalStateException("unexpected JSON token " + t);
    }
  }
}
