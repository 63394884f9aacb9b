package id.sakip.perencanaan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The five-year strategic plan (Rencana Strategis, Renstra) of a perangkat daerah, e.g. 2021–2026:
 * tujuan → sasaran → indikator, with a target per year and the end-of-period target.
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

  /** Returns every indicator of every sasaran, in order. */
  public Stream<IndikatorRenstra> semuaIndikator() {
    return tujuan().stream().flatMap(t -> t.sasaran().stream()).flatMap(s -> s.indikator().stream());
  }

  /** Returns the indicator named {@code nama}, if the Renstra has one. */
  public Optional<IndikatorRenstra> indikator(String nama) {
    return semuaIndikator().filter(i -> i.indikator().nama().equals(nama)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.year("renstra.tahunAwal", tahunAwal());
    Checks.year("renstra.tahunAkhir", tahunAkhir());
    if (tahunAwal() >= tahunAkhir()) {
      throw new IllegalArgumentException("renstra: period " + tahunAwal() + "–" + tahunAkhir()
          + " does not run forward; tahunAwal must be before tahunAkhir");
    }
    semuaIndikator().forEach(i -> i.targetTahunan().keySet().forEach(year -> {
      if (year < tahunAwal() || year > tahunAkhir()) {
        throw new IllegalArgumentException("renstra: indicator '" + i.indikator().nama() + "' has a target for "
            + year + ", outside the period " + tahunAwal() + "–" + tahunAkhir());
      }
    }));
  }
}
