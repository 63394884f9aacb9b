package id.sakip.pohon;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.komposit.IndikatorKomposit;
import id.sakip.kinerja.komposit.Komponen;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The performance tree of one perangkat daerah (<i>pohon kinerja</i>, cascading; domain.md §11):
 * its roots (usually the tujuan) with every node below, indexed once so that an indicator, the node
 * holding it, a node's parent and the indicators supporting an indicator are found in constant
 * time.
 *
 * <pre>{@code
 * PohonKinerja pohon = PohonKinerja.of(kromengan, List.of(tujuan));
 * List<Temuan> temuan = PemeriksaanPohon.periksa(pohon, Lokasi.diTempat("Pohon kinerja"));
 * RekapCapaian r = pohon.rekap(IdIndikator.of("skm"), RumusKomposit.RATA_RATA_TERTIMBANG,
 *     NormalisasiBobot.BAGI_JUMLAH, KalkulatorCapaian.standar());
 * }</pre>
 *
 * <p>Building, indexing and rolling up are linear in the number of nodes and indicators. Immutable
 * and thread-safe; compares by unit and roots.
 */
public final class PohonKinerja {

  private final Optional<UnitOrganisasi> unit;
  private final List<NodePohon> akar;
  private final List<NodePohon> semuaNode;
  private final IdentityHashMap<NodePohon, NodePohon> induk;
  private final Map<IdIndikator, IndikatorPohon> indikator;
  private final Map<IdIndikator, NodePohon> pemilik;
  private final Map<IdIndikator, List<IndikatorPohon>> pendukung;

