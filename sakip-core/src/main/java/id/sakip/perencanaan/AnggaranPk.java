package id.sakip.perencanaan;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The program budgets of a Perjanjian Kinerja in one budget version, with the total as printed.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withVersi(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class AnggaranPk implements WithAnggaranPk {

  AnggaranPk() {}

  /** Returns a new {@link Builder}; {@code versi} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AnggaranPk} values; {@code versi} is required. The builder is strict: an
   * attribute is set at most once (a second call throws {@link IllegalStateException}), a list or
   * map attribute is added to, and {@code build()} throws {@link IllegalStateException} when a
   * required attribute is missing and {@link IllegalArgumentException} when the value breaks a rule
   * of {@link AnggaranPk}.
   */
  public static final class Builder extends ImmutableAnggaranPk.Builder {
    Builder() {}
  }

  /** The budget version. */
  public abstract VersiAnggaran versi();

  /** The program lines, in printed order. */
  public abstract List<ProgramPk> program();

  /** The "Jumlah" row as printed, if the document prints one. */
  public abstract Optional<Rupiah> jumlahTercetak();

  /** Returns the sum of the program lines. */
  @Value.Derived
  public Rupiah jumlah() {
    return Rupiah.total(program().stream().map(ProgramPk::pagu).toList());
  }

  /**
   * Returns a {@link AturanAnggaran#BUDGET_TOTAL_MISMATCH} finding at {@code lokasi} when the
   * printed total is not the sum of the lines; none otherwise.
   */
  public List<Temuan> periksa(Lokasi lokasi) {
    Objects.requireNonNull(lokasi, "lokasi");
    if (jumlahTercetak().isEmpty() || jumlahTercetak().get().equals(jumlah())) {
      return List.of();
    }
    return List.of(Temuan.banding(AturanAnggaran.BUDGET_TOTAL_MISMATCH, lokasi.withKolom(Kolom.PAGU),
        Nilai.rupiah(jumlahTercetak().get().toBigDecimal()),
        new Pembanding(Nilai.rupiah(jumlah().toBigDecimal()), Sumber.DIHITUNG)));
  }


}
