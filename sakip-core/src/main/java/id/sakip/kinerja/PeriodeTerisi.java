package id.sakip.kinerja;

/**
 * Which periods count as filled (<i>periode terisi</i>) when {@link CapaianBerjalan} sums the
 * periods of a series to date: a period with no realisasi never counts; practice differs on a
 * reported 0.
 */
public enum PeriodeTerisi {

  /**
   * A reported 0 is a realisasi like any other: the period counts, its target is summed. Source:
   * practice: E-Sakip AKSARA (domain.md §11). Under it a quarter with nothing done lowers the
   * capaian to date, as it should when 0 was really achieved.
   */
  NOL_TERISI,

  /**
   * A reported 0 is read as a form left at its default: the period is skipped like one not
   * reported, and its target is not summed. Source: ours (the alternative to AKSARA's rule, for
   * data entry where 0 stands for "not yet filled"); choose it only when 0 cannot be a real
   * realisasi.
   */
  NOL_DIABAIKAN
}
