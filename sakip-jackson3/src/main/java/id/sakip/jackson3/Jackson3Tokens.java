package id.sakip.jackson3;

import id.sakip.json.TokenSource;
import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;

/**
 * The tokens of a Jackson 3 {@link JsonParser}. The parser's refusals are Jackson 3's own
 * unchecked {@link JacksonException}s and pass through unchanged, so that a mapper reports them as
 * it reports any other.
 */
final class Jackson3Tokens implements TokenSource {

  private final JsonParser parser;
  private Token current;

  /** Tokens from {@code parser}, starting at the token it is on (if any). */
  Jackson3Tokens(JsonParser parser) {
    this.parser = parser;
    this.current = parser.currentToken() == null ? Token.END : map(parser.currentToken());
  }

  @Override
  public Token next() {
    current = map(parser.nextToken());
    return current;
  }

  @Override
  public Token current() {
    return current;
  }

  @Override
  public String text() {
    return current == Token.NAME ? parser.currentName() : parser.getString();
  }

  /**
   * The number exactly as written. A literal whose exponent does not fit an {@code int} is the
   * {@link NumberFormatException} the {@link TokenSource} contract promises, which the reader turns
   * into a problem at its path.
   */
  @Override
  public BigDecimal decimal() {
    try {
      return parser.getDecimalValue();
    } catch (JacksonException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof NumberFormatException n) {
          throw n;
        }
      }
      throw e;
    }
  }

  @Override
  public void skipChildren() {
    parser.skipChildren();
    current = map(parser.currentToken());
  }

  @Override
  public String location() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private Token map(JsonToken t) {
    if (t == null) {
      return Token.END;
    }
    return switch (t) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case PROPERTY_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT -> Token.INTEGER;
      case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      // an embedded object comes only from a token buffer (convertValue of a POJO), never from JSON text
      default -> throw new StreamReadException(parser, "a SAKIP value is read from JSON tokens; found " + t);
    };
  }
}
