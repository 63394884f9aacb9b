package id.sakip.temuan;

/** How serious a finding (temuan) is. */
public enum Keparahan {
  /** A figure is wrong: a total that does not add up, a capaian that does not recompute. */
  ERROR,
  /** Something an auditor should look at: a capped value without a declared cap policy. */
  WARNING,
  /** A fact worth stating that is not a fault: two budget versions in one report. */
  INFO
}
