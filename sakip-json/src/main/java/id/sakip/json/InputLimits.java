package id.sakip.json;

/**
 * Bounds on untrusted JSON input. A document that exceeds one is refused with a {@link
 * SakipJsonException} naming the bound; nothing is built from it.
 *
 * <p>Defaults: documents up to 8 MiB, nesting up to 64 levels (an LKj document needs about 15),
 * numbers up to 64 characters, strings up to 100 000 characters, arrays up to 100 000 elements.
 *
 * @param maxDocumentBytes the largest document, in bytes (or characters for a {@code String})
 * @param maxDepth the deepest nesting of arrays and objects
 * @param maxNumberLength the longest number literal, in characters, and the most digits a number may
 *     have written out in full (so that {@code 1e999999999} is refused)
 * @param maxStringLength the longest string value, in characters
 * @param maxArrayLength the most elements of one array (and members of one object)
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public record InputLimits(
    long maxDocumentBytes, int maxDepth, int maxNumberLength, int maxStringLength, int maxArrayLength) {

  /** The default bounds. */
  public static final InputLimits DEFAULT = new InputLimits(8L * 1024 * 1024, 64, 64, 100_000, 100_000);

  /**
   * Creates bounds.
   *
   * @throws IllegalArgumentException if a bound is not positive
   */
  public InputLimits {
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxDepth", maxDepth);
    positive("maxNumberLength", maxNumberLength);
    positive("maxStringLength", maxStringLength);
    positive("maxArrayLength", maxArrayLength);
  }

  private static void positive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException("inputLimits." + field + " is " + value + "; every bound must be positive");
    }
  }

  /** Returns these bounds with another document size limit. */
  public InputLimits withMaxDocumentBytes(long value) {
    return new InputLimits(value, maxDepth, maxNumberLength, maxStringLength, maxArrayLength);
  }

  /** Returns these bounds with another nesting limit. */
  public InputLimits withMaxDepth(int value) {
    return new InputLimits(maxDocumentBytes, value, maxNumberLength, maxStringLength, maxArrayLength);
  }

  /** Returns these bounds with another number length limit. */
  public InputLimits withMaxNumberLength(int value) {
    return new InputLimits(maxDocumentBytes, maxDepth, value, maxStringLength, maxArrayLength);
  }

  /** Returns these bounds with another string length limit. */
  public InputLimits withMaxStringLength(int value) {
    return new InputLimits(maxDocumentBytes, maxDepth, maxNumberLength, value, maxArrayLength);
  }

  /** Returns these bounds with another array length limit. */
  public InputLimits withMaxArrayLength(int value) {
    return new InputLimits(maxDocumentBytes, maxDepth, maxNumberLength, maxStringLength, value);
  }
}
