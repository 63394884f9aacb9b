/**
 * Performance (<i>kinerja</i>): indicators (indikator) with their polarity and unit, targets of
 * every kind, realisasi per period, and the calculators of an LKj's Bab III: capaian, tingkat
 * kemajuan toward the Renstra end target and year-on-year change.
 *
 * <p>Formulas that published practice disagrees on are named strategies ({@link
 * id.sakip.kinerja.RumusCapaian}, {@link id.sakip.kinerja.RumusRentang}) chosen through a {@link
 * id.sakip.kinerja.KalkulatorCapaian}, and so are the answers to inputs no formula defines ({@link
 * id.sakip.kinerja.KebijakanDegenerasi}) and to a realisasi on a strict bound ({@link
 * id.sakip.kinerja.KebijakanBatasKetat}); {@link id.sakip.kinerja.HasilCapaian} says whether a
 * formula or a policy gave a value. Caps are a separate presentation policy ({@link
 * id.sakip.kinerja.BatasCapaian}) that never loses the raw value. Every public method rejects a
 * {@code null} argument with a {@link NullPointerException} naming the parameter.
 */
@GayaNilai
package id.sakip.kinerja;

import id.sakip.internal.GayaNilai;
