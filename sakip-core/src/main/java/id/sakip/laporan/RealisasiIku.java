package id.sakip.laporan;

import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * The realisasi of one IKU as a report gives it: per year (this year and earlier years), with the
 * targets the report prints for those years and, optionally, this year's values per period.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withIndikator(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class RealisasiIku implements WithRealisasiIku {

  RealisasiIku() {}

  /** Returns a new {@link Builder}; {@code indikator} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RealisasiIku} values; {@code indikator} is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link RealisasiIku}.
   */
  public static final class Builder extends ImmutableRealisasiIku.Builder {
    Builder() {}
  }

  /** The name of the indicator, as in the PK or Renstra. */
  public abstract String indikator();

  /** Realisasi by year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, BigDecimal> realisasi();

  /** Targets by year, as the realisasi table prints them. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Target> target();

  /** This year's realisasi per period, when the report gives it. */
  public abstract Optional<DeretPeriode> periode();

  /** Returns the realisasi of {@code tahun}, if reported. */
  public Optional<BigDecimal> realisasi(int tahun) {
    return Optional.ofNullable(realisasi().get(tahun));
  }

  @Value.Check
  void check() {
    if (indikator().isBlank()) {
      throw new IllegalArgumentException("realisasiIku.indikator is blank; name the indicator as in the PK");
    }
  }
}
