package id.sakip.audit;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Budget figures: the trees of the RKT and table B, the PK totals, table B's printed percentages, budget versions. */
final class AuditAnggaran {

  private AuditAnggaran() {}

  static List<Temuan> periksa(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    k.lkj.perjanjianKinerja().ifPresent(pk -> {
      for (int i = 0; i < pk.anggaran().size(); i++) {
        String path = "$.perjanjianKinerja.anggaran[" + i + "].jumlahTercetak";
        pk.anggaran().get(i).periksa().forEach(t -> out.add(t.withJalur(path)));
      }
      if (pk.anggaran().size() > 1) {
        out.add(versions(k, pk.anggaran()));
      }
    });
    k.lkj.rkt().ifPresent(rkt -> {
      out.addAll(PemeriksaanAnggaran.periksa(rkt.anggaran(), "$.rkt.anggaran"));
      Map<String, List<KodeNomenklatur>> links = rkt.sasaran().stream()
          .collect(Collectors.toMap(s -> s.target().sasaran(), s -> s.pendukung(), (a, b) -> a));
      PemeriksaanAnggaran.sasaranTanpaAnggaran(rkt.anggaran(), links).forEach(t -> out.add(t.withJalur("$.rkt.sasaran")));
    });
    k.lkj.realisasiAnggaran().ifPresent(tabel -> {
      out.addAll(PemeriksaanAnggaran.periksa(tabel.anggaran(), "$.realisasiAnggaran.anggaran"));
      tabel.jumlahPagu().ifPresent(p -> PemeriksaanAnggaran
          .jumlahTotal(tabel.anggaran(), "tabel realisasi anggaran", p, tabel.jumlahRealisasi())
          .forEach(t -> out.add(t.withJalur(t.lokasi().startsWith("pagu")
              ? "$.realisasiAnggaran.jumlahPagu" : "$.realisasiAnggaran.jumlahRealisasi"))));
      out.addAll(printedPercentages(k, tabel.anggaran(), tabel.jumlahPagu(), tabel.jumlahRealisasi()));
    });
    return out;
  }

  private static Temuan versions(Konteks k, List<AnggaranPk> versions) {
    String list = versions.stream().map(a -> a.versi() + " " + a.jumlah().format()).collect(Collectors.joining(", "));
    String table = k.lkj.realisasiAnggaran().map(t -> "; the budget realisation table uses " + t.versi()).orElse("");
    return k.fakta(AturanAudit.BUDGET_VERSIONS, "Perjanjian Kinerja", "$.perjanjianKinerja.anggaran",
        "the PK carries " + versions.size() + " budget versions (" + list + ")" + table
            + "; shares in tables 3.x are taken of " + k.kebijakan.versiAnggaran("") + " unless the policy says otherwise");
  }

  private static List<Temuan> printedPercentages(Konteks k, PohonAnggaran pohon,
      Optional<id.sakip.angka.Rupiah> jumlahPagu, Optional<id.sakip.angka.Rupiah> jumlahRealisasi) {
    List<Temuan> out = new ArrayList<>();
    List<Persentase> rowPercents = new ArrayList<>();
    for (Map.Entry<KodeNomenklatur, AngkaTercetak> e : k.tercetak.serapanTabelB().entrySet()) {
      String path = "$.tercetak.serapanTabelB[\"" + e.getKey() + "\"]";
      Optional<NodeAnggaran> node = pohon.node(e.getKey());
      if (node.isEmpty() || e.getValue().nilai().isEmpty()) {
        out.add(k.fakta(AturanAudit.NOT_COMPUTABLE, "table B row " + e.getKey(), path,
            "the printed serapan '" + e.getValue().teks() + "' of " + e.getKey() + " has no row or no value to check"));
        continue;
      }
      Outcome<Persentase> serapan = pohon.rekap(node.get()).serapan();
      serapan.toOptional().ifPresent(p -> {
        if (node.get().isDaun()) {
          rowPercents.add(Persentase.of(e.getValue().nilai().get()));
        }
      });
      out.addAll(check(k, "table B row " + node.get().label(), path, e.getValue(), serapan));
    }
    k.tercetak.serapanJumlahTabelB().filter(AngkaTercetak::adaNilai).ifPresent(printed -> {
      Outcome<Persentase> total = jumlahPagu.isPresent()
          ? new RekapAnggaran(jumlahPagu.get(), jumlahRealisasi).serapan() : pohon.total().serapan();
      String path = "$.tercetak.serapanJumlahTabelB";
      if (total.isComputable() && !k.cocok(printed, total.value()) && !rowPercents.isEmpty()) {
        Persentase mean = mean(rowPercents);
        if (k.cocok(printed, mean)) {
          out.add(k.banding(AturanAudit.MEAN_OF_PERCENTAGES, "table B total row", path, printed, total.value(),
              "the total serapan " + printed.teks() + " is the mean of the row percentages (" + mean.format()
                  + "), not the total realisasi over the total pagu (" + total.value().format() + ")"));
          return;
        }
      }
      out.addAll(check(k, "table B total row", path, printed, total));
    });
    return out;
  }

  private static List<Temuan> check(Konteks k, String lokasi, String path, AngkaTercetak printed,
      Outcome<Persentase> recomputed) {
    if (!recomputed.isComputable()) {
      return List.of(k.fakta(AturanAudit.NOT_COMPUTABLE, lokasi, path,
          "the printed serapan " + printed.teks() + " cannot be recomputed: " + recomputed.explanation()));
    }
    if (k.cocok(printed, recomputed.value())) {
      return List.of();
    }
    return List.of(k.banding(AturanAudit.SERAPAN_MISMATCH, lokasi, path, printed, recomputed.value(),
        "the printed serapan " + printed.teks() + " of " + lokasi + " is not realisasi / pagu × 100 = "
            + recomputed.value().format()));
  }

  private static Persentase mean(List<Persentase> values) {
    Persentase sum = values.stream().reduce(Persentase.ZERO, Persentase::plus);
    return sum.ratioTo(Persentase.of(new BigDecimal(values.size()).multiply(BigDecimal.valueOf(100)))).value();
  }
}
