package id.sakip.kabupaten;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's place in a {@link Peringkat}: its rank (absent when its measure is not computable),
 * the measure, and the IKU capaian it was computed from (empty under {@link
 * UkuranPeringkat#SERAPAN_ANGGARAN}).
 *
 * @param peringkat the rank, from 1; units with equal measures share it; absent when not computable
 * @param unit the unit
 * @param nilai the measure, or why it is not computable
 * @param iku the unit's IKU capaian the measure read, in PK order
 */
public record PeringkatUnit(Optional<Integer> peringkat, UnitOrganisasi unit, Outcome<Persentase> nilai,
    List<CapaianIku> iku) {

  /**
   * Creates one unit's place.
   *
   * @throws IllegalArgumentException if a rank is below 1, or a rank is given for a measure that
   *     is not computable, or none for one that is
   */
  public PeringkatUnit {
    Objects.requireNonNull(peringkat, "peringkat");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(nilai, "nilai");
    iku = List.copyOf(Objects.requireNonNull(iku, "iku"));
    if (peringkat.isPresent() != nilai.isComputable() || peringkat.filter(p -> p < 1).isPresent()) {
      throw new IllegalArgumentException("peringkatUnit " + unit.kode() + ": rank " + peringkat.map(String::valueOf)
          .orElse("(none)") + " with measure " + nilai + "; a computable measure has a rank from 1, another none"
          + " / peringkat unit " + unit.kode() + " tidak sesuai nilainya");
    }
  }

  /** Returns how many of the unit's IKU have a capaian that is not computable. */
  public int jumlahTidakTerhitung() {
    return (int) iku.stream().filter(c -> !c.capaian().isComputable()).count();
  }
}
