package id.sakip.audit;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.kinerja.AgregasiPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.PeriodeKosong;
import id.sakip.kinerja.Target;
import id.sakip.laporan.RealisasiIku;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.PemeriksaanRenstra;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import id.sakip.temuan.Bahasa;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks that compare documents with each other rather than a printed figure with its
 * recomputation: the budget trees' structure, the PK's totals and budget versions, targets of the
 * Renstra, RKT and IKU table against the PK, and yearly realisasi against their period series.
 */
final class PemeriksaanDokumen {

  private PemeriksaanDokumen() {}

  /** Findings about the budgets: PK totals and versions, the RKT tree, the structure of table B. */
  static List<Temuan> anggaran(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    k.lkj.perjanjianKinerja().ifPresent(pk -> {
      for (AnggaranPk a : pk.anggaran()) {
        out.addAll(a.periksa(Lokasi.of(Bagian.PERJANJIAN_KINERJA).withBaris(new Baris.Versi(a.versi().name()))));
      }
      if (pk.anggaran().size() > 1) {
        out.add(versi(k, pk));
      }
    });
    k.lkj.rkt().ifPresent(rkt -> {
      Lokasi dasar = Lokasi.of(Bagian.RKT);
      out.addAll(PemeriksaanAnggaran.periksa(rkt.anggaran(), dasar));
      Map<String, List<KodeNomenklatur>> links = new LinkedHashMap<>();
      for (SasaranRkt s : rkt.sasaran()) {
        links.putIfAbsent(s.target().sasaran(), s.pendukung());
      }
      out.addAll(PemeriksaanAnggaran.sasaranTanpaAnggaran(rkt.anggaran(), dasar, links));
    });
    k.lkj.realisasiAnggaran().ifPresent(t ->
        out.addAll(PemeriksaanAnggaran.periksaStruktur(t.anggaran(), Lokasi.of(Bagian.TABEL_B))));
    return out;
  }

  private static Temuan versi(Konteks k, PerjanjianKinerja pk) {
    Istilah daftar = new Istilah(daftar(pk, Bahasa.INDONESIA), daftar(pk, Bahasa.INGGRIS));
    Istilah tabel = k.lkj.realisasiAnggaran()
        .map(t -> new Istilah("; tabel realisasi anggaran memakai " + t.versi().istilah().id(),
            "; the budget realisation table uses the " + t.versi().istilah().en()))
        .orElse(new Istilah("; laporan tidak memuat tabel realisasi anggaran",
            "; the report has no budget realisation table"));
    return Temuan.of(AturanAudit.BUDGET_VERSIONS, Lokasi.of(Bagian.PERJANJIAN_KINERJA))
        .with("daftar", daftar).with("versiTabel", tabel)
        .with("versi", k.versiAnggaran(Bagian.TABEL_3_1).istilah());
  }

  private static String daftar(PerjanjianKinerja pk, Bahasa bahasa) {
    List<String> parts = new ArrayList<>();
    for (AnggaranPk a : pk.anggaran()) {
      parts.add(a.versi().istilah().teks(bahasa) + " " + Nilai.rupiah(a.jumlah().toBigDecimal()).format(bahasa));
    }
    return String.join(", ", parts);
  }

  /** Targets the Renstra, the RKT and the IKU table set for the report year that differ from the PK's. */
  static List<Temuan> target(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    int tahun = k.lkj.tahun();
    for (TargetKinerja t : k.iku()) {
      String nama = t.indikator().nama();
      Baris row = Baris.Indikator.of(nama, tahun);
      k.renstra(nama).flatMap(ir -> ir.target(tahun)).ifPresent(rt ->
          beda(out, Lokasi.of(Bagian.RENSTRA).withBaris(row).withKolom(Kolom.TARGET), Bagian.RENSTRA, nama, tahun, rt,
              t.target()));
      for (TargetKinerja rt : new java.util.LinkedHashSet<>(k.targetRkt(nama))) {
        beda(out, Lokasi.of(Bagian.RKT).withTempat(rt.sasaran()).withBaris(row).withKolom(Kolom.TARGET),
            Bagian.RKT, nama, tahun, rt.target(), t.target());
      }
      k.realisasiIku(nama).map(r -> r.target().get(tahun)).ifPresent(it ->
          beda(out, Lokasi.of(Bagian.REALISASI_IKU).withBaris(row).withKolom(Kolom.TARGET), Bagian.REALISASI_IKU, nama,
              tahun, it, t.target()));
    }
    return out;
  }

  private static void beda(List<Temuan> out, Lokasi lokasi, Bagian dokumen, String nama, int tahun, Target other,
      Target pk) {
    if (other instanceof Target.Angka a && pk instanceof Target.Angka b) {
      if (a.nilai().compareTo(b.nilai()) != 0) {
        out.add(detail(Temuan.banding(AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS, lokasi, Nilai.bilangan(a.nilai()),
            new Pembanding(Nilai.bilangan(b.nilai()), Sumber.DOKUMEN_LAIN)), dokumen, nama, tahun, other, pk));
      }
    } else if (!other.equals(pk)) {
      out.add(detail(Temuan.of(AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS, lokasi), dokumen, nama, tahun, other, pk));
    }
  }

