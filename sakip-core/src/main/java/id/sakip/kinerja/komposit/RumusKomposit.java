package id.sakip.kinerja.komposit;

import id.sakip.kinerja.BatasCapaian;
import java.util.Objects;

/**
 * The named rules that combine the components of a composite indicator into one capaian. Practice
 * uses several (domain.md §11), so the caller picks one; none is a default.
 *
 * <ul>
 *   <li>{@link #RATA_RATA_TERTIMBANG}: {@code Σ wᵢ × Cᵢ}, the weighted mean of the component
 *       capaian {@code Cᵢ}.
 *   <li>{@link #rataRataTertimbangDibatasi(BatasCapaian)}: {@code Σ wᵢ × batas(Cᵢ)}, each capaian
 *       capped (and floored, if the policy says so) before weighting.
 *   <li>{@link #RASIO_JUMLAH}: {@code ΣRᵢ / ΣTᵢ} under the components' one polarity formula: the
 *       ratio of summed numerators and denominators. Weights play no part: each component counts
 *       by its size.
 * </ul>
 *
 * <p>A weighted mean averages ratios, on purpose and by name; the library never does it silently
 * (a budget parent's percentage, for instance, is always computed from its sums).
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface RumusKomposit
    permits RumusKomposit.RataRataTertimbang,
        RumusKomposit.RataRataTertimbangDibatasi,
        RumusKomposit.RasioJumlah {

  /**
   * The weighted mean of the component capaian, {@code Σ wᵢ × Cᵢ} with the composite's effective
   * weights. Source: practice (the seed LKj, Kecamatan Kromengan 2022, Bab III, heads the
   * indicator's computation "Nilai Rata-Rata Tertimbang"; domain.md §11).
   */
  RumusKomposit RATA_RATA_TERTIMBANG = new RataRataTertimbang();

  /**
   * The ratio of summed realisasi to summed targets, {@code ΣRᵢ / ΣTᵢ}, under the polarity formula
   * the components share. Only meaningful when the components share one unit and one polarity and
   * have numeric targets; otherwise the composite is not computable, with the reason. Source:
   * practice (domain.md §11, "ratio of Σ realisasi to Σ target").
   */
  RumusKomposit RASIO_JUMLAH = new RasioJumlah();

  /**
   * Returns the weighted mean of the component capaian after each is presented under {@code
   * batas}: {@code Σ wᵢ × batas(Cᵢ)}. With {@link BatasCapaian#MAKS_100}, one component far above
   * its target cannot make up for another below it. Source: practice (domain.md §11, "cap each
   * component before weighting").
   */
  static RumusKomposit rataRataTertimbangDibatasi(BatasCapaian batas) {
    return new RataRataTertimbangDibatasi(batas);
  }

  /** Returns the rule as a formula, for messages: {@code Σ wᵢ × Cᵢ}. */
  String rumus();

  /** The weighted mean; use {@link #RATA_RATA_TERTIMBANG}. */
  record RataRataTertimbang() implements RumusKomposit {
    @Override
    public String rumus() {
      return "Σ wᵢ × Cᵢ";
    }

    @Override
    public String toString() {
      return "RATA_RATA_TERTIMBANG";
    }
  }

  /**
   * The weighted mean of capped capaian.
   *
   * @param batas the cap (and floor) applied to each component's capaian before weighting
   */
  record RataRataTertimbangDibatasi(BatasCapaian batas) implements RumusKomposit {
    /** Creates the rule. */
    public RataRataTertimbangDibatasi {
      Objects.requireNonNull(batas, "batas");
    }

    @Override
    public String rumus() {
      return "Σ wᵢ × batas(Cᵢ), batas: " + batas;
    }

    @Override
    public String toString() {
      return "RATA_RATA_TERTIMBANG_DIBATASI(" + batas + ")";
    }
  }

  /** The ratio of sums; use {@link #RASIO_JUMLAH}. */
  record RasioJumlah() implements RumusKomposit {
    @Override
    public String rumus() {
      return "ΣRᵢ / ΣTᵢ";
    }

    @Override
    public String toString() {
      return "RASIO_JUMLAH";
    }
  }
}
