package id.sakip.laporan;

import id.sakip.angka.AngkaTercetak;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One printed row about the budget behind one indicator's sasaran: LKj table 3.1 (allocation and
 * share), the budget part of table 3.2 (allocation, realisasi, absorption) and table 3.3 (capaian,
 * absorption, efficiency).
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withTempat(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class BarisAnggaranSasaran implements WithBarisAnggaranSasaran {

  BarisAnggaranSasaran() {}

  /** Returns a new {@link Builder}; {@code tempat} and {@code indikator} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BarisAnggaranSasaran} values; {@code tempat} and {@code indikator} are required.
   * The builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link BarisAnggaranSasaran}.
   */
  public static final class Builder extends ImmutableBarisAnggaranSasaran.Builder {
    Builder() {}
  }

  /** Where the row is printed, e.g. {@code Tabel 3.1}. */
  public abstract String tempat();

  /** The indicator whose sasaran the budget supports. */
  public abstract String indikator();

  /** The budget allocated (alokasi/anggaran) as printed. */
  public abstract Optional<AngkaTercetak> alokasi();

  /** The budget spent as printed. */
  public abstract Optional<AngkaTercetak> realisasiAnggaran();

  /** The share of the total budget as printed (table 3.1). */
  public abstract Optional<AngkaTercetak> porsi();

  /** The absorption (serapan, capaian anggaran) as printed. */
  public abstract Optional<AngkaTercetak> serapan();

  /** The capaian kinerja as printed (table 3.3). */
  public abstract Optional<AngkaTercetak> capaianKinerja();

  /** The efficiency (tingkat efisiensi) as printed (table 3.3). */
  public abstract Optional<AngkaTercetak> efisiensi();

  @Value.Check
  void check() {
    Tercetak.notBlank("barisAnggaranSasaran.tempat", tempat());
    Tercetak.notBlank("barisAnggaranSasaran.indikator", indikator());
  }
}
