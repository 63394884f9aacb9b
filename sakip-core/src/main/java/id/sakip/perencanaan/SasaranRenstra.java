package id.sakip.perencanaan;

import java.util.List;
import org.immutables.value.Value;

/**
 * A strategic objective (sasaran strategis) of a Renstra with its indicators.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withNama(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class SasaranRenstra implements WithSasaranRenstra {

  SasaranRenstra() {}

  /** Returns a new {@link Builder}; {@code nama} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link SasaranRenstra} values; {@code nama} is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link SasaranRenstra}.
   */
  public static final class Builder extends ImmutableSasaranRenstra.Builder {
    Builder() {}
  }

  /** The sasaran as the Renstra words it. */
  public abstract String nama();

  /** Its indicators. */
  public abstract List<IndikatorRenstra> indikator();

  @Value.Check
  void check() {
    Checks.notBlank("sasaran.nama", nama());
  }
}
