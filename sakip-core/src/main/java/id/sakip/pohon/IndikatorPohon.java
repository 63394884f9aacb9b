package id.sakip.pohon;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator on a node of the performance tree: its identifier, the indicator, the year's target
 * and realisasi, the identifier of the indicator one level up that it supports (<i>mendukung</i>),
 * and its weight when capaian is rolled up to that indicator.
 *
 * <pre>{@code
 * IndikatorPohon dokumen = IndikatorPohon.builder()
 *     .id(IdIndikator.of("keluaran-7.01.01.2.01.01"))
 *     .indikator(jumlahDokumen)
 *     .target(Target.angka(4))
 *     .realisasi(new BigDecimal("4"))
 *     .mendukung(IdIndikator.of("program-7.01.01"))
 *     .build();
 * }</pre>
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withRealisasi(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class IndikatorPohon implements WithIndikatorPohon {

  IndikatorPohon() {}

  /** Returns a new {@link Builder}; {@code id} and {@code indikator} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link IndikatorPohon} values; {@code id} and {@code indikator} are required. The
   * builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link IndikatorPohon}.
   */
  public static final class Builder extends ImmutableIndikatorPohon.Builder {
    Builder() {}
  }

  /** The identifier, unique within the tree. */
  public abstract IdIndikator id();

  /** The indicator: name, unit, polarity. */
  public abstract Indikator indikator();

  /** The year's target, when the plan sets one. */
  public abstract Optional<Target> target();

  /** The year's realisasi, when reported. */
  public abstract Optional<BigDecimal> realisasi();

  /** The identifier of the indicator one level up that this one supports, when linked. */
  public abstract Optional<IdIndikator> mendukung();

  /** The weight in a roll-up to the supported indicator; exact, above 0, {@code 1} unless set. */
  @Value.Default
  public Pecahan bobot() {
    return Pecahan.ONE;
  }

  /**
   * Returns the capaian of this indicator with {@code kalkulator}: a missing target or realisasi
   * is answered by the calculator's {@link id.sakip.kinerja.KebijakanDegenerasi} (by default not
   * computable).
   */
  public Outcome<Persentase> capaian(KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(kalkulator, "kalkulator");
    return kalkulator.hitung(indikator().polaritas(), target(), realisasi());
  }

  @Value.Check
  void check() {
    if (bobot().signum() <= 0) {
      throw new IllegalArgumentException("indikatorPohon '" + id() + "'.bobot: weight " + bobot()
          + " is not positive; a weight must be above 0 / bobot " + bobot() + " tidak positif; bobot harus di atas 0");
    }
    if (mendukung().isPresent() && mendukung().get().equals(id())) {
      throw new IllegalArgumentException("indikatorPohon '" + id() + "'.mendukung: the indicator supports itself;"
          + " it must support an indicator one level up / indikator mendukung dirinya sendiri; indikator harus"
          + " mendukung indikator satu tingkat di atasnya");
    }
  }
}
