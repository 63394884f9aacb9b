/**
 * The evaluation of a SAKIP implementation (<i>evaluasi akuntabilitas kinerja</i>) with its
 * worksheet (<i>Lembar Kerja Evaluasi</i>, LKE) and grade (<i>predikat</i>) under PermenPAN-RB
 * 88/2021, with the older PermenPAN-RB 12/2015 components as a second built-in.
 *
 * <p>A {@link id.sakip.evaluasi.MetodeLke} lists the weighted components ({@link
 * id.sakip.evaluasi.KomponenLke}) and their sub-components ({@link
 * id.sakip.evaluasi.SubKomponenLke}); a {@link id.sakip.evaluasi.LembarKerjaEvaluasi} holds the
 * answers ({@link id.sakip.evaluasi.JawabanLke}: Y/T, A–E) or numeric scores ({@link
 * id.sakip.evaluasi.NilaiKriteria}: 70 of 100) per sub-component; a {@link
 * id.sakip.evaluasi.KalkulatorLke} scores them exactly (sub-component = mean of answers × weight)
 * and grades the total on the predikat scale, with the owner of each boundary (90, 80, …) chosen
 * explicitly ({@link id.sakip.evaluasi.PembacaanBatas}).
 *
 * <p>The package depends only on {@code id.sakip.angka}, {@code id.sakip.skala}, Guava and the
 * JDK. Every public method rejects a {@code null} argument with a {@link NullPointerException}.
 */
package id.sakip.evaluasi;
