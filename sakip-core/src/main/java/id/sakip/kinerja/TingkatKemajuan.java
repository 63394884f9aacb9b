package id.sakip.kinerja;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Tingkat kemajuan: progress of the realisasi to date toward the end-of-period Renstra target.
 *
 * <p>PermenPAN-RB 53/2014 requires the comparison but gives no formula. Practice, held to
 * published LKj figures: the realisasi is measured against the end target with the indicator's
 * own capaian formula. A {@linkplain SifatIndikator#STOK stock} indicator uses this year's
 * realisasi; a {@linkplain SifatIndikator#KUMULATIF cumulative} one the sum of the realisasi of
 * every year to date. Worked: Renstra end target 95%, realisasi 88% gives 92,63% (2 dp).
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class TingkatKemajuan {

  private TingkatKemajuan() {}

  /** Returns the progress with the {@linkplain KalkulatorCapaian#standar() standard} formulas. */
  public static Outcome<Persentase> hitung(
      Indikator indikator, Target targetAkhirRenstra, List<BigDecimal> realisasiPerTahun) {
    return hitung(KalkulatorCapaian.standar(), indikator, targetAkhirRenstra, realisasiPerTahun);
  }

  /**
   * Returns the progress of the realisasi of the Renstra years so far ({@code realisasiPerTahun},
   * oldest first, this year last) toward the end target, with the formulas of {@code kalkulator}.
   * No realisasi at all is not computable ({@link Outcome.Reason#NO_VALUE}).
   */
  public static Outcome<Persentase> hitung(
      KalkulatorCapaian kalkulator,
      Indikator indikator,
      Target targetAkhirRenstra,
      List<BigDecimal> realisasiPerTahun) {
    Objects.requireNonNull(kalkulator, "kalkulator");
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(targetAkhirRenstra, "targetAkhirRenstra");
    List<BigDecimal> years = List.copyOf(Objects.requireNonNull(realisasiPerTahun, "realisasiPerTahun"));
    if (years.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          "tingkat kemajuan of '" + indikator.nama() + "': no realisasi to compare with the end target "
              + targetAkhirRenstra);
    }
    BigDecimal compared =
        indikator.sifat() == SifatIndikator.KUMULATIF
            ? years.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
            : years.get(years.size() - 1);
    return kalkulator.hitung(indikator.polaritas(), targetAkhirRenstra, compared);
  }
}
