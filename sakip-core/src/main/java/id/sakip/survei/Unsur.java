package id.sakip.survei;

import java.util.Objects;

/**
 * One service element (<i>unsur pelayanan</i>) asked in an SKM questionnaire, such as {@code U1
 * Persyaratan} (PermenPAN-RB 14/2017). The code names the unsur in CSV headers and JSON; the
 * standard lists are {@link MetodeSkm#unsur()}.
 *
 * @param kode the short code, such as {@code U1}; not blank, no surrounding whitespace
 * @param nama the name, such as {@code Persyaratan}; not blank
 */
public record Unsur(String kode, String nama) {

  /** Creates an unsur, refusing a blank or padded code and a blank name. */
  public Unsur {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(nama, "nama");
    if (kode.isBlank() || !kode.strip().equals(kode)) {
      throw new IllegalArgumentException(
          "unsur kode '" + kode + "' is blank or has surrounding whitespace: an unsur needs a code"
              + " such as U1");
    }
    if (nama.isBlank()) {
      throw new IllegalArgumentException(
          "unsur nama of '" + kode + "' is blank: an unsur needs a name");
    }
  }

  /** Returns an unsur: {@code of("U1", "Persyaratan")}. */
  public static Unsur of(String kode, String nama) {
    return new Unsur(kode, nama);
  }

  /** Returns {@code U1 Persyaratan}. */
  @Override
  public String toString() {
    return kode + " " + nama;
  }
}
