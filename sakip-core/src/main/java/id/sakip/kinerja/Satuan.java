package id.sakip.kinerja;

import java.util.Objects;

/**
 * The unit (satuan) in which an indicator is measured: {@code %}, {@code Indeks}, {@code orang},
 * {@code dokumen}, or any free text a report prints ({@code KK/KTP/Mutasi}, {@code HOK}).
 *
 * @param teks the unit as written, trimmed and never blank
 */
public record Satuan(String teks) {

  /** Percent. */
  public static final Satuan PERSEN = new Satuan("%");

  /** An index, such as the SKM value. */
  public static final Satuan INDEKS = new Satuan("Indeks");

  /** People. */
  public static final Satuan ORANG = new Satuan("orang");

  /** Documents. */
  public static final Satuan DOKUMEN = new Satuan("dokumen");

  /**
   * Creates a unit.
   *
   * @throws IllegalArgumentException if {@code teks} is blank
   */
  public Satuan {
    Objects.requireNonNull(teks, "teks");
    teks = teks.strip();
    if (teks.isEmpty()) {
      throw new IllegalArgumentException("satuan: the unit text '' is blank; a unit needs a name");
    }
  }

  /** Returns the unit written as {@code teks}. */
  public static Satuan of(String teks) {
    return new Satuan(teks);
  }

  @Override
  public String toString() {
    return teks;
  }
}
