package id.sakip.kabupaten;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.List;
import java.util.Objects;

/**
 * The budget of one Permendagri 90/2019 code across the units of a kabupaten: pagu and realisasi
 * summed exactly over the units whose budget table carries the code, and those units.
 *
 * @param kode the program, kegiatan or sub kegiatan code
 * @param nama the name the first contributing unit gives the code
 * @param rekap the sums: pagu, and realisasi when every contributing unit reports one
 * @param unit the contributing units, in the kabupaten's order; at least one
 */
public record RekapKode(KodeNomenklatur kode, String nama, RekapAnggaran rekap, List<UnitOrganisasi> unit) {

  /** Creates the figures of one code. */
  public RekapKode {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(rekap, "rekap");
    unit = List.copyOf(Objects.requireNonNull(unit, "unit"));
    if (unit.isEmpty()) {
      throw new IllegalArgumentException("rekapKode.unit of " + kode + " is empty; a consolidated code has at least"
          + " one contributing unit / kode " + kode + " tanpa unit penyumbang; kode terkonsolidasi memiliki sedikitnya"
          + " satu unit");
    }
  }

  /**
   * Returns the serapan {@code Σ realisasi / Σ pagu × 100} over the contributing units, from the
   * sums (never a mean of the units' percentages); not computable without realisasi or with a pagu
   * of 0.
   */
  public Outcome<Persentase> serapan() {
    return rekap.serapan();
  }
}
