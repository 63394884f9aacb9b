/**
 * The public-satisfaction survey (<i>Survei Kepuasan Masyarakat</i>, SKM) and its index (IKM) under
 * PermenPAN-RB 14/2017, with the older KepMenPAN 25/2004 method as a second built-in.
 *
 * <p>A {@link id.sakip.survei.SurveiSkm} holds the unsur asked ({@link id.sakip.survei.Unsur}) and
 * each respondent's answers 1–4 ({@link id.sakip.survei.Responden}), optionally by service
 * (layanan). A {@link id.sakip.survei.KalkulatorSkm} combines a {@link id.sakip.survei.MetodeSkm}
 * (unsur, ×25 conversion and quality bands), a weight policy ({@link id.sakip.survei.BobotSkm}) and
 * a missing-answer policy ({@link id.sakip.survei.KebijakanJawabanKosong}) and gives, per service
 * and for the whole unit, NRR per unsur, weighted NRR, IKM, the converted SKM value and its quality
 * band, all as exact fractions; every survey of valid answers gets a band ({@link
 * id.sakip.survei.MetodeSkm#skalaMutu(id.sakip.angka.Pecahan)}). {@link id.sakip.survei.SkmCsv}
 * reads and writes surveys as CSV and computes a CSV file as a stream, keeping no row. From
 * published figures, {@link id.sakip.survei.KalkulatorSkm#hitungDariNrr(java.util.List,
 * java.util.Map)} gives the index of a report's NRR per unsur ({@link id.sakip.survei.HasilIkm})
 * and {@link id.sakip.survei.KalkulatorSkm#gabungkanLayanan(java.util.List, java.util.List)} a
 * unit's from its services' NRR and respondents ({@link id.sakip.survei.NrrLayanan}).
 *
 * <p>The package depends only on {@code id.sakip.angka}, {@code id.sakip.skala}, Guava and the
 * JDK. Every public method rejects a {@code null} argument with a {@link NullPointerException}.
 */
package id.sakip.survei;
