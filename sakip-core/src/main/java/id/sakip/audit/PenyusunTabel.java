package id.sakip.audit;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.PerbandinganTahunan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Aturan;
import id.sakip.anggaran.AturanAnggaran;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Sumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Lays out the recomputed tables of a report in its own order, each printed row in exactly one of them. */
final class PenyusunTabel {

  private static final List<Kolom> KOLOM_CAPAIAN = TercetakTerindeks.KOLOM_CAPAIAN;
  private static final List<Kolom> KOLOM_KEMAJUAN = TercetakTerindeks.KOLOM_KEMAJUAN;
  private static final List<Kolom> KOLOM_3_1 = List.of(Kolom.ALOKASI, Kolom.PORSI);
  private static final List<Kolom> KOLOM_3_2 = List.of(Kolom.TARGET, Kolom.REALISASI, Kolom.CAPAIAN, Kolom.ALOKASI,
      Kolom.REALISASI_ANGGARAN, Kolom.SERAPAN);
  private static final List<Kolom> KOLOM_3_3 = List.of(Kolom.CAPAIAN_KINERJA, Kolom.SERAPAN, Kolom.EFISIENSI);
  private static final List<Kolom> KOLOM_ANGGARAN = TercetakTerindeks.KOLOM_ANGGARAN;

  private final Konteks k;
  private final PenyusunSel sel;
  private final TercetakTerindeks cetak;
  private final int tahun;

  PenyusunTabel(Konteks k) {
    this.k = k;
    this.sel = new PenyusunSel(k);
    this.cetak = new TercetakTerindeks(k.tercetak);
    this.tahun = k.lkj.tahun();
  }

  List<TabelDihitung> susun() {
    List<TabelDihitung> out = new ArrayList<>();
    List<TargetKinerja> iku = k.iku();
    out.add(indikator(Bagian.TABEL_1_1, judul("Tabel 1.1 Perbandingan Target dan Realisasi Kinerja " + tahun,
        "Table 1.1 Target and realisasi " + tahun), KOLOM_CAPAIAN, iku, nama -> Cetakan.KOSONG.with(
            cetak.capaian(Bagian.TABEL_1_1, nama, tahun, KOLOM_CAPAIAN))));
    out.add(tabel12(iku));
    out.add(indikator(Bagian.TABEL_1_3, judul("Tabel 1.3 Perbandingan Realisasi " + tahun
        + " dengan Target Akhir Renstra", "Table 1.3 Realisasi " + tahun + " against the Renstra end target"), KOLOM_KEMAJUAN, iku,
        nama -> Cetakan.ofKemajuan(cetak.kemajuan(Bagian.TABEL_1_3, nama, KOLOM_KEMAJUAN))));
    out.add(indikator(Bagian.TABEL_3_1, judul31(), KOLOM_3_1,
        iku, nama -> Cetakan.KOSONG.withAnggaran(cetak.anggaran(Bagian.TABEL_3_1, nama, KOLOM_3_1))));
    out.add(indikator(Bagian.TABEL_3_2, judul("Tabel 3.2 Perbandingan Capaian Kinerja dan Anggaran " + tahun,
        "Table 3.2 Performance and budget " + tahun), KOLOM_3_2, iku, nama -> new Cetakan(cetak.capaian(Bagian.TABEL_3_2, nama,
            tahun, KOLOM_3_2), Optional.empty(), cetak.anggaran(Bagian.TABEL_3_2, nama, KOLOM_3_2), false)));
    out.add(indikator(Bagian.TABEL_3_3, judul("Tabel 3.3 Efisiensi Penggunaan Sumber Daya ("
        + k.kebijakan.efisiensi().rumus().rumus() + ")", "Table 3.3 Efficiency (" + k.kebijakan.efisiensi().rumus().rumus()
        + ")"), KOLOM_3_3, iku,
        nama -> Cetakan.KOSONG.withAnggaran(cetak.anggaran(Bagian.TABEL_3_3, nama, KOLOM_3_3))));
    if (k.lkj.realisasiAnggaran().isPresent()) {
      out.add(tabelB(k.lkj.realisasiAnggaran().get()));
    } else if (!k.tercetak.serapanTabelB().isEmpty() || k.tercetak.serapanJumlahTabelB().isPresent()) {
      out.add(tabelBTanpaTabel());
    }
    if (!k.tercetak.narasi().isEmpty()) {
      out.add(narasi());
    }
    if (!k.lkj.realisasiIku().isEmpty()) {
      out.add(realisasiIku());
    }
    sisa(out);
    out.removeIf(t -> t.baris().isEmpty());
    return out;
  }

