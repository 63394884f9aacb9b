package id.sakip.kinerja;

/**
 * How a series of levels on a {@link SkalaPeringkat}, such as the BPK opinion of several years,
 * combines into one level (<i>agregasi peringkat</i>) to compare with a predicate target. The
 * caller names the rule; see {@link DeretPeringkat}.
 */
public enum AgregasiPeringkat {

  /**
   * The level of the latest year or period reported. Source: practice (domain.md §11): the
   * opinion an LKj compares with this year's target is the latest one.
   */
  LAST,

  /**
   * The worst level of the series. Source: practice (domain.md §11): the reading of a target that
   * must hold every year, such as "WTP berturut-turut" (WTP each year): one WDP fails it.
   */
  WORST
}
