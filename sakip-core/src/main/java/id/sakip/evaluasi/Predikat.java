package id.sakip.evaluasi;

import java.util.Objects;
import java.util.Optional;

/**
 * The grade (<i>predikat</i>) of a SAKIP evaluation on its 100-point total (PermenPAN-RB 88/2021):
 * AA &gt; 90–100 Sangat memuaskan; A &gt; 80–90 Memuaskan; BB &gt; 70–80 Sangat baik; B &gt;
 * 60–70 Baik; CC &gt; 50–60 Cukup; C &gt; 30–50 Kurang; D 0–30 Sangat kurang. Which grade holds an
 * exact boundary is a {@link PembacaanBatas}.
 */
public enum Predikat {
  /** AA, Sangat memuaskan: above 90. */
  AA("Sangat memuaskan", 90),
  /** A, Memuaskan: above 80. */
  A("Memuaskan", 80),
  /** BB, Sangat baik: above 70. */
  BB("Sangat baik", 70),
  /** B, Baik: above 60. */
  B("Baik", 60),
  /** CC, Cukup: above 50. */
  CC("Cukup", 50),
  /** C, Kurang: above 30. */
  C("Kurang", 30),
  /** D, Sangat kurang: 0 to 30. */
  D("Sangat kurang", 0);

  private final String label;
  private final int batasBawah;

  Predikat(String label, int batasBawah) {
    this.label = label;
    this.batasBawah = batasBawah;
  }

  /** Returns the label, such as {@code Sangat memuaskan}. */
  public String label() {
    return label;
  }

  /** Returns the cut-point below the grade: 90 for AA, …, 0 for D. */
  public int batasBawah() {
    return batasBawah;
  }

  /** Returns the grade coded {@code kode} ({@code "BB"}), if there is one. */
  public static Optional<Predikat> ofKode(String kode) {
    Objects.requireNonNull(kode, "kode");
    for (Predikat p : values()) {
      if (p.name().equals(kode)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
