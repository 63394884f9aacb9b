package id.sakip.kabupaten;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The units of a kabupaten ranked by a named {@link UkuranPeringkat}.
 *
 * <p>Order: units with a computable measure first, highest measure first; equal measures (exactly
 * equal, as fractions) share a rank and are ordered by unit code (as text), and the next rank
 * skips as many places ("1, 2, 2, 4", competition ranking); then the units whose measure is not
 * computable, by unit code, without a rank. Source: ours (no regulation ranks perangkat daerah).
 * Sorting is {@code O(n log n)} in the number of units.
 *
 * @param ukuran the measure
 * @param urutan every unit, in rank order
 */
public record Peringkat(UkuranPeringkat ukuran, List<PeringkatUnit> urutan) {

  /** Creates a ranking. */
  public Peringkat {
    Objects.requireNonNull(ukuran, "ukuran");
    urutan = List.copyOf(Objects.requireNonNull(urutan, "urutan"));
  }

  /** Ranks the units of {@code kabupaten} by {@code ukuran}, IKU capaian computed with {@code kalkulator}. */
  static Peringkat susun(Kabupaten kabupaten, UkuranPeringkat ukuran, KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(ukuran, "ukuran");
    Objects.requireNonNull(kalkulator, "kalkulator");
    record Diukur(UnitOrganisasi unit, Outcome<Persentase> nilai, List<CapaianIku> iku) {}
    List<Diukur> semua = new ArrayList<>();
    for (LaporanUnit lu : kabupaten.laporan()) {
      List<CapaianIku> iku = ukuran.bacaIku() ? CapaianIku.dari(lu.laporan(), kalkulator) : List.of();
      semua.add(new Diukur(lu.unit(), ukuran.ukur(kabupaten.anggaran().unit(lu.unit()), iku), iku));
    }
    Comparator<Diukur> byKode = Comparator.comparing(d -> d.unit().kode());
    semua.sort(Comparator.<Diukur, Boolean>comparing(d -> !d.nilai().isComputable())
        .thenComparing((a, b) -> a.nilai().isComputable() ? b.nilai().value().compareTo(a.nilai().value()) : 0)
        .thenComparing(byKode));
    List<PeringkatUnit> out = new ArrayList<>(semua.size());
    for (int i = 0; i < semua.size(); i++) {
      Diukur d = semua.get(i);
      Optional<Integer> rank = Optional.empty();
      if (d.nilai().isComputable()) {
        boolean tie = i > 0 && semua.get(i - 1).nilai().isComputable()
            && semua.get(i - 1).nilai().value().compareTo(d.nilai().value()) == 0;
        rank = Optional.of(tie ? out.get(i - 1).peringkat().orElseThrow() : i + 1);
      }
      out.add(new PeringkatUnit(rank, d.unit(), d.nilai(), d.iku()));
    }
    return new Peringkat(ukuran, out);
  }

  /** Returns the place of {@code unit}, if it is ranked here. */
  public Optional<PeringkatUnit> unit(UnitOrganisasi unit) {
    Objects.requireNonNull(unit, "unit");
    return urutan.stream().filter(p -> p.unit().equals(unit)).findFirst();
  }
}
