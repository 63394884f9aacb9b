package id.sakip.laporan;

import id.sakip.angka.AngkaTercetak;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure stated in the narrative of a report, such as "10 usulan … dari 10 usulan … tercapai
 * sebesar 100%": which indicator, year and quantity it states, the figure as printed, and the
 * count it was computed from when the text gives one ({@code pembilang / penyebut × 100}).
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTempat(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class AngkaNarasi implements WithAngkaNarasi {

  AngkaNarasi() {}

  /** Returns a new {@link Builder}; {@code tempat}, {@code indikator}, {@code tahun}, {@code besaran} and {@code nilai} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AngkaNarasi} values; {@code tempat}, {@code indikator}, {@code tahun}, {@code
   * besaran} and {@code nilai} are required. The builder is strict: an attribute is set at most
   * once (a second call throws {@link IllegalStateException}), a list or map attribute is added to,
   * and {@code build()} throws {@link IllegalStateException} when a required attribute is missing
   * and {@link IllegalArgumentException} when the value breaks a rule of {@link AngkaNarasi}.
   */
  public static final class Builder extends ImmutableAngkaNarasi.Builder {
    Builder() {}
  }

  /** Where the text is, e.g. {@code Bab III A.2.1}. */
  public abstract String tempat();

  /** The indicator the figure is about. */
  public abstract String indikator();

  /** The year it is about. */
  public abstract int tahun();

  /** The quantity it states. */
  public abstract Besaran besaran();

  /** The figure as printed. */
  public abstract AngkaTercetak nilai();

  /** The numerator the text computes the figure from, e.g. 10 usulan accepted. */
  public abstract Optional<BigDecimal> pembilang();

  /** The denominator the text computes the figure from, e.g. 10 usulan proposed. */
  public abstract Optional<BigDecimal> penyebut();

  @Value.Check
  void check() {
    Tercetak.notBlank("angkaNarasi.tempat", tempat());
    Tercetak.notBlank("angkaNarasi.indikator", indikator());
    if (pembilang().isPresent() != penyebut().isPresent()) {
      throw new IllegalArgumentException("angkaNarasi: pembilang and penyebut come together; one without the other"
          + " states no ratio");
    }
  }
}
