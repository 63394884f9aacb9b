package id.sakip.survei;

/**
 * What a missing answer (<i>jawaban kosong</i>) means in an SKM: a respondent who left an unsur
 * blank. PermenPAN-RB 14/2017 divides the total of an unsur's answers by the number of respondents
 * and does not say what a blank is; a blank is never read as 0, which would lower the index below
 * anything a respondent can answer, so the caller chooses:
 */
public enum KebijakanJawabanKosong {

  /**
   * Refuse: a group (a service, or the whole unit) with a blank answer has no SKM; the figure is
   * not computable and names the respondent and the unsur. The default: a blank answer usually
   * means a questionnaire to check.
   */
  TOLAK,

  /**
   * Exclude the respondent from that unsur only: the unsur's NRR is the total of the answers given
   * divided by the number of respondents who answered it; the respondent's other answers count.
   * An unsur that nobody in a group answered leaves that group without an SKM.
   */
  KELUARKAN
}
