package id.sakip.json;

import java.util.Optional;

/**
 * The versions of the LKj document format, declared once: the marker a document's {@code format}
 * member carries. The reader accepts every version; the writer writes {@link #CURRENT}. A member
 * added in a later version is refused in a document that declares an earlier one (see FORMAT.md,
 * Versions).
 */
enum FormatVersion {
  /** {@code sakip-lkj/1}: the first published format (ours: the format of Wave 1). */
  V1("sakip-lkj/1"),
  /**
   * {@code sakip-lkj/2}: adds the Renstra matrix (kondisi awal, pagu indikatif) and the unit
   * organisasi of the document (ours: Wave 2, Step 5; every v1 document is a v2 document once its
   * marker says so).
   */
  V2("sakip-lkj/2");

  /** The version the writer writes. */
  static final FormatVersion CURRENT = V2;

  private final String marker;

  FormatVersion(String marker) {
    this.marker = marker;
  }

  /** The marker, such as {@code sakip-lkj/2}. */
  String marker() {
    return marker;
  }

  /** Whether a document of this version may hold a member added in {@code since}. */
  boolean allows(FormatVersion since) {
    return compareTo(since) >= 0;
  }

  /** The version whose marker is {@code marker}, or empty. */
  static Optional<FormatVersion> of(String marker) {
    for (FormatVersion v : values()) {
      if (v.marker.equals(marker)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** The markers, for messages: {@code "sakip-lkj/1" or "sakip-lkj/2"}. */
  static String markers(String or) {
    StringBuilder out = new StringBuilder();
    FormatVersion[] all = values();
    for (int i = 0; i < all.length; i++) {
      if (i > 0) {
        out.append(i == all.length - 1 ? " " + or + " " : ", ");
      }
      out.append('"').append(all[i].marker).append('"');
    }
    return out.toString();
  }
}
