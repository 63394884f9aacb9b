package id.sakip.kabupaten;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.anggaran.TingkatAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Rupiah;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The budget of a kabupaten consolidated from the budget realisation tables (LKj Bab III.B) of its
 * perangkat daerah: for every Permendagri 90/2019 code (program, kegiatan, sub kegiatan), the
 * pagu and realisasi summed exactly over the units that carry it, with those units listed
 * ({@link RekapKode}); each unit's total; and the kabupaten's total, which is the sum of the
 * units' totals.
 *
 * <p>Within a unit, a code's figures are rolled up from the leaves by {@link PohonAnggaran} (a
 * parent's stated figures are not used; the unit's audit checks them). A code carried by several
 * units is summed across them: codes say what is done, not who does it (domain.md §11). A code
 * used twice within one unit counts each use once, as {@link PohonAnggaran#rekap(java.util.Collection)}
 * does, and stays a {@link id.sakip.anggaran.AturanAnggaran#DUPLICATE_CODE} error of that unit's
 * audit ({@link SebaranTemuan}). Realisasi of a code is present when every contributing unit
 * reports it; serapan is computed from the sums, never as a mean of percentages. A unit whose
 * report has no budget realisation table contributes nothing and is listed by {@link
 * #unitTanpaTabel()}.
 *
 * <p>Built once, in time linear in the number of budget rows; immutable and thread-safe.
 */
public final class AnggaranKabupaten {

  private final Map<KodeNomenklatur, RekapKode> perKode;
  private final Map<UnitOrganisasi, RekapAnggaran> perUnit;
  private final List<UnitOrganisasi> tanpaTabel;
  private final RekapAnggaran total;

  private AnggaranKabupaten(Map<KodeNomenklatur, RekapKode> perKode, Map<UnitOrganisasi, RekapAnggaran> perUnit,
      List<UnitOrganisasi> tanpaTabel, RekapAnggaran total) {
    this.perKode = perKode;
    this.perUnit = perUnit;
    this.tanpaTabel = tanpaTabel;
    this.total = total;
  }

  /**
   * Consolidates the budget tables of {@code laporan}, one per unit.
   *
   * @throws IllegalArgumentException if a sum lies beyond the Rupiah range (±9,2 × 10^16), naming
   *     the code or the total
   */
  static AnggaranKabupaten dari(List<LaporanUnit> laporan) {
    Map<KodeNomenklatur, Akumulasi> akumulasi = new HashMap<>();
    Map<UnitOrganisasi, RekapAnggaran> perUnit = new LinkedHashMap<>();
    List<UnitOrganisasi> tanpaTabel = new ArrayList<>();
    for (LaporanUnit lu : laporan) {
      Optional<TabelRealisasiAnggaran> tabel = lu.laporan().realisasiAnggaran();
      if (tabel.isEmpty()) {
        tanpaTabel.add(lu.unit());
        continue;
      }
      PohonAnggaran pohon = tabel.get().anggaran();
      perUnit.put(lu.unit(), pohon.total());
      List<NodeAnggaran> nodes = pohon.semuaNode();
      Map<KodeNomenklatur, Integer> uses = new HashMap<>(nodes.size() * 4 / 3 + 1);
      nodes.forEach(n -> uses.merge(n.kode(), 1, Integer::sum));
      for (NodeAnggaran node : nodes) {
        Integer n = uses.put(node.kode(), 0); // 0: this unit's figures of the code are taken
        if (n > 0) {
          // a code used twice within the unit counts each use once, as PohonAnggaran.rekap(codes) does
          RekapAnggaran r = n == 1 ? pohon.rekap(node)
              : dalamRentang(pohon.rekap(List.of(node.kode())), node.kode().toString());
          akumulasi.computeIfAbsent(node.kode(), k -> new Akumulasi(node.nama())).tambah(lu.unit(), r);
        }
      }
    }
    List<KodeNomenklatur> kode = new ArrayList<>(akumulasi.keySet());
    Collections.sort(kode);
    Map<KodeNomenklatur, RekapKode> perKode = new LinkedHashMap<>(kode.size() * 4 / 3 + 1);
    for (KodeNomenklatur k : kode) {
      Akumulasi a = akumulasi.get(k);
      perKode.put(k, new RekapKode(k, a.nama, a.rekap(k.toString()), a.unit));
    }
    Akumulasi semua = new Akumulasi("total");
    perUnit.forEach(semua::tambah);
    return new AnggaranKabupaten(Collections.unmodifiableMap(perKode), Collections.unmodifiableMap(perUnit),
        List.copyOf(tanpaTabel), semua.rekap("total"));
  }

  /** Returns the kabupaten's total: the sum of the units' totals. */
  public RekapAnggaran total() {
    return total;
  }

  /** Returns the consolidated figures of code {@code kode}, if some unit carries it. */
  public Optional<RekapKode> rekap(KodeNomenklatur kode) {
    return Optional.ofNullable(perKode.get(Objects.requireNonNull(kode, "kode")));
  }

  /** Returns the consolidated figures of every code at level {@code tingkat}, in code order. */
  public List<RekapKode> rekap(TingkatAnggaran tingkat) {
    Objects.requireNonNull(tingkat, "tingkat");
    return perKode.values().stream().filter(r -> r.kode().tingkat() == tingkat).toList();
  }

  /** Returns the consolidated figures of every code, in code order. */
  public List<RekapKode> semua() {
    return List.copyOf(perKode.values());
  }

  /** Returns the total of unit {@code unit}'s budget table, if the unit has one. */
  public Optional<RekapAnggaran> unit(UnitOrganisasi unit) {
    return Optional.ofNullable(perUnit.get(Objects.requireNonNull(unit, "unit")));
  }

  /** Returns the total of every unit that has a budget table, in the kabupaten's order. */
  public Map<UnitOrganisasi, RekapAnggaran> perUnit() {
    return perUnit;
  }

  /** Returns the units whose report has no budget realisation table, in the kabupaten's order. */
  public List<UnitOrganisasi> unitTanpaTabel() {
    return tanpaTabel;
  }

  @Override
  public String toString() {
    return "AnggaranKabupaten[" + perUnit.size() + " units, " + perKode.size() + " codes, total pagu "
        + total.pagu().format() + "]";
  }

  private static RekapAnggaran dalamRentang(Outcome<RekapAnggaran> r, String apa) {
    if (!r.isComputable()) {
      throw beyondRange(apa);
    }
    return r.value();
  }

  private static IllegalArgumentException beyondRange(String apa) {
    return new IllegalArgumentException("kabupaten.anggaran " + apa + ": the pagu or realisasi sums beyond the Rupiah"
        + " range (±9,2 × 10^16) / pagu atau realisasi " + apa + " berjumlah di luar rentang Rupiah (±9,2 × 10^16)");
  }

  /** The sums of one code (or of the total) while the units are read. */
  private static final class Akumulasi {
    final String nama;
    final List<UnitOrganisasi> unit = new ArrayList<>();
    final List<Rupiah> pagu = new ArrayList<>();
    final List<Rupiah> realisasi = new ArrayList<>();
    boolean semuaMelapor = true;

    Akumulasi(String nama) {
      this.nama = nama;
    }

    void tambah(UnitOrganisasi u, RekapAnggaran r) {
      unit.add(u);
      pagu.add(r.pagu());
      r.realisasi().ifPresentOrElse(realisasi::add, () -> semuaMelapor = false);
    }

    RekapAnggaran rekap(String apa) {
      try {
        return new RekapAnggaran(Rupiah.total(pagu),
            semuaMelapor ? Optional.of(Rupiah.total(realisasi)) : Optional.empty());
      } catch (ArithmeticException beyond) {
        throw beyondRange(apa);
      }
    }
  }
}
