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
 */
@Value.Immutable
public abstract class Indikator {

  Indikator() {}

  /** Returns a builder; {@code nama}, {@code satuan} and {@code polaritas} are required. */
  public static ImmutableIndikator.Builder builder() {
    return ImmutableIndikator.builder();
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
