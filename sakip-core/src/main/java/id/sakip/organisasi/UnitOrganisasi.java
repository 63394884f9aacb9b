package id.sakip.organisasi;

import java.util.Objects;

/**
 * A perangkat daerah (unit organisasi) of a pemerintah daerah: its code, as the pemda numbers its
 * units (for example {@code 7.01.0.00.0.00.01.0000} under Permendagri 90/2019, or a local code),
 * and its name. Two units are the same unit when their codes are equal; the name is descriptive.
 *
 * <pre>{@code
 * UnitOrganisasi kromengan = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kode the unit's code: not blank, no whitespace
 * @param nama the unit's name: not blank
 */
public record UnitOrganisasi(String kode, String nama) {

  /**
   * Creates a unit.
   *
   * @throws IllegalArgumentException if {@code kode} is blank or holds whitespace, or {@code nama}
   *     is blank
   */
  public UnitOrganisasi {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(nama, "nama");
    if (kode.isBlank() || kode.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("unitOrganisasi.kode: '" + kode
          + "' is blank or holds whitespace; a unit code is one word such as 7.01.0.00.0.00.21.0000"
          + " / kode unit organisasi kosong atau memuat spasi; kode unit adalah satu kata seperti 7.01.0.00.0.00.21.0000");
    }
    if (nama.isBlank()) {
      throw new IllegalArgumentException("unitOrganisasi.nama: the name of unit " + kode
          + " is blank; a unit needs a name / nama unit organisasi " + kode + " kosong; unit memerlukan nama");
    }
  }

  /** Returns the unit with {@code kode} and {@code nama}. */
  public static UnitOrganisasi of(String kode, String nama) {
    return new UnitOrganisasi(kode, nama);
  }

  /** Two units are equal when their codes are equal. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof UnitOrganisasi other && other.kode.equals(kode);
  }

  @Override
  public int hashCode() {
    return kode.hashCode();
  }

  @Override
  public String toString() {
    return kode + " " + nama;
  }
}
