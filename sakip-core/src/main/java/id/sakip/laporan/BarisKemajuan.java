package id.sakip.laporan;

import id.sakip.angka.AngkaTercetak;
import java.util.Optional;
import org.immutables.value.Value;

/** One printed row of LKj table 1.3: the Renstra end target, this year's figure and the progress. */
@Value.Immutable
public abstract class BarisKemajuan {

  BarisKemajuan() {}

  /** Returns a builder; {@code tempat} and {@code indikator} are required. */
  public static ImmutableBarisKemajuan.Builder builder() {
    return ImmutableBarisKemajuan.builder();
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
