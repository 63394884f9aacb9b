package id.sakip.laporan;

import id.sakip.anggaran.PemeriksaanAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The budget realisation table of an LKj (Bab III.B, Realisasi Anggaran): its rows as a budget
 * tree, the budget version it uses, and its "Jumlah" row as printed.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method, e.g. {@code withVersi(…)}, and is checked like a built value.
 */
@Value.Immutable
public abstract class TabelRealisasiAnggaran implements WithTabelRealisasiAnggaran {

  TabelRealisasiAnggaran() {}

  /** Returns a new {@link Builder}; {@code versi} and {@code anggaran} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link TabelRealisasiAnggaran} values; {@code versi} and {@code anggaran} are required.
   * The builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a list or map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link TabelRealisasiAnggaran}.
   */
  public static final class Builder extends ImmutableTabelRealisasiAnggaran.Builder {
    Builder() {}
  }

  /** The budget version whose pagu the table shows. */
  public abstract VersiAnggaran versi();

  /** The rows: programs with their kegiatan (and sub kegiatan), pagu and realisasi. */
  public abstract PohonAnggaran anggaran();

  /** The printed total pagu. */
  public abstract Optional<Rupiah> jumlahPagu();

  /** The printed total realisasi. */
  public abstract Optional<Rupiah> jumlahRealisasi();

  /**
   * Runs the budget checks on the rows and compares the printed totals with their sums, locating
   * each finding in the part {@link Bagian#TABEL_B}.
   */
  public List<Temuan> periksa() {
    Lokasi dasar = Lokasi.of(Bagian.TABEL_B);
    List<Temuan> out = new ArrayList<>(PemeriksaanAnggaran.periksa(anggaran(), dasar));
    jumlahPagu().ifPresent(p -> out.addAll(PemeriksaanAnggaran.jumlahTotal(anggaran(),
        dasar.withBaris(new Baris.Jumlah()), p, jumlahRealisasi())));
    return out;
  }
}
