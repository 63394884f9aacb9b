package id.sakip.examples.tabel;

import id.sakip.anggaran.HasilEfisiensi;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.KebijakanAudit;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.PerbandinganTahunan;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.TingkatKemajuan;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.TargetKinerja;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Recomputes the tables of an LKj's Bab III (1.1, 1.2, 1.3, 3.1, 3.2, 3.3 and B) from a {@code
 * sakip-lkj/1} document, in the report's own order and in Indonesian notation. Where the report
 * prints a figure that disagrees with the recomputed one, the cell shows both: {@code 100,96%
 * [tercetak 100%]}.
 */
public final class BabIII {

  private final LaporanKinerja lkj;
  private final KebijakanAudit kebijakan;
  private final Tercetak tercetak;

  private BabIII(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    this.lkj = lkj;
    this.kebijakan = kebijakan;
    this.tercetak = lkj.tercetak().orElse(Tercetak.builder().build());
  }

  /** Returns the recomputed tables of {@code lkj} under {@code kebijakan}, those it has data for. */
  public static List<Tabel> susun(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    BabIII b = new BabIII(lkj, kebijakan);
    List<Tabel> out = new ArrayList<>();
    List<TargetKinerja> iku = lkj.perjanjianKinerja().map(pk -> pk.target()).orElse(List.of());
    if (!iku.isEmpty()) {
      out.add(b.tabel11(iku));
      out.add(b.tabel12(iku));
      out.add(b.tabel13(iku));
      out.add(b.tabel31(iku));
      out.add(b.tabel32(iku));
      out.add(b.tabel33(iku));
    }
    lkj.realisasiAnggaran().ifPresent(t -> out.add(b.tabelB(t)));
    return out;
  }

  // ------------------------------------------------------------------ 1.1, 1.2, 1.3

  private Tabel tabel11(List<TargetKinerja> iku) {
    List<List<String>> rows = new ArrayList<>();
    int no = 1;
    for (TargetKinerja t : iku) {
      Optional<BigDecimal> r = realisasi(t.indikator().nama(), lkj.tahun());
      Outcome<Persentase> c = capaian(t.indikator(), t.target(), r);
      Optional<BarisCapaian> printed = baris("Tabel 1.1", t.indikator().nama(), lkj.tahun());
      rows.add(List.of(Integer.toString(no++), t.indikator().nama(), target(t.target()),
          r.map(IndonesianNumbers::format).orElse("n/a"),
          beside(c, printed.flatMap(BarisCapaian::capaian)),
          c.map(p -> kebijakan.skala().klasifikasi(p).toOptional().map(x -> x.label()).orElse("-")).orElse("-")));
    }
    return new Tabel("Tabel 1.1 Perbandingan Target dan Realisasi Kinerja " + lkj.tahun(),
        List.of("No", "Indikator", "Target", "Realisasi", "Capaian", "Kategori"), rows);
  }

  private Tabel tabel12(List<TargetKinerja> iku) {
    List<List<String>> rows = new ArrayList<>();
    int year = lkj.tahun();
    for (TargetKinerja t : iku) {
      Optional<BigDecimal> now = realisasi(t.indikator().nama(), year);
      Optional<BigDecimal> before = realisasi(t.indikator().nama(), year - 1);
      String diff = now.isPresent() && before.isPresent()
          ? IndonesianNumbers.format(PerbandinganTahunan.selisih(now.get(), before.get())) : "n/a";
      String rel = now.isPresent() && before.isPresent()
          ? PerbandinganTahunan.perubahanRelatif(now.get(), before.get()).map(Persentase::format).orElse("n/a") : "n/a";
      rows.add(List.of(t.indikator().nama(), now.map(IndonesianNumbers::format).orElse("n/a"),
          before.map(IndonesianNumbers::format).orElse("n/a"), diff, rel));
    }
    return new Tabel("Tabel 1.2 Perbandingan Realisasi Kinerja " + year + " dengan " + (year - 1),
        List.of("Indikator", "Realisasi " + year, "Realisasi " + (year - 1), "Selisih", "Perubahan"), rows);
  }

