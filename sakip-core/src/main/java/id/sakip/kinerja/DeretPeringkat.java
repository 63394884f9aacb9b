package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A qualitative series (<i>deret peringkat</i>): levels on one {@link SkalaPeringkat} across
 * years or periods, such as the BPK opinions WTP, WDP, TW, TMP of 2019 to 2023. A year or period
 * without a level is simply absent.
 *
 * <pre>{@code
 * DeretPeringkat opini = DeretPeringkat.of(SkalaPeringkat.OPINI_BPK, Map.of(2021, "WTP", 2022, "WDP", 2023, "WTP"));
 * opini.gabung(AgregasiPeringkat.LAST);   // WTP
 * opini.gabung(AgregasiPeringkat.WORST);  // WDP
 * opini.terpenuhi(Target.predikat(SkalaPeringkat.OPINI_BPK, "WTP"), AgregasiPeringkat.WORST); // false
 * }</pre>
 *
 * <p>The series combines by a named {@link AgregasiPeringkat} into one level, which is then
 * compared with a {@link Target.Predikat} on the same scale. Immutable and thread-safe; compares
 * by value. Combining is linear in the length of the series.
 *
 * @param skala the scale every level is on
 * @param tingkat the level of each year or period (key), ascending by key; later keys are later
 *     in time
 */
public record DeretPeringkat(SkalaPeringkat skala, SortedMap<Integer, String> tingkat) {

  /**
   * Creates a series; the map is copied.
   *
   * @throws NullPointerException if a key or a level is null
   * @throws IllegalArgumentException if a level is not on the scale (the message names the year or
   *     period, the level and the scale's levels)
   */
  public DeretPeringkat {
    Objects.requireNonNull(skala, "skala");
    Objects.requireNonNull(tingkat, "tingkat");
    TreeMap<Integer, String> copy = new TreeMap<>();
    for (Map.Entry<Integer, String> e : tingkat.entrySet()) {
      Integer waktu = Objects.requireNonNull(e.getKey(), "a year or period of tingkat is null");
      String level = Objects.requireNonNull(e.getValue(), "tingkat of " + waktu + " is null");
      if (!skala.memuat(level)) {
        throw new IllegalArgumentException(
            "tingkat of " + waktu + ": '" + level + "' is not a level of scale '" + skala.nama() + "' "
                + skala.tingkat() + "; every level of the series must be on its scale");
      }
      copy.put(waktu, level);
    }
    tingkat = Collections.unmodifiableSortedMap(copy);
  }

  /** Returns the series of {@code tingkatMenurutWaktu}: key = year or period, value = its level. */
  public static DeretPeringkat of(SkalaPeringkat skala, Map<Integer, String> tingkatMenurutWaktu) {
    Objects.requireNonNull(tingkatMenurutWaktu, "tingkatMenurutWaktu");
    for (Integer key : tingkatMenurutWaktu.keySet()) {
      Objects.requireNonNull(key, "a year or period of tingkatMenurutWaktu is null");
    }
    return new DeretPeringkat(skala, new TreeMap<>(tingkatMenurutWaktu));
  }

  /**
   * Returns the one level the series combines to under {@code agregasi}, or not computable
   * ({@link Outcome.Reason#NO_VALUE}) for an empty series.
   */
  public Outcome<String> gabung(AgregasiPeringkat agregasi) {
    Objects.requireNonNull(agregasi, "agregasi");
    if (tingkat.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          "series on scale '" + skala.nama() + "' has no level, so " + agregasi + " has nothing to combine");
    }
    if (agregasi == AgregasiPeringkat.LAST) {
      return Outcome.of(tingkat.get(tingkat.lastKey()));
    }
    String worst = null;
    int worstRank = Integer.MAX_VALUE;
    for (String level : tingkat.values()) {
      int rank = skala.peringkat(level).orElseThrow();
      if (rank < worstRank) {
        worst = level;
        worstRank = rank;
      }
    }
    return Outcome.of(worst);
  }

  /**
   * Returns whether the combined level reaches {@code target}: its rank is at least the target's.
   * Not computable when the series is empty or the target is on another scale.
   */
  public Outcome<Boolean> terpenuhi(Target.Predikat target, AgregasiPeringkat agregasi) {
    Objects.requireNonNull(target, "target");
    return skalaSama(target).flatMap(ok -> gabung(agregasi)).map(level ->
        skala.peringkat(level).orElseThrow() >= skala.peringkat(target.tingkat()).orElseThrow());
  }

  /** Returns the capaian of the combined level against {@code target} with the standard calculator. */
  public Outcome<Persentase> capaian(Target.Predikat target, AgregasiPeringkat agregasi) {
    return capaian(target, agregasi, KalkulatorCapaian.standar());
  }

  /**
   * Returns the capaian of the combined level against {@code target} by {@link
   * KalkulatorCapaian#hitung(Target.Predikat, String)} (rank against rank). Not computable when
   * the series is empty or the target is on another scale.
   */
  public Outcome<Persentase> capaian(Target.Predikat target, AgregasiPeringkat agregasi, KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(kalkulator, "kalkulator");
    return skalaSama(target).flatMap(ok -> gabung(agregasi)).flatMap(level -> kalkulator.hitung(target, level));
  }

  private Outcome<Boolean> skalaSama(Target.Predikat target) {
    if (target.skala().equals(skala)) {
      return Outcome.of(Boolean.TRUE);
    }
    return Outcome.notComputable(
        Outcome.Reason.NOT_APPLICABLE,
        "target " + target + " is on scale '" + target.skala().nama() + "' but the series is on scale '"
            + skala.nama() + "'; a series is compared only with a target on its own scale");
  }
}
