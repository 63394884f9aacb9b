package id.sakip.perencanaan;

import java.util.List;
import org.immutables.value.Value;

/** A strategic objective (sasaran strategis) of a Renstra with its indicators. */
@Value.Immutable
public abstract class SasaranRenstra {

  SasaranRenstra() {}

  /** Returns a builder; {@code nama} is required. */
  public static ImmutableSasaranRenstra.Builder builder() {
    return ImmutableSasaranRenstra.builder();
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