  private Tabel tabel13(List<TargetKinerja> iku) {
    List<List<String>> rows = new ArrayList<>();
    for (TargetKinerja t : iku) {
      Optional<Target> akhir = lkj.renstra().flatMap(r -> r.indikator(t.indikator().nama())).map(IndikatorRenstra::targetAkhir);
      Optional<BigDecimal> r = realisasi(t.indikator().nama(), lkj.tahun());
      Outcome<Persentase> kemajuan = akhir.isPresent() && r.isPresent()
          ? TingkatKemajuan.hitung(kebijakan.kalkulator(), t.indikator(), akhir.get(), List.of(r.get()))
          : Outcome.notComputable(Outcome.Reason.NO_VALUE, "no Renstra end target or realisasi");
      Optional<BarisKemajuan> row = tercetak.kemajuan().stream()
          .filter(k -> k.indikator().equals(t.indikator().nama())).findFirst();
      String realisasi = r.map(IndonesianNumbers::format).orElse("n/a");
      Optional<AngkaTercetak> printedRealisasi = row.flatMap(BarisKemajuan::realisasi);
      if (r.isPresent() && printedRealisasi.flatMap(AngkaTercetak::nilai).filter(v -> v.compareTo(r.get()) != 0).isPresent()) {
        realisasi += " [tercetak " + printedRealisasi.get().teks() + "]";
      }
      rows.add(List.of(t.indikator().nama(), akhir.map(BabIII::target).orElse("n/a"), realisasi,
          beside(kemajuan, row.flatMap(BarisKemajuan::kemajuan))));
    }
    return new Tabel("Tabel 1.3 Perbandingan Realisasi " + lkj.tahun() + " dengan Target Akhir Renstra",
        List.of("Indikator", "Target akhir Renstra", "Realisasi " + lkj.tahun(), "Tingkat kemajuan"), rows);
  }

  // ------------------------------------------------------------------ 3.1, 3.2, 3.3

  private Tabel tabel31(List<TargetKinerja> iku) {
    List<List<String>> rows = new ArrayList<>();
    Optional<Rupiah> total = total("Tabel 3.1");
    for (TargetKinerja t : iku) {
      Optional<BarisAnggaranSasaran> row = anggaran("Tabel 3.1", t.indikator().nama());
      Optional<Rupiah> alokasi = alokasi(t.indikator().nama());
      Outcome<Persentase> porsi = alokasi.isPresent() && total.isPresent()
          ? Persentase.ratio(alokasi.get(), total.get()) : Outcome.notComputable(Outcome.Reason.NO_VALUE, "no alokasi");
      rows.add(List.of(t.indikator().nama(), alokasi.map(Rupiah::formatWithoutSymbol).orElse("n/a"),
          beside(porsi, row.flatMap(BarisAnggaranSasaran::porsi))));
    }
    return new Tabel("Tabel 3.1 Alokasi Anggaran per Sasaran (dari jumlah " + kebijakan.versiAnggaran("Tabel 3.1") + " "
        + total.map(Rupiah::formatWithoutSymbol).orElse("n/a") + ")", List.of("Indikator", "Alokasi (Rp)", "Porsi"), rows);
  }

