package id.sakip.pohon;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import java.util.List;
import java.util.Objects;

/**
 * The capaian of an indicator of the performance tree rolled up from the indicators that support
 * it (<i>rekap capaian</i>), under a named rule, with the contributors listed.
 *
 * @param indikator the supported indicator
 * @param rumus the rule that combined the contributors
 * @param normalisasi how their weights were read
 * @param kontributor the supporting indicators, in tree order
 * @param capaian the rolled-up capaian, or not computable with the reason (no contributor, a
 *     contributor without target or realisasi, units that cannot be summed)
 */
public record RekapCapaian(IdIndikator indikator, RumusKomposit rumus, NormalisasiBobot normalisasi,
    List<IdIndikator> kontributor, Outcome<Persentase> capaian) {

  /** Creates a roll-up; the list is copied. */
  public RekapCapaian {
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(rumus, "rumus");
    Objects.requireNonNull(normalisasi, "normalisasi");
    kontributor = List.copyOf(Objects.requireNonNull(kontributor, "kontributor"));
    Objects.requireNonNull(capaian, "capaian");
  }
}
