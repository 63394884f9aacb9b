package id.sakip.angka;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure as printed in a report (<i>angka tercetak</i>), after reading: the text, its exact
 * value at the printed scale (or the explicit absence of one), and what surrounded the number.
 *
 * <p>Instances come from {@link AngkaParser}; they are immutable and compare by value over every
 * field, the value's scale included.
 */
public final class AngkaTercetak {

  private final String teks;
  private final BigDecimal nilai;
  private final String satuan;
  private final boolean persen;
  private final boolean rupiah;
  private final Notasi notasi;

  private AngkaTercetak(
      String teks, BigDecimal nilai, String satuan, boolean persen, boolean rupiah, Notasi notasi) {
    this.teks = Objects.requireNonNull(teks, "teks");
    this.nilai = nilai;
    this.satuan = Objects.requireNonNull(satuan, "satuan");
    this.persen = persen;
    this.rupiah = rupiah;
    this.notasi = Objects.requireNonNull(notasi, "notasi");
  }

  static AngkaTercetak of(
      String teks, BigDecimal nilai, String satuan, boolean persen, boolean rupiah, Notasi notasi) {
    return new AngkaTercetak(teks, Objects.requireNonNull(nilai, "nilai"), satuan, persen, rupiah, notasi);
  }

  /**
   * Returns a figure stated as an exact number rather than read from text, such as a pagu stated
   * on a budget row or a numeric spreadsheet cell: its text is the value in Indonesian notation
   * and it carries no unit.
   */
  public static AngkaTercetak dariNilai(BigDecimal nilai) {
    Objects.requireNonNull(nilai, "nilai");
    return of(IndonesianNumbers.format(nilai), nilai, "", false, false, Notasi.INDONESIA);
  }

  /** Returns a stated amount of Rupiah as a figure, such as a pagu stated on a budget row. */
  public static AngkaTercetak dariRupiah(Rupiah nilai) {
    Objects.requireNonNull(nilai, "nilai");
    return of(nilai.formatWithoutSymbol(), nilai.toBigDecimal(), "", false, true, Notasi.INDONESIA);
  }

  /**
   * Returns a printed text that is not a number, such as a category label ({@code Sangat
   * berhasil}) printed beside a capaian: it has no value, and {@link #teks()} is the label.
   *
   * @throws IllegalArgumentException if {@code teks} is blank
   */
  public static AngkaTercetak label(String teks) {
    Objects.requireNonNull(teks, "teks");
    if (teks.isBlank()) {
      throw new IllegalArgumentException("a printed label is blank; it names a category such as 'Sangat berhasil'");
    }
    return new AngkaTercetak(teks, null, "", false, false, Notasi.INDONESIA);
  }

  static AngkaTercetak tanpaNilai(String teks, Notasi notasi) {
    return new AngkaTercetak(teks, null, "", false, false, notasi);
  }

  /** Returns the text exactly as given to the parser. */
  public String teks() {
    return teks;
  }

  /**
   * Returns the value at its printed scale ({@code "85,82"} gives 85.82 with scale 2), or empty
   * when the report printed an explicit "no value" such as {@code n/a} or {@code -}.
   */
  public Optional<BigDecimal> nilai() {
    return Optional.ofNullable(nilai);
  }

  /** Returns whether the figure has a value, that is whether {@link #nilai()} is present. */
  public boolean adaNilai() {
    return nilai != null;
  }

  /** Returns the unit printed after the number ({@code "Indek"} in {@code "85 Indek"}), or "". */
  public String satuan() {
    return satuan;
  }

  /** Returns whether the number carried a '%' sign. */
  public boolean isPersen() {
    return persen;
  }

  /** Returns whether the number carried an Rp prefix. */
  public boolean isRupiah() {
    return rupiah;
  }

  /** Returns the notation applied: {@link Notasi#INDONESIA} or {@link Notasi#INGGRIS}, never OTOMATIS. */
  public Notasi notasi() {
    return notasi;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AngkaTercetak that)) {
      return false;
    }
    return teks.equals(that.teks)
        && Objects.equals(nilai, that.nilai)
        && satuan.equals(that.satuan)
        && persen == that.persen
        && rupiah == that.rupiah
        && notasi == that.notasi;
  }

  @Override
  public int hashCode() {
    return Objects.hash(teks, nilai, satuan, persen, rupiah, notasi);
  }

  @Override
  public String toString() {
    return "AngkaTercetak{teks='" + teks + "', nilai=" + (nilai == null ? "none" : nilai.toPlainString())
        + ", satuan='" + satuan + "', persen=" + persen + ", rupiah=" + rupiah
        + ", notasi=" + notasi + "}";
  }
}
