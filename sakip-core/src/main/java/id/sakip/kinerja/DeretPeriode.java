package id.sakip.kinerja;

import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of one indicator per period of one year (<i>deret periode</i>): the realisasi of
 * each triwulan or bulan, or, likewise, the target of each period.
 *
 * <p>A period that was not reported has no value: it is never read as zero. {@link
 * AgregasiPeriode} combines the periods into the figure for the year, and the caller chooses with
 * {@link PeriodeKosong} what a missing period means.
 *
 * <p>Values are exact and kept as given, scale included. Instances are immutable and compare by
 * value: two series are equal when they have the same periodisasi and, period by period, the same
 * reported values ({@link BigDecimal#equals}, so {@code 85} and {@code 85.00} differ) or both no
 * value.
 */
public final class DeretPeriode {

  private final Periodisasi periodisasi;

  /** Index {@code periode - 1}; {@code null} where the period was not reported. */
  private final BigDecimal[] nilai;

  private DeretPeriode(Periodisasi periodisasi, BigDecimal[] nilai) {
    this.periodisasi = periodisasi;
    this.nilai = nilai;
  }

  /**
   * Returns the series holding {@code nilaiPerPeriode}: key = period (1-based), value = the value
   * reported for it. A period absent from the map was not reported. The map is copied.
   *
   * @throws NullPointerException if an argument, a key or a value is null
   * @throws IllegalArgumentException if a key is not a period of {@code periodisasi}
   */
  public static DeretPeriode of(Periodisasi periodisasi, Map<Integer, BigDecimal> nilaiPerPeriode) {
    Objects.requireNonNull(periodisasi, "periodisasi");
    Objects.requireNonNull(nilaiPerPeriode, "nilaiPerPeriode");
    BigDecimal[] nilai = new BigDecimal[periodisasi.jumlahPeriode()];
    for (Map.Entry<Integer, BigDecimal> e : nilaiPerPeriode.entrySet()) {
      Integer periode = e.getKey();
      if (periode == null) {
        throw new NullPointerException(
            "nilaiPerPeriode has a null period: keys are periods 1.." + nilai.length);
      }
      try {
        periodisasi.periksa(periode, "periode");
      } catch (IllegalArgumentException outside) {
        throw new IllegalArgumentException("nilaiPerPeriode: " + outside.getMessage(), outside);
      }
      if (e.getValue() == null) {
        throw new NullPointerException(
            "nilaiPerPeriode value of periode " + periode
                + " is null: leave a period that was not reported out of the map");
      }
      nilai[periode - 1] = e.getValue();
    }
    return new DeretPeriode(periodisasi, nilai);
  }

  /** Returns a builder for a series of the given periodisasi, with no period reported yet. */
  public static Builder builder(Periodisasi periodisasi) {
    return new Builder(Objects.requireNonNull(periodisasi, "periodisasi"));
  }

  /** Returns how the year is divided into periods. */
  public Periodisasi periodisasi() {
    return periodisasi;
  }

  /**
   * Returns the value reported for {@code periode} (1-based), or empty when it was not reported.
   *
   * @throws IllegalArgumentException if {@code periode} is not a period of this periodisasi
   */
  public Optional<BigDecimal> nilai(int periode) {
    periodisasi.periksa(periode, "periode");
    return Optional.ofNullable(nilai[periode - 1]);
  }

  /** Returns the periods that have a value, in ascending order. */
  public List<Integer> periodeDilaporkan() {
    return periode(true);
  }

  /** Returns the periods that were not reported, in ascending order. */
  public List<Integer> periodeKosong() {
    return periode(false);
  }

  private List<Integer> periode(boolean dilaporkan) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < nilai.length; i++) {
      if ((nilai[i] != null) == dilaporkan) {
        found.add(i + 1);
      }
    }
    return Collections.unmodifiableList(found);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeretPeriode that
        && periodisasi == that.periodisasi
        && Arrays.equals(nilai, that.nilai);
  }

  @Override
  public int hashCode() {
    return 31 * periodisasi.hashCode() + Arrays.hashCode(nilai);
  }

  /** Returns the series as {@code TRIWULAN[1=700, 2=750, 3=n/a, 4=720]}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(periodisasi.name()).append('[');
    for (int i = 0; i < nilai.length; i++) {
      s.append(i == 0 ? "" : ", ").append(i + 1).append('=');
      s.append(nilai[i] == null ? "n/a" : nilai[i].toPlainString());
    }
    return s.append(']').toString();
  }

  /**
   * Collects a {@link DeretPeriode} period by period. Each period may be given once, either with a
   * value or as {@link #tidakDilaporkan(int) not reported}; a period never mentioned is not
   * reported either. A call that fails changes nothing.
   */
  public static final class Builder {

    private final Periodisasi periodisasi;
    private final BigDecimal[] nilai;
    private final boolean[] diberikan;

    private Builder(Periodisasi periodisasi) {
      this.periodisasi = periodisasi;
      this.nilai = new BigDecimal[periodisasi.jumlahPeriode()];
      this.diberikan = new boolean[periodisasi.jumlahPeriode()];
    }

    /**
     * Sets the value reported for {@code periode}.
     *
     * @throws NullPointerException if {@code nilai} is null
     * @throws IllegalArgumentException if {@code periode} is not a period of the periodisasi or
     *     was already given
     */
    public Builder nilai(int periode, BigDecimal nilai) {
      Objects.requireNonNull(nilai, "nilai");
      periksaBaru(periode, nilai.toPlainString());
      return simpan(periode, nilai);
    }

    /**
     * Sets the value of {@code periode} from a figure printed in Indonesian notation ({@code
     * "2.850"}, {@code "85,82"}, {@code "85,82%"}, {@code "700 KTP"}), read with {@link
     * AngkaParser} and {@link Notasi#INDONESIA}; a unit or percent sign after the number is not
     * kept. A printed "no value" ({@code n/a}, {@code -}) marks the period {@linkplain
     * #tidakDilaporkan(int) not reported}.
     *
     * @throws NullPointerException if {@code tercetak} is null
     * @throws IllegalArgumentException if {@code periode} is not a period of the periodisasi or
     *     was already given, or if the text is not a figure in Indonesian notation (the message
     *     names the period, the text and the rule)
     */
    public Builder nilai(int periode, String tercetak) {
      Objects.requireNonNull(tercetak, "tercetak");
      periksaBaru(periode, "'" + tercetak + "'");
      AngkaTercetak angka;
      try {
        angka = AngkaParser.parse(tercetak, Notasi.INDONESIA);
      } catch (IllegalArgumentException unreadable) {
        throw new IllegalArgumentException(
            "nilai of periode " + periode + ": " + unreadable.getMessage(), unreadable);
      }
      return simpan(periode, angka.nilai().orElse(null));
    }

    /**
     * Marks {@code periode} as not reported: it has no value, which is not zero.
     *
     * @throws IllegalArgumentException if {@code periode} is not a period of the periodisasi or
     *     was already given
     */
    public Builder tidakDilaporkan(int periode) {
      periksaBaru(periode, "not reported");
      return simpan(periode, null);
    }

    /** Returns the series built so far; the builder stays usable and later calls do not affect it. */
    public DeretPeriode build() {
      return new DeretPeriode(periodisasi, nilai.clone());
    }

    private void periksaBaru(int periode, String baru) {
      periodisasi.periksa(periode, "periode");
      if (diberikan[periode - 1]) {
        BigDecimal first = nilai[periode - 1];
        throw new IllegalArgumentException(
            "periode " + periode + " is given twice (first "
                + (first == null ? "not reported" : first.toPlainString())
                + ", then " + baru + "): each period takes one value, or tidakDilaporkan, once");
      }
    }

    private Builder simpan(int periode, BigDecimal value) {
      nilai[periode - 1] = value;
      diberikan[periode - 1] = true;
      return this;
    }
  }
}
