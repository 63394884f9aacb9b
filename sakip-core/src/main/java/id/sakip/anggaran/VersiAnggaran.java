package id.sakip.anggaran;

import id.sakip.temuan.Istilah;

/**
 * The version of a regional budget a figure belongs to. One Perjanjian Kinerja can carry both
 * (the seed: 3.144.023.773 in the APBD murni, 2.910.568.737 after the APBD perubahan), and a report
 * must say which one each table uses.
 */
public enum VersiAnggaran {
  /** The original budget (APBD murni). */
  APBD_MURNI(new Istilah("APBD murni", "APBD murni (original budget)")),
  /** The revised budget (APBD perubahan, APBD-P). */
  APBD_PERUBAHAN(new Istilah("APBD perubahan", "APBD perubahan (revised budget)"));

  private final Istilah istilah;

  VersiAnggaran(Istilah istilah) {
    this.istilah = istilah;
  }

  /** Returns the version's name for people, in both languages. */
  public Istilah istilah() {
    return istilah;
  }
}
