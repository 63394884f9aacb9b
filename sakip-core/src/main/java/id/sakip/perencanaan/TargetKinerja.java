package id.sakip.perencanaan;

import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Target;
import org.immutables.value.Value;

/** One line of a Perjanjian Kinerja or RKT: a sasaran, its indicator and the target promised. */
@Value.Immutable
public abstract class TargetKinerja {

  TargetKinerja() {}

  /** Returns a builder; every attribute is required. */
  public static ImmutableTargetKinerja.Builder builder() {
    return ImmutableTargetKinerja.builder();
  }

  /** The sasaran as this document words it. */
  public abstract String sasaran();

  /** The indicator (an IKU in a PK). */
  public abstract Indikator indikator();

  /** The target for the year. */
  public abstract Target target();

  @Value.Check
  void check() {
    Checks.notBlank("targetKinerja.sasaran", sasaran());
  }
}
