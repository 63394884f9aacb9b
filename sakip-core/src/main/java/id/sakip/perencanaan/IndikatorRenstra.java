package id.sakip.perencanaan;

import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Target;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * An indicator of a Renstra sasaran with its target for each year and at the end of the period,
 * and, in the matrix e-SAKIP systems hold, its baseline ({@link #kondisiAwal()}). Whether the end
 * target agrees with the yearly ones is a finding of {@link PemeriksaanRenstra#targetAkhir(Renstra)}.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withIndikator(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class IndikatorRenstra implements WithIndikatorRenstra {

  IndikatorRenstra() {}

  /** Returns a new {@link Builder}; {@code indikator} and {@code targetAkhir} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link IndikatorRenstra} values; {@code indikator} and {@code targetAkhir} are required.
   * The builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link IndikatorRenstra}.
   */
  public static final class Builder extends ImmutableIndikatorRenstra.Builder {
    Builder() {}
  }

  /** The indicator. */
  public abstract Indikator indikator();

  /** The target for each year of the period that the Renstra states, by year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Target> targetTahunan();

  /** The end-of-period target (target akhir periode Renstra). */
  public abstract Target targetAkhir();

  /**
   * The baseline (kondisi awal): the indicator's value in the year the plan starts from, if the
   * Renstra states one. Its year is the year before the period or the period's first year, and
   * before every yearly target ({@link Renstra} checks it).
   */
  public abstract Optional<KondisiAwal> kondisiAwal();

  /** Returns the target for {@code tahun}, if the Renstra states one. */
  public Optional<Target> target(int tahun) {
    return Optional.ofNullable(targetTahunan().get(tahun));
  }
}
