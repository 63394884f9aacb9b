package id.sakip.perencanaan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The yearly performance plan (Rencana Kinerja Tahunan, RKT): sasaran → program → kegiatan → sub
 * kegiatan, with the output planned for each budget node and the link from each sasaran to the
 * nodes that support it.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTahun(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class Rkt implements WithRkt {

  Rkt() {}

  /** Returns a new {@link Builder}; {@code tahun} and {@code anggaran} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Rkt} values; {@code tahun} and {@code anggaran} are required. The builder is
   * strict: an attribute is set at most once (a second call throws {@link IllegalStateException}),
   * a list or map attribute is added to, and {@code build()} throws {@link IllegalStateException}
   * when a required attribute is missing and {@link IllegalArgumentException} when the value breaks
   * a rule of {@link Rkt}.
   */
  public static final class Builder extends ImmutableRkt.Builder {
    Builder() {}
  }

  /** The year of the plan. */
  public abstract int tahun();

  /** The sasaran with their targets and supporting budget nodes. */
  public abstract List<SasaranRkt> sasaran();

  /** The budget tree (program → kegiatan → sub kegiatan) with its pagu. */
  public abstract PohonAnggaran anggaran();

  /** The output planned for each budget node, by code. */
  public abstract Map<KodeNomenklatur, KeluaranRkt> keluaran();

  /** Returns the sasaran line whose sasaran is named {@code nama}, if any. */
  public Optional<SasaranRkt> sasaran(String nama) {
    return sasaran().stream().filter(s -> s.target().sasaran().equals(nama)).findFirst();
  }

  /**
   * Returns the share of the RKT's total pagu held by the nodes supporting {@code sasaran}
   * (LKj table 3.1).
   *
   * @throws IllegalArgumentException if the RKT has no such sasaran
   */
  public Outcome<Persentase> porsi(String sasaran) {
    SasaranRkt s = sasaran(sasaran).orElseThrow(() -> new IllegalArgumentException(
        "rkt: no sasaran named '" + sasaran + "'; known: " + sasaran().stream().map(x -> x.target().sasaran()).toList()));
    return anggaran().porsi(s.pendukung());
  }

  /**
   * Runs the budget checks on the tree and reports sasaran without supporting budget, locating
   * each finding in the part {@link Bagian#RKT}.
   */
  public List<Temuan> periksa() {
    Lokasi dasar = Lokasi.of(Bagian.RKT);
    List<Temuan> out = new ArrayList<>(PemeriksaanAnggaran.periksa(anggaran(), dasar));
    Map<String, List<KodeNomenklatur>> links = new LinkedHashMap<>();
    sasaran().forEach(s -> links.put(s.target().sasaran(), s.pendukung()));
    out.addAll(PemeriksaanAnggaran.sasaranTanpaAnggaran(anggaran(), dasar, links));
    return out;
  }

  @Value.Check
  void check() {
    Checks.year("rkt.tahun", tahun());
    Set<KodeNomenklatur> codes =
        anggaran().semuaNode().stream().map(NodeAnggaran::kode).collect(Collectors.toSet());
    keluaran().keySet().forEach(k -> requireNode(codes, "rkt.keluaran", k));
    sasaran().forEach(s -> s.pendukung().forEach(k -> requireNode(codes, "rkt.sasaran '" + s.target().sasaran() + "'.pendukung", k)));
  }

  private static void requireNode(Set<KodeNomenklatur> codes, String field, KodeNomenklatur kode) {
    if (!codes.contains(kode)) {
      throw new IllegalArgumentException(field + ": code " + kode + " is not a node of the RKT budget tree;"
          + " outputs and supporting nodes must refer to nodes of the tree");
    }
  }
}