  private PohonKinerja(Optional<UnitOrganisasi> unit, List<NodePohon> akar) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.akar = List.copyOf(Objects.requireNonNull(akar, "akar"));
    List<NodePohon> all = new ArrayList<>();
    IdentityHashMap<NodePohon, NodePohon> parents = new IdentityHashMap<>();
    Map<IdIndikator, IndikatorPohon> byId = new LinkedHashMap<>();
    Map<IdIndikator, NodePohon> owners = new HashMap<>();
    Deque<NodePohon> stack = new ArrayDeque<>();
    for (int i = this.akar.size() - 1; i >= 0; i--) {
      stack.push(this.akar.get(i));
    }
    while (!stack.isEmpty()) {
      NodePohon node = stack.pop();
      all.add(node);
      for (IndikatorPohon ind : node.indikator()) {
        NodePohon other = owners.putIfAbsent(ind.id(), node);
        if (other != null) {
          throw new IllegalArgumentException("pohonKinerja: indicator id '" + ind.id() + "' is used on '" + other.label()
              + "' and on '" + node.label() + "'; an id names one indicator of the tree / id indikator '" + ind.id()
              + "' dipakai dua kali; satu id untuk satu indikator");
        }
        byId.put(ind.id(), ind);
      }
      for (int i = node.anak().size() - 1; i >= 0; i--) {
        NodePohon child = node.anak().get(i);
        if (parents.put(child, node) != null) {
          throw new IllegalArgumentException("pohonKinerja: node '" + child.label() + "' is held twice in the tree;"
              + " build each node once / node '" + child.label() + "' muncul dua kali di pohon");
        }
        stack.push(child);
      }
    }
    Map<IdIndikator, List<IndikatorPohon>> supporters = new HashMap<>();
    for (IndikatorPohon ind : byId.values()) {
      ind.mendukung().ifPresent(up -> supporters.computeIfAbsent(up, k -> new ArrayList<>()).add(ind));
    }
    supporters.replaceAll((k, v) -> List.copyOf(v));
    this.semuaNode = List.copyOf(all);
    this.induk = parents;
    this.indikator = byId;
    this.pemilik = owners;
    this.pendukung = supporters;
  }

  /**
   * Returns the tree of {@code unit} with roots {@code akar}.
   *
   * @throws IllegalArgumentException if two indicators share an id, or one node object is held
   *     twice
   */
  public static PohonKinerja of(UnitOrganisasi unit, List<NodePohon> akar) {
    return new PohonKinerja(Optional.of(Objects.requireNonNull(unit, "unit")), akar);
  }

  /** Returns a tree with roots {@code akar}, of no named unit; as {@link #of(UnitOrganisasi, List)}. */
  public static PohonKinerja of(List<NodePohon> akar) {
    return new PohonKinerja(Optional.empty(), akar);
  }

  /** The perangkat daerah whose tree this is, when named. */
  public Optional<UnitOrganisasi> unit() {
    return unit;
  }

  /** The roots. */
  public List<NodePohon> akar() {
    return akar;
  }

  /** Every node, depth first, each parent before its children. */
  public List<NodePohon> semuaNode() {
    return semuaNode;
  }

  /** Returns the parent of {@code node} (by identity), empty for a root or a node not in this tree. */
  public Optional<NodePohon> induk(NodePohon node) {
    return Optional.ofNullable(induk.get(Objects.requireNonNull(node, "node")));
  }

  /** Returns every indicator of the tree, in tree order. */
  public List<IndikatorPohon> semuaIndikator() {
    return List.copyOf(indikator.values());
  }

  /** Returns the indicator with id {@code id}, if the tree has it. */
  public Optional<IndikatorPohon> indikator(IdIndikator id) {
    return Optional.ofNullable(indikator.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the node holding the indicator {@code id}, if the tree has it. */
  public Optional<NodePohon> pemilik(IdIndikator id) {
    return Optional.ofNullable(pemilik.get(Objects.requireNonNull(id, "id")));
  }

  /** Returns the indicators that state they support {@code id}, in tree order. */
  public List<IndikatorPohon> pendukung(IdIndikator id) {
    return pendukung.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
  }

  /**
   * Rolls capaian up to the indicator {@code id} from the indicators that support it: a composite
   * ({@link IndikatorKomposit}) of the supporters, each with its own target, realisasi and weight
   * ({@link IndikatorPohon#bobot()}), combined by {@code rumus} with weights read by {@code
   * normalisasi}. Named, never a plain mean: {@link RumusKomposit#RATA_RATA_TERTIMBANG} weighs the
   * supporters' capaian, {@link RumusKomposit#RASIO_JUMLAH} sums their realisasi and targets and
   * is not computable across units. Not computable, with the reason, when no indicator supports
   * {@code id}, or under {@link NormalisasiBobot#HARUS_SATU} when the weights do not add up to 1.
   *
   * @throws IllegalArgumentException if the tree has no indicator {@code id}
   */
  public RekapCapaian rekap(IdIndikator id, RumusKomposit rumus, NormalisasiBobot normalisasi,
      KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(rumus, "rumus");
    Objects.requireNonNull(normalisasi, "normalisasi");
    Objects.requireNonNull(kalkulator, "kalkulator");
    if (!indikator.containsKey(Objects.requireNonNull(id, "id"))) {
      throw new IllegalArgumentException("pohonKinerja.rekap: the tree has no indicator '" + id
          + "' / pohon tidak memiliki indikator '" + id + "'");
    }
    List<IndikatorPohon> supporters = pendukung(id);
    List<IdIndikator> ids = supporters.stream().map(IndikatorPohon::id).toList();
    return new RekapCapaian(id, rumus, normalisasi, ids, hitung(id, supporters, rumus, normalisasi, kalkulator));
  }

  /**
   * Rolls capaian up to every indicator that at least one indicator supports, as {@link #rekap};
   * in tree order. Linear in the number of indicators.
   */
  public Map<IdIndikator, RekapCapaian> rekapSemua(RumusKomposit rumus, NormalisasiBobot normalisasi,
      KalkulatorCapaian kalkulator) {
    Map<IdIndikator, RekapCapaian> out = new LinkedHashMap<>();
    for (IdIndikator id : indikator.keySet()) {
      if (pendukung.containsKey(id)) {
        out.put(id, rekap(id, rumus, normalisasi, kalkulator));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Outcome<Persentase> hitung(IdIndikator id, List<IndikatorPohon> supporters, RumusKomposit rumus,
      NormalisasiBobot normalisasi, KalkulatorCapaian kalkulator) {
    if (supporters.isEmpty()) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE,
          "roll-up to '" + id + "': no indicator of the tree supports it, so there is nothing to roll up");
    }
    List<IndikatorPohon> tanpaTarget = supporters.stream().filter(s -> s.target().isEmpty()).toList();
    if (!tanpaTarget.isEmpty()) {
      return Outcome.notComputable(Outcome.Reason.NO_VALUE,
          "roll-up to '" + id + "': supporting " + (tanpaTarget.size() == 1 ? "indicator " : "indicators ")
              + tanpaTarget.stream().limit(5).map(s -> "'" + s.id() + "'").collect(Collectors.joining(", "))
              + (tanpaTarget.size() > 5 ? " and " + (tanpaTarget.size() - 5) + " more" : "")
              + (tanpaTarget.size() == 1 ? " has" : " have") + " no target, so its capaian is unknown");
    }
    if (normalisasi == NormalisasiBobot.HARUS_SATU) {
      Pecahan sum = Pecahan.ZERO;
      for (IndikatorPohon s : supporters) {
        sum = sum.plus(s.bobot());
      }
      if (!sum.equals(Pecahan.ONE)) {
        return Outcome.notComputable(Outcome.Reason.NOT_APPLICABLE,
            "roll-up to '" + id + "': the weights of its supporters add up to " + sum
                + ", not 1, as HARUS_SATU requires (BAGI_JUMLAH divides each weight by their sum)");
      }
    }
    List<Komponen> komponen = new ArrayList<>(supporters.size());
    for (IndikatorPohon s : supporters) {
      komponen.add(new Komponen(s.indikator().withNama(s.id().nilai()), s.target().orElseThrow(), s.realisasi(),
          s.bobot()));
    }
    return new IndikatorKomposit(id.nilai(), komponen, normalisasi).hitung(rumus, kalkulator);
  }

  /** Two trees are equal when they have the same unit and equal roots. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PohonKinerja other && other.unit.equals(unit) && other.akar.equals(akar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, akar);
  }

  @Override
  public String toString() {
    return "PohonKinerja[" + unit.map(UnitOrganisasi::toString).orElse("-") + ", " + semuaNode.size() + " nodes, "
        + indikator.size() + " indicators]";
  }
}
