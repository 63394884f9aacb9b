package id.sakip.anggaran;

import id.sakip.angka.Rupiah;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Consistency checks of a budget tree, each returning {@link Temuan findings}; the audit of a whole
 * report builds on them. Rule ids are stable:
 *
 * <ul>
 *   <li>{@value #CHILDREN_SUM_MISMATCH}: the pagu or realisasi stated on a parent differs from
 *       the sum of its children (error);
 *   <li>{@value #TOTAL_MISMATCH}: a printed total row differs from the sum of the tree (error);
 *   <li>{@value #REALISASI_EXCEEDS_PAGU}: a node spent more than its pagu (error);
 *   <li>{@value #NEGATIVE_AMOUNT}: a stated pagu or realisasi is below zero (error);
 *   <li>{@value #DUPLICATE_CODE}: two nodes share a code (error);
 *   <li>{@value #CODE_OUTSIDE_PARENT}: a child's code is not one level below its parent's (error);
 *   <li>{@value #SASARAN_WITHOUT_BUDGET}: a sasaran is supported by no budget (warning).
 * </ul>
 */
public final class PemeriksaanAnggaran {

  /** Rule id: a parent's stated figure differs from the sum of its children. */
  public static final String CHILDREN_SUM_MISMATCH = "BUDGET_CHILDREN_SUM_MISMATCH";

  /** Rule id: a printed total row differs from the sum of the tree. */
  public static final String TOTAL_MISMATCH = "BUDGET_TOTAL_MISMATCH";

  /** Rule id: realisasi above pagu. */
  public static final String REALISASI_EXCEEDS_PAGU = "REALISASI_EXCEEDS_PAGU";

  /** Rule id: a negative amount. */
  public static final String NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT";

  /** Rule id: a code used twice. */
  public static final String DUPLICATE_CODE = "DUPLICATE_CODE";

  /** Rule id: a code outside its parent's. */
  public static final String CODE_OUTSIDE_PARENT = "CODE_OUTSIDE_PARENT";

  /** Rule id: a sasaran without supporting budget. */
  public static final String SASARAN_WITHOUT_BUDGET = "SASARAN_WITHOUT_BUDGET";

  private PemeriksaanAnggaran() {}

  /** Runs every check that needs only the tree, in the order of the list above. */
  public static List<Temuan> periksa(PohonAnggaran pohon) {
    List<Temuan> out = new ArrayList<>();
    out.addAll(jumlahAnak(pohon));
    out.addAll(realisasiMelebihiPagu(pohon));
    out.addAll(nilaiNegatif(pohon));
    out.addAll(kodeGanda(pohon));
    out.addAll(kodeDiLuarInduk(pohon));
    return out;
  }

  /**
   * Runs every check that needs only the tree, locating each finding by its path in a document
   * where the tree's top-level nodes are the array at {@code jalurPohon} and children are under
   * {@code anak}: {@code $.realisasiAnggaran.anggaran[0].anak[2].pagu}.
   */
  public static List<Temuan> periksa(PohonAnggaran pohon, String jalurPohon) {
    Objects.requireNonNull(jalurPohon, "jalurPohon");
    Map<NodeAnggaran, String> paths = new IdentityHashMap<>();
    for (int i = 0; i < pohon.akar().size(); i++) {
      index(pohon.akar().get(i), jalurPohon + "[" + i + "]", paths);
    }
    List<Temuan> out = new ArrayList<>();
    for (Temuan t : periksa(pohon)) {
      out.add(locate(t, pohon, paths));
    }
    return out;
  }

  private static void index(NodeAnggaran node, String path, Map<NodeAnggaran, String> paths) {
    paths.put(node, path);
    for (int i = 0; i < node.anak().size(); i++) {
      index(node.anak().get(i), path + ".anak[" + i + "]", paths);
    }
  }

  /** Finds the node a finding names (its location ends with the node's label) and adds its path. */
  private static Temuan locate(Temuan t, PohonAnggaran pohon, Map<NodeAnggaran, String> paths) {
    for (NodeAnggaran node : pohon.semuaNode()) {
      if (t.lokasi().endsWith(node.label())) {
        String field = t.lokasi().startsWith("realisasi of") ? ".realisasi"
            : t.lokasi().startsWith("pagu of") ? ".pagu" : t.aturan().equals(CODE_OUTSIDE_PARENT)
                || t.aturan().equals(DUPLICATE_CODE) ? ".kode" : "";
        return t.withJalur(paths.get(node) + field);
      }
    }
    return t;
  }

  /** Parents whose stated pagu or realisasi differs from the sum of their children. */
  public static List<Temuan> jumlahAnak(PohonAnggaran pohon) {
    Objects.requireNonNull(pohon, "pohon");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      if (node.isDaun()) {
        continue;
      }
      RekapAnggaran sum = pohon.rekap(node);
      compare(out, node, "pagu", node.paguTercatat(), Optional.of(sum.pagu()));
      compare(out, node, "realisasi", node.realisasiTercatat(), sum.realisasi());
    }
    return out;
  }

  private static void compare(
      List<Temuan> out, NodeAnggaran node, String field, Optional<Rupiah> stated, Optional<Rupiah> sum) {
    if (stated.isEmpty() || sum.isEmpty() || stated.get().equals(sum.get())) {
      return;
    }
    Rupiah diff = stated.get().minus(sum.get());
    out.add(Temuan.selisih(CHILDREN_SUM_MISMATCH, Keparahan.ERROR, field + " of " + node.label(),
        stated.get().format(), sum.get().format(), diff.format(),
        "the " + field + " stated for " + node.label() + " is " + stated.get().format() + " but its "
            + node.anak().size() + " children sum to " + sum.get().format() + " (difference " + diff.format()
            + "): a row is missing or a figure is wrong"));
  }

  /**
   * Compares a printed total row ("Jumlah") with the sum of the whole tree: one finding for the
   * pagu and one for the realisasi when they differ. Seed table B: printed 2.910.568.737 against
   * rows summing to 2.900.675.537.
   */
  public static List<Temuan> jumlahTotal(
      PohonAnggaran pohon, String lokasi, Rupiah paguTercetak, Optional<Rupiah> realisasiTercetak) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(lokasi, "lokasi");
    Objects.requireNonNull(paguTercetak, "paguTercetak");
    Objects.requireNonNull(realisasiTercetak, "realisasiTercetak");
    List<Temuan> out = new ArrayList<>();
    totalRow(out, lokasi, "pagu", paguTercetak, pohon.total().pagu());
    if (realisasiTercetak.isPresent() && pohon.total().realisasi().isPresent()) {
      totalRow(out, lokasi, "realisasi", realisasiTercetak.get(), pohon.total().realisasi().get());
    }
    return out;
  }

  private static void totalRow(List<Temuan> out, String lokasi, String field, Rupiah printed, Rupiah sum) {
    if (printed.equals(sum)) {
      return;
    }
    Rupiah diff = printed.minus(sum);
    out.add(Temuan.selisih(TOTAL_MISMATCH, Keparahan.ERROR, field + " total of " + lokasi, printed.format(),
        sum.format(), diff.format(),
        "the printed " + field + " total " + printed.format() + " of " + lokasi + " is not the sum of its rows "
            + sum.format() + " (difference " + diff.format() + ")"));
  }

  /** Nodes whose (rolled-up) realisasi exceeds their pagu. */
  public static List<Temuan> realisasiMelebihiPagu(PohonAnggaran pohon) {
    Objects.requireNonNull(pohon, "pohon");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      RekapAnggaran r = pohon.rekap(node);
      if (r.realisasi().isPresent() && r.realisasi().get().isGreaterThan(r.pagu())) {
        Rupiah over = r.realisasi().get().minus(r.pagu());
        out.add(Temuan.selisih(REALISASI_EXCEEDS_PAGU, Keparahan.ERROR, node.label(),
            r.realisasi().get().format(), r.pagu().format(), over.format(),
            "realisasi " + r.realisasi().get().format() + " of " + node.label() + " exceeds its pagu "
                + r.pagu().format() + " by " + over.format() + "; spending may not exceed the pagu"));
      }
    }
    return out;
  }

  /** Nodes stating a negative pagu or realisasi. */
  public static List<Temuan> nilaiNegatif(PohonAnggaran pohon) {
    Objects.requireNonNull(pohon, "pohon");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      negative(out, node, "pagu", NodeAnggaran::paguTercatat);
      negative(out, node, "realisasi", NodeAnggaran::realisasiTercatat);
    }
    return out;
  }

  private static void negative(
      List<Temuan> out, NodeAnggaran node, String field, Function<NodeAnggaran, Optional<Rupiah>> value) {
    value.apply(node).filter(Rupiah::isNegative).ifPresent(v -> out.add(
        new Temuan(NEGATIVE_AMOUNT, Keparahan.ERROR, field + " of " + node.label(), Optional.of(v.format()),
            Optional.empty(), Optional.empty(),
            "the " + field + " of " + node.label() + " is " + v.format() + "; budget amounts are never negative")));
  }

  /** Codes used by more than one node (each repeated code reported once). */
  public static List<Temuan> kodeGanda(PohonAnggaran pohon) {
    Objects.requireNonNull(pohon, "pohon");
    Set<KodeNomenklatur> seen = new HashSet<>();
    Set<KodeNomenklatur> reported = new HashSet<>();
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      if (!seen.add(node.kode()) && reported.add(node.kode())) {
        out.add(Temuan.fakta(DUPLICATE_CODE, Keparahan.ERROR, node.label(),
            "code " + node.kode() + " is used by more than one node; each budget node needs its own code"));
      }
    }
    return out;
  }

  /** Children whose code is not exactly one level below their parent's code. */
  public static List<Temuan> kodeDiLuarInduk(PohonAnggaran pohon) {
    Objects.requireNonNull(pohon, "pohon");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran parent : pohon.semuaNode()) {
      for (NodeAnggaran child : parent.anak()) {
        if (!child.kode().isAnakLangsungDari(parent.kode())) {
          out.add(Temuan.fakta(CODE_OUTSIDE_PARENT, Keparahan.ERROR, child.label(),
              "code " + child.kode() + " (" + child.tingkat() + ") is placed under " + parent.kode() + " ("
                  + parent.tingkat() + ") but does not extend it by one level; a child's code must extend its parent's"));
        }
      }
    }
    return out;
  }

  /**
   * Sasaran whose supporting kegiatan (by code) hold no budget in the tree: none of the codes is
   * in the tree, or they add up to zero.
   *
   * @param pendukung for each sasaran (by name), the codes of the nodes that support it
   */
  public static List<Temuan> sasaranTanpaAnggaran(
      PohonAnggaran pohon, Map<String, ? extends Collection<KodeNomenklatur>> pendukung) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(pendukung, "pendukung");
    List<Temuan> out = new ArrayList<>();
    pendukung.forEach((sasaran, kode) -> {
      if (pohon.pagu(kode).isZero()) {
        out.add(Temuan.fakta(SASARAN_WITHOUT_BUDGET, Keparahan.WARNING, "sasaran " + sasaran,
            "sasaran '" + sasaran + "' is supported by " + (kode.isEmpty() ? "no kegiatan" : "codes " + kode
                + " that hold no pagu in the budget tree") + "; every sasaran needs a budget behind it"));
      }
    });
    return out;
  }
}
