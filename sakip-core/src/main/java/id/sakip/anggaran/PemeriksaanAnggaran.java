package id.sakip.anggaran;

import id.sakip.angka.Rupiah;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Consistency checks of a budget tree, each returning typed {@link Temuan findings} of an {@link
 * AturanAnggaran} rule, located under {@code dasar} (the part of the report the tree is) at the
 * node's code and the field concerned. Differences are exact decimals: a difference outside the
 * Rupiah range is still reported, never thrown.
 *
 * <p>Thread-safe: its methods keep no state between calls and may run in any number of threads at once.
 */
public final class PemeriksaanAnggaran {

  private PemeriksaanAnggaran() {}

  /** Runs every check that needs only the tree: sums of children, then {@link #periksaStruktur}. */
  public static List<Temuan> periksa(PohonAnggaran pohon, Lokasi dasar) {
    List<Temuan> out = new ArrayList<>(jumlahAnak(pohon, dasar));
    out.addAll(periksaStruktur(pohon, dasar));
    return out;
  }

  /**
   * Runs the checks of the tree's structure and amounts that are not sums: realisasi above pagu,
   * negative amounts, duplicate codes, codes outside their parent.
   */
  public static List<Temuan> periksaStruktur(PohonAnggaran pohon, Lokasi dasar) {
    List<Temuan> out = new ArrayList<>();
    out.addAll(realisasiMelebihiPagu(pohon, dasar));
    out.addAll(nilaiNegatif(pohon, dasar));
    out.addAll(kodeGanda(pohon, dasar));
    out.addAll(kodeDiLuarInduk(pohon, dasar));
    return out;
  }

