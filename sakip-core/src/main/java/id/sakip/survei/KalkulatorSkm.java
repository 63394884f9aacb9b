package id.sakip.survei;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.skala.SkalaOrdinal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the SKM (PermenPAN-RB 14/2017) of a {@link SurveiSkm} under a chosen method, weight
 * policy and missing-answer policy:
 *
 * <ul>
 *   <li>NRR per unsur = total of the unsur's answers / respondents who answered it;
 *   <li>NRR tertimbang = NRR × weight; IKM = Σ NRR tertimbang;
 *   <li>SKM value = IKM × 25; quality band on the method's {@linkplain MetodeSkm#skalaMutu(Pecahan)
 *       scale for the weights}, whose lowest band starts at the method's minimum, so that every
 *       survey of valid answers has a band (24,975 with the printed 0,111 is D).
 * </ul>
 *
 * <p>The same figures come from a survey in memory ({@link #hitung(SurveiSkm)}), from a CSV file
 * read as a stream without keeping its rows ({@link SkmCsv#hitung(java.io.Reader, KalkulatorSkm)}),
 * and from published NRR ({@link #hitungDariNrr(List, Map)}, {@link #gabungkanLayanan(List,
 * List)}). The standard unsur of one built-in method are refused under the other.
 *
 * <p>Worked: 29 respondents whose nine unsur total 105, 101, 100, 116, 102, 105, 106, 105, 115
 * give 23875/261 = 91,48 (A, Sangat baik) with exact 1/9 weights and 91,38 with the printed 0,111.
 *
 * <p><b>The unit's figure is computed from all its answers, never as the mean of the service
 * figures.</b> PermenPAN-RB 14/2017 computes the NRR of an unsur from the questionnaires of the
 * unit surveyed: the total of the answers over the number of questionnaires filled in (jumlah
 * kuesioner yang terisi), and the IKM from those NRR. A mean of service figures is not that
 * formula: it would weight a service answered by 3 respondents like one answered by 300. The same
 * rule holds for budget percentages in this library (a parent's figure comes from its sums, not
 * from the children's percentages; domain reference §4). Worked: one KTP respondent answering 4 everywhere
 * and three KK respondents answering 1 everywhere give the unit 43,75, while the mean of the
 * services (100 and 25) would be 62,50.
 *
 * @param metode the method: standard unsur, conversion and quality bands
 * @param bobot the weight policy
 * @param kebijakanJawabanKosong what a blank answer means
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads; compares by
 * value.
 */
public record KalkulatorSkm(
    MetodeSkm metode, BobotSkm bobot, KebijakanJawabanKosong kebijakanJawabanKosong) {

  /** Creates the calculator; every component is required. */
  public KalkulatorSkm {
    Objects.requireNonNull(metode, "metode");
    Objects.requireNonNull(bobot, "bobot");
    Objects.requireNonNull(kebijakanJawabanKosong, "kebijakanJawabanKosong");
  }

  /**
   * Returns the standard calculator: PermenPAN-RB 14/2017, exact 1/n weights ({@link
   * BobotSkm#SAMA_RATA}, as government SKM portals compute), and blank answers refused ({@link
   * KebijakanJawabanKosong#TOLAK}).
   */
  public static KalkulatorSkm standar() {
    return new KalkulatorSkm(
        MetodeSkm.PERMENPAN_RB_14_2017, BobotSkm.SAMA_RATA, KebijakanJawabanKosong.TOLAK);
  }

  /** Returns a calculator of {@code metode} with the given policies. */
  public static KalkulatorSkm of(
      MetodeSkm metode, BobotSkm bobot, KebijakanJawabanKosong kebijakanJawabanKosong) {
    return new KalkulatorSkm(metode, bobot, kebijakanJawabanKosong);
  }

  /** Returns this calculator with weight policy {@code value}. */
  public KalkulatorSkm withBobot(BobotSkm value) {
    return new KalkulatorSkm(metode, value, kebijakanJawabanKosong);
  }

  /** Returns this calculator with missing-answer policy {@code value}. */
  public KalkulatorSkm withKebijakanJawabanKosong(KebijakanJawabanKosong value) {
    return new KalkulatorSkm(metode, bobot, value);
  }

  /**
   * Returns the SKM of the whole unit, from all respondents, and of each service, from its own.
   *
   * @throws IllegalArgumentException if the survey asks the standard unsur of the other built-in
   *     method (nine unsur of PermenPAN-RB 14/2017 under KepMenPAN 25/2004, or its fourteen under
   *     PermenPAN-RB 14/2017; the message names the method, its count and the survey's), or the
   *     weight policy does not fit the survey's unsur (custom weights for other codes, a printed
   *     weight that is not 1/n of its n unsur)
   */
  public HasilSurveiSkm hitung(SurveiSkm survei) {
    Objects.requireNonNull(survei, "survei");
    PenghitungSkm penghitung = penghitung(survei.unsur());
    survei.responden().forEach(penghitung::tambah);
    return penghitung.hasil();
  }

  /**
   * Returns the index of a report's published NRR per unsur of this method's standard unsur: see
   * {@link #hitungDariNrr(List, Map)}.
   */
  public HasilIkm hitungDariNrr(Map<String, Pecahan> nrr) {
    return hitungDariNrr(metode.unsur(), nrr);
  }

  /**
   * Returns the index from published NRR per unsur, IKM = Σ NRR × weight, as exact as the NRR
   * given (domain reference §11): a report that prints NRR {@code 3,25} on all nine unsur has IKM
   * 3,25 and SKM value 81,25 (B) with exact weights, 81,16875 → 81,17 (B) with the printed 0,111.
   * The band is on {@link MetodeSkm#skalaMutu(Pecahan)}.
   *
   * @param unsur the unsur of the survey, in questionnaire order
   * @param nrr the NRR of each unsur, by code; each from 1 to 4
   * @throws IllegalArgumentException if an unsur has no NRR, an NRR names an unsur the survey does
   *     not ask, an NRR lies outside 1–4, the unsur are another method's standard ones, or the
   *     weights do not fit the unsur
   */
  public HasilIkm hitungDariNrr(List<Unsur> unsur, Map<String, Pecahan> nrr) {
    Objects.requireNonNull(unsur, "unsur");
    Objects.requireNonNull(nrr, "nrr");
    SurveiSkm.periksaUnsur(unsur);
    periksaMetode(unsur);
    periksaKode(unsur, nrr.keySet(), "");
    nrr.forEach((kode, n) -> NrrUnsur.periksa("", kode, Objects.requireNonNull(n, "NRR of unsur " + kode)));
    Map<String, Pecahan> w = bobot.untuk(unsur);
    List<NrrUnsur> nilai = new ArrayList<>();
    for (Unsur u : unsur) {
      nilai.add(NrrUnsur.of(u, nrr.get(u.kode()), w.get(u.kode())));
    }
    Indeks i = Indeks.dari(nilai.stream().map(NrrUnsur::nrrTertimbang).toList(), skalaMutu(w));
    return new HasilIkm(nilai, i.ikm(), i.nilaiSkm(), i.mutu());
  }

  /**
   * Returns the unit's index from its services' published figures, for this method's standard
   * unsur: see {@link #gabungkanLayanan(List, List)}.
   */
  public Outcome<HasilIkm> gabungkanLayanan(List<NrrLayanan> layanan) {
    return gabungkanLayanan(metode.unsur(), layanan);
  }

  /**
   * Returns the unit's index from its services' published figures (domain reference §11): the
   * unit's NRR of each unsur is {@code Σ NRR_layanan × n_layanan / Σ n}, each service's NRR
   * weighted by its respondents, never the plain mean of the services; then IKM, value and band as
   * in {@link #hitungDariNrr(List, Map)}. When no answer is missing this equals the unit's figure
   * from all answers ({@link #hitung(SurveiSkm)}); with missing answers excluded ({@link
   * KebijakanJawabanKosong#KELUARKAN}) an unsur's respondents differ from the service's, and only
   * the answers give the exact figure. Worked: KTP, 1 respondent, NRR 4 everywhere, and KK, 3
   * respondents, NRR 1 everywhere, give the unit NRR 7/4 and value 43,75, not the services' mean
   * 62,50.
   *
   * <p>Not computable ({@link Outcome.Reason#NO_VALUE}) when {@code layanan} is empty.
   *
   * @throws IllegalArgumentException if two entries name one service, a service gives no NRR for an
   *     unsur of the survey or one for an unsur it does not ask, the unsur are another method's
   *     standard ones, or the weights do not fit the unsur
   */
  public Outcome<HasilIkm> gabungkanLayanan(List<Unsur> unsur, List<NrrLayanan> layanan) {
    Objects.requireNonNull(unsur, "unsur");
    Objects.requireNonNull(layanan, "layanan");
    SurveiSkm.periksaUnsur(unsur);
    Set<String> nama = new HashSet<>();
    for (NrrLayanan l : layanan) {
      Objects.requireNonNull(l, "layanan contains null");
      if (!nama.add(l.layanan())) {
        throw new IllegalArgumentException(
            "layanan '" + l.layanan() + "' is given twice: give each service's figures once");
      }
      periksaKode(unsur, l.nrr().keySet(), "layanan '" + l.layanan() + "': ");
    }
    if (layanan.isEmpty()) {
      periksaMetode(unsur);
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE, "SKM of the unit from its services: no service figures are given");
    }
    long n = 0;
    for (NrrLayanan l : layanan) {
      n += l.jumlahResponden();
    }
    Map<String, Pecahan> nrr = new LinkedHashMap<>();
    for (Unsur u : unsur) {
      Pecahan jumlah = Pecahan.ZERO;
      for (NrrLayanan l : layanan) {
        jumlah = jumlah.plus(l.nrr().get(u.kode()).times(l.jumlahResponden()));
      }
      nrr.put(u.kode(), jumlah.times(Pecahan.of(1, n)));
    }
    return Outcome.of(hitungDariNrr(unsur, nrr));
  }

  /**
   * Checks that the unsur may be computed under this calculator's method. The standard unsur of a
   * built-in method are computed only under that method: the nine of PermenPAN-RB 14/2017 under
   * KepMenPAN 25/2004, or its fourteen under PermenPAN-RB 14/2017, would convert and band a survey
   * by the wrong rule, so they are refused naming the method, its count and the survey's [ours]. A
   * unit's own unsur (any other list) are computed under either method, which then gives the
   * conversion and the bands.
   *
   * @throws IllegalArgumentException if the unsur are another built-in method's standard ones
   */
  void periksaMetode(List<Unsur> unsur) {
    for (MetodeSkm lain : MetodeSkm.values()) {
      if (lain != metode && lain.unsur().equals(unsur)) {
        throw new IllegalArgumentException(
            "method " + metode.sumber() + " expects " + metode.unsur().size() + " unsur, but the"
                + " survey asks " + unsur.size() + ", the standard unsur of " + lain.sumber()
                + ": compute it under MetodeSkm." + lain.name());
      }
    }
  }

  /** Returns an accumulator for a survey of {@code unsur}, after checking method and weights. */
  PenghitungSkm penghitung(List<Unsur> unsur) {
    periksaMetode(unsur);
    Map<String, Pecahan> w = bobot.untuk(unsur);
    return new PenghitungSkm(unsur, w, skalaMutu(w), kebijakanJawabanKosong);
  }

  /** The quality bands for weights {@code w}, reaching the extremes they allow. */
  private SkalaOrdinal skalaMutu(Map<String, Pecahan> w) {
    Pecahan jumlah = Pecahan.ZERO;
    for (Pecahan p : w.values()) {
      jumlah = jumlah.plus(p);
    }
    return metode.skalaMutu(jumlah);
  }

  /** Checks that {@code kode} names exactly the unsur, naming a missing or unknown one. */
  private static void periksaKode(List<Unsur> unsur, Set<String> kode, String dimana) {
    List<String> diminta = unsur.stream().map(Unsur::kode).toList();
    for (Unsur u : unsur) {
      if (!kode.contains(u.kode())) {
        throw new IllegalArgumentException(
            dimana + "no NRR for unsur " + u + ": give the NRR of every unsur of the survey " + diminta);
      }
    }
    for (String k : kode) {
      if (!diminta.contains(k)) {
        throw new IllegalArgumentException(
            dimana + "NRR given for unsur '" + k + "', which the survey does not ask " + diminta);
      }
    }
  }
}
