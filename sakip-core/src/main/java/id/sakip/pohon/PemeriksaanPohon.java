package id.sakip.pohon;

import id.sakip.angka.Rupiah;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.MasalahIdentitas;
import id.sakip.kinerja.PenetapIdIndikator;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Consistency checks of a performance tree, each returning typed {@link Temuan findings} of an
 * {@link AturanPohon} rule located under {@code dasar} (the part of the report the tree is): a
 * node by its code (program, kegiatan, sub kegiatan) or as a sasaran, an indicator by its name with
 * its id as a detail. Each check is linear in the size of the tree.
 *
 * <p>Thread-safe: its methods keep no state between calls.
 */
public final class PemeriksaanPohon {

  private PemeriksaanPohon() {}

  /** Runs every check of the tree, in the order of the rules. */
  public static List<Temuan> periksa(PohonKinerja pohon, Lokasi dasar) {
    List<Temuan> out = new ArrayList<>(indikatorTanpaInduk(pohon, dasar));
    out.addAll(subKegiatanTanpaIndikator(pohon, dasar));
    out.addAll(sasaranTanpaProgram(pohon, dasar));
    out.addAll(paguMelebihiInduk(pohon, dasar));
    out.addAll(indukTidakDikenal(pohon, dasar));
    out.addAll(indukBukanSatuTingkatDiAtas(pohon, dasar));
    return out;
  }

  /** Indicators of programs, kegiatan and sub kegiatan that support no indicator. */
  public static List<Temuan> indikatorTanpaInduk(PohonKinerja pohon, Lokasi dasar) {
    check(pohon, dasar);
    List<Temuan> out = new ArrayList<>();
    for (NodePohon node : pohon.semuaNode()) {
      if (node.tingkat().compareTo(TingkatPohon.SASARAN) <= 0) {
        continue;
      }
      for (IndikatorPohon ind : node.indikator()) {
        if (ind.mendukung().isEmpty()) {
          out.add(Temuan.of(AturanPohon.INDICATOR_WITHOUT_PARENT, di(dasar, ind))
              .with("id", ind.id().nilai()).with("tingkat", node.tingkat().teks()).with("node", node.label()));
        }
      }
    }
    return out;
  }

  /** Sub kegiatan with a pagu above 0 and no indicator. */
  public static List<Temuan> subKegiatanTanpaIndikator(PohonKinerja pohon, Lokasi dasar) {
    check(pohon, dasar);
    List<Temuan> out = new ArrayList<>();
    for (NodePohon node : pohon.semuaNode()) {
      if (node.tingkat() == TingkatPohon.SUB_KEGIATAN && node.indikator().isEmpty()
          && node.pagu().filter(Rupiah::isPositive).isPresent()) {
        out.add(new Temuan(AturanPohon.BUDGETED_SUB_KEGIATAN_WITHOUT_INDICATOR, di(dasar, node, Kolom.INDIKATOR),
                Optional.of(Nilai.rupiah(node.pagu().get().toBigDecimal())), Optional.empty(), Optional.empty(),
                java.util.Map.of())
            .with("node", node.label()));
      }
    }
    return out;
  }

  /** Sasaran with no program under them. */
  public static List<Temuan> sasaranTanpaProgram(PohonKinerja pohon, Lokasi dasar) {
    check(pohon, dasar);
    List<Temuan> out = new ArrayList<>();
    for (NodePohon node : pohon.semuaNode()) {
      if (node.tingkat() == TingkatPohon.SASARAN && node.anak().isEmpty()) {
        out.add(Temuan.of(AturanPohon.SASARAN_WITHOUT_PROGRAM, dasar.withBaris(new Baris.Sasaran(node.nama())))
            .with("node", node.nama()));
      }
    }
    return out;
  }

  /** Nodes whose pagu exceeds their parent's (both stated). */
  public static List<Temuan> paguMelebihiInduk(PohonKinerja pohon, Lokasi dasar) {
    check(pohon, dasar);
    List<Temuan> out = new ArrayList<>();
    for (NodePohon parent : pohon.semuaNode()) {
      if (parent.pagu().isEmpty()) {
        continue;
      }
      Rupiah limit = parent.pagu().get();
      for (NodePohon child : parent.anak()) {
        if (child.pagu().filter(p -> p.isGreaterThan(limit)).isPresent()) {
          out.add(Temuan.banding(AturanPohon.PAGU_EXCEEDS_PARENT, di(dasar, child, Kolom.PAGU),
                  Nilai.rupiah(child.pagu().get().toBigDecimal()),
                  new Pembanding(Nilai.rupiah(limit.toBigDecimal()), Sumber.BATAS))
              .with("tingkat", child.tingkat().teks()).with("node", child.label()).with("induk", parent.label()));
        }
      }
    }
    return out;
  }

