/**
 * Score conversion (<i>konversi nilai</i>): a capaian turned into a nilai by a table of bands, as
 * PermenPAN-RB 8/2021 does for the capaian of an individual performance indicator (IKI).
 *
 * <p>{@link id.sakip.kinerja.konversi.KonversiNilai} is the table, data a user can build: bands of
 * capaian with explicit bound inclusivity (an {@link id.sakip.skala.SkalaOrdinal} underneath:
 * ordered, never overlapping, gaps refused unless declared and then handled by a {@link
 * id.sakip.skala.KebijakanCelah}), each with a {@link id.sakip.kinerja.konversi.RumusNilai}
 * (linear interpolation, proportion, or a fixed nilai), and the special rule for a target that is
 * already the maximum possible. The result, {@link id.sakip.kinerja.konversi.NilaiCapaian}, is
 * exact ({@link id.sakip.angka.Pecahan}); rounding is left to presentation.
 *
 * <p>The package uses {@code id.sakip.angka} and {@code id.sakip.skala}; nothing in {@code
 * id.sakip.kinerja} uses it. Every public method rejects a {@code null} argument with a {@link
 * NullPointerException} naming the parameter. Messages are in English, as in the rest of {@code
 * id.sakip.kinerja}.
 */
package id.sakip.kinerja.konversi;
