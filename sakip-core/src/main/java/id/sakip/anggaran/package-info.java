/**
 * Budget (<i>anggaran</i>): Permendagri 90/2019 nomenclature codes, the program → kegiatan → sub
 * kegiatan tree with its exact roll-up of pagu and realisasi, serapan and shares computed from
 * sums, consistency checks that return {@link id.sakip.temuan.Temuan findings}, and the efficiency
 * (efisiensi penggunaan sumber daya) analysis an LKj's Bab III must contain.
 *
 * <p>PermenPAN-RB 53/2014 requires the efficiency analysis but gives no formula, so each formula
 * in use is a named strategy ({@link id.sakip.anggaran.RumusEfisiensi}) chosen through a {@link
 * id.sakip.anggaran.KalkulatorEfisiensi}. This package depends only on {@code id.sakip.angka} and
 * {@code id.sakip.temuan}. Every public method rejects a {@code null} argument with a {@link
 * NullPointerException} naming the parameter.
 */
package id.sakip.anggaran;
