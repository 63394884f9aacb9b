package id.sakip.json;

import java.math.BigDecimal;

/**
 * The tokens of one JSON text, one at a time: what the reader of every bound type consumes. The
 * adapters of {@code sakip-json} (Jackson 2) and {@code sakip-jackson3} (Jackson 3) implement it
 * over their parsers; the reader builds the model straight from the tokens, without a tree.
 *
 * <p>A source is positioned on one token at a time. A value starts at its first token ({@link
 * Token#STRING}, a number, {@link Token#START_OBJECT}, …) and ends at its last ({@link
 * Token#END_OBJECT} for an object). Errors of the underlying parser are thrown as the adapter's
 * own unchecked exceptions; the caller that created the adapter turns them into problems.
 */
public interface TokenSource {

  /** The kinds of token. */
  enum Token {
    /** The start of an object, <code>&#123;</code>. */
    START_OBJECT,
    /** The end of an object, <code>&#125;</code>. */
    END_OBJECT,
    /** The start of an array, {@code [}. */
    START_ARRAY,
    /** The end of an array, {@code ]}. */
    END_ARRAY,
    /** A member name; {@link #text()} is the name. */
    NAME,
    /** A string value; {@link #text()} is its text. */
    STRING,
    /** A number written without a fraction or exponent; {@link #text()} is its literal. */
    INTEGER,
    /** A number written with a fraction or an exponent; {@link #text()} is its literal. */
    DECIMAL,
    /** {@code true} */
    TRUE,
    /** {@code false} */
    FALSE,
    /** {@code null} */
    NULL,
    /** No more tokens. */
    END
  }

  /** Moves to the next token and returns it ({@link Token#END} after the last). */
  Token next();

  /** Returns the token the source is on ({@link Token#END} before the first {@link #next()}). */
  Token current();

  /** The name, string or number literal of the current token. */
  String text();

  /**
   * The current number, exactly as written.
   *
   * @throws NumberFormatException if it cannot be held as a {@code BigDecimal} (an exponent beyond
   *     an {@code int})
   */
  BigDecimal decimal();

  /** When on {@link Token#START_OBJECT} or {@link Token#START_ARRAY}, moves to its end token. */
  void skipChildren();

  /** Where the current token is, such as {@code "line 3, column 7"}, or {@code ""} when unknown. */
  String location();
}
