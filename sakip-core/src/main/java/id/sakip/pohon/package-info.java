/**
 * The performance tree (<i>pohon kinerja</i>, cascading; domain.md §11): tujuan → sasaran →
 * program (outcome indicators) → kegiatan (output indicators) → sub kegiatan (output indicators),
 * each indicator linked by its {@link id.sakip.kinerja.IdIndikator identifier} to the indicator of
 * the level above that it supports, each budget node with its nomenclature code and pagu, and
 * crosscutting links to other perangkat daerah ({@link id.sakip.organisasi.UnitOrganisasi}).
 *
 * <p>{@link id.sakip.pohon.NodePohon} and {@link id.sakip.pohon.IndikatorPohon} are immutable
 * values built by builders; {@link id.sakip.pohon.PohonKinerja} indexes a tree once, in linear
 * time, and rolls capaian up by a named weighted rule of {@link id.sakip.kinerja.komposit}
 * ({@link id.sakip.pohon.RekapCapaian}). {@link id.sakip.pohon.PemeriksaanPohon} checks a tree and
 * returns typed findings of the rules {@link id.sakip.pohon.AturanPohon}, with messages in
 * Indonesian and English.
 *
 * <p>The package uses {@code angka}, {@code temuan}, {@code kinerja}, {@code anggaran} and {@code
 * organisasi}. Every public method rejects a {@code null} argument with a {@link
 * NullPointerException} naming the parameter; construction errors are {@link
 * IllegalArgumentException}s in English and Indonesian, like those of {@code organisasi}.
 */
@GayaNilai
package id.sakip.pohon;

import id.sakip.internal.GayaNilai;
