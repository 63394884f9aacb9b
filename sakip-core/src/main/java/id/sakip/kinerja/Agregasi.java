package id.sakip.kinerja;

/**
 * How the realisasi (or targets) of the periods of one year combine into the figure for the year:
 * a property of the indicator, the "sifat" of SIMDA. Different indicators are never added
 * together.
 */
public enum Agregasi {
  /** Cumulative counts: the year is the sum of its periods (e.g. KTP pengantar served). */
  SUM,
  /** Stock or percentage indicators: the year is the last reported period. */
  LAST,
  /** The year is the largest reported period. */
  MAX,
  /** The year is the mean of the reported periods. */
  AVERAGE
}