  /** Indicators that state they support an indicator id the tree does not hold. */
  public static List<Temuan> indukTidakDikenal(PohonKinerja pohon, Lokasi dasar) {
    check(pohon, dasar);
    List<Temuan> out = new ArrayList<>();
    for (IndikatorPohon ind : pohon.semuaIndikator()) {
      Optional<IdIndikator> up = ind.mendukung();
      if (up.isPresent() && pohon.indikator(up.get()).isEmpty()) {
        out.add(Temuan.of(AturanPohon.UNKNOWN_PARENT_INDICATOR, di(dasar, ind))
            .with("id", ind.id().nilai()).with("induk", up.get().nilai()));
      }
    }
    return out;
  }

  /** Indicators that support an existing indicator which is not on their node's parent. */
  public static List<Temuan> indukBukanSatuTingkatDiAtas(PohonKinerja pohon, Lokasi dasar) {
    check(pohon, dasar);
    List<Temuan> out = new ArrayList<>();
    for (NodePohon node : pohon.semuaNode()) {
      Optional<NodePohon> parent = pohon.induk(node);
      for (IndikatorPohon ind : node.indikator()) {
        if (ind.mendukung().isEmpty()) {
          continue;
        }
        Optional<NodePohon> owner = pohon.pemilik(ind.mendukung().get());
        if (owner.isPresent() && (parent.isEmpty() || owner.get() != parent.get())) {
          out.add(Temuan.of(AturanPohon.PARENT_INDICATOR_NOT_ONE_LEVEL_UP, di(dasar, ind))
              .with("id", ind.id().nilai()).with("tingkat", node.tingkat().teks()).with("node", node.label())
              .with("induk", ind.mendukung().get().nilai()).with("nodeInduk", owner.get().label()));
        }
      }
    }
    return out;
  }

  /**
   * Returns the problems met while deriving indicator ids from names as findings at {@code dasar}:
   * names alike once normalised, one name with different units or polarities, names without
   * letters.
   */
  public static List<Temuan> identitas(PenetapIdIndikator.Hasil hasil, Lokasi dasar) {
    Objects.requireNonNull(hasil, "hasil");
    Objects.requireNonNull(dasar, "dasar");
    List<Temuan> out = new ArrayList<>();
    for (MasalahIdentitas m : hasil.masalah()) {
      Indikator first = m.indikator().get(0);
      Lokasi lokasi = dasar.withBaris(Baris.Indikator.of(first.nama())).withKolom(Kolom.INDIKATOR);
      String nama = m.indikator().stream().map(i -> "'" + i.nama() + "'").distinct().collect(Collectors.joining(", "));
      out.add(switch (m.jenis()) {
        case NAMA_SERUPA -> Temuan.of(AturanPohon.INDICATOR_NAMES_ALIKE, lokasi).with("nama", nama).with("id", m.kunci());
        case ATRIBUT_BERBEDA -> Temuan.of(AturanPohon.INDICATOR_NAME_CONFLICT, lokasi).with("id", m.kunci())
            .with("atribut", m.indikator().stream().map(i -> i.satuan().teks() + "/" + i.polaritas())
                .collect(Collectors.joining(", ")));
        case NAMA_TANPA_HURUF -> Temuan.of(AturanPohon.INDICATOR_NAME_WITHOUT_LETTERS, lokasi).with("nama", nama);
      });
    }
    return out;
  }

  private static void check(PohonKinerja pohon, Lokasi dasar) {
    Objects.requireNonNull(pohon, "pohon");
    Objects.requireNonNull(dasar, "dasar");
  }

  private static Lokasi di(Lokasi dasar, IndikatorPohon ind) {
    return dasar.withBaris(Baris.Indikator.of(ind.indikator().nama())).withKolom(Kolom.INDIKATOR);
  }

  private static Lokasi di(Lokasi dasar, NodePohon node, Kolom kolom) {
    Lokasi l = node.kode().isPresent()
        ? dasar.withBaris(new Baris.Kode(node.kode().get().toString()))
        : dasar.withBaris(new Baris.Sasaran(node.nama()));
    return l.withKolom(kolom);
  }
}
