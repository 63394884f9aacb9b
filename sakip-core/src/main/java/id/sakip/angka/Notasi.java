package id.sakip.angka;

/**
 * The number notation (<i>notasi</i>) a printed figure is written in: which character groups
 * thousands and which one is the decimal mark.
 */
public enum Notasi {
  /** Indonesian notation: '.' groups thousands, ',' is the decimal mark ({@code 2.910.568.737,00}). */
  INDONESIA,
  /** English notation: ',' groups thousands, '.' is the decimal mark ({@code 1,004,422,800}). */
  INGGRIS,
  /** Decide from the text itself, and refuse a figure that the two notations read differently. */
  OTOMATIS;

  char groupingMark() {
    return switch (this) {
      case INDONESIA -> '.';
      case INGGRIS -> ',';
      case OTOMATIS -> throw new IllegalStateException("OTOMATIS has no grouping mark");
    };
  }

  char decimalMark() {
    return switch (this) {
      case INDONESIA -> ',';
      case INGGRIS -> '.';
      case OTOMATIS -> throw new IllegalStateException("OTOMATIS has no decimal mark");
    };
  }

  String label() {
    return switch (this) {
      case INDONESIA -> "Indonesian";
      case INGGRIS -> "English";
      case OTOMATIS -> "automatic";
    };
  }
}
