package id.sakip.kinerja.komposit;

/**
 * How the weights (<i>bobot</i>) of a composite's components are read. The caller chooses when
 * building the composite; weights are never rescaled silently.
 */
public enum NormalisasiBobot {

  /**
   * The weights must add up to exactly 1 ({@code 1/3 + 1/3 + 1/3}, {@code 0.5 + 0.3 + 0.2}); any
   * other sum is refused when the composite is built. Source: ours (a weight table that does not
   * add up is a typing error more often than a choice).
   */
  HARUS_SATU,

  /**
   * Each weight is divided by the sum of the weights, {@code wᵢ / Σw}: weights {@code 2, 1, 1}
   * count as {@code 1/2, 1/4, 1/4}. Source: ours (the usual normalisation when a report gives
   * relative importance, such as points, rather than shares).
   */
  BAGI_JUMLAH
}
