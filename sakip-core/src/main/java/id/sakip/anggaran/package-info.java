/**
 * Budget (<i>anggaran</i>): pagu, realisasi and serapan, and the efficiency (efisiensi
 * penggunaan sumber daya) analysis an LKj's Bab III must contain.
 *
 * <p>PermenPAN-RB 53/2014 requires the efficiency analysis but gives no formula, so each formula
 * in use is a named strategy ({@link id.sakip.anggaran.RumusEfisiensi}) chosen through a {@link
 * id.sakip.anggaran.KalkulatorEfisiensi}. This package depends only on {@code id.sakip.angka}.
 * Every public method rejects a {@code null} argument with a {@link NullPointerException} naming
 * the parameter.
 */
package id.sakip.anggaran;
