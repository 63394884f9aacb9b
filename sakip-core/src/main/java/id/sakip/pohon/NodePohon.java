package id.sakip.pohon;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A node of the performance tree (<i>node pohon kinerja</i>): its level, name, nomenclature code
 * (program, kegiatan and sub kegiatan only), indicators, pagu, the other perangkat daerah it
 * crosscuts with (<i>lintas</i>) and its children, one level below.
 *
 * <pre>{@code
 * NodePohon sub = NodePohon.dari(subKegiatanAnggaran).addIndikator(keluaran).build();
 * NodePohon kegiatan = NodePohon.builder()
 *     .tingkat(TingkatPohon.KEGIATAN).nama("Administrasi Keuangan Perangkat Daerah")
 *     .kode(KodeNomenklatur.parse("7.01.01.2.02")).pagu(Rupiah.of(2_026_661_401L))
 *     .addAnak(sub).build();
 * }</pre>
 *
 * <p>A tree is built bottom-up: a node holds its finished children, so a cycle cannot be built.
 * Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withPagu(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class NodePohon implements WithNodePohon {

  NodePohon() {}

  /** Returns a new {@link Builder}; {@code tingkat} and {@code nama} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding the level, code, name and stated pagu of a budget node (program,
   * kegiatan or sub kegiatan); its children are not copied.
   *
   * @throws IllegalArgumentException if the node is an urusan or bidang urusan
   */
  public static Builder dari(NodeAnggaran node) {
    Objects.requireNonNull(node, "node");
    TingkatPohon tingkat = TingkatPohon.dari(node.tingkat()).orElseThrow(() -> new IllegalArgumentException(
        "nodePohon: budget node " + node.kode() + " is an " + node.tingkat()
            + "; the performance tree holds programs, kegiatan and sub kegiatan / node anggaran " + node.kode()
            + " bukan program, kegiatan atau sub kegiatan"));
    Builder b = builder();
    b.tingkat(tingkat).nama(node.nama()).kode(node.kode());
    node.paguTercatat().ifPresent(b::pagu);
    return b;
  }

  /**
   * Builds {@link NodePohon} values; {@code tingkat} and {@code nama} are required. The builder is
   * strict: an attribute is set at most once (a second call throws {@link IllegalStateException}),
   * a list attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link NodePohon}.
   */
  public static final class Builder extends ImmutableNodePohon.Builder {
    Builder() {}
  }

  /** The level. */
  public abstract TingkatPohon tingkat();

  /** The name as the plan prints it. */
  public abstract String nama();

  /** The nomenclature code: present exactly for program, kegiatan and sub kegiatan, of that level. */
  public abstract Optional<KodeNomenklatur> kode();

  /** The indicators of this node. */
  public abstract List<IndikatorPohon> indikator();

  /** The pagu of the node's budget, when stated. */
  public abstract Optional<Rupiah> pagu();

  /** The other perangkat daerah this node crosscuts with (<i>lintas perangkat daerah</i>). */
  public abstract List<UnitOrganisasi> lintas();

  /** The children, each one level below. */
  public abstract List<NodePohon> anak();

  /** Returns how the node is called in messages: its code and name, or its name. */
  public String label() {
    return kode().map(k -> k + " " + nama()).orElse(nama());
  }

  @Value.Check
  void check() {
    if (nama().isBlank()) {
      throw new IllegalArgumentException("nodePohon.nama: the name of a " + tingkat().teks()
          + " is blank; a node needs a name / nama node " + tingkat().teks() + " kosong; node memerlukan nama");
    }
    if (tingkat().tingkatAnggaran().isPresent() != kode().isPresent()) {
      throw new IllegalArgumentException("nodePohon.kode of " + tingkat().teks() + " '" + nama() + "': "
          + (kode().isPresent()
              ? "a " + tingkat().teks() + " carries no nomenclature code, got " + kode().get() + " / "
                  + tingkat().teks() + " tidak memiliki kode nomenklatur"
              : "a " + tingkat().teks() + " needs its nomenclature code / " + tingkat().teks()
                  + " memerlukan kode nomenklatur"));
    }
    if (kode().isPresent() && kode().get().tingkat() != tingkat().tingkatAnggaran().get()) {
      throw new IllegalArgumentException("nodePohon.kode of " + tingkat().teks() + " '" + nama() + "': code "
          + kode().get() + " is a " + kode().get().tingkat() + " code; a " + tingkat().teks() + " needs a code of its"
          + " level / kode " + kode().get() + " bukan kode " + tingkat().teks());
    }
    for (NodePohon child : anak()) {
      if (tingkat().bawah().filter(b -> b == child.tingkat()).isEmpty()) {
        throw new IllegalArgumentException("nodePohon.anak of " + tingkat().teks() + " '" + label() + "': "
            + child.tingkat().teks() + " '" + child.label() + "' cannot sit here; a child is exactly one level below"
            + " its parent (tujuan → sasaran → program → kegiatan → sub kegiatan) / " + child.tingkat().teks()
            + " tidak dapat berada di bawah " + tingkat().teks() + "; anak tepat satu tingkat di bawah induknya");
      }
    }
  }
}
