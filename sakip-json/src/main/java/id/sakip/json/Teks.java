package id.sakip.json;

import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Notasi;
import id.sakip.temuan.Istilah;
import java.math.BigDecimal;

/**
 * A text of a problem in Indonesian and English while it is put together; either may be empty
 * until it is whole.
 *
 * @param id in Indonesian
 * @param en in English
 */
record Teks(String id, String en) {

  static final Teks EMPTY = new Teks("", "");

  static Teks of(String id, String en) {
    return new Teks(id, en);
  }

  /** The same text in both languages: a value as written, a name, a message of the model's. */
  static Teks same(String text) {
    return new Teks(text, text);
  }

  /** A count or bound in each language's notation: {@code 100.001}, {@code 100,001}. */
  static Teks count(long n) {
    BigDecimal v = BigDecimal.valueOf(n);
    return new Teks(IndonesianNumbers.format(v, Notasi.INDONESIA), IndonesianNumbers.format(v, Notasi.INGGRIS));
  }

  /** This text followed by {@code other}. */
  Teks plus(Teks other) {
    return new Teks(id + other.id, en + other.en);
  }

  /** This text followed by the same {@code text} in both languages. */
  Teks plus(String text) {
    return new Teks(id + text, en + text);
  }

  Istilah istilah() {
    return new Istilah(id.isBlank() ? "\"" + id + "\"" : id, en.isBlank() ? "\"" + en + "\"" : en);
  }
}
