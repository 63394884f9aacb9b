package id.sakip.perencanaan;

import id.sakip.anggaran.KodeNomenklatur;
import java.util.List;
import org.immutables.value.Value;

/**
 * A sasaran of an RKT: its target line and the budget nodes (usually kegiatan) that support it.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTarget(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class SasaranRkt implements WithSasaranRkt {

  SasaranRkt() {}

  /** Returns a new {@link Builder}; {@code target} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link SasaranRkt} values; {@code target} is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link SasaranRkt}.
   */
  public static final class Builder extends ImmutableSasaranRkt.Builder {
    Builder() {}
  }

  /** The sasaran, its indicator and the target for the year. */
  public abstract TargetKinerja target();

  /** The codes of the budget nodes that support this sasaran. */
  public abstract List<KodeNomenklatur> pendukung();
}
