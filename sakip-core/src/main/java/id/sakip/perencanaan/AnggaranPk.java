package id.sakip.perencanaan;

import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Temuan;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The program budgets of a Perjanjian Kinerja in one budget version, with the total as printed. */
@Value.Immutable
public abstract class AnggaranPk {

  AnggaranPk() {}

  /** Returns a builder; {@code versi} is required. */
  public static ImmutableAnggaranPk.Builder builder() {
    return ImmutableAnggaranPk.builder();
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
   * Returns a {@value PemeriksaanAnggaran#TOTAL_MISMATCH} finding when the printed total is not the
   * sum of the lines; none otherwise.
   */
  public List<Temuan> periksa() {
    if (jumlahTercetak().isEmpty() || jumlahTercetak().get().equals(jumlah())) {
      return List.of();
    }
    Rupiah printed = jumlahTercetak().get();
    Rupiah diff = printed.minus(jumlah());
    return List.of(Temuan.selisih(PemeriksaanAnggaran.TOTAL_MISMATCH, Keparahan.ERROR, "jumlah of the PK budget (" + versi() + ")",
        printed.format(), jumlah().format(), diff.format(),
        "the PK prints a total of " + printed.format() + " for " + versi() + " but its " + program().size()
            + " program lines sum to " + jumlah().format()));
  }
}
