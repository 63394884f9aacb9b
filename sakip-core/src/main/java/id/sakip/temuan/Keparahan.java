package id.sakip.temuan;

/** How serious a finding (temuan) is. */
public enum Keparahan {
  /** A figure is wrong: a total that does not add up, a capaian that does not recompute. */
  ERROR(new Istilah("kesalahan", "error")),
  /** Something an auditor should look at: a capped value without a declared cap policy. */
  WARNING(new Istilah("peringatan", "warning")),
  /** A fact worth stating that is not a fault: two budget versions in one report. */
  INFO(new Istilah("info", "info"));

  private final Istilah istilah;

  Keparahan(Istilah istilah) {
    this.istilah = istilah;
  }

  /** Returns the severity's name in both languages. */
  public Istilah istilah() {
    return istilah;
  }
}
