package id.sakip.laporan;

import id.sakip.angka.AngkaTercetak;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One printed row of LKj table 1.3: the Renstra end target, this year's figure and the progress.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTempat(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class BarisKemajuan implements WithBarisKemajuan {

  BarisKemajuan() {}

  /** Returns a new {@link Builder}; {@code tempat} and {@code indikator} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BarisKemajuan} values; {@code tempat} and {@code indikator} are required. The
   * builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link BarisKemajuan}.
   */
  public static final class Builder extends ImmutableBarisKemajuan.Builder {
    Builder() {}
  }

  /** Where the row is printed, e.g. {@code Tabel 1.3}. */
  public abstract String tempat();

  /** The indicator's name. */
  public abstract String indikator();

  /** The end-of-Renstra target as printed. */
  public abstract Optional<AngkaTercetak> targetAkhir();

  /** This year's realisasi as printed. */
  public abstract Optional<AngkaTercetak> realisasi();

  /** The tingkat kemajuan as printed. */
  public abstract Optional<AngkaTercetak> kemajuan();

  @Value.Check
  void check() {
    Tercetak.notBlank("barisKemajuan.tempat", tempat());
    Tercetak.notBlank("barisKemajuan.indikator", indikator());
  }
}
