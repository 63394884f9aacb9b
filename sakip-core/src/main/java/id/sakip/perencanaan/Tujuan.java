package id.sakip.perencanaan;

import java.util.List;
import org.immutables.value.Value;

/**
 * A goal (tujuan) of a Renstra with the sasaran that serve it.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withNama(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class Tujuan implements WithTujuan {

  Tujuan() {}

  /** Returns a new {@link Builder}; {@code nama} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Tujuan} values; {@code nama} is required. The builder is strict: an attribute is
   * set at most once (a second call throws {@link IllegalStateException}), a list or map attribute
   * is added to, and {@code build()} throws {@link IllegalStateException} when a required attribute
   * is missing and {@link IllegalArgumentException} when the value breaks a rule of {@link Tujuan}.
   */
  public static final class Builder extends ImmutableTujuan.Builder {
    Builder() {}
  }

  /** The goal as the Renstra words it. */
  public abstract String nama();

  /** The sasaran that serve it. */
  public abstract List<SasaranRenstra> sasaran();

  @Value.Check
  void check() {
    Checks.notBlank("tujuan.nama", nama());
  }
}
