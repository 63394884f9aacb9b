package id.sakip.anggaran;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One output (keluaran) of a kegiatan with its planned and realised volume and cost: the input of
 * {@link RumusEfisiensi#PMK_249_2011} (Peraturan Menteri Keuangan 249/PMK.02/2011).
 *
 * <p>Volumes and costs are zero or more. A zero planned volume, planned cost or realised volume
 * is accepted here, because reports do carry such rows, and makes {@link #efisiensi()} not
 * computable.
 *
 * @param volumeRencana the planned volume (target keluaran)
 * @param biayaRencana the planned cost (pagu of the output)
 * @param volumeRealisasi the realised volume
 * @param biayaRealisasi the realised cost
 */
public record KeluaranBiaya(
    BigDecimal volumeRencana, Rupiah biayaRencana, BigDecimal volumeRealisasi, Rupiah biayaRealisasi) {

  /**
   * Creates an output.
   *
   * @throws IllegalArgumentException if a volume or a cost is negative
   */
  public KeluaranBiaya {
    Objects.requireNonNull(volumeRencana, "volumeRencana");
    Objects.requireNonNull(biayaRencana, "biayaRencana");
    Objects.requireNonNull(volumeRealisasi, "volumeRealisasi");
    Objects.requireNonNull(biayaRealisasi, "biayaRealisasi");
    requireNotNegative("volumeRencana", volumeRencana.signum(), volumeRencana.toPlainString(), "a volume");
    requireNotNegative("biayaRencana", biayaRencana.signum(), biayaRencana.format(), "a cost");
    requireNotNegative("volumeRealisasi", volumeRealisasi.signum(), volumeRealisasi.toPlainString(), "a volume");
    requireNotNegative("biayaRealisasi", biayaRealisasi.signum(), biayaRealisasi.format(), "a cost");
  }

  /**
   * Returns the efficiency of this output, {@code E = 1 − (biayaRealisasi / volumeRealisasi) /
   * (biayaRencana / volumeRencana)}, in percent and exact: positive when the realised unit cost is
   * below the planned one. It is not computable ({@link Outcome.Reason#ZERO_DENOMINATOR}) when
   * {@code volumeRencana}, {@code biayaRencana} or {@code volumeRealisasi} is 0, since a unit cost
   * or the ratio of unit costs is then undefined.
   */
  public Outcome<Persentase> efisiensi() {
    if (volumeRencana.signum() == 0) {
      return zero("volumeRencana", "the planned unit cost biayaRencana / volumeRencana is undefined");
    }
    if (biayaRencana.isZero()) {
      return zero("biayaRencana", "the planned unit cost is 0 and cannot divide the realised one");
    }
    if (volumeRealisasi.signum() == 0) {
      return zero("volumeRealisasi", "the realised unit cost biayaRealisasi / volumeRealisasi is undefined");
    }
    // (Cr / Vr) / (Cp / Vp) = (Cr × Vp) / (Vr × Cp)
    return Persentase.ratio(
            biayaRealisasi.toBigDecimal().multiply(volumeRencana),
            volumeRealisasi.multiply(biayaRencana.toBigDecimal()))
        .map(Persentase.HUNDRED::minus);
  }

  private Outcome<Persentase> zero(String field, String consequence) {
    return Outcome.notComputable(
        Outcome.Reason.ZERO_DENOMINATOR,
        "efisiensi of output " + this + ": " + field + " is 0, so " + consequence);
  }

  /** Returns the output as {@code rencana 100 / Rp1.000.000,00, realisasi 100 / Rp900.000,00}. */
  @Override
  public String toString() {
    return "rencana " + volumeRencana.toPlainString() + " / " + biayaRencana.format() + ", realisasi "
        + volumeRealisasi.toPlainString() + " / " + biayaRealisasi.format();
  }

  private static void requireNotNegative(String field, int signum, String value, String what) {
    if (signum < 0) {
      throw new IllegalArgumentException(
          "keluaranBiaya." + field + " is " + value + ": " + what + " of an output is zero or more");
    }
  }
}
