package id.sakip.perencanaan;

import java.util.List;
import org.immutables.value.Value;

/** A goal (tujuan) of a Renstra with the sasaran that serve it. */
@Value.Immutable
public abstract class Tujuan {

  Tujuan() {}

  /** Returns a builder; {@code nama} is required. */
  public static ImmutableTujuan.Builder builder() {
    return ImmutableTujuan.builder();
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
