/**
 * A kabupaten (or kota) consolidated from its perangkat daerah (<i>kabupaten</i>): the yearly
 * reports of its units, each paired with its {@link id.sakip.organisasi.UnitOrganisasi}, read as
 * one pemerintah daerah.
 *
 * <ul>
 *   <li>{@link id.sakip.kabupaten.Kabupaten}: the units' reports of one year, one report per unit.
 *   <li>{@link id.sakip.kabupaten.AnggaranKabupaten}: pagu and realisasi per Permendagri 90/2019
 *       code summed exactly across the units that carry it, with those units listed; serapan from
 *       the sums. A code says what is done, not who does it (domain.md §11), so a code repeated
 *       across units is summed, never an error; a code repeated within one unit stays the {@link
 *       id.sakip.anggaran.AturanAnggaran#DUPLICATE_CODE} error of that unit's audit.
 *   <li>{@link id.sakip.kabupaten.Peringkat}: the units ranked by a named measure ({@link
 *       id.sakip.kabupaten.UkuranPeringkat}).
 *   <li>{@link id.sakip.kabupaten.IkuPemda}: a pemda indicator composed from named indicators of
 *       the units with an explicit {@link id.sakip.kinerja.komposit.RumusKomposit}.
 *   <li>{@link id.sakip.kabupaten.SebaranTemuan}: the audit of every unit, with the findings
 *       counted by rule, severity and unit.
 * </ul>
 *
 * <p>The top of the library: it uses {@code laporan}, {@code audit} and the packages below them;
 * no package uses it. Every public method rejects a {@code null} argument with a {@link
 * NullPointerException} naming the parameter. Messages of refused input are in English and
 * Indonesian, as in {@code id.sakip.organisasi}.
 */
package id.sakip.kabupaten;
