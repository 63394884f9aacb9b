package id.sakip.kinerja.konversi;

import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import java.util.Objects;

/**
 * A capaian converted to a nilai (<i>nilai capaian</i>) by a {@link KonversiNilai}: the exact
 * nilai, the category of the band or rule that gave it, and why.
 *
 * @param capaian the capaian as given, before any rounding a gap policy applied
 * @param nilai the exact nilai; round it only to present it ({@link Pecahan#rounded})
 * @param kategori the category: the band's label ({@code Cukup}) or the special rule's
 * @param dasar one sentence saying which band or rule, with its formula, gave the nilai
 */
public record NilaiCapaian(Persentase capaian, Pecahan nilai, String kategori, String dasar) {

  /** Creates a converted capaian; every argument is required. */
  public NilaiCapaian {
    Objects.requireNonNull(capaian, "capaian");
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(kategori, "kategori");
    Objects.requireNonNull(dasar, "dasar");
  }
}
