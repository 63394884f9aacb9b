package id.sakip.evaluasi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A sub-component (<i>sub-komponen</i>) of an LKE component, such as {@code 1.a Pemenuhan} of
 * Perencanaan kinerja with weight 6 (PermenPAN-RB 88/2021). Its score is the mean of its answers
 * times its weight.
 *
 * @param kode the code answers are filed under, such as {@code 1.a}; not blank
 * @param nama the name, such as {@code Pemenuhan}; not blank
 * @param bobot the weight in points of the 100-point total; above 0
 */
public record SubKomponenLke(String kode, String nama, BigDecimal bobot) {

  /** Creates a sub-component, refusing a blank code or name and a weight not above 0. */
  public SubKomponenLke {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(bobot, "bobot");
    KomponenLke.requireText("sub-komponen", kode, nama);
    if (bobot.signum() <= 0) {
      throw new IllegalArgumentException(
          "bobot " + bobot.toPlainString() + " of sub-komponen " + kode + " is not above 0:"
              + " a sub-component carries part of the total");
    }
  }

  /** Returns a sub-component. */
  public static SubKomponenLke of(String kode, String nama, BigDecimal bobot) {
    return new SubKomponenLke(kode, nama, bobot);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SubKomponenLke other
        && other.kode.equals(kode)
        && other.nama.equals(nama)
        && other.bobot.compareTo(bobot) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kode, nama, bobot.stripTrailingZeros());
  }

  /** Returns {@code 1.a Pemenuhan (6)}. */
  @Override
  public String toString() {
    return kode + " " + nama + " (" + bobot.toPlainString() + ")";
  }
}
