package id.sakip.survei;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.skala.SkalaOrdinal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accumulates a survey one respondent at a time: per group (the unit and each service) and per
 * unsur, the total of the answers, the respondents who answered, and the first blank. It keeps no
 * respondent, so a survey of any length is computed in memory proportional to its unsur and
 * services; {@link KalkulatorSkm#hitung(SurveiSkm)} and {@link SkmCsv#hitung(java.io.Reader,
 * KalkulatorSkm)} both compute through it. Not thread-safe; one instance per computation.
 */
final class PenghitungSkm {

  private final List<Unsur> unsur;
  private final List<Pecahan> bobot;
  private final SkalaOrdinal skala;
  private final KebijakanJawabanKosong kebijakan;
  private final Kelompok unit;
  private final Map<String, Kelompok> perLayanan = new LinkedHashMap<>();
  private int nomor;

  PenghitungSkm(
      List<Unsur> unsur, Map<String, Pecahan> bobot, SkalaOrdinal skala, KebijakanJawabanKosong kebijakan) {
    this.unsur = List.copyOf(unsur);
    this.bobot = this.unsur.stream().map(u -> Objects.requireNonNull(bobot.get(u.kode()), u.kode())).toList();
    this.skala = skala;
    this.kebijakan = kebijakan;
    this.unit = new Kelompok(Optional.empty());
  }

  /** Adds a respondent of the survey. */
  void tambah(Responden r) {
    int[] jawaban = new int[unsur.size()];
    for (int u = 0; u < jawaban.length; u++) {
      jawaban[u] = r.jawaban(unsur.get(u).kode()).orElse(0);
    }
    tambah(r.layanan(), jawaban);
  }

  /**
   * Adds a respondent: {@code jawaban[u]} is the answer (1–4) to the {@code u}-th unsur, or 0 for
   * a blank; the array is not kept.
   */
  void tambah(Optional<String> layanan, int[] jawaban) {
    nomor++;
    unit.tambah(jawaban, nomor, layanan);
    layanan.ifPresent(l -> perLayanan.computeIfAbsent(l, k -> new Kelompok(Optional.of(k))).tambah(jawaban, nomor, layanan));
  }

  /** Returns the SKM of the unit and of each service, in order of first appearance. */
  HasilSurveiSkm hasil() {
    Map<String, Outcome<HasilSkm>> hasil = new LinkedHashMap<>();
    perLayanan.forEach((l, k) -> hasil.put(l, k.hasil()));
    return new HasilSurveiSkm(unit.hasil(), hasil);
  }

  /** The totals of one group. */
  private final class Kelompok {
    private final Optional<String> layanan;
    private final long[] jumlah = new long[unsur.size()];
    private final int[] dijawab = new int[unsur.size()];
    /** Who first left each unsur blank, or null. */
    private final String[] kosongPertama = new String[unsur.size()];
    private int responden;

    Kelompok(Optional<String> layanan) {
      this.layanan = layanan;
    }

    void tambah(int[] jawaban, int nomor, Optional<String> dari) {
      responden++;
      for (int u = 0; u < jawaban.length; u++) {
        if (jawaban[u] == 0) {
          if (kosongPertama[u] == null) {
            kosongPertama[u] = "respondent " + nomor + dari.map(l -> " (layanan '" + l + "')").orElse("");
          }
        } else {
          jumlah[u] += jawaban[u];
          dijawab[u]++;
        }
      }
    }

    /**
     * The group's figures, or not computable: no respondents; under TOLAK the first unsur (in
     * order) someone left blank, naming who did first; else the first unsur nobody answered.
     */
    Outcome<HasilSkm> hasil() {
      String nama = layanan.map(l -> "layanan '" + l + "'").orElse("the unit");
      if (responden == 0) {
        return Outcome.notComputable(
            Outcome.Reason.NO_VALUE, "SKM of " + nama + ": the survey has no respondents");
      }
      List<NilaiUnsur> nilai = new ArrayList<>();
      for (int u = 0; u < jumlah.length; u++) {
        Unsur un = unsur.get(u);
        if (kebijakan == KebijakanJawabanKosong.TOLAK && kosongPertama[u] != null) {
          return Outcome.notComputable(
              Outcome.Reason.NO_VALUE,
              "SKM of " + nama + ": " + kosongPertama[u] + " left unsur " + un + " blank; under TOLAK a"
                  + " blank answer leaves the group without an SKM (KELUARKAN excludes the respondent"
                  + " from that unsur)");
        }
        if (dijawab[u] == 0) {
          return Outcome.notComputable(
              Outcome.Reason.NO_VALUE,
              "SKM of " + nama + ": none of its " + responden + " respondents answered unsur " + un
                  + ", so its NRR has no value");
        }
        nilai.add(NilaiUnsur.of(un, dijawab[u], jumlah[u], bobot.get(u)));
      }
      Indeks i = Indeks.dari(nilai.stream().map(NilaiUnsur::nrrTertimbang).toList(), skala);
      return Outcome.of(new HasilSkm(layanan, responden, nilai, i.ikm(), i.nilaiSkm(), i.mutu()));
    }
  }
}
