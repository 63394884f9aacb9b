package id.sakip.perencanaan;

import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Target;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/** An indicator of a Renstra sasaran with its target for each year and at the end of the period. */
@Value.Immutable
public abstract class IndikatorRenstra {

  IndikatorRenstra() {}

  /** Returns a builder; {@code indikator} and {@code targetAkhir} are required. */
  public static ImmutableIndikatorRenstra.Builder builder() {
    return ImmutableIndikatorRenstra.builder();
  }

  /** The indicator. */
  public abstract Indikator indikator();

  /** The target for each year of the period that the Renstra states, by year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Target> targetTahunan();

  /** The end-of-period target (target akhir periode Renstra). */
  public abstract Target targetAkhir();

  /** Returns the target for {@code tahun}, if the Renstra states one. */
  public Optional<Target> target(int tahun) {
    return Optional.ofNullable(targetTahunan().get(tahun));
  }
}
