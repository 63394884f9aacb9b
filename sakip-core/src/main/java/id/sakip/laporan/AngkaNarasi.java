package id.sakip.laporan;

import id.sakip.angka.AngkaTercetak;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure stated in the narrative of a report, such as "10 usulan … dari 10 usulan … tercapai
 * sebesar 100%": which indicator, year and quantity it states, the figure as printed, and the
 * count it was computed from when the text gives one ({@code pembilang / penyebut × 100}).
 */
@Value.Immutable
public abstract class AngkaNarasi {

  AngkaNarasi() {}

  /** Returns a builder; {@code tempat}, {@code indikator}, {@code tahun}, {@code besaran} and {@code nilai} are required. */
  public static ImmutableAngkaNarasi.Builder builder() {
    return ImmutableAngkaNarasi.builder();
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
