package id.sakip.kinerja;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target of an indicator, in one of the kinds LKj documents use.
 *
 * <ul>
 *   <li>{@link Angka}: a number ({@code 85}, {@code 90%}); the indicator's polarity decides the
 *       formula.
 *   <li>{@link Rentang}: an interval {@code [bawah, atas]} for a range (stabil) indicator.
 *   <li>{@link Pertidaksamaan}: an inequality ({@code kurang dari 20}, {@code ≥ 90}), which implies
 *       the polarity.
 *   <li>{@link Predikat}: a level on an ordered scale ({@code WTP} on {@link
 *       SkalaPeringkat#OPINI_BPK}).
 * </ul>
 *
 * {@link TargetParser#parse(String)} reads the forms reports print.
 */
public sealed interface Target permits Target.Angka, Target.Rentang, Target.Pertidaksamaan, Target.Predikat {

  /** Returns a numeric target. */
  static Angka angka(BigDecimal nilai) {
    return new Angka(nilai);
  }

  /** Returns a numeric target. */
  static Angka angka(long nilai) {
    return new Angka(BigDecimal.valueOf(nilai));
  }

  /** Returns a range target {@code [bawah, atas]}. */
  static Rentang rentang(BigDecimal bawah, BigDecimal atas) {
    return new Rentang(bawah, atas);
  }

  /** Returns a predicate target on an ordered scale. */
  static Predikat predikat(SkalaPeringkat skala, String tingkat) {
    return new Predikat(skala, tingkat);
  }

  /**
   * A numeric target.
   *
   * @param nilai the target value
   */
  record Angka(BigDecimal nilai) implements Target {
    /** Creates a numeric target. */
    public Angka {
      Objects.requireNonNull(nilai, "nilai");
    }

    @Override
    public String toString() {
      return nilai.toPlainString();
    }
  }

  /**
   * A range target: staying within {@code [bawah, atas]} is full achievement.
   *
   * @param bawah the lower bound (inclusive)
   * @param atas the upper bound (inclusive)
   */
  record Rentang(BigDecimal bawah, BigDecimal atas) implements Target {
    /**
     * Creates a range target.
     *
     * @throws IllegalArgumentException if {@code bawah} is not below {@code atas}
     */
    public Rentang {
      Objects.requireNonNull(bawah, "bawah");
      Objects.requireNonNull(atas, "atas");
      if (bawah.compareTo(atas) >= 0) {
        throw new IllegalArgumentException(
            "target.rentang: lower bound " + bawah.toPlainString() + " is not below upper bound "
                + atas.toPlainString() + "; a range target needs bawah < atas");
      }
    }

    /** Returns true if {@code realisasi} lies within the range, bounds included. */
    public boolean memuat(BigDecimal realisasi) {
      return realisasi.compareTo(bawah) >= 0 && realisasi.compareTo(atas) <= 0;
    }

    @Override
    public String toString() {
      return bawah.toPlainString() + "–" + atas.toPlainString();
    }
  }

  /**
   * An inequality target such as "kurang dari 20" or "≥ 90". Its operator implies the polarity;
   * capaian uses {@code batas} as the target value. "Kurang dari" and "lebih dari" are strict: a
   * realisasi equal to the bound does not meet them (domain.md §11); how such a realisasi scores
   * is a {@link KebijakanBatasKetat}.
   *
   * @param operator the comparison
   * @param batas the bound
   */
  record Pertidaksamaan(Operator operator, BigDecimal batas) implements Target {
    /** Creates an inequality target. */
    public Pertidaksamaan {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(batas, "batas");
    }

    /** Returns the polarity the operator implies. */
    public Polaritas polaritasTersirat() {
      return operator.polaritas;
    }

    /** Returns true if {@code realisasi} satisfies the inequality. */
    public boolean terpenuhi(BigDecimal realisasi) {
      int c = realisasi.compareTo(batas);
      return switch (operator) {
        case KURANG_DARI -> c < 0;
        case PALING_BANYAK -> c <= 0;
        case LEBIH_DARI -> c > 0;
        case PALING_SEDIKIT -> c >= 0;
      };
    }

    @Override
    public String toString() {
      return operator.simbol + " " + batas.toPlainString();
    }
  }

  /**
   * A predicate target: a level on an ordered scale.
   *
   * @param skala the scale
   * @param tingkat the target level, one of the scale's levels
   */
  record Predikat(SkalaPeringkat skala, String tingkat) implements Target {
    /**
     * Creates a predicate target.
     *
     * @throws IllegalArgumentException if {@code tingkat} is not on the scale
     */
    public Predikat {
      Objects.requireNonNull(skala, "skala");
      Objects.requireNonNull(tingkat, "tingkat");
      if (!skala.memuat(tingkat)) {
        throw new IllegalArgumentException(
            "target.tingkat '" + tingkat + "' is not a level of scale '" + skala.nama() + "' " + skala.tingkat());
      }
    }

    @Override
    public String toString() {
      return tingkat + " (" + skala.nama() + ")";
    }
  }

  /** The comparison of an inequality target. */
  enum Operator {
    /** Strictly below ("kurang dari", {@code <}): lower is better. */
    KURANG_DARI("<", Polaritas.NEGATIF),
    /** At most ("paling banyak", "maksimal", {@code ≤}): lower is better. */
    PALING_BANYAK("≤", Polaritas.NEGATIF),
    /** Strictly above ("lebih dari", {@code >}): higher is better. */
    LEBIH_DARI(">", Polaritas.POSITIF),
    /** At least ("paling sedikit", "minimal", {@code ≥}): higher is better. */
    PALING_SEDIKIT("≥", Polaritas.POSITIF);

    private final String simbol;
    private final Polaritas polaritas;

    Operator(String simbol, Polaritas polaritas) {
      this.simbol = simbol;
      this.polaritas = polaritas;
    }

    /** Returns the mathematical symbol, e.g. {@code ≤}. */
    public String simbol() {
      return simbol;
    }

    /** Returns the polarity this comparison implies. */
    public Polaritas polaritas() {
      return polaritas;
    }

    /**
     * Returns true for a strict comparison ("kurang dari", "lebih dari"): a realisasi equal to the
     * bound does not meet it.
     */
    public boolean isKetat() {
      return this == KURANG_DARI || this == LEBIH_DARI;
    }
  }
}
