package id.sakip.temuan;

import id.sakip.angka.Notasi;
import java.util.Locale;
import java.util.Objects;

/**
 * The language a finding is rendered in: Indonesian (the language of the reports, and the
 * default) or English. Numbers follow the language's notation: {@code 9.893.200,00} in
 * Indonesian, {@code 9,893,200.00} in English.
 */
public enum Bahasa {
  /** Bahasa Indonesia, Indonesian notation. */
  INDONESIA(Locale.forLanguageTag("id-ID"), Notasi.INDONESIA),
  /** English, English notation. */
  INGGRIS(Locale.ENGLISH, Notasi.INGGRIS);

  private final Locale locale;
  private final Notasi notasi;

  Bahasa(Locale locale, Notasi notasi) {
    this.locale = locale;
    this.notasi = notasi;
  }

  /**
   * Returns the language for {@code locale}: Indonesian for the languages {@code id} and its old
   * code {@code in}, English for every other locale.
   */
  public static Bahasa of(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    return language.equals("id") || language.equals("in") ? INDONESIA : INGGRIS;
  }

  /**
   * Returns the language named by a code such as {@code id} or {@code en} (case ignored).
   *
   * @throws IllegalArgumentException for any other code, naming the accepted ones
   */
  public static Bahasa parse(String kode) {
    String k = Objects.requireNonNull(kode, "kode").trim().toLowerCase(Locale.ROOT);
    return switch (k) {
      case "id", "in" -> INDONESIA;
      case "en" -> INGGRIS;
      default -> {
        String shown = kode.length() <= 20 ? kode : kode.substring(0, 20) + "…";
        throw new IllegalArgumentException("bahasa '" + shown + "' is not known; expected id or en"
            + " (bahasa tidak dikenal; gunakan id atau en)");
      }
    };
  }

  /** Returns the locale of this language. */
  public Locale locale() {
    return locale;
  }

  /** Returns the number notation of this language. */
  public Notasi notasi() {
    return notasi;
  }

  /**
   * Returns the text written in this language: {@code id} for Indonesian, {@code en} for English.
   */
  public String pilih(String id, String en) {
    return this == INDONESIA ? id : en;
  }
}
