package id.sakip.perencanaan;

/** Shared invariant checks of this package. */
final class Checks {

  private Checks() {}

  static void notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " '" + value + "' is blank; it needs a name");
    }
  }

  static void year(String field, int year) {
    if (year < 1945 || year > 2200) {
      throw new IllegalArgumentException(field + " " + year + " is not a plausible year; expected 1945 to 2200");
    }
  }
}
