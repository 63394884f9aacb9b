/**
 * Numbers as SAKIP reports print them (<i>angka</i>): reading printed figures in Indonesian or
 * English notation, with their Rupiah prefix, percent sign or unit, and the explicit "no value"
 * ({@code n/a}, {@code -}).
 *
 * <p>Values are exact {@link java.math.BigDecimal}s that keep the printed scale. Every public
 * method rejects a {@code null} argument with a {@link NullPointerException}.
 */
package id.sakip.angka;
