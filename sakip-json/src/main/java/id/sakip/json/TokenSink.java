package id.sakip.json;

/**
 * Where the writer of every bound type sends its tokens: the adapters of {@code sakip-json}
 * (Jackson 2) and {@code sakip-jackson3} (Jackson 3) implement it over their generators. Numbers
 * arrive as their plain decimal text ({@code "2910568737.00"}, never an exponent), so that no
 * generator setting can change them.
 */
public interface TokenSink {

  /** Starts an object. */
  void startObject();

  /** Ends the current object. */
  void endObject();

  /** Starts an array. */
  void startArray();

  /** Ends the current array. */
  void endArray();

  /** Writes a member name. */
  void name(String name);

  /** Writes a string value. */
  void string(String value);

  /** Writes a number from its plain decimal text, such as {@code -12.50}. */
  void number(String plainDecimal);

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value);

  /** Writes {@code null}. */
  void nullValue();
}
