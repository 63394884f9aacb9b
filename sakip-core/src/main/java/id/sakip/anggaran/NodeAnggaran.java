package id.sakip.anggaran;

import id.sakip.angka.Rupiah;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a budget tree: a program, kegiatan or sub kegiatan (or an urusan / bidang grouping),
 * identified by its {@link KodeNomenklatur}, with the pagu (budget ceiling) and realisasi (spending)
 * stated for it, if any, and its children.
 *
 * <p>A node without children must state its pagu. A parent's figures are derived from its
 * children by {@link PohonAnggaran}; figures stated on a parent are kept as stated so that {@link
 * PemeriksaanAnggaran} can check them against the sum of the children. Nodes are immutable.
 */
public final class NodeAnggaran {

  private final KodeNomenklatur kode;
  private final String nama;
  private final Optional<Rupiah> pagu;
  private final Optional<Rupiah> realisasi;
  private final List<NodeAnggaran> anak;

  private NodeAnggaran(Builder b) {
    this.kode = b.kode;
    this.nama = b.nama;
    this.pagu = Optional.ofNullable(b.pagu);
    this.realisasi = Optional.ofNullable(b.realisasi);
    this.anak = List.copyOf(b.anak);
  }

  /**
   * Returns a builder for the node with code {@code kode} (parsed with {@link
   * KodeNomenklatur#parse}) and name {@code nama}.
   *
   * @throws IllegalArgumentException if the code is invalid
   */
  public static Builder builder(String kode, String nama) {
    return new Builder(KodeNomenklatur.parse(Objects.requireNonNull(kode, "kode")), nama);
  }

  /** Returns a builder for the node with code {@code kode} and name {@code nama}. */
  public static Builder builder(KodeNomenklatur kode, String nama) {
    return new Builder(kode, nama);
  }

  /** Returns a leaf node with a pagu and a realisasi. */
  public static NodeAnggaran of(String kode, String nama, Rupiah pagu, Rupiah realisasi) {
    return builder(kode, nama).pagu(pagu).realisasi(realisasi).build();
  }

  /** Returns a leaf node with a pagu only (a plan, such as an RKT line). */
  public static NodeAnggaran of(String kode, String nama, Rupiah pagu) {
    return builder(kode, nama).pagu(pagu).build();
  }

  /** Returns the code. */
  public KodeNomenklatur kode() {
    return kode;
  }

  /** Returns the level, from the code. */
  public TingkatAnggaran tingkat() {
    return kode.tingkat();
  }

  /** Returns the name as the report prints it. */
  public String nama() {
    return nama;
  }

  /** Returns the pagu stated for this node, if any (on a parent: as printed, to be checked). */
  public Optional<Rupiah> paguTercatat() {
    return pagu;
  }

  /** Returns the realisasi stated for this node, if any. */
  public Optional<Rupiah> realisasiTercatat() {
    return realisasi;
  }

  /** Returns the children, in the order given. */
  public List<NodeAnggaran> anak() {
    return anak;
  }

  /** Returns true if this node has no children. */
  public boolean isDaun() {
    return anak.isEmpty();
  }

  /** Returns the code and the name, for messages: {@code 7.01.01.2.02 Administrasi Keuangan…}. */
  public String label() {
    return kode + " " + nama;
  }

  /** Nodes are equal when code, name, stated figures and children are equal. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof NodeAnggaran other
        && other.kode.equals(kode)
        && other.nama.equals(nama)
        && other.pagu.equals(pagu)
        && other.realisasi.equals(realisasi)
        && other.anak.equals(anak);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kode, nama, pagu, realisasi, anak);
  }

  @Override
  public String toString() {
    return "NodeAnggaran[" + label() + ", pagu=" + pagu.map(Rupiah::format).orElse("-") + ", realisasi="
        + realisasi.map(Rupiah::format).orElse("-") + ", anak=" + anak.size() + "]";
  }

  /** Builds a {@link NodeAnggaran}; every setter rejects null. */
  public static final class Builder {
    private final KodeNomenklatur kode;
    private final String nama;
    private Rupiah pagu;
    private Rupiah realisasi;
    private final List<NodeAnggaran> anak = new ArrayList<>();

    private Builder(KodeNomenklatur kode, String nama) {
      this.kode = Objects.requireNonNull(kode, "kode");
      this.nama = Objects.requireNonNull(nama, "nama");
    }

    /** Sets the pagu stated for the node. */
    public Builder pagu(Rupiah value) {
      this.pagu = Objects.requireNonNull(value, "pagu");
      return this;
    }

    /** Sets the realisasi stated for the node. */
    public Builder realisasi(Rupiah value) {
      this.realisasi = Objects.requireNonNull(value, "realisasi");
      return this;
    }

    /** Adds children, in order. */
    public Builder anak(NodeAnggaran... children) {
      for (NodeAnggaran child : children) {
        anak.add(Objects.requireNonNull(child, "anak"));
      }
      return this;
    }

    /** Adds children, in order. */
    public Builder anak(List<NodeAnggaran> children) {
      children.forEach(c -> anak.add(Objects.requireNonNull(c, "anak")));
      return this;
    }

    /**
     * Builds the node.
     *
     * @throws IllegalArgumentException if the name is blank or a node without children states no
     *     pagu
     */
    public NodeAnggaran build() {
      if (nama.isBlank()) {
        throw new IllegalArgumentException("anggaran " + kode + ": nama is blank; a budget node needs a name");
      }
      if (anak.isEmpty() && pagu == null) {
        throw new IllegalArgumentException(
            "anggaran " + kode + " " + nama + ": pagu is missing; a node without children must state its pagu");
      }
      return new NodeAnggaran(this);
    }
  }
}
