package id.sakip.perencanaan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The five-year strategic plan (Rencana Strategis, Renstra) of a perangkat daerah, e.g. 2021–2026:
 * tujuan → sasaran → indikator, with a target per year and the end-of-period target.
 */
@Value.Immutable
public abstract class Renstra {

  Renstra() {}

  /** Returns a builder; {@code tahunAwal} and {@code tahunAkhir} are required. */
  public static ImmutableRenstra.Builder builder() {
    return ImmutableRenstra.builder();
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
