package id.sakip.kinerja;

/**
 * How a realisasi exactly on a strict inequality bound scores: R 20 against "kurang dari 20" (or
 * "lebih dari"), which does not meet the target although every formula gives 100% on the bound
 * (domain.md §11 "Inequality targets": it must not score 100% silently).
 *
 * <p>Only that point is in question. A realisasi beyond a strict bound misses it as it misses an
 * inclusive one, and the formula already scores it below 100%; a met strict bound and every
 * inclusive bound ("paling banyak", "paling sedikit") keep the formula. R 19,999 against "kurang
 * dari 20" is met and scores by the formula; R 20 against "paling banyak 20" is 100%.
 */
public enum KebijakanBatasKetat {

  /**
   * Not computable ({@link id.sakip.angka.Outcome.Reason#NOT_APPLICABLE}), the explanation naming
   * the realisasi, the target and the rule (ours, the default: a score of 100% would say "met").
   */
  TIDAK_TERHITUNG,

  /**
   * 0%, as a target not met (ours: the pass/fail reading of a strict bound); {@link
   * HasilCapaian#asal()} is {@link HasilCapaian.Asal#KEBIJAKAN}.
   */
  NOL,

  /**
   * The formula's value (100% on the bound), flagged: {@link HasilCapaian#asal()} is {@link
   * HasilCapaian.Asal#RUMUS_BATAS_TIDAK_TERPENUHI} and the explanation says the target is not met
   * (ours: keeps the figure the formula gives while saying what it means).
   */
  NILAI_RUMUS_DITANDAI
}
