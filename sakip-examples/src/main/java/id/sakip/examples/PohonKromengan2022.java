package id.sakip.examples;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.TingkatAnggaran;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.JenisIndikator;
import id.sakip.kinerja.PenetapIdIndikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.KeluaranRkt;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import id.sakip.pohon.IndikatorPohon;
import id.sakip.pohon.NodePohon;
import id.sakip.pohon.PemeriksaanPohon;
import id.sakip.pohon.PohonKinerja;
import id.sakip.pohon.TingkatPohon;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The performance tree (pohon kinerja) of Kecamatan Kromengan 2022, built from its {@code
 * sakip-lkj/1} transcription ({@link Kromengan2022#dokumen()}), then checked.
 *
 * <ul>
 *   <li>Tujuan and sasaran come from the Renstra, each sasaran with its IKU: the target of the
 *       report's year from the PK and the realisasi from the IKU realisasi table. The three
 *       documents name indicators only; {@link PenetapIdIndikator} gives them ids, and reports
 *       names it cannot tell apart.
 *   <li>A sasaran's programs are the programs of the kegiatan the RKT lists as supporting a sasaran
 *       with the same IKU (the RKT words its sasaran differently from the Renstra, so the IKU is the
 *       link); the RKT budget tree gives codes, names and pagu (APBD murni).
 *   <li>Each sub kegiatan's output from the RKT becomes an output indicator with id {@code
 *       keluaran-<kode>} and the RKT's target. The RKT states no indicator for kegiatan and an
 *       unnamed "100 %" for programs, so outputs support nothing; programs no sasaran claims are
 *       roots of their own.
 * </ul>
 *
 * <p>The checks then say what the seed's cascade lacks: every output supports no indicator, and
 * the Musrenbangcam sasaran has no program.
 */
public final class PohonKromengan2022 {

  /** Kecamatan Kromengan as a perangkat daerah of Kabupaten Malang. */
  public static final UnitOrganisasi KROMENGAN = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");

  /** Where the tree's findings are located. */
  public static final Lokasi LOKASI = Lokasi.diTempat("Pohon kinerja");

  private PohonKromengan2022() {}

  /** Prints the tree's findings in Indonesian to standard output. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8), Bahasa.INDONESIA);
  }

  /** Prints the tree's size and its findings to {@code out} in {@code bahasa}. */
  public static void print(PrintStream out, Bahasa bahasa) {
    PohonKinerja pohon = dari(Kromengan2022.dokumen());
    out.println(pohon);
    for (Temuan t : periksa(pohon)) {
      out.println(Kromengan2022.tampil(t, bahasa, Optional.empty()));
    }
  }

  /** Returns the findings of the tree checks and of the indicator ids of the Kromengan document. */
  public static List<Temuan> periksa(PohonKinerja pohon) {
    List<Temuan> out = new ArrayList<>(PemeriksaanPohon.identitas(identitas(Kromengan2022.dokumen()), LOKASI));
    out.addAll(PemeriksaanPohon.periksa(pohon, LOKASI));
    return out;
  }

  /** Assigns ids to the indicators the Renstra, the PK and the RKT name. */
  public static PenetapIdIndikator.Hasil identitas(LaporanKinerja lkj) {
    List<Indikator> semua = new ArrayList<>();
    lkj.renstra().ifPresent(r -> r.tujuan().forEach(t -> t.sasaran().forEach(
        s -> s.indikator().forEach(i -> semua.add(i.indikator())))));
    lkj.perjanjianKinerja().ifPresent(pk -> pk.target().forEach(t -> semua.add(t.indikator())));
    lkj.rkt().ifPresent(rkt -> rkt.sasaran().forEach(s -> semua.add(s.target().indikator())));
    return PenetapIdIndikator.tetapkan(semua);
  }

  /**
   * Builds the tree of {@code lkj}, which needs a Renstra and an RKT.
   *
   * @throws IllegalArgumentException if the document has no Renstra or no RKT
   */
  public static PohonKinerja dari(LaporanKinerja lkj) {
    Rkt rkt = lkj.rkt().orElseThrow(() -> new IllegalArgumentException("the document has no RKT"));
    Tujuan[] tujuan = lkj.renstra().orElseThrow(() -> new IllegalArgumentException("the document has no Renstra"))
        .tujuan().toArray(Tujuan[]::new);
    PenetapIdIndikator.Hasil ids = identitas(lkj);
    Map<IdIndikator, Set<KodeNomenklatur>> programPerIku = new HashMap<>();
    for (SasaranRkt s : rkt.sasaran()) {
      ids.id(s.target().indikator()).ifPresent(id -> s.pendukung().forEach(
          kode -> programPerIku.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(program(kode))));
    }
    Map<KodeNomenklatur, NodeAnggaran> programs = new HashMap<>();
    rkt.anggaran().semuaNode().stream().filter(n -> n.tingkat() == TingkatAnggaran.PROGRAM)
        .forEach(n -> programs.put(n.kode(), n));
    Set<KodeNomenklatur> claimed = new LinkedHashSet<>();
    List<NodePohon> akar = new ArrayList<>();
    for (Tujuan t : tujuan) {
      NodePohon.Builder tb = NodePohon.builder().tingkat(TingkatPohon.TUJUAN).nama(t.nama());
      for (SasaranRenstra s : t.sasaran()) {
        NodePohon.Builder sb = NodePohon.builder().tingkat(TingkatPohon.SASARAN).nama(s.nama());
        for (IndikatorRenstra ir : s.indikator()) {
          Optional<IdIndikator> id = ids.id(ir.indikator());
          if (id.isEmpty()) {
            continue;
          }
          sb.addIndikator(iku(lkj, id.get(), ir.indikator(), ids));
          for (KodeNomenklatur p : programPerIku.getOrDefault(id.get(), Set.of())) {
            if (programs.containsKey(p) && claimed.add(p)) {
              sb.addAnak(node(programs.get(p), rkt));
            }
          }
        }
        tb.addAnak(sb.build());
      }
      akar.add(tb.build());
    }
    for (NodeAnggaran p : rkt.anggaran().semuaNode()) {
      if (p.tingkat() == TingkatAnggaran.PROGRAM && !claimed.contains(p.kode())) {
        akar.add(node(p, rkt));
      }
    }
    return PohonKinerja.of(KROMENGAN, akar);
  }

  /** An IKU of a sasaran: target of the year from the PK, realisasi from the IKU realisasi table. */
  private static IndikatorPohon iku(LaporanKinerja lkj, IdIndikator id, Indikator indikator, PenetapIdIndikator.Hasil ids) {
    IndikatorPohon.Builder b = IndikatorPohon.builder().id(id).indikator(indikator);
    lkj.perjanjianKinerja().flatMap(pk -> pk.target().stream()
            .filter(t -> ids.id(t.indikator()).filter(id::equals).isPresent()).findFirst())
        .map(TargetKinerja::target).ifPresent(b::target);
    lkj.realisasiIku().stream().filter(r -> ids.id(r.indikator()).filter(id::equals).isPresent()).findFirst()
        .flatMap(r -> r.realisasi(lkj.tahun())).ifPresent(b::realisasi);
    return b.build();
  }

  private static NodePohon node(NodeAnggaran n, Rkt rkt) {
    NodePohon.Builder b = NodePohon.dari(n);
    KeluaranRkt keluaran = rkt.keluaran().get(n.kode());
    if (keluaran != null && keluaran.indikator().isPresent()) {
      b.addIndikator(IndikatorPohon.builder().id(IdIndikator.of("keluaran-" + n.kode()))
          .indikator(Indikator.builder().nama(keluaran.indikator().get()).satuan(keluaran.satuan())
              .polaritas(Polaritas.POSITIF).jenis(JenisIndikator.OUTPUT).build())
          .target(Target.angka(keluaran.target())).build());
    }
    n.anak().forEach(a -> b.addAnak(node(a, rkt)));
    return b.build();
  }

  private static KodeNomenklatur program(KodeNomenklatur kode) {
    KodeNomenklatur k = kode;
    while (k.tingkat() != TingkatAnggaran.PROGRAM && k.induk().isPresent()) {
      k = k.induk().get();
    }
    return k;
  }
}
