package id.sakip.perencanaan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The baseline of a Renstra indicator (kondisi kinerja pada awal periode Renstra): the value the
 * indicator had in the year the plan starts from. Renstra matrices print it beside the yearly
 * targets, for the year before the period (a 2022–2026 plan from its 2021 value) or for the
 * period's first year when the targets start a year later [practice: the Renstra matrix of
 * Permendagri 86/2017 and the e-SAKIP systems that hold it].
 *
 * @param tahun the year of the value
 * @param nilai the value in that year
 */
public record KondisiAwal(int tahun, BigDecimal nilai) {

  /**
   * Creates a baseline.
   *
   * @throws IllegalArgumentException if the year is not plausible (1945 to 2200)
   */
  public KondisiAwal {
    Objects.requireNonNull(nilai, "nilai");
    Checks.year("kondisiAwal.tahun", tahun);
  }
}
