package id.sakip.kinerja;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named, ordered scale of predicates used as targets (skala peringkat), such as the audit opinion
 * of BPK: WTP &gt; WDP &gt; TW &gt; TMP. Levels are listed best first.
 *
 * <p>Each level has a rank: the worst is 1, the best equals the number of levels. Capaian against a
 * predicate target compares ranks ({@link KalkulatorCapaian#hitung(Target.Predikat, String)}).
 *
 * @param nama the scale's name
 * @param tingkat the levels, best first; at least two, distinct, none blank
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public record SkalaPeringkat(String nama, List<String> tingkat) {

  /**
   * The BPK audit opinion: Wajar Tanpa Pengecualian (WTP) &gt; Wajar Dengan Pengecualian (WDP) &gt;
   * Tidak Wajar (TW) &gt; Tidak Memberikan Pendapat (TMP) (UU 15/2004, Pasal 16).
   */
  public static final SkalaPeringkat OPINI_BPK =
      new SkalaPeringkat("Opini BPK", List.of("WTP", "WDP", "TW", "TMP"));

  /**
   * Creates a scale.
   *
   * @throws IllegalArgumentException if the name is blank, there are fewer than two levels, or a
   *     level is blank or repeated
   */
  public SkalaPeringkat {
    Objects.requireNonNull(nama, "nama");
    tingkat = List.copyOf(Objects.requireNonNull(tingkat, "tingkat"));
    if (nama.isBlank()) {
      throw new IllegalArgumentException("skalaPeringkat.nama is blank; a scale needs a name");
    }
    if (tingkat.size() < 2) {
      throw new IllegalArgumentException(
          "skalaPeringkat.tingkat " + tingkat + " of '" + nama + "' has fewer than 2 levels; an ordered scale needs at least 2");
    }
    HashSet<String> seen = new HashSet<>();
    for (String t : tingkat) {
      if (t.isBlank() || !seen.add(t)) {
        throw new IllegalArgumentException(
            "skalaPeringkat.tingkat of '" + nama + "' has a blank or repeated level '" + t + "'; levels must be distinct names");
      }
    }
  }

  /** Returns the rank of {@code level} (worst = 1, best = number of levels), if it is on the scale. */
  public Optional<Integer> peringkat(String level) {
    int i = tingkat.indexOf(Objects.requireNonNull(level, "level"));
    return i < 0 ? Optional.empty() : Optional.of(tingkat.size() - i);
  }

  /** Returns true if {@code level} is one of this scale's levels. */
  public boolean memuat(String level) {
    return tingkat.contains(Objects.requireNonNull(level, "level"));
  }
}
