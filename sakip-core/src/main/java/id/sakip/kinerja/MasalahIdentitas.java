package id.sakip.kinerja;

import java.util.List;
import java.util.Objects;

/**
 * A problem met while deriving indicator identifiers from names ({@link PenetapIdIndikator}): two
 * different names that normalise to one identifier, one name used with different units or
 * polarities, or a name with no letter or digit. Typed, so that a check renders it as a finding in
 * the reader's language.
 *
 * @param jenis what the problem is
 * @param kunci the normalised key concerned (empty for {@link Jenis#NAMA_TANPA_HURUF})
 * @param indikator the indicators concerned, in the order they were met, at least one
 */
public record MasalahIdentitas(Jenis jenis, String kunci, List<Indikator> indikator) {

  /** What a {@link MasalahIdentitas} is. */
  public enum Jenis {
    /**
     * Two different names normalise to the same identifier ({@code "SKM Kecamatan"} and {@code
     * "skm kecamatan."}): they may be one indicator printed twice or two indicators; the first keeps
     * the identifier, the others get none.
     */
    NAMA_SERUPA,
    /** One name is used for indicators with different units or polarities. */
    ATRIBUT_BERBEDA,
    /** A name has no letter or digit, so no identifier can be derived from it. */
    NAMA_TANPA_HURUF
  }

  /** Creates a problem; the list is copied and must not be empty. */
  public MasalahIdentitas {
    Objects.requireNonNull(jenis, "jenis");
    Objects.requireNonNull(kunci, "kunci");
    indikator = List.copyOf(Objects.requireNonNull(indikator, "indikator"));
    if (indikator.isEmpty()) {
      throw new IllegalArgumentException("masalahIdentitas.indikator is empty; a problem concerns at least one indicator");
    }
  }
}
