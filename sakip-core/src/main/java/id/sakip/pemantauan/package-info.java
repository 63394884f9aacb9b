/**
 * Quarterly monitoring (<i>pemantauan triwulanan</i>): the evaluation of the results of a perangkat
 * daerah's Renja as Permendagri 86/2017 lays out its form, one row per program, kegiatan or sub
 * kegiatan and its indicator: the Renstra end target, the Renstra realisation up to last year, this
 * year's Renja target, the realisation of each triwulan (kinerja, Rupiah and physical progress), and
 * the columns derived from them ({@link id.sakip.pemantauan.KalkulatorEvaluasiRenja}), with the
 * checks of the printed figures against their quarters ({@link
 * id.sakip.pemantauan.PemeriksaanTriwulan}, rules {@link id.sakip.pemantauan.AturanPemantauan}).
 *
 * <p>Built on {@code id.sakip.kinerja} (aggregation of periods, capaian, tingkat kemajuan), {@code
 * id.sakip.anggaran} (nomenclature codes), {@code id.sakip.organisasi} and {@code id.sakip.temuan}.
 * Every public method rejects a {@code null} argument with a {@link NullPointerException} naming
 * the parameter. Messages of refused input are in English and Indonesian.
 */
@GayaNilai
package id.sakip.pemantauan;

import id.sakip.internal.GayaNilai;
