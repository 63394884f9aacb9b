package id.sakip.audit;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.HasilCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.TingkatKemajuan;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document and the policy, with the source of every figure the report prints: the PK target,
 * the IKU realisasi, the Renstra end target, the budget rows a sasaran is linked to, and what is
 * recomputed from them. Each lookup is indexed once; nothing scans a list per row.
 */
final class Konteks {

  final LaporanKinerja lkj;
  final KebijakanAudit kebijakan;
  final Tercetak tercetak;
  private final Map<String, Indikator> indikator = new LinkedHashMap<>();
  private final Map<String, TargetKinerja> targetPk = new LinkedHashMap<>();
  private final Map<String, RealisasiIku> iku = new HashMap<>();
  private final Map<String, IndikatorRenstra> renstra = new HashMap<>();
  private final Map<String, Set<KodeNomenklatur>> pendukung = new LinkedHashMap<>();
  private final Map<String, List<TargetKinerja>> targetRkt = new HashMap<>();

  Konteks(LaporanKinerja lkj, KebijakanAudit kebijakan) {
    this.lkj = lkj;
    this.kebijakan = kebijakan;
    this.tercetak = lkj.tercetak().orElse(Tercetak.builder().build());
    lkj.perjanjianKinerja().ifPresent(pk -> pk.target().forEach(t -> {
      indikator.putIfAbsent(t.indikator().nama(), t.indikator());
      targetPk.putIfAbsent(t.indikator().nama(), t);
    }));
    lkj.rkt().ifPresent(r -> r.sasaran().forEach(s -> {
      indikator.putIfAbsent(s.target().indikator().nama(), s.target().indikator());
      pendukung.computeIfAbsent(s.target().indikator().nama(), x -> new LinkedHashSet<>()).addAll(s.pendukung());
      targetRkt.computeIfAbsent(s.target().indikator().nama(), x -> new ArrayList<>()).add(s.target());
    }));
    lkj.renstra().ifPresent(r -> r.semuaIndikator().forEach(i -> {
      indikator.putIfAbsent(i.indikator().nama(), i.indikator());
      renstra.putIfAbsent(i.indikator().nama(), i);
    }));
    lkj.realisasiIku().forEach(r -> iku.putIfAbsent(r.indikator(), r));
  }

  /**
   * The PK targets in order, one per indicator (a second line for the same indicator adds no row):
   * the indicators every Bab III table has a row for.
   */
  List<TargetKinerja> iku() {
    return List.copyOf(targetPk.values());
  }

  Optional<Indikator> indikator(String nama) {
    return Optional.ofNullable(indikator.get(nama));
  }

  /** The indicator {@code nama} of the Renstra, if it has one. */
  Optional<IndikatorRenstra> renstra(String nama) {
    return Optional.ofNullable(renstra.get(nama));
  }

  /** The PK's target line for indicator {@code nama}, if the PK has one. */
  Optional<TargetKinerja> targetPk(String nama) {
    return Optional.ofNullable(targetPk.get(nama));
  }

  /** The target lines of the RKT for indicator {@code nama}, one per sasaran line that names it. */
  List<TargetKinerja> targetRkt(String nama) {
    return targetRkt.getOrDefault(nama, List.of());
  }

  Optional<RealisasiIku> realisasiIku(String nama) {
    return Optional.ofNullable(iku.get(nama));
  }

  // ------------------------------------------------------------------ indicator figures

  /** One indicator in one year: the key of the figures looked up once and shared by every table. */
  private record Kunci(String nama, int tahun) {}

  // Cells compute their values when first compared or shown, possibly on several threads: the
  // caches are concurrent (no computation here reenters its own cache).
  private final Map<Kunci, Hitungan<Target>> targetCache = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<Kunci, Hitungan<BigDecimal>> realisasiCache = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Hitungan<Rupiah>> alokasiCache = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Hitungan<Rupiah>> realisasiAnggaranCache = new java.util.concurrent.ConcurrentHashMap<>();