  private static Temuan detail(Temuan t, Bagian dokumen, String nama, int tahun, Target other, Target pk) {
    return t.with("dokumen", dokumen.sebutan()).with("indikator", nama).with("tahun", Integer.toString(tahun))
        .with("targetLain", Konteks.targetNilai(other)).with("targetPk", Konteks.targetNilai(pk));
  }

  /** Yearly realisasi of the report year that differ from their period series combined by the indicator's aggregation. */
  static List<Temuan> periode(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    int tahun = k.lkj.tahun();
    for (RealisasiIku r : k.lkj.realisasiIku()) {
      Optional<Indikator> ind = k.indikator(r.indikator());
      Optional<BigDecimal> yearly = r.realisasi(tahun);
      if (r.periode().isEmpty() || ind.isEmpty() || yearly.isEmpty()) {
        continue;
      }
      Outcome<BigDecimal> combined = AgregasiPeriode.hitung(r.periode().get(), ind.get().agregasi(), PeriodeKosong.ABAIKAN);
      if (combined.isComputable() && !Ukuran.BILANGAN.cocok(combined.value(), yearly.get(), k.kebijakan.pembulatan())) {
        // the series combined, stated at the yearly figure's precision (at least 2 decimals): an
        // average of quarters need not terminate
        BigDecimal stated = combined.value().scale() > Math.max(2, yearly.get().scale())
            ? combined.value().setScale(Math.max(2, yearly.get().scale()), k.kebijakan.pembulatan()) : combined.value();
        out.add(Temuan.banding(AturanAudit.PERIOD_SERIES_MISMATCH, Lokasi.of(Bagian.REALISASI_IKU)
                .withBaris(Baris.Indikator.of(r.indikator(), tahun)).withKolom(Kolom.REALISASI),
            Nilai.bilangan(yearly.get()), new Pembanding(Nilai.bilangan(stated), Sumber.DIHITUNG))
            .with("agregasi", agregasi(ind.get())));
      }
    }
    return out;
  }

  /**
   * Sasaran whose linked budget rows sum beyond the Rupiah range (possible only when amounts of both
   * signs are mixed): one finding each, at the RKT's link.
   */
  static List<Temuan> rentang(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    k.lkj.rkt().ifPresent(rkt -> {
      Map<String, java.util.Set<KodeNomenklatur>> links = new LinkedHashMap<>();
      rkt.sasaran().forEach(s -> links.computeIfAbsent(s.target().sasaran(), x -> new java.util.LinkedHashSet<>())
          .addAll(s.pendukung()));
      links.forEach((sasaran, codes) -> {
        if (k.melampauiRentang(codes)) {
          out.add(Temuan.of(AturanAudit.AMOUNT_OUT_OF_RANGE, Lokasi.of(Bagian.RKT).withBaris(new Baris.Sasaran(sasaran))
                  .withKolom(Kolom.PENDUKUNG))
              .with("kode", KodeNomenklatur.daftar(codes))
              .with("batas", Nilai.rupiah(id.sakip.angka.Rupiah.MAX.toBigDecimal())));
        }
      });
    });
    return out;
  }

  /**
   * The checks of the report's Renstra matrix and of its PK and RKT against it ({@link
   * PemeriksaanRenstra}), without repeating what {@link #target} reports: the PK's targets and, for
   * an indicator the PK has, the RKT's are already compared with the PK ({@link
   * AturanAudit#TARGET_DIFFERS_BETWEEN_DOCUMENTS}), so only RKT lines of indicators the PK lacks are
   * compared with the Renstra's target.
   */
  static List<Temuan> renstra(Konteks k) {
    List<Temuan> out = new ArrayList<>();
    k.lkj.renstra().ifPresent(renstra -> {
      out.addAll(PemeriksaanRenstra.periksa(renstra));
      k.lkj.perjanjianKinerja().ifPresent(pk -> {
        List<Temuan> tahun = PemeriksaanRenstra.tahun(renstra, pk);
        out.addAll(tahun);
        if (tahun.isEmpty()) {
          out.addAll(PemeriksaanRenstra.indikatorTanpaRenstra(renstra, pk));
          out.addAll(PemeriksaanRenstra.pagu(renstra, pk));
        }
      });
      k.lkj.rkt().ifPresent(rkt -> {
        List<Temuan> tahun = PemeriksaanRenstra.tahun(renstra, rkt);
        out.addAll(tahun);
        if (tahun.isEmpty()) {
          PemeriksaanRenstra.target(renstra, rkt).stream()
              .filter(t -> t.lokasi().baris().filter(b -> b instanceof Baris.Indikator i
                  && k.targetPk(i.nama()).isPresent()).isEmpty())
              .forEach(out::add);
          out.addAll(PemeriksaanRenstra.pagu(renstra, rkt));
        }
      });
    });
    return out;
  }

  private static Istilah agregasi(Indikator i) {
    return switch (i.agregasi()) {
      case SUM -> new Istilah("dijumlahkan", "summed");
      case LAST -> new Istilah("nilai periode terakhir", "the last period's value");
      case MAX -> new Istilah("nilai tertinggi", "the highest value");
      case AVERAGE -> new Istilah("rata-rata", "the average");
    };
  }
}
