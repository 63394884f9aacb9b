package id.sakip.audit;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.RealisasiIku;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cross-table rules: the same figure printed in two places, targets that differ between the PK,
 * the Renstra and the RKT, and narrative figures against the ratio their own text gives.
 */
final class AuditKonsistensi {

  /** One printed occurrence of a figure. */
  private record Figur(String tempat, String jalur, String teks, BigDecimal nilai) {}

  /** What a figure is: an indicator's quantity in a year. */
  private record Kunci(String indikator, int tahun, Besaran besaran) {}

  private AuditKonsistensi() {}

  static List<Temuan> periksa(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    out.addAll(sameFigure(k));
    out.addAll(targets(k));
    out.addAll(narrativeRatios(k));
    return out;
  }

  private static List<Temuan> sameFigure(Konteks k) {
    Map<Kunci, List<Figur>> figures = new LinkedHashMap<>();
    List<BarisCapaian> rows = k.tercetak.capaian();
    for (int i = 0; i < rows.size(); i++) {
      BarisCapaian r = rows.get(i);
      String p = "$.tercetak.capaian[" + i + "]";
      add(figures, r.indikator(), r.tahun(), Besaran.TARGET, r.tempat(), p + ".target", r.target());
      add(figures, r.indikator(), r.tahun(), Besaran.REALISASI, r.tempat(), p + ".realisasi", r.realisasi());
      add(figures, r.indikator(), r.tahun(), Besaran.CAPAIAN, r.tempat(), p + ".capaian", r.capaian());
    }
    List<BarisAnggaranSasaran> budget = k.tercetak.anggaranSasaran();
    for (int i = 0; i < budget.size(); i++) {
      BarisAnggaranSasaran r = budget.get(i);
      add(figures, r.indikator(), k.lkj.tahun(), Besaran.CAPAIAN, r.tempat(),
          "$.tercetak.anggaranSasaran[" + i + "].capaianKinerja", r.capaianKinerja());
    }
    List<RealisasiIku> iku = k.lkj.realisasiIku();
    for (int i = 0; i < iku.size(); i++) {
      RealisasiIku r = iku.get(i);
      String p = "$.realisasiIku[" + i + "]";
      r.realisasi().forEach((year, v) -> figures.computeIfAbsent(new Kunci(r.indikator(), year, Besaran.REALISASI),
          x -> new ArrayList<>()).add(new Figur("realisasi IKU", p + ".realisasi." + year, Konteks.angka(v), v)));
      r.target().forEach((year, t) -> {
        if (t instanceof Target.Angka a) {
          figures.computeIfAbsent(new Kunci(r.indikator(), year, Besaran.TARGET), x -> new ArrayList<>())
              .add(new Figur("realisasi IKU", p + ".target." + year, Konteks.angka(a.nilai()), a.nilai()));
        }
      });
    }
    List<AngkaNarasi> narasi = k.tercetak.narasi();
    for (int i = 0; i < narasi.size(); i++) {
      AngkaNarasi n = narasi.get(i);
      add(figures, n.indikator(), n.tahun(), n.besaran(), n.tempat(), "$.tercetak.narasi[" + i + "].nilai",
          Optional.of(n.nilai()));
    }
    List<Temuan> out = new ArrayList<>();
    figures.forEach((key, list) -> {
      Figur first = list.get(0);
      for (Figur other : list.subList(1, list.size())) {
        if (!sameAtCoarserPrecision(first.nilai(), other.nilai())) {
          out.add(differs(k, key, first, other));
        }
      }
    });
    return out;
  }

  private static Temuan differs(Konteks k, Kunci key, Figur first, Figur other) {
    String implied = "";
    if (key.besaran() == Besaran.REALISASI) {
      Optional<Target> target = pkTarget(k, key.indikator()).filter(t -> key.tahun() == k.lkj.tahun());
      Optional<Persentase> capaian = target.flatMap(t -> k.indikator(key.indikator())
          .map(i -> k.kebijakan.kalkulator().hitung(i.polaritas(), t, other.nilai())).flatMap(Outcome::toOptional));
      implied = capaian.map(c -> "; against the PK target " + target.get() + " the " + other.tempat() + " figure gives a"
          + " capaian of " + c.format()).orElse("");
    }
    BigDecimal diff = other.nilai().subtract(first.nilai());
    return new Temuan(AturanAudit.SAME_FIGURE_DIFFERS.name(), AturanAudit.SAME_FIGURE_DIFFERS.keparahan(),
        other.tempat() + ", " + key.besaran().name().toLowerCase() + " of " + key.indikator() + " " + key.tahun(),
        Optional.of(other.teks()), Optional.of(first.teks()), Optional.of(Konteks.angka(diff)),
        "the " + key.besaran().name().toLowerCase() + " of " + key.indikator() + " for " + key.tahun() + " is printed as "
            + first.teks() + " in " + first.tempat() + " but as " + other.teks() + " in " + other.tempat() + implied,
        Optional.of(other.jalur()));
  }