  /** The target of {@code nama} in {@code tahun}: the PK's for the report year, else the IKU table's. */
  Hitungan<Target> target(String nama, int tahun) {
    return targetCache.computeIfAbsent(new Kunci(nama, tahun), k -> cariTarget(nama, tahun));
  }

  private Hitungan<Target> cariTarget(String nama, int tahun) {
    TargetKinerja pk = targetPk.get(nama);
    if (tahun == lkj.tahun() && pk != null) {
      return Hitungan.nilai(pk.target(), Lokasi.of(Bagian.PERJANJIAN_KINERJA).withBaris(Baris.Indikator.of(nama, tahun))
          .withKolom(Kolom.TARGET)).with("dokumen", Bagian.PERJANJIAN_KINERJA.sebutan());
    }
    Optional<Target> fromIku = realisasiIku(nama).map(r -> r.target().get(tahun));
    if (fromIku.isPresent()) {
      return Hitungan.nilai(fromIku.get(), Lokasi.of(Bagian.REALISASI_IKU).withBaris(Baris.Indikator.of(nama, tahun))
          .withKolom(Kolom.TARGET)).with("dokumen", Bagian.REALISASI_IKU.sebutan());
    }
    return dikenal(nama, Hitungan.tidakAda(Outcome.Reason.NO_VALUE,
        "baik PK maupun tabel realisasi IKU tidak memuat target " + tahun + " untuk indikator ini",
        "neither the PK nor the IKU table holds a " + tahun + " target for this indicator"));
  }

  /** The realisasi of {@code nama} in {@code tahun}, as the IKU table records it. */
  Hitungan<BigDecimal> realisasi(String nama, int tahun) {
    return realisasiCache.computeIfAbsent(new Kunci(nama, tahun), k -> cariRealisasi(nama, tahun));
  }

  private Hitungan<BigDecimal> cariRealisasi(String nama, int tahun) {
    Optional<BigDecimal> value = realisasiIku(nama).flatMap(r -> r.realisasi(tahun));
    if (value.isPresent()) {
      return Hitungan.nilai(value.get(), Lokasi.of(Bagian.REALISASI_IKU).withBaris(Baris.Indikator.of(nama, tahun))
          .withKolom(Kolom.REALISASI)).with("dokumen", Bagian.REALISASI_IKU.sebutan());
    }
    return dikenal(nama, Hitungan.tidakAda(Outcome.Reason.NO_VALUE,
        "tabel realisasi IKU tidak memuat realisasi " + tahun + " untuk indikator ini",
        "the IKU table holds no " + tahun + " realisasi for this indicator"));
  }

  /**
   * The raw capaian of {@code nama} in {@code tahun} from its source target and realisasi; where a
   * source is missing, from the figure the row itself prints (the inputs say which).
   */
  Hitungan<Persentase> capaian(String nama, int tahun, Optional<AngkaTercetak> targetRow,
      Optional<AngkaTercetak> realisasiRow, Lokasi row) {
    Hitungan<Target> t = atau(target(nama, tahun), targetRow.flatMap(AngkaTercetak::nilai).map(Target::angka),
        row.withKolom(Kolom.TARGET));
    Hitungan<BigDecimal> r = atau(realisasi(nama, tahun), realisasiRow.flatMap(AngkaTercetak::nilai),
        row.withKolom(Kolom.REALISASI));
    Optional<Indikator> ind = indikator(nama);
    if (ind.isEmpty()) {
      return dikenal(nama, Hitungan.tidakAda(Outcome.Reason.NOT_APPLICABLE, "polaritas indikator tidak diketahui",
          "the indicator's polarity is unknown"));
    }
    return t.flatMap(target -> r.flatMap(realisasi -> {
      Outcome<HasilCapaian> hasil = kebijakan.kalkulator().hitungRinci(ind.get().polaritas(), target, realisasi);
      // a value a policy set (not the formula) names the policy in the finding, never the formula
      String rumus = hasil.toOptional().filter(h -> h.asal() != HasilCapaian.Asal.RUMUS).map(HasilCapaian::penjelasan)
          .orElseGet(() -> kebijakan.kalkulator().rumusUntuk(ind.get().polaritas()).map(x -> x.rumus())
              .orElse(kebijakan.kalkulator().rumusRentang().rumus()));
      return Hitungan.dari(hasil.map(HasilCapaian::nilai))
          .with("target", targetNilai(target))
          .with("realisasi", Nilai.bilangan(realisasi))
          .with("rumus", rumus);
    }));
  }

