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
 */
@Value.Immutable
public abstract class TabelRealisasiAnggaran {

  TabelRealisasiAnggaran() {}

  /** Returns a builder; {@code versi} and {@code anggaran} are required. */
  public static ImmutableTabelRealisasiAnggaran.Builder builder() {
    return ImmutableTabelRealisasiAnggaran.builder();
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