  private interface Cari {
    Cetakan untuk(String nama);
  }

  /** A table with one row per IKU of the PK, in the PK's order. */
  private TabelDihitung indikator(Bagian bagian, Istilah judul, List<Kolom> kolom, List<TargetKinerja> iku, Cari cari) {
    List<BarisDihitung> rows = new ArrayList<>();
    for (TargetKinerja t : iku) {
      String nama = t.indikator().nama();
      Cetakan p = cari.untuk(nama);
      rows.add(baris(bagian, p.tempat(), nama, tahun, p, kolom, Set.copyOf(kolom)));
    }
    return new TabelDihitung(bagian, Optional.empty(), judul, heads(kolom), rows);
  }

  /** A row of indicator {@code nama}: one cell per column, holding its printed figure for the columns in {@code dicetak}. */
  private BarisDihitung baris(Bagian bagian, Optional<String> tempat, String nama, int year, Cetakan p,
      List<Kolom> kolom, Set<Kolom> dicetak) {
    Lokasi dasar = new Lokasi(bagian, tempat, Optional.empty(), Optional.empty());
    List<Sel<?>> cells = new ArrayList<>(kolom.size());
    for (Kolom c : kolom) {
      cells.add(sel.sel(c, dasar, nama, year, p, dicetak.contains(c)));
    }
    return new BarisDihitung(Baris.Indikator.of(nama, year), nama, cells);
  }

  private TabelDihitung tabel12(List<TargetKinerja> iku) {
    List<BarisDihitung> rows = new ArrayList<>();
    for (TargetKinerja t : iku) {
      String nama = t.indikator().nama();
      Optional<BarisCapaian> now = cetak.capaian(Bagian.TABEL_1_2, nama, tahun, List.of(Kolom.REALISASI));
      Optional<BarisCapaian> before = cetak.capaian(Bagian.TABEL_1_2, nama, tahun - 1, List.of(Kolom.REALISASI));
      // each year's cell is at the place of its own printed row
      Lokasi dasar = new Lokasi(Bagian.TABEL_1_2, now.or(() -> before).map(BarisCapaian::tempat), Optional.empty(),
          Optional.empty());
      Lokasi dasarLalu = new Lokasi(Bagian.TABEL_1_2, before.or(() -> now).map(BarisCapaian::tempat),
          Optional.empty(), Optional.empty());
      Sel<?> r1 = sel.sel(Kolom.REALISASI, dasar, nama, tahun, Cetakan.KOSONG.with(now), true);
      Sel<?> r0 = sel.sel(Kolom.REALISASI, dasarLalu, nama, tahun - 1, Cetakan.KOSONG.with(before), true);
      Lokasi row = dasar.withBaris(Baris.Indikator.of(nama));
      Sel<BigDecimal> selisih = sel.tampil(row.withKolom(Kolom.SELISIH), () -> k.realisasi(nama, tahun)
          .flatMap(x -> k.realisasi(nama, tahun - 1).map(y -> PerbandinganTahunan.selisih(x, y))), Ukuran.BILANGAN);
      Sel<Persentase> perubahan = sel.tampil(row.withKolom(Kolom.PERUBAHAN), () -> k.realisasi(nama, tahun)
          .flatMap(x -> k.realisasi(nama, tahun - 1).flatMap(y -> Hitungan.dari(
              PerbandinganTahunan.perubahanRelatif(x, y)))), Ukuran.PERSEN);
      rows.add(new BarisDihitung(Baris.Indikator.of(nama), nama, List.of(r1, r0, selisih, perubahan)));
    }
    return new TabelDihitung(Bagian.TABEL_1_2, Optional.empty(), judul("Tabel 1.2 Perbandingan Realisasi Kinerja " + tahun
        + " dengan " + (tahun - 1), "Table 1.2 Realisasi " + tahun + " against " + (tahun - 1)),
        List.of(new Istilah("Realisasi " + tahun, "Realisasi " + tahun), new Istilah("Realisasi " + (tahun - 1),
            "Realisasi " + (tahun - 1)), Kolom.SELISIH.istilah(), Kolom.PERUBAHAN.istilah()), rows);
  }

