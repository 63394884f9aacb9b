package id.sakip.kinerja;

import id.sakip.angka.Persentase;
import java.util.Objects;

/**
 * A capaian with where it came from (hasil capaian): the value, whether a formula or a policy gave
 * it, and a sentence that says how, so that an auditor can tell a 100% the formula computed from a
 * 100% a {@link KebijakanDegenerasi} set. {@link KalkulatorCapaian#hitungRinci} returns it; {@link
 * KalkulatorCapaian#hitung} returns the value alone.
 *
 * @param nilai the capaian, exact
 * @param asal where the value came from
 * @param penjelasan one sentence naming the formula or policy and the inputs, for people (English,
 *     as every explanation of {@link id.sakip.angka.Outcome})
 */
public record HasilCapaian(Persentase nilai, Asal asal, String penjelasan) {

  /** Where a capaian came from. */
  public enum Asal {
    /** The formula computed it from target and realisasi. */
    RUMUS,
    /**
     * A policy set it, not a formula: a degenerate input answered by a {@link KebijakanDegenerasi},
     * or a missed strict bound scored 0 by {@link KebijakanBatasKetat#NOL}.
     */
    KEBIJAKAN,
    /**
     * The formula computed it, but the realisasi lies on a strict bound it does not meet ({@link
     * KebijakanBatasKetat#NILAI_RUMUS_DITANDAI}): the target is not met whatever the value says.
     */
    RUMUS_BATAS_TIDAK_TERPENUHI
  }

  /**
   * Creates a result.
   *
   * @throws IllegalArgumentException if {@code penjelasan} is blank
   */
  public HasilCapaian {
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(asal, "asal");
    Objects.requireNonNull(penjelasan, "penjelasan");
    if (penjelasan.isBlank()) {
      throw new IllegalArgumentException("hasilCapaian.penjelasan is blank; a result says how it came about");
    }
  }
}
