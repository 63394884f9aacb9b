/**
 * Composite indicators (<i>indikator komposit</i>): one indicator computed from weighted
 * components, such as "kelancaran administrasi kependudukan" from the pengantar KTP, KK and
 * mutasi served (domain.md §11).
 *
 * <p>{@link id.sakip.kinerja.komposit.IndikatorKomposit} holds the components ({@link
 * id.sakip.kinerja.komposit.Komponen}: an indicator, its target, its realisasi and an exact
 * weight) and how their weights are read ({@link id.sakip.kinerja.komposit.NormalisasiBobot}).
 * How the components combine is a named rule the caller picks, never a default hidden in the code
 * ({@link id.sakip.kinerja.komposit.RumusKomposit}): the weighted mean of the component capaian,
 * the same with each capaian capped first, or the ratio of summed realisasi to summed targets.
 * Each component's capaian comes from a {@link id.sakip.kinerja.KalkulatorCapaian}.
 *
 * <p>The package uses {@code id.sakip.kinerja} and {@code id.sakip.angka}; nothing in {@code
 * id.sakip.kinerja} uses it. Every public method rejects a {@code null} argument with a {@link
 * NullPointerException} naming the parameter. Messages are in English, as in the rest of {@code
 * id.sakip.kinerja}.
 */
package id.sakip.kinerja.komposit;
