package id.sakip.json;

import id.sakip.angka.Notasi;

/**
 * How values are written: the representation options of {@link SakipJson} and the notation a
 * number written as a string is in (the document's, once it declares one).
 */
final class WriteContext {

  private final JsonStyle style;
  private Notasi notasi;
  private java.util.function.Function<id.sakip.temuan.Temuan, java.util.Optional<String>> jalur;

  WriteContext(JsonStyle style, Notasi notasi) {
    this.style = style;
    this.notasi = notasi == Notasi.OTOMATIS ? Notasi.INDONESIA : notasi;
  }

  JsonStyle style() {
    return style;
  }

  Notasi notasi() {
    return notasi;
  }

  /** The JSON path of the member a finding's location points at, when findings are written with one. */
  java.util.Optional<java.util.function.Function<id.sakip.temuan.Temuan, java.util.Optional<String>>> jalur() {
    return java.util.Optional.ofNullable(jalur);
  }

  void jalur(java.util.function.Function<id.sakip.temuan.Temuan, java.util.Optional<String>> value) {
    this.jalur = value;
  }

  void notasi(Notasi value) {
    this.notasi = value;
  }
}
