package id.sakip.anggaran;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.util.Objects;
import java.util.Optional;

/**
 * The rolled-up figures of a node or of a whole tree: pagu, realisasi (absent when any part of
 * the node reports none), serapan and sisa.
 *
 * @param pagu the budget ceiling
 * @param realisasi the spending, if reported for every part
 */
public record RekapAnggaran(Rupiah pagu, Optional<Rupiah> realisasi) {

  /** Creates a roll-up. */
  public RekapAnggaran {
    Objects.requireNonNull(pagu, "pagu");
    Objects.requireNonNull(realisasi, "realisasi");
  }

  /**
   * Returns the absorption (serapan) {@code realisasi / pagu × 100}, computed from the sums (never
   * the mean of child percentages). Not computable without realisasi or with a pagu of 0.
   */
  public Outcome<Persentase> serapan() {
    return realisasi
        .map(r -> Persentase.ratio(r, pagu))
        .orElseGet(() -> Outcome.notComputable(
            Outcome.Reason.NO_VALUE, "serapan of pagu " + pagu.format() + ": no realisasi is reported"));
  }

  /** Returns the remaining budget (sisa) {@code pagu − realisasi}, if realisasi is reported. */
  public Optional<Rupiah> sisa() {
    return realisasi.map(pagu::minus);
  }
}
