package id.sakip.temuan;

import java.util.Objects;

/**
 * A word or phrase in both languages, such as the name of a table or a column: {@code Tabel 3.1}
 * / {@code Table 3.1}. Both texts are required and not blank.
 *
 * @param id the Indonesian text
 * @param en the English text
 */
public record Istilah(String id, String en) {

  /** Creates a term; both texts are required and not blank. */
  public Istilah {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(en, "en");
    if (id.isBlank() || en.isBlank()) {
      throw new IllegalArgumentException("istilah: both texts are required; got id '" + id + "', en '" + en + "'");
    }
  }

  /** Returns the text in {@code bahasa}. */
  public String teks(Bahasa bahasa) {
    return Objects.requireNonNull(bahasa, "bahasa").pilih(id, en);
  }
}
