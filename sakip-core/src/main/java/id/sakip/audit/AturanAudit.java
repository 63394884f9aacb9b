package id.sakip.audit;

import id.sakip.temuan.Keparahan;

/**
 * Every rule the audit applies, in one place: its stable id (the constant's name, used in {@link
 * id.sakip.temuan.Temuan#aturan()}), its severity and what it checks. Ids never change meaning;
 * new rules get new ids.
 */
public enum AturanAudit {

  /** A parent's stated pagu or realisasi differs from the sum of its children. */
  BUDGET_CHILDREN_SUM_MISMATCH(Keparahan.ERROR, "a parent's stated pagu or realisasi is not the sum of its children"),
  /** A printed total row differs from the sum of its rows. */
  BUDGET_TOTAL_MISMATCH(Keparahan.ERROR, "a printed total row is not the sum of its rows"),
  /** A node spent more than its pagu. */
  REALISASI_EXCEEDS_PAGU(Keparahan.ERROR, "realisasi above pagu"),
  /** A negative amount. */
  NEGATIVE_AMOUNT(Keparahan.ERROR, "a negative pagu or realisasi"),
  /** Two budget nodes share a code. */
  DUPLICATE_CODE(Keparahan.ERROR, "two budget nodes share a nomenclature code"),
  /** A child's code does not extend its parent's. */
  CODE_OUTSIDE_PARENT(Keparahan.ERROR, "a child's code is not one level below its parent's"),
  /** A sasaran with no supporting budget. */
  SASARAN_WITHOUT_BUDGET(Keparahan.WARNING, "a sasaran is supported by no budget"),
  /** A printed capaian does not recompute from its target and realisasi at its printed precision. */
  CAPAIAN_MISMATCH(Keparahan.ERROR, "a printed capaian does not recompute from its target and realisasi"),
  /** A printed capaian equals a capped value, but the policy declares no such cap. */
  CAPPED_WITHOUT_POLICY(Keparahan.WARNING, "a printed capaian is capped (e.g. at 100%) without a declared cap policy"),
  /** The same figure (indicator, year, quantity) is printed differently in two places. */
  SAME_FIGURE_DIFFERS(Keparahan.ERROR, "the same figure is printed differently in two places"),
  /** The PK, the Renstra and the RKT set different targets for one indicator and year. */
  TARGET_DIFFERS_BETWEEN_DOCUMENTS(Keparahan.ERROR, "the PK, Renstra and RKT set different targets for one year"),
  /** A printed tingkat kemajuan does not recompute. */
  KEMAJUAN_MISMATCH(Keparahan.ERROR, "a printed tingkat kemajuan does not recompute"),
  /** A printed budget share does not recompute. */
  SHARE_MISMATCH(Keparahan.ERROR, "a printed share of the budget does not recompute"),
  /** A printed absorption does not recompute from its amounts. */
  SERAPAN_MISMATCH(Keparahan.ERROR, "a printed serapan does not recompute from its pagu and realisasi"),
  /** A printed total percentage is the mean of the row percentages, not the ratio of the sums. */
  MEAN_OF_PERCENTAGES(Keparahan.ERROR, "a total percentage is printed as the mean of the row percentages"),
  /** A printed efficiency does not recompute under the policy's strategy. */
  EFFICIENCY_MISMATCH(Keparahan.ERROR, "a printed efficiency does not recompute under the policy's strategy"),
  /** A narrative figure differs from the ratio the same sentence computes it from. */
  NARRATIVE_RATIO_MISMATCH(Keparahan.ERROR, "a narrative figure is not the ratio its own text gives"),
  /** The report carries several budget versions; says which one each table uses. */
  BUDGET_VERSIONS(Keparahan.INFO, "the report carries several budget versions; which one each table uses"),
  /** A printed figure names an indicator the PK, Renstra and RKT do not have. */
  UNKNOWN_INDICATOR(Keparahan.WARNING, "a printed figure names an indicator no plan document has"),
  /** A printed figure cannot be recomputed (target 0, a missing input). */
  NOT_COMPUTABLE(Keparahan.WARNING, "a printed figure cannot be recomputed from the document");

  private final Keparahan keparahan;
  private final String deskripsi;

  AturanAudit(Keparahan keparahan, String deskripsi) {
    this.keparahan = keparahan;
    this.deskripsi = deskripsi;
  }

  /** Returns the severity of this rule's findings. */
  public Keparahan keparahan() {
    return keparahan;
  }

  /** Returns what this rule checks, in one line. */
  public String deskripsi() {
    return deskripsi;
  }
}
