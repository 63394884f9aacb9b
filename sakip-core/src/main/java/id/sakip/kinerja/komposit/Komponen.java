package id.sakip.kinerja.komposit;

import id.sakip.angka.Pecahan;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One component (<i>komponen</i>) of a composite indicator: an indicator (its name, unit and
 * polarity), its target and realisasi as {@link id.sakip.kinerja.KalkulatorCapaian} takes them,
 * and an exact weight.
 *
 * <pre>{@code
 * Komponen ktp = Komponen.of(pengantarKtp, Target.angka(2850), new BigDecimal("2850"), Pecahan.of(1, 3));
 * }</pre>
 *
 * @param indikator the component's indicator; its name names the component in messages
 * @param target the component's target
 * @param realisasi the realisasi, or empty when none was reported
 * @param bobot the weight, exact and above 0
 */
public record Komponen(Indikator indikator, Target target, Optional<BigDecimal> realisasi, Pecahan bobot) {

  /**
   * Creates a component.
   *
   * @throws IllegalArgumentException if the weight is 0 or negative (the message names the
   *     component and the weight)
   */
  public Komponen {
    Objects.requireNonNull(indikator, "indikator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(realisasi, "realisasi");
    Objects.requireNonNull(bobot, "bobot");
    if (bobot.signum() <= 0) {
      throw new IllegalArgumentException(
          "komponen '" + indikator.nama() + "'.bobot: weight " + bobot
              + " is not positive; a component's weight must be above 0");
    }
  }

  /** Returns a component with a reported realisasi. */
  public static Komponen of(Indikator indikator, Target target, BigDecimal realisasi, Pecahan bobot) {
    return new Komponen(indikator, target, Optional.of(Objects.requireNonNull(realisasi, "realisasi")), bobot);
  }

  /** Returns a component with a reported realisasi and a decimal weight ({@code 0.25}), read exactly. */
  public static Komponen of(Indikator indikator, Target target, BigDecimal realisasi, BigDecimal bobot) {
    return of(indikator, target, realisasi, Pecahan.of(Objects.requireNonNull(bobot, "bobot")));
  }

  /** Returns a component for which no realisasi was reported: its capaian is not computable. */
  public static Komponen tanpaRealisasi(Indikator indikator, Target target, Pecahan bobot) {
    return new Komponen(indikator, target, Optional.empty(), bobot);
  }

  /** Returns the component's name: its indicator's name. */
  public String nama() {
    return indikator.nama();
  }
}
