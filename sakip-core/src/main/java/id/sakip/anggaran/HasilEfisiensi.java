package id.sakip.anggaran;

import id.sakip.angka.Persentase;
import java.util.Objects;

/**
 * An efficiency figure (tingkat efisiensi) with its classification and the formula that produced
 * it. What {@code nilai} means depends on the formula: percentage points for {@link
 * RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN}, percent of pagu left unspent for {@link
 * RumusEfisiensi#SISA_ANGGARAN}, a score from 0 to 100 for {@link RumusEfisiensi#PMK_249_2011}.
 *
 * @param nilai the exact value
 * @param kategori the classification of {@code nilai} under {@code rumus}
 * @param rumus the formula
 */
public record HasilEfisiensi(Persentase nilai, KategoriEfisiensi kategori, RumusEfisiensi rumus) {

  /** Creates an efficiency figure; every component is required. */
  public HasilEfisiensi {
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(kategori, "kategori");
    Objects.requireNonNull(rumus, "rumus");
  }
}