  // ------------------------------------------------------------------ table B

  private TabelDihitung tabelB(TabelRealisasiAnggaran tabel) {
    PohonAnggaran pohon = tabel.anggaran();
    Lokasi dasar = Lokasi.of(Bagian.TABEL_B);
    Map<KodeNomenklatur, AngkaTercetak> persen = k.tercetak.serapanTabelB();
    List<BarisDihitung> rows = new ArrayList<>();
    List<Persentase> rowPercents = new ArrayList<>();
    for (NodeAnggaran node : pohon.semuaNode()) {
      RekapAnggaran r = pohon.rekap(node);
      Lokasi row = dasar.withBaris(new Baris.Kode(node.kode().toString()));
      Optional<AngkaTercetak> printedPercent = Optional.ofNullable(persen.get(node.kode()));
      if (node.isDaun() && r.realisasi().isPresent() && !r.pagu().isZero()) {
        printedPercent.flatMap(AngkaTercetak::nilai).map(Persentase::of).ifPresent(rowPercents::add);
      }
      rows.add(new BarisDihitung(row.baris().orElseThrow(), node.label(), List.of(
          jumlah(row.withKolom(Kolom.PAGU), node.isDaun() ? Optional.empty() : node.paguTercatat(),
              () -> Hitungan.nilai(r.pagu()).with("jumlahAnak", jumlahAnak(node)),
              AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH),
          jumlah(row.withKolom(Kolom.REALISASI_ANGGARAN), node.isDaun() ? Optional.empty() : node.realisasiTercatat(),
              () -> realisasi(r).with("jumlahAnak", jumlahAnak(node)), AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH),
          sel.sel(row.withKolom(Kolom.SERAPAN), printedPercent, () -> serapan(r), Ukuran.PERSEN, Sumber.DIHITUNG,
              AturanAudit.SERAPAN_MISMATCH))));
    }
    for (Map.Entry<KodeNomenklatur, AngkaTercetak> e : persen.entrySet()) {
      if (pohon.node(e.getKey()).isEmpty()) {
        Lokasi row = dasar.withBaris(new Baris.Kode(e.getKey().toString()));
        Hitungan<Rupiah> none = Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "tabel tidak memuat baris dengan kode ini",
            "the table has no row with this code");
        rows.add(new BarisDihitung(row.baris().orElseThrow(), e.getKey().toString(), List.of(
            sel.tampil(row.withKolom(Kolom.PAGU), () -> none, Ukuran.RUPIAH),
            sel.tampil(row.withKolom(Kolom.REALISASI_ANGGARAN), () -> none, Ukuran.RUPIAH),
            sel.sel(row.withKolom(Kolom.SERAPAN), Optional.of(e.getValue()), () -> none.map(x -> Persentase.ZERO),
                Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.SERAPAN_MISMATCH))));
      }
    }
    rows.add(jumlahRow(tabel, dasar.withBaris(new Baris.Jumlah()), rowPercents));
    return new TabelDihitung(Bagian.TABEL_B, Optional.empty(), judul("Tabel B Realisasi Anggaran " + tahun + " ("
        + tabel.versi().istilah().id() + ")", "Table B Budget realisation " + tahun + " (" + tabel.versi().istilah().en()
        + ")"),
        heads(List.of(Kolom.PAGU, Kolom.REALISASI_ANGGARAN, Kolom.SERAPAN)), rows);
  }

  /** Table B's printed percentages when the document has no budget realisation table: none can be checked. */
  private TabelDihitung tabelBTanpaTabel() {
    Lokasi dasar = Lokasi.of(Bagian.TABEL_B);
    Hitungan<Persentase> none = Hitungan.tidakAda(Outcome.Reason.NO_VALUE,
        "dokumen tidak memuat tabel realisasi anggaran", "the document has no budget realisation table");
    List<BarisDihitung> rows = new ArrayList<>();
    k.tercetak.serapanTabelB().forEach((kode, printed) -> {
      Lokasi row = dasar.withBaris(new Baris.Kode(kode.toString()));
      rows.add(new BarisDihitung(row.baris().orElseThrow(), kode.toString(), List.of(sel.sel(
          row.withKolom(Kolom.SERAPAN), Optional.of(printed), () -> none, Ukuran.PERSEN, Sumber.DIHITUNG,
          AturanAudit.SERAPAN_MISMATCH))));
    });
    k.tercetak.serapanJumlahTabelB().ifPresent(printed -> {
      Lokasi row = dasar.withBaris(new Baris.Jumlah());
      rows.add(new BarisDihitung(row.baris().orElseThrow(), "Jumlah", List.of(sel.sel(row.withKolom(Kolom.SERAPAN),
          Optional.of(printed), () -> none, Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.SERAPAN_MISMATCH))));
    });
    return new TabelDihitung(Bagian.TABEL_B, Optional.empty(), judul("Tabel B Realisasi Anggaran " + tahun,
        "Table B Budget realisation " + tahun), heads(List.of(Kolom.SERAPAN)), rows);
  }

  private BarisDihitung jumlahRow(TabelRealisasiAnggaran tabel, Lokasi row, List<Persentase> rowPercents) {
    RekapAnggaran sum = tabel.anggaran().total();
    RekapAnggaran basis = tabel.jumlahPagu().map(p -> new RekapAnggaran(p, tabel.jumlahRealisasi())).orElse(sum);
    Lokasi basisAt = tabel.jumlahPagu().isPresent() ? row : Lokasi.of(Bagian.TABEL_B);
    return new BarisDihitung(row.baris().orElseThrow(), "Jumlah", List.of(
        jumlah(row.withKolom(Kolom.PAGU), tabel.jumlahPagu(), () -> Hitungan.nilai(sum.pagu()),
            AturanAnggaran.BUDGET_TOTAL_MISMATCH),
        jumlah(row.withKolom(Kolom.REALISASI_ANGGARAN), tabel.jumlahRealisasi(), () -> realisasi(sum),
            AturanAnggaran.BUDGET_TOTAL_MISMATCH),
        new Sel<>(row.withKolom(Kolom.SERAPAN), k.tercetak.serapanJumlahTabelB(), () -> new Sel.Isi<>(
            serapan(basis).withMasukan(List.of(basisAt.withKolom(Kolom.PAGU))), rataRata(rowPercents)),
            Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.SERAPAN_MISMATCH, k.kebijakan.pembulatan())));
  }

  /** The mean of the rows' printed percentages: what a total printed as an average would be. */
  private List<Sel.Alternatif<Persentase>> rataRata(List<Persentase> rowPercents) {
    if (rowPercents.isEmpty()) {
      return List.of();
    }
    Persentase m = rowPercents.stream().reduce(Persentase.ZERO, Persentase::plus)
        .ratioTo(Persentase.of(BigDecimal.valueOf(rowPercents.size() * 100L))).value();
    return List.of(new Sel.Alternatif<>(AturanAudit.MEAN_OF_PERCENTAGES, m,
        Map.of("rataRata", Nilai.persen(m.rounded(2, k.kebijakan.pembulatan())))));
  }

  private Sel<Rupiah> jumlah(Lokasi lokasi, Optional<Rupiah> stated, java.util.function.Supplier<Hitungan<Rupiah>> sum,
      Aturan aturan) {
    return sel.sel(lokasi, stated.map(AngkaTercetak::dariRupiah), sum, Ukuran.RUPIAH, Sumber.DIHITUNG, aturan);
  }

  private static Nilai jumlahAnak(NodeAnggaran node) {
    return Nilai.bilangan(BigDecimal.valueOf(node.anak().size()));
  }

  private static Hitungan<Rupiah> realisasi(RekapAnggaran r) {
    return r.realisasi().map(x -> Hitungan.nilai(x)).orElseGet(() -> Hitungan.tidakAda(Outcome.Reason.NO_VALUE,
        "ada baris di bawahnya tanpa realisasi", "a row below it has no realisasi"));
  }

  private static Hitungan<Persentase> serapan(RekapAnggaran r) {
    Hitungan<Persentase> h = Hitungan.dari(r.serapan()).with("pagu", Nilai.rupiah(r.pagu().toBigDecimal()));
    return r.realisasi().map(x -> h.with("realisasi", Nilai.rupiah(x.toBigDecimal()))).orElse(h);
  }

  // ------------------------------------------------------------------ narrative, IKU, other places

  private TabelDihitung narasi() {
    List<BarisDihitung> rows = new ArrayList<>();
    for (AngkaNarasi n : k.tercetak.narasi()) {
      Lokasi dasar = new Lokasi(Bagian.NARASI, Optional.of(n.tempat()), Optional.empty(), Optional.empty());
      Kolom besaran = Kolom.valueOf(n.besaran().name());
      Lokasi row = dasar.withBaris(new Baris.Narasi(n.indikator(), n.tahun(), besaran));
      boolean ratio = n.pembilang().isPresent();
      java.util.function.Supplier<Hitungan<Persentase>> r = () -> ratio
          ? Hitungan.dari(Persentase.ratio(n.pembilang().get(), n.penyebut().get()))
              .with("pembilang", Nilai.bilangan(n.pembilang().get())).with("penyebut", Nilai.bilangan(n.penyebut().get()))
          : Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "teks tidak memberi rasio", "the text gives no ratio");
      boolean known = k.dikenal(n.indikator());
      // the source figure is compared when the indicator is known (or the text gives no ratio); a
      // figure printed without a value is held by one cell only: the source's when there is one
      boolean keSumber = known || !ratio;
      boolean keRasio = ratio && (n.nilai().adaNilai() || !keSumber);
      Optional<AngkaTercetak> printed = keSumber ? Optional.of(n.nilai()) : Optional.empty();
      Sel<Persentase> rasio = sel.sel(row.withKolom(Kolom.NILAI), keRasio ? Optional.of(n.nilai()) : Optional.empty(),
          r, Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.NARRATIVE_RATIO_MISMATCH);
      Sel<?> sumber = switch (n.besaran()) {
        case TARGET -> sel.sel(row.withKolom(besaran), printed, () -> k.target(n.indikator(), n.tahun()), Ukuran.TARGET,
            Sumber.DOKUMEN_LAIN, AturanAudit.PRINTED_TARGET_MISMATCH);
        case REALISASI -> sel.sel(row.withKolom(besaran), printed, () -> k.realisasi(n.indikator(), n.tahun()),
            Ukuran.BILANGAN, Sumber.DOKUMEN_LAIN, AturanAudit.PRINTED_REALISASI_MISMATCH);
        case CAPAIAN -> sel.capaian(row.withKolom(besaran), printed,
            () -> sel.capaianMentah(n.indikator(), n.tahun(), Optional.empty(), row));
      };
      rows.add(new BarisDihitung(row.baris().orElseThrow(), n.indikator(), List.of(rasio, sumber)));
    }
    return new TabelDihitung(Bagian.NARASI, Optional.empty(), judul("Angka dalam Narasi", "Figures in the narrative"),
        List.of(new Istilah("rasio dalam teks", "ratio in the text"), new Istilah("angka sumber", "source figure")),
        rows);
  }

  private TabelDihitung realisasiIku() {
    List<BarisDihitung> rows = new ArrayList<>();
    Lokasi dasar = Lokasi.of(Bagian.REALISASI_IKU);
    for (RealisasiIku r : k.lkj.realisasiIku()) {
      TreeSet<Integer> years = new TreeSet<>(r.realisasi().keySet());
      years.addAll(r.target().keySet());
      for (int year : years) {
        Lokasi row = dasar.withBaris(Baris.Indikator.of(r.indikator(), year));
        Optional<Target> target = Optional.ofNullable(r.target().get(year));
        Hitungan<Target> t = target.map(x -> Hitungan.nilai(x)).orElseGet(() -> Hitungan.tidakAda(
            Outcome.Reason.NO_VALUE, "tabel IKU tidak memuat target tahun ini", "the IKU table has no target this year"));
        rows.add(new BarisDihitung(row.baris().orElseThrow(), r.indikator(), List.of(
            sel.tampil(row.withKolom(Kolom.TARGET), () -> t, Ukuran.TARGET),
            sel.tampil(row.withKolom(Kolom.REALISASI), () -> k.realisasi(r.indikator(), year), Ukuran.BILANGAN),
            sel.capaian(row.withKolom(Kolom.CAPAIAN), Optional.empty(), () -> sel.capaianMentah(r.indikator(), year,
                Optional.empty(), row)))));
      }
    }
    return new TabelDihitung(Bagian.REALISASI_IKU, Optional.empty(), judul("Realisasi IKU per Tahun",
        "IKU realisasi by year"), heads(List.of(Kolom.TARGET, Kolom.REALISASI, Kolom.CAPAIAN)), rows);
  }

  /**
   * Tables of the printed figures no table above showed: rows printed elsewhere, a second row of an
   * indicator, columns a table does not have (a target printed in table 1.2). Each row shows its
   * place's columns, recomputed from the whole row; only the figures not shown yet are compared
   * there.
   */
  private void sisa(List<TabelDihitung> out) {
    cetak.sisaCapaian().forEach((tempat, rows) -> {
      List<Kolom> kolom = kolom(KOLOM_CAPAIAN, rows);
      out.add(tempat(tempat, kolom, rows.stream().map(r -> baris(Bagian.dariTempat(tempat), Optional.of(tempat),
          r.baris().indikator(), r.baris().tahun(), Cetakan.KOSONG.with(Optional.of(r.baris())), kolom, r.kolom()))
          .toList()));
    });
    cetak.sisaKemajuan().forEach((tempat, rows) -> {
      List<Kolom> kolom = kolom(KOLOM_KEMAJUAN, rows);
      out.add(tempat(tempat, kolom, rows.stream().map(r -> baris(Bagian.dariTempat(tempat), Optional.of(tempat),
          r.baris().indikator(), tahun, Cetakan.ofKemajuan(Optional.of(r.baris())), kolom, r.kolom())).toList()));
    });
    cetak.sisaAnggaran().forEach((tempat, rows) -> {
      List<Kolom> kolom = kolom(KOLOM_ANGGARAN, rows);
      out.add(tempat(tempat, kolom, rows.stream().map(r -> baris(Bagian.dariTempat(tempat), Optional.of(tempat),
          r.baris().indikator(), tahun, Cetakan.of(r.baris()), kolom, r.kolom())).toList()));
    });
  }

  /** The columns of {@code order} that some row still has a figure in. */
  private static List<Kolom> kolom(List<Kolom> order, List<? extends TercetakTerindeks.Sisa<?>> rows) {
    return order.stream().filter(c -> rows.stream().anyMatch(r -> r.kolom().contains(c))).toList();
  }

  private TabelDihitung tempat(String tempat, List<Kolom> kolom, List<BarisDihitung> rows) {
    return new TabelDihitung(Bagian.dariTempat(tempat), Optional.of(tempat), new Istilah(tempat, tempat), heads(kolom),
        rows);
  }

  private Istilah judul31() {
    Hitungan<Rupiah> total = k.total(Bagian.TABEL_3_1);
    String id = "Tabel 3.1 Alokasi Anggaran per Sasaran";
    String en = "Table 3.1 Budget allocated per sasaran";
    if (!total.isComputable()) {
      return judul(id, en);
    }
    Nilai n = Nilai.rupiah(total.hasil().value().toBigDecimal());
    Istilah versi = k.versiAnggaran(Bagian.TABEL_3_1).istilah();
    return judul(id + " (porsi dari jumlah " + versi.id() + " " + n.format(Bahasa.INDONESIA) + ")",
        en + " (shares of the " + versi.en() + " total " + n.format(Bahasa.INGGRIS) + ")");
  }

  private static Istilah judul(String id, String en) {
    return new Istilah(id, en);
  }

  private static List<Istilah> heads(List<Kolom> kolom) {
    return kolom.stream().map(Kolom::istilah).toList();
  }
}