  /** The end-of-Renstra target of {@code nama}. */
  Hitungan<Target> targetAkhir(String nama) {
    IndikatorRenstra i = renstra.get(nama);
    if (i == null) {
      return dikenal(nama, Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "Renstra tidak memuat indikator ini",
          "the Renstra does not hold this indicator"));
    }
    return Hitungan.nilai(i.targetAkhir(), Lokasi.of(Bagian.RENSTRA).withBaris(Baris.Indikator.of(nama))
        .withKolom(Kolom.TARGET_AKHIR)).with("dokumen", Bagian.RENSTRA.sebutan());
  }

  /**
   * The tingkat kemajuan of {@code nama}: this year's realisasi (a stock indicator) or the sum of
   * the realisasi of every Renstra year to this one (a cumulative indicator) against the end
   * target, with the indicator's capaian formula.
   */
  Hitungan<Persentase> kemajuan(String nama, Optional<AngkaTercetak> targetAkhirRow,
      Optional<AngkaTercetak> realisasiRow, Lokasi row) {
    Optional<Indikator> ind = indikator(nama);
    if (ind.isEmpty()) {
      return dikenal(nama, Hitungan.tidakAda(Outcome.Reason.NOT_APPLICABLE, "polaritas indikator tidak diketahui",
          "the indicator's polarity is unknown"));
    }
    Hitungan<Target> akhir = atau(targetAkhir(nama), targetAkhirRow.flatMap(AngkaTercetak::nilai).map(Target::angka),
        row.withKolom(Kolom.TARGET_AKHIR));
    Hitungan<List<BigDecimal>> years = ind.get().sifat() == SifatIndikator.KUMULATIF
        ? realisasiSampaiKini(nama)
        : atau(realisasi(nama, lkj.tahun()), realisasiRow.flatMap(AngkaTercetak::nilai), row.withKolom(Kolom.REALISASI))
            .map(List::of);
    boolean kumulatif = ind.get().sifat() == SifatIndikator.KUMULATIF;
    return akhir.flatMap(target -> years.flatMap(list -> {
      BigDecimal compared = kumulatif ? list.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : list.get(list.size() - 1);
      int first = lkj.tahun() - list.size() + 1;
      Istilah cara = kumulatif
          ? new Istilah("jumlah realisasi " + first + "–" + lkj.tahun(), "the sum of the realisasi " + first + "–"
              + lkj.tahun())
          : new Istilah("realisasi " + lkj.tahun(), "the realisasi of " + lkj.tahun());
      return Hitungan.dari(TingkatKemajuan.hitung(kebijakan.kalkulator(), ind.get(), target, list))
          .with("target", targetNilai(target)).with("realisasi", Nilai.bilangan(compared)).with("cara", cara);
    }));
  }

  /**
   * The realisasi table 1.3 states for {@code nama}: this year's, or for a cumulative indicator the
   * sum of every Renstra year to this one (what its progress is measured with).
   */
  Hitungan<BigDecimal> realisasiKemajuan(String nama) {
    if (indikator(nama).filter(i -> i.sifat() == SifatIndikator.KUMULATIF).isEmpty()) {
      return realisasi(nama, lkj.tahun());
    }
    return realisasiSampaiKini(nama).map(list -> list.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .with("dokumen", Bagian.REALISASI_IKU.sebutan());
  }

  /** The realisasi of every Renstra year up to the report year, oldest first; all must be reported. */
  private Hitungan<List<BigDecimal>> realisasiSampaiKini(String nama) {
    int from = lkj.renstra().map(r -> r.tahunAwal()).filter(y -> y <= lkj.tahun()).orElse(lkj.tahun());
    List<BigDecimal> out = new ArrayList<>();
    List<Lokasi> inputs = new ArrayList<>();
    for (int year = from; year <= lkj.tahun(); year++) {
      Hitungan<BigDecimal> r = realisasi(nama, year);
      if (!r.isComputable()) {
        return Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "indikator kumulatif tanpa realisasi " + year
            + " dalam tabel realisasi IKU", "a cumulative indicator without a " + year + " realisasi in the IKU table");
      }
      out.add(r.hasil().value());
      inputs.addAll(r.masukan());
    }
    return Hitungan.dari(Outcome.of(out)).withMasukan(inputs);
  }

  // ------------------------------------------------------------------ budget per sasaran

  /** The tree the sums of {@code codes} are taken in: table B when it holds them all, else the RKT. */
  private Optional<PohonAnggaran> tabelB(Set<KodeNomenklatur> codes) {
    return lkj.realisasiAnggaran().map(t -> t.anggaran()).filter(p -> p.memuatSemua(codes));
  }

  /**
   * Whether the pagu or the realisasi of the rows with codes {@code codes} sums beyond the Rupiah
   * range, in table B (when it has them all) or in the RKT.
   */
  boolean melampauiRentang(Set<KodeNomenklatur> codes) {
    PohonAnggaran pohon = tabelB(codes).orElseGet(() -> lkj.rkt().orElseThrow().anggaran());
    return pohon.rekap(codes).notComputableReason().filter(r -> r == Outcome.Reason.OUT_OF_RANGE).isPresent();
  }

  /** The budget rows the RKT links the sasaran of {@code nama} to. */
  private Hitungan<Set<KodeNomenklatur>> kode(String nama) {
    Set<KodeNomenklatur> codes = pendukung.get(nama);
    if (codes == null) {
      return dikenal(nama, Hitungan.tidakAda(Outcome.Reason.NO_VALUE,
          "RKT tidak menautkan sasaran indikator ini ke kegiatan pendukung",
          "the RKT links the sasaran of this indicator to no supporting rows"));
    }
    return Hitungan.nilai(codes, Lokasi.of(Bagian.RKT).withBaris(Baris.Indikator.of(nama)).withKolom(Kolom.PENDUKUNG))
        .with("kode", KodeNomenklatur.daftar(codes));
  }

  /** The pagu of the rows supporting {@code nama}: from table B when it has them all, else from the RKT. */
  Hitungan<Rupiah> alokasi(String nama) {
    return alokasiCache.computeIfAbsent(nama, this::cariAlokasi);
  }

  private Hitungan<Rupiah> cariAlokasi(String nama) {
    return kode(nama).flatMap(codes -> {
      Optional<PohonAnggaran> tabelB = tabelB(codes);
      Bagian dokumen = tabelB.isPresent() ? Bagian.TABEL_B : Bagian.RKT;
      PohonAnggaran pohon = tabelB.orElseGet(() -> lkj.rkt().orElseThrow().anggaran());
      return Hitungan.dari(pohon.rekap(codes).map(RekapAnggaran::pagu), Lokasi.of(dokumen).withKolom(Kolom.PAGU))
          .with("dokumen", dokumen.sebutan());
    });
  }

  /** The realisasi of the rows supporting {@code nama}, from table B. */
  Hitungan<Rupiah> realisasiAnggaran(String nama) {
    return realisasiAnggaranCache.computeIfAbsent(nama, this::cariRealisasiAnggaran);
  }

  private Hitungan<Rupiah> cariRealisasiAnggaran(String nama) {
    return kode(nama).flatMap(codes -> {
      Optional<PohonAnggaran> tabelB = tabelB(codes);
      if (tabelB.isEmpty()) {
        String list = KodeNomenklatur.daftar(codes);
        return lkj.realisasiAnggaran().isEmpty()
            ? Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "dokumen tidak memuat tabel realisasi anggaran",
                "the document has no budget realisation table")
            : Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "tabel realisasi anggaran tidak memuat semua kegiatan "
                + "pendukung (" + list + ")", "the budget realisation table does not hold every supporting row ("
                + list + ")");
      }
      return Hitungan.dari(tabelB.get().rekap(codes), Lokasi.of(Bagian.TABEL_B).withKolom(Kolom.REALISASI_ANGGARAN))
          .flatMap(r -> r.realisasi().isPresent() ? Hitungan.nilai(r.realisasi().get())
              : Hitungan.<Rupiah>tidakAda(Outcome.Reason.NO_VALUE, "ada kegiatan pendukung tanpa realisasi",
                  "a supporting row has no realisasi"))
          .with("dokumen", Bagian.TABEL_B.sebutan());
    });
  }

  /**
   * The budget version {@code tabel}'s shares are taken of: the policy's, else the version of the
   * report's table B, else the PK's only version ({@link KebijakanAudit#versiAnggaran}).
   */
  VersiAnggaran versiAnggaran(Bagian tabel) {
    Optional<VersiAnggaran> laporan = lkj.realisasiAnggaran().map(t -> t.versi())
        .or(() -> lkj.perjanjianKinerja().filter(pk -> pk.anggaran().size() == 1).map(pk -> pk.anggaran().get(0).versi()));
    return kebijakan.versiAnggaran(tabel, laporan);
  }

  /** The total budget that shares in {@code tabel} are taken of: the PK budget in that version. */
  Hitungan<Rupiah> total(Bagian tabel) {
    VersiAnggaran versi = versiAnggaran(tabel);
    Optional<AnggaranPk> pk = lkj.perjanjianKinerja().flatMap(p -> p.anggaran(versi));
    if (pk.isEmpty()) {
      return Hitungan.tidakAda(Outcome.Reason.NO_VALUE, "PK tidak memuat anggaran " + versi.istilah().id(),
          "the PK carries no " + versi.istilah().en() + " budget");
    }
    return Hitungan.nilai(pk.get().jumlah(), Lokasi.of(Bagian.PERJANJIAN_KINERJA)
        .withBaris(new Baris.Versi(versi.name())).withKolom(Kolom.PAGU))
        .with("versi", versi.istilah()).with("total", Nilai.rupiah(pk.get().jumlah().toBigDecimal()));
  }

  // ------------------------------------------------------------------ helpers

  /** {@code source} when computable, else the row's own printed figure (as an input from {@code row}), else {@code source}. */
  static <T> Hitungan<T> atau(Hitungan<T> source, Optional<T> printed, Lokasi row) {
    if (source.isComputable() || printed.isEmpty()) {
      return source;
    }
    return Hitungan.nilai(printed.get(), row);
  }

  /** Marks a lookup about an indicator that no document knows as {@link AturanAudit#UNKNOWN_INDICATOR}. */
  private <T> Hitungan<T> dikenal(String nama, Hitungan<T> h) {
    Hitungan<T> out = h.with("indikator", nama);
    return dikenal(nama) ? out : out.withAturanGagal(AturanAudit.UNKNOWN_INDICATOR);
  }

  /** Whether some document (PK, RKT, Renstra or the IKU table) has the indicator {@code nama}. */
  boolean dikenal(String nama) {
    return indikator.containsKey(nama) || iku.containsKey(nama);
  }

  static Object targetNilai(Target t) {
    return t instanceof Target.Angka a ? Nilai.bilangan(a.nilai()) : t.toString();
  }
}
