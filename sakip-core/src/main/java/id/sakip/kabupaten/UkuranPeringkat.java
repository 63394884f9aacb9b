package id.sakip.kabupaten;

import id.sakip.anggaran.RekapAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The measure units of a kabupaten are ranked by (<i>ukuran peringkat</i>). No regulation ranks
 * perangkat daerah, so each measure is named and the caller picks one. Under every measure a
 * higher value ranks higher; a unit whose measure is not computable ranks after every unit whose
 * measure is, without a rank number ({@link Peringkat}).
 */
public enum UkuranPeringkat {

  /**
   * The unit's serapan {@code Σ realisasi / Σ pagu × 100} over its whole budget realisation table
   * (LKj Bab III.B), from the sums, never a mean of its rows' percentages (domain.md §4). Not
   * computable without a table, without realisasi on every row, or with a total pagu of 0. A
   * serapan above 100% (spending above pagu, an error the unit's audit reports) ranks above 100%.
   * Source: ours (domain.md §4 computes a parent's percentage from its sums).
   */
  SERAPAN_ANGGARAN,

  /**
   * The arithmetic mean of the unit's computable IKU capaian ({@link CapaianIku}), raw (uncapped):
   * {@code Σ Cᵢ / n} over the n indicators whose capaian is computable; how many are not is shown
   * beside it ({@link PeringkatUnit#jumlahTidakTerhitung()}). Not computable when no IKU capaian is.
   * Source: ours (a mean of ratios, named as such; the count keeps the left-out indicators visible).
   */
  CAPAIAN_RATA_RATA_IKU_TERHITUNG,

  /**
   * The arithmetic mean of every IKU capaian of the unit, raw (uncapped), {@code Σ Cᵢ / n}; not
   * computable when any one is (the explanation names it), or when the unit has no IKU. Source:
   * ours (the strict reading: a unit is not ranked on the indicators it did measure alone).
   */
  CAPAIAN_RATA_RATA_IKU_LENGKAP;

  /** The measure of one unit from its budget total (if any) and its IKU capaian. */
  Outcome<Persentase> ukur(Optional<RekapAnggaran> anggaran, List<CapaianIku> iku) {
    if (this == SERAPAN_ANGGARAN) {
      return anggaran.map(RekapAnggaran::serapan).orElseGet(() -> Outcome.notComputable(Outcome.Reason.NO_VALUE,
          "serapan: the report has no budget realisation table (Bab III.B)"));
    }
    if (iku.isEmpty()) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE, this + ": the report's PK holds no IKU");
    }
    Persentase sum = Persentase.ZERO;
    int n = 0;
    for (CapaianIku c : iku) {
      if (c.capaian().isComputable()) {
        sum = sum.plus(c.capaian().value());
        n++;
      } else if (this == CAPAIAN_RATA_RATA_IKU_LENGKAP) {
        return Outcome.notComputable(c.capaian().notComputableReason().orElseThrow(), this + ": the capaian of '"
            + c.indikator() + "' is not computable (" + c.capaian().explanation() + ")");
      }
    }
    if (n == 0) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE, this + ": none of the " + iku.size()
          + " IKU capaian is computable");
    }
    return Outcome.of(Persentase.ofFraction(sum.numerator(), sum.denominator().multiply(BigInteger.valueOf(n))));
  }

  /** Whether the measure reads the IKU capaian. */
  boolean bacaIku() {
    return this != SERAPAN_ANGGARAN;
  }
}
