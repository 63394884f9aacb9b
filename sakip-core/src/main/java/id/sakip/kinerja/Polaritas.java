package id.sakip.kinerja;

/** The polarity (polaritas) of an indicator: which direction of realisasi is better. */
public enum Polaritas {
  /** Higher is better (positif): most indicators, e.g. SKM, participation rates. */
  POSITIF,
  /** Lower is better (negatif): e.g. poverty rate, complaints, days to finish a service. */
  NEGATIF,
  /** The target is an interval and staying inside it is best (range, stabil). */
  RENTANG
}