  private static void add(Map<Kunci, List<Figur>> figures, String indikator, int tahun, Besaran besaran, String tempat,
      String jalur, Optional<AngkaTercetak> value) {
    value.filter(AngkaTercetak::adaNilai).ifPresent(v -> figures
        .computeIfAbsent(new Kunci(indikator, tahun, besaran), x -> new ArrayList<>())
        .add(new Figur(tempat, jalur, v.teks(), v.nilai().get())));
  }

  /** Equal when both agree once rounded (half-up) to the coarser of their printed precisions. */
  private static boolean sameAtCoarserPrecision(BigDecimal a, BigDecimal b) {
    int scale = Math.max(0, Math.min(a.scale(), b.scale()));
    return a.setScale(scale, RoundingMode.HALF_UP).compareTo(b.setScale(scale, RoundingMode.HALF_UP)) == 0;
  }

  private static Optional<Target> pkTarget(Konteks k, String indikator) {
    return k.lkj.perjanjianKinerja().flatMap(pk -> pk.target(indikator)).map(TargetKinerja::target);
  }

  private static List<Temuan> targets(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    Optional<PerjanjianKinerja> pk = k.lkj.perjanjianKinerja();
    if (pk.isEmpty()) {
      return out;
    }
    List<TargetKinerja> targets = pk.get().target();
    for (int i = 0; i < targets.size(); i++) {
      TargetKinerja t = targets.get(i);
      String name = t.indikator().nama();
      String pkPath = "$.perjanjianKinerja.target[" + i + "].target";
      k.lkj.renstra().flatMap(r -> r.indikator(name)).flatMap(ir -> ir.target(pk.get().tahun())).ifPresent(rt -> {
        if (!sameTarget(rt, t.target())) {
          out.add(targetDiffers(k, name, "Renstra", rt, t.target(), "$.renstra", pkPath));
        }
      });
      k.lkj.rkt().ifPresent(rkt -> {
        List<SasaranRkt> sasaran = rkt.sasaran();
        for (int j = 0; j < sasaran.size(); j++) {
          TargetKinerja rt = sasaran.get(j).target();
          if (rt.indikator().nama().equals(name) && !sameTarget(rt.target(), t.target())) {
            out.add(targetDiffers(k, name, "RKT", rt.target(), t.target(), "$.rkt.sasaran[" + j + "].target.target", pkPath));
          }
        }
      });
    }
    return out;
  }

  private static Temuan targetDiffers(Konteks k, String indikator, String document, Target other, Target pk,
      String path, String pkPath) {
    String diff = other instanceof Target.Angka a && pk instanceof Target.Angka b
        ? Konteks.angka(a.nilai().subtract(b.nilai())) : "-";
    return new Temuan(AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS.name(),
        AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS.keparahan(), document + " target of " + indikator + " "
        + k.lkj.tahun(), Optional.of(other.toString()), Optional.of(pk.toString()), Optional.of(diff),
        "the " + document + " sets the " + k.lkj.tahun() + " target of " + indikator + " at " + other
            + " but the Perjanjian Kinerja (" + pkPath + ") promises " + pk, Optional.of(path));
  }

  private static boolean sameTarget(Target a, Target b) {
    if (a instanceof Target.Angka x && b instanceof Target.Angka y) {
      return x.nilai().compareTo(y.nilai()) == 0;
    }
    return a.equals(b);
  }

  private static List<Temuan> narrativeRatios(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    List<AngkaNarasi> narasi = k.tercetak.narasi();
    for (int i = 0; i < narasi.size(); i++) {
      AngkaNarasi n = narasi.get(i);
      if (n.pembilang().isEmpty() || n.nilai().nilai().isEmpty()) {
        continue;
      }
      String path = "$.tercetak.narasi[" + i + "].nilai";
      Outcome<Persentase> ratio = Persentase.ratio(n.pembilang().get(), n.penyebut().get());
      if (!ratio.isComputable()) {
        out.add(k.fakta(AturanAudit.NOT_COMPUTABLE, n.tempat(), path, "the narrative ratio "
            + Konteks.angka(n.pembilang().get()) + " / " + Konteks.angka(n.penyebut().get()) + ": " + ratio.explanation()));
      } else if (!k.cocok(n.nilai(), ratio.value())) {
        out.add(k.banding(AturanAudit.NARRATIVE_RATIO_MISMATCH, n.tempat(), path, n.nilai(), ratio.value(),
            "the text states " + n.nilai().teks() + " but its own figures give " + Konteks.angka(n.pembilang().get())
                + " / " + Konteks.angka(n.penyebut().get()) + " × 100 = " + ratio.value().format()));
      }
    }
    return out;
  }
}
