package id.sakip.perencanaan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.kinerja.Indikator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The five-year strategic plan (Rencana Strategis, Renstra) of a perangkat daerah, e.g. 2021–2026:
 * tujuan → sasaran → indikator, with a target per year and the end-of-period target, and the
 * matrix the e-SAKIP systems hold beside them: each indicator's baseline ({@link
 * IndikatorRenstra#kondisiAwal()}) and the yearly indicative budget of each program and kegiatan
 * ({@link #paguIndikatif()}). {@link PemeriksaanRenstra} checks the plan and the PK and RKT
 * against it.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTahunAwal(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class Renstra implements WithRenstra {

  Renstra() {}

  /** Returns a new {@link Builder}; {@code tahunAwal} and {@code tahunAkhir} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Renstra} values; {@code tahunAwal} and {@code tahunAkhir} are required. The
   * builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link Renstra}.
   */
  public static final class Builder extends ImmutableRenstra.Builder {
    Builder() {}
  }

  /** The first year of the period. */
  public abstract int tahunAwal();

  /** The last year of the period. */
  public abstract int tahunAkhir();

  /** The goals. */
  public abstract List<Tujuan> tujuan();

  /**
   * The indicative budget (pagu indikatif) of each program, kegiatan or sub kegiatan by year, one
   * entry per code; empty when the Renstra states none.
   */
  public abstract List<PaguIndikatif> paguIndikatif();

  /** Returns every indicator of every sasaran, in order. */
  public Stream<IndikatorRenstra> semuaIndikator() {
    return tujuan().stream().flatMap(t -> t.sasaran().stream()).flatMap(s -> s.indikator().stream());
  }

  /** Returns the indicator named {@code nama} (the first, if two share it), if the Renstra has one. */
  public Optional<IndikatorRenstra> indikator(String nama) {
    return Optional.ofNullable(indeksIndikator().get(Objects.requireNonNull(nama, "nama")));
  }

  /**
   * Returns the Renstra's indicator that {@code indikator} of another document (a PK, an RKT)
   * stands for, if any. This is the one place documents are joined to the Renstra: by the
   * indicator's name today (documents carry no identifiers yet).
   */
  public Optional<IndikatorRenstra> indikator(Indikator indikator) {
    return indikator(Objects.requireNonNull(indikator, "indikator").nama());
  }

  /** Returns the indicative budget of the code {@code kode}, if the Renstra states one. */
  public Optional<PaguIndikatif> paguIndikatif(KodeNomenklatur kode) {
    return Optional.ofNullable(indeksPagu().get(Objects.requireNonNull(kode, "kode")));
  }

  /** Returns whether {@code tahun} lies in the period {@code tahunAwal}–{@code tahunAkhir}. */
  public boolean memuatTahun(int tahun) {
    return tahun >= tahunAwal() && tahun <= tahunAkhir();
  }

  @Value.Lazy
  Map<String, IndikatorRenstra> indeksIndikator() {
    Map<String, IndikatorRenstra> m = new HashMap<>();
    semuaIndikator().forEach(i -> m.putIfAbsent(i.indikator().nama(), i));
    return m;
  }

  @Value.Lazy
  Map<KodeNomenklatur, PaguIndikatif> indeksPagu() {
    Map<KodeNomenklatur, PaguIndikatif> m = new HashMap<>();
    paguIndikatif().forEach(p -> m.put(p.kode(), p));
    return m;
  }

  @Value.Check
  void check() {
    Checks.year("renstra.tahunAwal", tahunAwal());
    Checks.year("renstra.tahunAkhir", tahunAkhir());
    if (tahunAwal() >= tahunAkhir()) {
      throw new IllegalArgumentException("renstra: period " + tahunAwal() + "–" + tahunAkhir()
          + " does not run forward; tahunAwal must be before tahunAkhir");
    }
    semuaIndikator().forEach(i -> {
      i.targetTahunan().keySet().forEach(year -> {
        if (!memuatTahun(year)) {
          throw new IllegalArgumentException("renstra: indicator '" + i.indikator().nama() + "' has a target for "
              + year + ", outside the period " + tahunAwal() + "–" + tahunAkhir());
        }
      });
      i.kondisiAwal().ifPresent(k -> checkKondisiAwal(i, k));
    });
    Set<KodeNomenklatur> codes = new HashSet<>();
    for (PaguIndikatif p : paguIndikatif()) {
      if (!codes.add(p.kode())) {
        throw new IllegalArgumentException("renstra.paguIndikatif: code " + p.kode()
            + " appears twice; a Renstra states one pagu indikatif per code");
      }
      p.paguTahunan().keySet().forEach(year -> {
        if (!memuatTahun(year)) {
          throw new IllegalArgumentException("renstra.paguIndikatif: code " + p.kode() + " has a pagu for " + year
              + ", outside the period " + tahunAwal() + "–" + tahunAkhir());
        }
      });
    }
  }

  private void checkKondisiAwal(IndikatorRenstra i, KondisiAwal k) {
    if (k.tahun() < tahunAwal() - 1 || k.tahun() > tahunAwal()) {
      throw new IllegalArgumentException("renstra: indicator '" + i.indikator().nama() + "' has its kondisi awal in "
          + k.tahun() + "; for the period " + tahunAwal() + "–" + tahunAkhir() + " the baseline is of "
          + (tahunAwal() - 1) + " or " + tahunAwal());
    }
    if (!i.targetTahunan().isEmpty() && i.targetTahunan().firstKey() <= k.tahun()) {
      throw new IllegalArgumentException("renstra: indicator '" + i.indikator().nama() + "' has its kondisi awal in "
          + k.tahun() + " and a target for " + i.targetTahunan().firstKey()
          + "; the baseline is the year before the first target");
    }
  }
}
