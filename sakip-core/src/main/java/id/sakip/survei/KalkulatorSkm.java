package id.sakip.survei;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the SKM (PermenPAN-RB 14/2017) of a {@link SurveiSkm} under a chosen method, weight
 * policy and missing-answer policy:
 *
 * <ul>
 *   <li>NRR per unsur = total of the unsur's answers / respondents who answered it;
 *   <li>NRR tertimbang = NRR × weight; IKM = Σ NRR tertimbang;
 *   <li>SKM value = IKM × 25; quality band on the method's {@linkplain MetodeSkm#skalaMutu()
 *       scale}.
 * </ul>
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
 * <p>Immutable; compares by value.
 *
 * @param metode the method: standard unsur, conversion and quality bands
 * @param bobot the weight policy
 * @param kebijakanJawabanKosong what a blank answer means
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
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
   * @throws IllegalArgumentException if the weight policy does not fit the survey's unsur (custom
   *     weights for other codes, a printed weight that is not 1/n of its n unsur)
   */
  public HasilSurveiSkm hitung(SurveiSkm survei) {
    Objects.requireNonNull(survei, "survei");
    Map<String, Pecahan> w = bobot.untuk(survei.unsur());
    List<Integer> semua = new ArrayList<>();
    Map<String, List<Integer>> perLayanan = new LinkedHashMap<>();
    for (int i = 0; i < survei.responden().size(); i++) {
      semua.add(i);
      int nomor = i;
      survei.responden().get(i).layanan()
          .ifPresent(l -> perLayanan.computeIfAbsent(l, k -> new ArrayList<>()).add(nomor));
    }
    Map<String, Outcome<HasilSkm>> hasil = new LinkedHashMap<>();
    perLayanan.forEach((l, idx) -> hasil.put(l, kelompok(survei, w, Optional.of(l), idx)));
    return new HasilSurveiSkm(kelompok(survei, w, Optional.empty(), semua), hasil);
  }

  /** Returns the SKM of the respondents at {@code indeks} of {@code survei}. */
  private Outcome<HasilSkm> kelompok(
      SurveiSkm survei, Map<String, Pecahan> w, Optional<String> layanan, List<Integer> indeks) {
    String nama = layanan.map(l -> "layanan '" + l + "'").orElse("the unit");
    if (indeks.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE, "SKM of " + nama + ": the survey has no respondents");
    }
    List<NilaiUnsur> nilai = new ArrayList<>();
    Pecahan ikm = Pecahan.ZERO;
    for (Unsur u : survei.unsur()) {
      long jumlah = 0;
      int responden = 0;
      for (int i : indeks) {
        Responden r = survei.responden().get(i);
        Optional<Integer> jawaban = r.jawaban(u.kode());
        if (jawaban.isPresent()) {
          jumlah += jawaban.get();
          responden++;
        } else if (kebijakanJawabanKosong == KebijakanJawabanKosong.TOLAK) {
          return Outcome.notComputable(
              Outcome.Reason.NO_VALUE,
              "SKM of " + nama + ": respondent " + (i + 1)
                  + r.layanan().map(l -> " (layanan '" + l + "')").orElse("")
                  + " left unsur " + u + " blank; under TOLAK a blank answer leaves the group"
                  + " without an SKM (KELUARKAN excludes the respondent from that unsur)");
        }
      }
      if (responden == 0) {
        return Outcome.notComputable(
            Outcome.Reason.NO_VALUE,
            "SKM of " + nama + ": none of its " + indeks.size() + " respondents answered unsur "
                + u + ", so its NRR has no value");
      }
      NilaiUnsur n = NilaiUnsur.of(u, responden, jumlah, w.get(u.kode()));
      nilai.add(n);
      ikm = ikm.plus(n.nrrTertimbang());
    }
    Pecahan skm = ikm.times(MetodeSkm.FAKTOR_KONVERSI);
    return Outcome.of(new HasilSkm(
        layanan, indeks.size(), nilai, ikm, skm, metode.skalaMutu().klasifikasi(skm.toPersentase())));
  }
}
