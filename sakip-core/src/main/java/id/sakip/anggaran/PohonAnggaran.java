package id.sakip.anggaran;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A budget tree (pohon anggaran): program → kegiatan → sub kegiatan, with every figure rolled up
 * exactly from the leaves.
 *
 * <p>A node's pagu is the sum of its children's pagu (a leaf's is as stated); its realisasi is the
 * sum of its children's realisasi when every child reports one, and absent otherwise; serapan and
 * sisa follow from these sums ({@link RekapAnggaran}). Figures stated on parents are not used in
 * the roll-up: {@link PemeriksaanAnggaran} checks them. A tree built from a flawed report (a
 * duplicate code, a code outside its parent) is still a tree; the checks report the flaws.
 *
 * <pre>{@code
 * PohonAnggaran pohon = PohonAnggaran.of(
 *     NodeAnggaran.builder("7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik")
 *         .anak(NodeAnggaran.of("7.01.02.2.01", "Koordinasi Penyelenggaraan Kegiatan Pemerintahan",
 *                   Rupiah.of(305_711_500), Rupiah.of(265_742_000)))
 *         .build());
 * pohon.total().serapan();   // 86,93%
 * }</pre>
 */
public final class PohonAnggaran {

  private final List<NodeAnggaran> akar;
  private final Map<NodeAnggaran, RekapAnggaran> rekap;
  private final Map<KodeNomenklatur, List<NodeAnggaran>> byKode;
  private final Map<NodeAnggaran, NodeAnggaran> induk;
  private final RekapAnggaran total;

  private PohonAnggaran(List<NodeAnggaran> akar) {
    this.akar = akar;
    List<NodeAnggaran> semua = new ArrayList<>();
    akar.forEach(n -> collect(n, semua));
    this.rekap = new IdentityHashMap<>(semua.size()); // sized once: no rehashing while a large tree is built
    this.byKode = new java.util.HashMap<>(semua.size() * 4 / 3 + 1);
    this.induk = new IdentityHashMap<>(semua.size());
    List<RekapAnggaran> tops = new ArrayList<>(akar.size());
    for (NodeAnggaran node : akar) {
      tops.add(rollUp(node));
    }
    this.total = sum(tops);
    for (NodeAnggaran node : semua) {
      byKode.computeIfAbsent(node.kode(), k -> new ArrayList<>(1)).add(node);
      node.anak().forEach(c -> induk.put(c, node));
    }
  }

  /** Returns the tree with the given top-level nodes (usually the programs), in order. */
  public static PohonAnggaran of(List<NodeAnggaran> akar) {
    List<NodeAnggaran> copy = List.copyOf(Objects.requireNonNull(akar, "akar"));
    return new PohonAnggaran(copy);
  }

  /** Returns the tree with the given top-level nodes, in order. */
  public static PohonAnggaran of(NodeAnggaran... akar) {
    return of(List.of(akar));
  }

  /** Returns the top-level nodes. */
  public List<NodeAnggaran> akar() {
    return akar;
  }

  /** Returns every node in pre-order (parent before children, children in order). */
  public List<NodeAnggaran> semuaNode() {
    List<NodeAnggaran> out = new ArrayList<>(rekap.size());
    akar.forEach(n -> collect(n, out));
    return out;
  }

  /** Returns the rolled-up figures of the whole tree. */
  public RekapAnggaran total() {
    return total;
  }

  /**
   * Returns the rolled-up figures of {@code node}.
   *
   * @throws IllegalArgumentException if the node is not in this tree
   */
  public RekapAnggaran rekap(NodeAnggaran node) {
    RekapAnggaran r = rekap.get(Objects.requireNonNull(node, "node"));
    if (r == null) {
      throw new IllegalArgumentException("node " + node.label() + " is not in this budget tree");
    }
    return r;
  }

  /** Returns the first node (in pre-order) with code {@code kode}, if any. */
  public Optional<NodeAnggaran> node(KodeNomenklatur kode) {
    List<NodeAnggaran> nodes = byKode.get(Objects.requireNonNull(kode, "kode"));
    return nodes == null ? Optional.empty() : Optional.of(nodes.get(0));
  }

  /** Returns the rolled-up figures of the first node with code {@code kode}, if any. */
  public Optional<RekapAnggaran> rekap(KodeNomenklatur kode) {
    return node(kode).map(this::rekap);
  }

  /**
   * Returns the share of the tree's total pagu held by {@code node}: {@code pagu(node) / total ×
   * 100}; not computable when the total is 0.
   */
  public Outcome<Persentase> porsi(NodeAnggaran node) {
    return Persentase.ratio(rekap(node).pagu(), total.pagu());
  }

  /**
   * Returns the share of the total pagu held by the nodes with the given codes, such as the
   * kegiatan supporting one sasaran (LKj table 3.1: 7.682.800 of 2.910.568.737 is 0,26%). A code
   * with no node adds nothing; a code inside another listed code is counted once.
   *
   * @throws ArithmeticException if the pagu of those nodes sums beyond the Rupiah range (possible
   *     only when amounts of both signs are mixed)
   */
  public Outcome<Persentase> porsi(Collection<KodeNomenklatur> kode) {
    return Persentase.ratio(pagu(kode), total.pagu());
  }

  /**
   * Returns the pagu of the nodes with the given codes, each counted once.
   *
   * @throws ArithmeticException if the exact sum lies outside the Rupiah range (possible only
   *     when amounts of both signs are mixed)
   */
  public Rupiah pagu(Collection<KodeNomenklatur> kode) {
    Outcome<RekapAnggaran> r = rekap(kode);
    if (!r.isComputable()) {
      throw new ArithmeticException(r.explanation());
    }
    return r.value().pagu();
  }

  /**
   * Returns the rolled-up figures of the nodes with the given codes, each counted once (a code
   * inside another listed code adds nothing more); a code with no node adds nothing. Not
   * computable ({@link Outcome.Reason#OUT_OF_RANGE}) when their pagu or realisasi sums beyond the
   * Rupiah range, which only amounts of both signs can do: the tree's own total is in range.
   */
  public Outcome<RekapAnggaran> rekap(Collection<KodeNomenklatur> kode) {
    Set<KodeNomenklatur> wanted = Set.copyOf(Objects.requireNonNull(kode, "kode"));
    List<RekapAnggaran> parts = new ArrayList<>();
    for (KodeNomenklatur k : wanted) {
      for (NodeAnggaran node : byKode.getOrDefault(k, List.of())) {
        if (!insideWanted(node, wanted)) {
          parts.add(rekap.get(node));
        }
      }
    }
    try {
      return Outcome.of(sum(parts));
    } catch (ArithmeticException beyondRange) {
      return Outcome.notComputable(Outcome.Reason.OUT_OF_RANGE, "the pagu or realisasi of the nodes "
          + KodeNomenklatur.daftar(wanted) + " sums beyond the Rupiah range");
    }
  }

  private boolean insideWanted(NodeAnggaran node, Set<KodeNomenklatur> wanted) {
    for (NodeAnggaran up = induk.get(node); up != null; up = induk.get(up)) {
      if (wanted.contains(up.kode())) {
        return true;
      }
    }
    return false;
  }

  /** Returns true when every code in {@code kode} is the code of a node of this tree. */
  public boolean memuatSemua(Collection<KodeNomenklatur> kode) {
    return byKode.keySet().containsAll(Objects.requireNonNull(kode, "kode"));
  }

  /** Trees are equal when their top-level nodes are equal. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PohonAnggaran other && other.akar.equals(akar);
  }

  @Override
  public int hashCode() {
    return akar.hashCode();
  }

  @Override
  public String toString() {
    return "PohonAnggaran[" + semuaNode().size() + " nodes, total pagu " + total.pagu().format() + "]";
  }

  private RekapAnggaran rollUp(NodeAnggaran node) {
    RekapAnggaran r;
    if (node.isDaun()) {
      r = new RekapAnggaran(node.paguTercatat().orElseThrow(), node.realisasiTercatat());
    } else {
      List<RekapAnggaran> children = new ArrayList<>(node.anak().size());
      for (NodeAnggaran child : node.anak()) {
        children.add(rollUp(child));
      }
      r = sum(children);
    }
    rekap.put(node, r);
    return r;
  }

  private static RekapAnggaran sum(List<RekapAnggaran> parts) {
    List<Rupiah> pagu = new ArrayList<>(parts.size());
    List<Rupiah> realisasi = new ArrayList<>(parts.size());
    boolean allReported = true;
    for (RekapAnggaran p : parts) {
      pagu.add(p.pagu());
      if (p.realisasi().isPresent()) {
        realisasi.add(p.realisasi().get());
      } else {
        allReported = false;
      }
    }
    return new RekapAnggaran(
        Rupiah.total(pagu), allReported ? Optional.of(Rupiah.total(realisasi)) : Optional.empty());
  }

  private static void collect(NodeAnggaran node, List<NodeAnggaran> out) {
    out.add(node);
    node.anak().forEach(c -> collect(c, out));
  }
}
