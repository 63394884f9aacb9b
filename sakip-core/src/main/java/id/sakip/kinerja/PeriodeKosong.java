package id.sakip.kinerja;

/**
 * What a period that was not reported (<i>periode kosong</i>) means when {@link AgregasiPeriode}
 * combines the periods of a year. A missing period is never read as zero under either policy.
 */
public enum PeriodeKosong {
  /**
   * Skip the periods that were not reported and combine the others; the result is not computable
   * only when no period up to the one aggregated to was reported. Under {@link Agregasi#LAST} this
   * is what makes missing trailing periods harmless.
   */
  ABAIKAN,
  /**
   * Refuse to combine an incomplete year: any period not reported up to the one aggregated to
   * makes the result not computable ({@link id.sakip.angka.Outcome.Reason#NO_VALUE}), and the
   * explanation names the missing periods.
   */
  TOLAK
}
