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
 */
@Value.Immutable
public abstract class RealisasiIku {

  RealisasiIku() {}

  /** Returns a builder; {@code indikator} is required. */
  public static ImmutableRealisasiIku.Builder builder() {
    return ImmutableRealisasiIku.builder();
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
