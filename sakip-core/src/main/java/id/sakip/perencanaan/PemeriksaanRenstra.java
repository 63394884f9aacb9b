package id.sakip.perencanaan;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.Target;
import id.sakip.temuan.Bagian;
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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The checks of a Renstra matrix and of the yearly plans against it, each returning typed {@link
 * Temuan findings} of an {@link AturanRenstra} rule (the printed end total of a pagu indikatif:
 * {@link AturanAnggaran#BUDGET_TOTAL_MISMATCH}):
 *
 * <ul>
 *   <li>the Renstra alone: end targets against yearly targets ({@link #targetAkhir}), printed
 *       totals of the pagu indikatif ({@link #jumlahPagu});
 *   <li>a PK or RKT against it: its year inside the period ({@link #tahun}), its targets against
 *       the Renstra's of that year ({@link #target}), the PK's indicators present in the Renstra
 *       ({@link #indikatorTanpaRenstra}), its budgets against the pagu indikatif ({@link #pagu}).
 * </ul>
 *
 * Indicators are joined to the Renstra in one place, {@link Renstra#indikator(id.sakip.kinerja.Indikator)};
 * budgets by nomenclature code. Every lookup is indexed: the checks run in time linear in the
 * documents' size. Thread-safe: the methods keep no state.
 */
public final class PemeriksaanRenstra {

  private PemeriksaanRenstra() {}

  /** Runs the checks of the Renstra alone: {@link #targetAkhir} and {@link #jumlahPagu}. */
  public static List<Temuan> periksa(Renstra renstra) {
    List<Temuan> out = new ArrayList<>(targetAkhir(renstra));
    out.addAll(jumlahPagu(renstra));
    return out;
  }

  /**
   * Runs every check of {@code pk} against {@code renstra}: its year, and when the year is inside
   * the period, its targets, its indicators and its budgets.
   */
  public static List<Temuan> periksa(Renstra renstra, PerjanjianKinerja pk) {
    List<Temuan> out = new ArrayList<>(tahun(renstra, pk));
    if (out.isEmpty()) {
      out.addAll(target(renstra, pk));
      out.addAll(indikatorTanpaRenstra(renstra, pk));
      out.addAll(pagu(renstra, pk));
    }
    return out;
  }

  /**
   * Runs every check of {@code rkt} against {@code renstra}: its year, and when the year is inside
   * the period, its targets and its budgets.
   */
  public static List<Temuan> periksa(Renstra renstra, Rkt rkt) {
    List<Temuan> out = new ArrayList<>(tahun(renstra, rkt));
    if (out.isEmpty()) {
      out.addAll(target(renstra, rkt));
      out.addAll(pagu(renstra, rkt));
    }
    return out;
  }

  // ------------------------------------------------------------------ the Renstra alone

  /**
   * Indicators whose numeric end target disagrees with their numeric yearly targets [ours, after
   * domain.md §3: progress compares a level with the end target, an increment's sum with it]:
   *
   * <ul>
   *   <li>{@link SifatIndikator#STOK} (a level, e.g. SKM): the end target is the target of the
   *       period's last year; checked when the Renstra states that year's target.
   *   <li>{@link SifatIndikator#KUMULATIF} (an increment): the end target is the sum of the yearly
   *       targets; checked when the Renstra states a target for every year from the first target
   *       year (the period's first or second year) to the last, without a gap.
   * </ul>
   *
   * Range, inequality and predicate targets are not compared. Each finding is at {@link
   * Bagian#RENSTRA} › the indicator › {@link Kolom#TARGET_AKHIR}, the end target as the printed
   * figure.
   */
  public static List<Temuan> targetAkhir(Renstra renstra) {
    Objects.requireNonNull(renstra, "renstra");
    List<Temuan> out = new ArrayList<>();
    renstra.semuaIndikator().forEach(i -> {
      if (!(i.targetAkhir() instanceof Target.Angka akhir)) {
        return;
      }
      SifatIndikator sifat = i.indikator().sifat();
      Optional<BigDecimal> expected = sifat == SifatIndikator.STOK
          ? angka(i.target(renstra.tahunAkhir()))
          : jumlahTahunan(renstra, i.targetTahunan());
      expected.filter(e -> e.compareTo(akhir.nilai()) != 0).ifPresent(e -> out.add(
          Temuan.banding(AturanRenstra.END_TARGET_INCONSISTENT, Lokasi.of(Bagian.RENSTRA)
                  .withBaris(Baris.Indikator.of(i.indikator().nama())).withKolom(Kolom.TARGET_AKHIR),
              Nilai.bilangan(akhir.nilai()), new Pembanding(Nilai.bilangan(e), Sumber.DIHITUNG))
              .with("cara", cara(renstra, i.targetTahunan(), sifat))
              .with("sifat", sifat == SifatIndikator.STOK ? new Istilah("stok", "stock")
                  : new Istilah("kumulatif", "cumulative"))));
    });
    return out;
  }

  /** The sum of the yearly targets when they are numeric and cover the period without a gap. */
  private static Optional<BigDecimal> jumlahTahunan(Renstra renstra, SortedMap<Integer, Target> tahunan) {
    if (tahunan.isEmpty() || tahunan.firstKey() > renstra.tahunAwal() + 1
        || tahunan.lastKey() != renstra.tahunAkhir()
        || tahunan.size() != renstra.tahunAkhir() - tahunan.firstKey() + 1) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Target t : tahunan.values()) {
      if (!(t instanceof Target.Angka a)) {
        return Optional.empty();
      }
      sum = sum.add(a.nilai());
    }
    return Optional.of(sum);
  }

  private static Istilah cara(Renstra renstra, SortedMap<Integer, Target> tahunan, SifatIndikator sifat) {
    if (sifat == SifatIndikator.STOK) {
      return new Istilah("target tahun " + renstra.tahunAkhir(), "the target of " + renstra.tahunAkhir());
    }
    String years = tahunan.firstKey() + "–" + tahunan.lastKey();
    return new Istilah("jumlah target tahun " + years, "the sum of the targets of " + years);
  }

  /**
   * Pagu indikatif whose printed end-of-period total is not the sum of their yearly amounts: a
   * {@link AturanAnggaran#BUDGET_TOTAL_MISMATCH} at {@link Bagian#RENSTRA} › the code › {@link
   * Kolom#PAGU}.
   */
  public static List<Temuan> jumlahPagu(Renstra renstra) {
    Objects.requireNonNull(renstra, "renstra");
    List<Temuan> out = new ArrayList<>();
    for (PaguIndikatif p : renstra.paguIndikatif()) {
      p.jumlahTercetak().filter(printed -> !printed.equals(p.jumlah())).ifPresent(printed -> out.add(
          Temuan.banding(AturanAnggaran.BUDGET_TOTAL_MISMATCH, lokasiKode(Bagian.RENSTRA, p.kode()),
              rupiah(printed), new Pembanding(rupiah(p.jumlah()), Sumber.DIHITUNG))));
    }
    return out;
  }

  // ------------------------------------------------------------------ a PK or RKT against it

  /** A {@link AturanRenstra#YEAR_OUTSIDE_RENSTRA} finding when the PK's year is outside the period. */
  public static List<Temuan> tahun(Renstra renstra, PerjanjianKinerja pk) {
    return tahun(renstra, Bagian.PERJANJIAN_KINERJA, Objects.requireNonNull(pk, "pk").tahun());
  }

  /** A {@link AturanRenstra#YEAR_OUTSIDE_RENSTRA} finding when the RKT's year is outside the period. */
  public static List<Temuan> tahun(Renstra renstra, Rkt rkt) {
    return tahun(renstra, Bagian.RKT, Objects.requireNonNull(rkt, "rkt").tahun());
  }

  private static List<Temuan> tahun(Renstra renstra, Bagian dokumen, int tahun) {
    if (Objects.requireNonNull(renstra, "renstra").memuatTahun(tahun)) {
      return List.of();
    }
    return List.of(Temuan.of(AturanRenstra.YEAR_OUTSIDE_RENSTRA, Lokasi.of(dokumen))
        .with("dokumen", dokumen.sebutan()).with("tahun", Integer.toString(tahun)).with("periode", periode(renstra)));
  }

  /**
   * PK targets that differ from the Renstra's target for the PK's year, at {@link
   * Bagian#PERJANJIAN_KINERJA} › the indicator and year › {@link Kolom#TARGET}. Numeric targets are
   * compared as numbers ({@code 85} equals {@code 85,00}); other kinds as values. An indicator the
   * Renstra lacks, or a year it states no target for, is not compared here.
   */
  public static List<Temuan> target(Renstra renstra, PerjanjianKinerja pk) {
    Objects.requireNonNull(renstra, "renstra");
    List<Temuan> out = new ArrayList<>();
    for (TargetKinerja t : Objects.requireNonNull(pk, "pk").target()) {
      target(out, renstra, Bagian.PERJANJIAN_KINERJA, pk.tahun(), t, lokasiIndikator(Bagian.PERJANJIAN_KINERJA, t,
          pk.tahun()));
    }
    return out;
  }

  /**
   * RKT targets that differ from the Renstra's target for the RKT's year, at {@link Bagian#RKT}
   * (place: the sasaran) › the indicator and year › {@link Kolom#TARGET}; compared as in {@link
   * #target(Renstra, PerjanjianKinerja)}.
   */
  public static List<Temuan> target(Renstra renstra, Rkt rkt) {
    Objects.requireNonNull(renstra, "renstra");
    List<Temuan> out = new ArrayList<>();
    for (SasaranRkt s : Objects.requireNonNull(rkt, "rkt").sasaran()) {
      TargetKinerja t = s.target();
      target(out, renstra, Bagian.RKT, rkt.tahun(), t,
          lokasiIndikator(Bagian.RKT, t, rkt.tahun()).withTempat(t.sasaran()));
    }
    return out;
  }

  private static void target(List<Temuan> out, Renstra renstra, Bagian dokumen, int tahun, TargetKinerja line,
      Lokasi lokasi) {
    Optional<Target> planned = renstra.indikator(line.indikator()).flatMap(i -> i.target(tahun));
    if (planned.isEmpty() || sama(line.target(), planned.get())) {
      return;
    }
    Temuan t = line.target() instanceof Target.Angka a && planned.get() instanceof Target.Angka b
        ? Temuan.banding(AturanRenstra.RENSTRA_TARGET_MISMATCH, lokasi, Nilai.bilangan(a.nilai()),
            new Pembanding(Nilai.bilangan(b.nilai()), Sumber.DOKUMEN_LAIN))
        : Temuan.of(AturanRenstra.RENSTRA_TARGET_MISMATCH, lokasi);
    out.add(t.with("dokumen", dokumen.sebutan()).with("tahun", Integer.toString(tahun))
        .with("indikator", line.indikator().nama()).with("targetLain", nilai(line.target()))
        .with("targetRenstra", nilai(planned.get())));
  }

  /**
   * Indicators of the PK the Renstra does not have, one finding per indicator at {@link
   * Bagian#PERJANJIAN_KINERJA} › the indicator and year › {@link Kolom#INDIKATOR}. A Renstra that
   * states no indicator at all (only its period) is not a list to look in: nothing is reported
   * [ours].
   */
  public static List<Temuan> indikatorTanpaRenstra(Renstra renstra, PerjanjianKinerja pk) {
    Objects.requireNonNull(renstra, "renstra");
    Objects.requireNonNull(pk, "pk");
    List<Temuan> out = new ArrayList<>();
    if (renstra.semuaIndikator().findAny().isEmpty()) {
      return out;
    }
    java.util.Set<String> reported = new java.util.HashSet<>();
    for (TargetKinerja t : pk.target()) {
      if (renstra.indikator(t.indikator()).isEmpty() && reported.add(t.indikator().nama())) {
        out.add(Temuan.of(AturanRenstra.INDICATOR_NOT_IN_RENSTRA,
                lokasiIndikator(Bagian.PERJANJIAN_KINERJA, t, pk.tahun()).withKolom(Kolom.INDIKATOR))
            .with("indikator", t.indikator().nama()).with("dokumen", Bagian.PERJANJIAN_KINERJA.sebutan())
            .with("periode", periode(renstra)));
      }
    }
    return out;
  }

  /**
   * Program lines of the PK, in every budget version it carries, whose pagu differs from the
   * Renstra's pagu indikatif of that code and year: above it {@link
   * AturanRenstra#BUDGET_ABOVE_PAGU_INDIKATIF}, below it {@link
   * AturanRenstra#BUDGET_BELOW_PAGU_INDIKATIF}, at {@link Bagian#PERJANJIAN_KINERJA} › the code ›
   * {@link Kolom#PAGU}. Lines without a code, and codes the Renstra states no pagu for in that
   * year, are not compared.
   */
  public static List<Temuan> pagu(Renstra renstra, PerjanjianKinerja pk) {
    Objects.requireNonNull(renstra, "renstra");
    List<Temuan> out = new ArrayList<>();
    for (AnggaranPk a : Objects.requireNonNull(pk, "pk").anggaran()) {
      Istilah dokumen = new Istilah(Bagian.PERJANJIAN_KINERJA.sebutan().id() + " (" + a.versi().istilah().id() + ")",
          Bagian.PERJANJIAN_KINERJA.sebutan().en() + " (" + a.versi().istilah().en() + ")");
      for (ProgramPk p : a.program()) {
        p.kode().ifPresent(kode -> pagu(out, renstra, Bagian.PERJANJIAN_KINERJA, dokumen, pk.tahun(), kode, p.pagu()));
      }
    }
    return out;
  }

  /**
   * Nodes of the RKT's budget tree (program, kegiatan or sub kegiatan; a parent with its children's
   * sum) whose pagu differs from the Renstra's pagu indikatif of that code and year, as in {@link
   * #pagu(Renstra, PerjanjianKinerja)}, at {@link Bagian#RKT} › the code › {@link Kolom#PAGU}.
   */
  public static List<Temuan> pagu(Renstra renstra, Rkt rkt) {
    Objects.requireNonNull(renstra, "renstra");
    List<Temuan> out = new ArrayList<>();
    PohonAnggaran pohon = Objects.requireNonNull(rkt, "rkt").anggaran();
    for (NodeAnggaran node : pohon.semuaNode()) {
      pagu(out, renstra, Bagian.RKT, Bagian.RKT.sebutan(), rkt.tahun(), node.kode(), pohon.rekap(node).pagu());
    }
    return out;
  }

  private static void pagu(List<Temuan> out, Renstra renstra, Bagian bagian, Istilah dokumen, int tahun,
      KodeNomenklatur kode, Rupiah pagu) {
    Optional<Rupiah> indikatif = renstra.paguIndikatif(kode).flatMap(p -> p.pagu(tahun));
    if (indikatif.isEmpty() || indikatif.get().equals(pagu)) {
      return;
    }
    AturanRenstra aturan = pagu.isGreaterThan(indikatif.get())
        ? AturanRenstra.BUDGET_ABOVE_PAGU_INDIKATIF : AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF;
    out.add(Temuan.banding(aturan, lokasiKode(bagian, kode), rupiah(pagu),
            new Pembanding(rupiah(indikatif.get()), Sumber.DOKUMEN_LAIN))
        .with("dokumen", dokumen).with("tahun", Integer.toString(tahun)));
  }

  // ------------------------------------------------------------------ helpers

  /** Whether two targets are the same: numeric ones as numbers, others as values. */
  private static boolean sama(Target a, Target b) {
    return a instanceof Target.Angka x && b instanceof Target.Angka y ? x.nilai().compareTo(y.nilai()) == 0 : a.equals(b);
  }

  private static Optional<BigDecimal> angka(Optional<Target> t) {
    return t.filter(Target.Angka.class::isInstance).map(x -> ((Target.Angka) x).nilai());
  }

  /** A target as a finding's detail: a number when numeric, its text otherwise. */
  private static Object nilai(Target t) {
    return t instanceof Target.Angka a ? Nilai.bilangan(a.nilai()) : t.toString();
  }

  private static Lokasi lokasiIndikator(Bagian bagian, TargetKinerja t, int tahun) {
    return Lokasi.of(bagian).withBaris(Baris.Indikator.of(t.indikator().nama(), tahun)).withKolom(Kolom.TARGET);
  }

  private static Lokasi lokasiKode(Bagian bagian, KodeNomenklatur kode) {
    return Lokasi.of(bagian).withBaris(new Baris.Kode(kode.toString())).withKolom(Kolom.PAGU);
  }

  private static String periode(Renstra renstra) {
    return renstra.tahunAwal() + "–" + renstra.tahunAkhir();
  }

  private static Nilai rupiah(Rupiah r) {
    return Nilai.rupiah(r.toBigDecimal());
  }
}
