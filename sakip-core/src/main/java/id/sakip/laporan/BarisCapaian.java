package id.sakip.laporan;

import id.sakip.angka.AngkaTercetak;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One printed row about one indicator in one year: target, realisasi and capaian as the report
 * prints them (LKj table 1.1, the kinerja part of table 3.2, the previous-year table of Bab I, the
 * Pengukuran Kinerja and Realisasi IKU annexes), and the category label when the row prints one. A
 * column the row does not print is empty.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTempat(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class BarisCapaian implements WithBarisCapaian {

  BarisCapaian() {}

  /** Returns a new {@link Builder}; {@code tempat}, {@code indikator} and {@code tahun} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BarisCapaian} values; {@code tempat}, {@code indikator} and {@code tahun} are
   * required. The builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link BarisCapaian}.
   */
  public static final class Builder extends ImmutableBarisCapaian.Builder {
    Builder() {}
  }

  /** Where the row is printed, e.g. {@code Tabel 1.1} or {@code Bab I C.2}. */
  public abstract String tempat();

  /** The indicator's name, as in the PK. */
  public abstract String indikator();

  /** The year the figures are for. */
  public abstract int tahun();

  /** The target as printed. */
  public abstract Optional<AngkaTercetak> target();

  /** The realisasi as printed. */
  public abstract Optional<AngkaTercetak> realisasi();

  /** The capaian as printed. */
  public abstract Optional<AngkaTercetak> capaian();

  /**
   * The category of the ordinal scale as printed beside the capaian (<i>kategori</i>, e.g.
   * {@code Sangat berhasil}), when the row prints one.
   */
  public abstract Optional<String> kategori();

  @Value.Check
  void check() {
    Tercetak.notBlank("barisCapaian.tempat", tempat());
    Tercetak.notBlank("barisCapaian.indikator", indikator());
    kategori().ifPresent(k -> Tercetak.notBlank("barisCapaian.kategori", k));
  }
}