  private Tabel tabel32(List<TargetKinerja> iku) {
    List<List<String>> rows = new ArrayList<>();
    for (TargetKinerja t : iku) {
      String nama = t.indikator().nama();
      Optional<BigDecimal> r = realisasi(nama, lkj.tahun());
      Outcome<Persentase> c = capaian(t.indikator(), t.target(), r);
      Optional<Rupiah> alokasi = alokasi(nama);
      Optional<Rupiah> spent = realisasiAnggaran(nama);
      Outcome<Persentase> serapan = alokasi.isPresent() && spent.isPresent()
          ? Persentase.ratio(spent.get(), alokasi.get()) : Outcome.notComputable(Outcome.Reason.NO_VALUE, "no amounts");
      rows.add(List.of(nama, target(t.target()), r.map(IndonesianNumbers::format).orElse("n/a"),
          beside(c, baris("Tabel 3.2", nama, lkj.tahun()).flatMap(BarisCapaian::capaian)),
          alokasi.map(Rupiah::formatWithoutSymbol).orElse("n/a"), spent.map(Rupiah::formatWithoutSymbol).orElse("n/a"),
          beside(serapan, anggaran("Tabel 3.2", nama).flatMap(BarisAnggaranSasaran::serapan))));
    }
    return new Tabel("Tabel 3.2 Perbandingan Capaian Kinerja dan Anggaran " + lkj.tahun(),
        List.of("Indikator", "Target", "Realisasi", "Capaian", "Alokasi (Rp)", "Realisasi (Rp)", "Serapan"), rows);
  }

  private Tabel tabel33(List<TargetKinerja> iku) {
    List<List<String>> rows = new ArrayList<>();
    for (TargetKinerja t : iku) {
      String nama = t.indikator().nama();
      Outcome<Persentase> c = capaian(t.indikator(), t.target(), realisasi(nama, lkj.tahun()));
      Optional<Rupiah> alokasi = alokasi(nama);
      Optional<Rupiah> spent = realisasiAnggaran(nama);
      Outcome<Persentase> serapan = alokasi.isPresent() && spent.isPresent()
          ? Persentase.ratio(spent.get(), alokasi.get()) : Outcome.notComputable(Outcome.Reason.NO_VALUE, "no amounts");
      Optional<BarisAnggaranSasaran> printed = anggaran("Tabel 3.3", nama);
      // The report's efficiency uses the capaian it prints (capped); recompute from that when printed.
      Persentase capaianUsed = printed.flatMap(BarisAnggaranSasaran::capaianKinerja).flatMap(AngkaTercetak::nilai)
          .map(Persentase::of).orElse(c.orElse(null));
      Outcome<Persentase> efisiensi = capaianUsed != null && alokasi.isPresent() && spent.isPresent()
          ? kebijakan.efisiensi().hitung(capaianUsed, alokasi.get(), spent.get()).map(HasilEfisiensi::nilai)
          : Outcome.notComputable(Outcome.Reason.NO_VALUE, "no capaian or amounts");
      rows.add(List.of(nama, beside(c, printed.flatMap(BarisAnggaranSasaran::capaianKinerja)),
          beside(serapan, printed.flatMap(BarisAnggaranSasaran::serapan)),
          beside(efisiensi, printed.flatMap(BarisAnggaranSasaran::efisiensi))));
    }
    return new Tabel("Tabel 3.3 Efisiensi Penggunaan Sumber Daya (" + kebijakan.efisiensi().rumus() + ")",
        List.of("Indikator", "Capaian kinerja", "Serapan anggaran", "Tingkat efisiensi"), rows);
  }

  // ------------------------------------------------------------------ B

