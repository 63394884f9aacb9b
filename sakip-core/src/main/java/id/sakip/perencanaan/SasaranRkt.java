package id.sakip.perencanaan;

import id.sakip.anggaran.KodeNomenklatur;
import java.util.List;
import org.immutables.value.Value;

/** A sasaran of an RKT: its target line and the budget nodes (usually kegiatan) that support it. */
@Value.Immutable
public abstract class SasaranRkt {

  SasaranRkt() {}

  /** Returns a builder; {@code target} is required. */
  public static ImmutableSasaranRkt.Builder builder() {
    return ImmutableSasaranRkt.builder();
  }

  /** The sasaran, its indicator and the target for the year. */
  public abstract TargetKinerja target();

  /** The codes of the budget nodes that support this sasaran. */
  public abstract List<KodeNomenklatur> pendukung();
}
