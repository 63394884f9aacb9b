package id.sakip.kinerja;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable identifier of an indicator within one document (<i>id indikator</i>), such as {@code
 * skm-kecamatan} or {@code IKU-01}. Links between indicators (the performance tree's "supports"
 * link) use identifiers, never names: a name is wording and may be printed differently in two
 * tables.
 *
 * <pre>{@code
 * IdIndikator skm = IdIndikator.of("IKU-01");
 * Optional<IdIndikator> dariNama = IdIndikator.dariNama("Survey Kepuasan Masyarakat (SKM) Kecamatan");
 * // survey-kepuasan-masyarakat-skm-kecamatan
 * }</pre>
 *
 * <p>Immutable and thread-safe; compares by value, case-sensitively.
 *
 * @param nilai the identifier: not blank, no whitespace
 */
public record IdIndikator(String nilai) implements Comparable<IdIndikator> {

  /**
   * Creates an identifier.
   *
   * @throws IllegalArgumentException if {@code nilai} is blank or holds whitespace (the message
   *     gives the value)
   */
  public IdIndikator {
    Objects.requireNonNull(nilai, "nilai");
    if (nilai.isBlank() || nilai.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("idIndikator.nilai: '" + nilai
          + "' is blank or holds whitespace; an indicator id is one word such as IKU-01 or skm-kecamatan");
    }
  }

  /** Returns the identifier {@code nilai}. */
  public static IdIndikator of(String nilai) {
    return new IdIndikator(nilai);
  }

  /**
   * Returns the identifier derived from an indicator's name: accents removed, lower case, every run
   * of characters that are neither letters nor digits (spaces, punctuation) turned into one {@code
   * -}, none at either end. {@code "Survey Kepuasan Masyarakat (SKM) Kecamatan"} and {@code "survey
   * kepuasan masyarakat  (skm) kecamatan."} both give {@code
   * survey-kepuasan-masyarakat-skm-kecamatan}. Empty when the name has no letter or digit. Linear
   * in the name's length. Source: ours (names printed in different tables of one report differ in
   * case, spacing and punctuation only).
   */
  public static Optional<IdIndikator> dariNama(String nama) {
    String kunci = normalisasi(Objects.requireNonNull(nama, "nama"));
    return kunci.isEmpty() ? Optional.empty() : Optional.of(new IdIndikator(kunci));
  }

  /** The normalised key of {@code nama}; empty when it has no letter or digit. */
  static String normalisasi(String nama) {
    String tanpaAksen = Normalizer.normalize(nama, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(tanpaAksen.length());
    boolean pemisah = false;
    for (int i = 0; i < tanpaAksen.length(); ) {
      int cp = tanpaAksen.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (pemisah && out.length() > 0) {
          out.append('-');
        }
        pemisah = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        pemisah = true;
      }
    }
    return out.toString();
  }

  @Override
  public int compareTo(IdIndikator other) {
    return nilai.compareTo(other.nilai);
  }

  @Override
  public String toString() {
    return nilai;
  }
}
