package id.sakip.kinerja;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A performance indicator (indikator kinerja), such as an IKU: its name, unit, polarity and how
 * its values combine over periods and years.
 *
 * <pre>{@code
 * Indikator skm = Indikator.builder()
 *     .nama("Survey Kepuasan Masyarakat (SKM) Kecamatan")
 *     .satuan(Satuan.INDEKS)
 *     .polaritas(Polaritas.POSITIF)
 *     .build();
 * }</pre>
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withNama(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class Indikator implements WithIndikator {

  Indikator() {}

  /** Returns a new {@link Builder}; {@code nama}, {@code satuan} and {@code polaritas} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Indikator} values; {@code nama}, {@code satuan} and {@code polaritas} are
   * required. The builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link Indikator}.
   */
  public static final class Builder extends ImmutableIndikator.Builder {
    Builder() {}
  }

  /** The indicator's name as the report prints it. */
  public abstract String nama();

  /** The unit of its target and realisasi. */
  public abstract Satuan satuan();

  /** Which direction of realisasi is better. */
  public abstract Polaritas polaritas();

  /** Output, outcome or impact, when the report says. */
  public abstract Optional<JenisIndikator> jenis();

  /** How the periods of one year combine; {@link Agregasi#LAST} unless set. */
  @Value.Default
  public Agregasi agregasi() {
    return Agregasi.LAST;
  }

  /** Whether realisasi is a level or a yearly increment; {@link SifatIndikator#STOK} unless set. */
  @Value.Default
  public SifatIndikator sifat() {
    return SifatIndikator.STOK;
  }

  @Value.Check
  void check() {
    if (nama().isBlank()) {
      throw new IllegalArgumentException("indikator.nama: '" + nama() + "' is blank; an indicator needs a name");
    }
  }
}
