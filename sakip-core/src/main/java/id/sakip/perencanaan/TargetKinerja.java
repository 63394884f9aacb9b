package id.sakip.perencanaan;

import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Target;
import org.immutables.value.Value;

/**
 * One line of a Perjanjian Kinerja or RKT: a sasaran, its indicator and the target promised.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withSasaran(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class TargetKinerja implements WithTargetKinerja {

  TargetKinerja() {}

  /** Returns a new {@link Builder}; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TargetKinerja} values; every attribute is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link TargetKinerja}.
   */
  public static final class Builder extends ImmutableTargetKinerja.Builder {
    Builder() {}
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