  private Tabel tabelB(TabelRealisasiAnggaran tabel) {
    PohonAnggaran pohon = tabel.anggaran();
    List<List<String>> rows = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      RekapAnggaran r = pohon.rekap(node);
      Optional<AngkaTercetak> printed = Optional.ofNullable(tercetak.serapanTabelB().get(node.kode()));
      String pagu = r.pagu().formatWithoutSymbol();
      if (node.paguTercatat().isPresent() && !node.paguTercatat().get().equals(r.pagu())) {
        pagu += " [tercetak " + node.paguTercatat().get().formatWithoutSymbol() + "]";
      }
      rows.add(List.of(node.kode().toString(), node.nama(), pagu,
          r.realisasi().map(Rupiah::formatWithoutSymbol).orElse("-"), beside(r.serapan(), printed)));
    }
    RekapAnggaran sum = pohon.total();
    rows.add(List.of("", "Jumlah baris", sum.pagu().formatWithoutSymbol(),
        sum.realisasi().map(Rupiah::formatWithoutSymbol).orElse("-"), sum.serapan().map(Persentase::format).orElse("n/a")));
    if (tabel.jumlahPagu().isPresent()) {
      RekapAnggaran printed = new RekapAnggaran(tabel.jumlahPagu().get(), tabel.jumlahRealisasi());
      rows.add(List.of("", "Jumlah tercetak", printed.pagu().formatWithoutSymbol(),
          printed.realisasi().map(Rupiah::formatWithoutSymbol).orElse("-"),
          beside(printed.serapan(), tercetak.serapanJumlahTabelB())));
    }
    return new Tabel("Tabel B Realisasi Anggaran " + lkj.tahun() + " (" + tabel.versi() + ")",
        List.of("Kode", "Program / Kegiatan", "Anggaran (Rp)", "Realisasi (Rp)", "Serapan"), rows);
  }

  // ------------------------------------------------------------------ helpers

  private Outcome<Persentase> capaian(Indikator indikator, Target target, Optional<BigDecimal> realisasi) {
    return kebijakan.kalkulator().hitung(indikator.polaritas(), target, realisasi);
  }

  /** The recomputed value, with the printed figure beside it when they disagree at its precision. */
  private String beside(Outcome<Persentase> recomputed, Optional<AngkaTercetak> printed) {
    String value = recomputed.map(Persentase::format).orElse("n/a");
    if (printed.isEmpty()) {
      return value;
    }
    boolean agrees = recomputed.isComputable() && recomputed.value().agreesWith(printed.get(), kebijakan.pembulatan());
    return agrees ? value : value + " [tercetak " + printed.get().teks() + "]";
  }

  private Optional<BigDecimal> realisasi(String indikator, int tahun) {
    return lkj.realisasiIku().stream().filter(r -> r.indikator().equals(indikator)).findFirst()
        .flatMap(r -> r.realisasi(tahun))
        .or(() -> baris(null, indikator, tahun).flatMap(BarisCapaian::realisasi).flatMap(AngkaTercetak::nilai));
  }

  private Optional<BarisCapaian> baris(String tempat, String indikator, int tahun) {
    Predicate<BarisCapaian> where = b -> tempat == null || b.tempat().equals(tempat);
    return tercetak.capaian().stream()
        .filter(where.and(b -> b.indikator().equals(indikator) && b.tahun() == tahun)).findFirst();
  }

  private Optional<BarisAnggaranSasaran> anggaran(String tempat, String indikator) {
    return tercetak.anggaranSasaran().stream()
        .filter(b -> b.tempat().equals(tempat) && b.indikator().equals(indikator)).findFirst();
  }

  private Optional<Rupiah> alokasi(String indikator) {
    return amount(indikator, BarisAnggaranSasaran::alokasi);
  }

  private Optional<Rupiah> realisasiAnggaran(String indikator) {
    return amount(indikator, BarisAnggaranSasaran::realisasiAnggaran);
  }

  private Optional<Rupiah> amount(String indikator,
      java.util.function.Function<BarisAnggaranSasaran, Optional<AngkaTercetak>> column) {
    return tercetak.anggaranSasaran().stream().filter(b -> b.indikator().equals(indikator))
        .map(column).flatMap(Optional::stream).flatMap(a -> a.nilai().stream()).findFirst().map(Rupiah::of);
  }

  private Optional<Rupiah> total(String tempat) {
    return lkj.perjanjianKinerja().flatMap(pk -> pk.anggaran(kebijakan.versiAnggaran(tempat))).map(AnggaranPk::jumlah);
  }

  private static String target(Target t) {
    return t instanceof Target.Angka a ? IndonesianNumbers.format(a.nilai()) : t.toString();
  }
}