  /** Parents whose stated pagu or realisasi differs from the sum of their children. */
  public static List<Temuan> jumlahAnak(PohonAnggaran pohon, Lokasi dasar) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      if (node.isDaun()) {
        continue;
      }
      RekapAnggaran sum = pohon.rekap(node);
      compare(out, dasar, node, Kolom.PAGU, node.paguTercatat(), Optional.of(sum.pagu()));
      compare(out, dasar, node, Kolom.REALISASI_ANGGARAN, node.realisasiTercatat(), sum.realisasi());
    }
    return out;
  }

  private static void compare(List<Temuan> out, Lokasi dasar, NodeAnggaran node, Kolom kolom, Optional<Rupiah> stated,
      Optional<Rupiah> sum) {
    if (stated.isEmpty() || sum.isEmpty() || stated.get().equals(sum.get())) {
      return;
    }
    out.add(Temuan.banding(AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH, di(dasar, node, kolom), nilai(stated.get()),
            new Pembanding(nilai(sum.get()), Sumber.DIHITUNG))
        .with("jumlahAnak", Nilai.bilangan(BigDecimal.valueOf(node.anak().size()))));
  }

  /**
   * Compares a printed total row ("Jumlah") at {@code lokasi} with the sum of the whole tree: one
   * finding for the pagu and one for the realisasi when they differ. Seed table B: printed
   * 2.910.568.737 against rows summing to 2.900.675.537.
   */
  public static List<Temuan> jumlahTotal(
      PohonAnggaran pohon, Lokasi lokasi, Rupiah paguTercetak, Optional<Rupiah> realisasiTercetak) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(lokasi, "lokasi");
    Objects.requireNonNull(paguTercetak, "paguTercetak");
    Objects.requireNonNull(realisasiTercetak, "realisasiTercetak");
    List<Temuan> out = new ArrayList<>();
    totalRow(out, lokasi.withKolom(Kolom.PAGU), paguTercetak, pohon.total().pagu());
    if (realisasiTercetak.isPresent() && pohon.total().realisasi().isPresent()) {
      totalRow(out, lokasi.withKolom(Kolom.REALISASI_ANGGARAN), realisasiTercetak.get(), pohon.total().realisasi().get());
    }
    return out;
  }

  private static void totalRow(List<Temuan> out, Lokasi lokasi, Rupiah printed, Rupiah sum) {
    if (!printed.equals(sum)) {
      out.add(Temuan.banding(AturanAnggaran.BUDGET_TOTAL_MISMATCH, lokasi, nilai(printed),
          new Pembanding(nilai(sum), Sumber.DIHITUNG)));
    }
  }

  /** Nodes whose (rolled-up) realisasi exceeds their pagu. */
  public static List<Temuan> realisasiMelebihiPagu(PohonAnggaran pohon, Lokasi dasar) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      RekapAnggaran r = pohon.rekap(node);
      if (r.realisasi().isPresent() && r.realisasi().get().isGreaterThan(r.pagu())) {
        out.add(Temuan.banding(AturanAnggaran.REALISASI_EXCEEDS_PAGU, di(dasar, node, Kolom.REALISASI_ANGGARAN),
            nilai(r.realisasi().get()), new Pembanding(nilai(r.pagu()), Sumber.BATAS)));
      }
    }
    return out;
  }

  /** Nodes stating a negative pagu or realisasi. */
  public static List<Temuan> nilaiNegatif(PohonAnggaran pohon, Lokasi dasar) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      negative(out, dasar, node, Kolom.PAGU, NodeAnggaran::paguTercatat);
      negative(out, dasar, node, Kolom.REALISASI_ANGGARAN, NodeAnggaran::realisasiTercatat);
    }
    return out;
  }

  private static void negative(List<Temuan> out, Lokasi dasar, NodeAnggaran node, Kolom kolom,
      Function<NodeAnggaran, Optional<Rupiah>> value) {
    value.apply(node).filter(Rupiah::isNegative).ifPresent(v -> out.add(
        Temuan.banding(AturanAnggaran.NEGATIVE_AMOUNT, di(dasar, node, kolom), nilai(v),
            new Pembanding(nilai(Rupiah.ZERO), Sumber.BATAS))));
  }

  /** Codes used by more than one node (each repeated code reported once, at its second use). */
  public static List<Temuan> kodeGanda(PohonAnggaran pohon, Lokasi dasar) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
    Set<KodeNomenklatur> seen = new HashSet<>();
    Set<KodeNomenklatur> reported = new HashSet<>();
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      if (!seen.add(node.kode()) && reported.add(node.kode())) {
        out.add(Temuan.of(AturanAnggaran.DUPLICATE_CODE, di(dasar, node, Kolom.KODE)).with("kode", node.kode().toString()));
      }
    }
    return out;
  }

  /** Children whose code is not exactly one level below their parent's code. */
  public static List<Temuan> kodeDiLuarInduk(PohonAnggaran pohon, Lokasi dasar) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
    List<Temuan> out = new ArrayList<>();
    for (NodeAnggaran parent : pohon.semuaNode()) {
      for (NodeAnggaran child : parent.anak()) {
        if (!child.kode().isAnakLangsungDari(parent.kode())) {
          out.add(Temuan.of(AturanAnggaran.CODE_OUTSIDE_PARENT, di(dasar, child, Kolom.KODE))
              .with("kode", child.kode().toString())
              .with("tingkat", tingkat(child.tingkat()))
              .with("induk", parent.kode().toString())
              .with("tingkatInduk", tingkat(parent.tingkat())));
        }
      }
    }
    return out;
  }

  /**
   * Sasaran whose supporting kegiatan (by code) hold no budget in the tree: none of the codes is
   * in the tree, or they add up to zero. Each finding is at {@code dasar} with the sasaran as row.
   *
   * @param pendukung for each sasaran (by name), the codes of the nodes that support it
   */
  public static List<Temuan> sasaranTanpaAnggaran(
      PohonAnggaran pohon, Lokasi dasar, Map<String, ? extends Collection<KodeNomenklatur>> pendukung) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
    Objects.requireNonNull(pendukung, "pendukung");
    List<Temuan> out = new ArrayList<>();
    pendukung.forEach((sasaran, kode) -> {
      if (paguNol(pohon, kode)) {
        Istilah alasan = kode.isEmpty()
            ? new Istilah("tidak didukung satu kegiatan pun", "is supported by no kegiatan")
            : new Istilah("didukung kode " + KodeNomenklatur.daftar(kode) + " yang tidak memiliki pagu di pohon anggaran",
                "is supported by codes " + KodeNomenklatur.daftar(kode) + " that hold no pagu in the budget tree");
        out.add(Temuan.of(AturanAnggaran.SASARAN_WITHOUT_BUDGET,
                dasar.withBaris(new Baris.Sasaran(sasaran)).withKolom(Kolom.PENDUKUNG))
            .with("sasaran", sasaran).with("alasan", alasan));
      }
    });
    return out;
  }

  /** Whether the nodes with codes {@code kode} hold no pagu; a sum beyond the Rupiah range is not zero. */
  private static boolean paguNol(PohonAnggaran pohon, Collection<KodeNomenklatur> kode) {
    return pohon.rekap(kode).toOptional().map(r -> r.pagu().isZero()).orElse(false);
  }

  /** The location of {@code kolom} of {@code node} under {@code dasar}. */
  public static Lokasi di(Lokasi dasar, NodeAnggaran node, Kolom kolom) {
    return dasar.withBaris(new Baris.Kode(node.kode().toString())).withKolom(kolom);
  }

  private static Nilai nilai(Rupiah r) {
    return Nilai.rupiah(r.toBigDecimal());
  }

  private static String tingkat(TingkatAnggaran t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
