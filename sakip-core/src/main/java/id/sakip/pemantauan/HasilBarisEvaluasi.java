package id.sakip.pemantauan;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.CapaianBerjalan;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The derived columns of one row of a Renja evaluation ({@link BarisEvaluasiRenja}), up to the
 * quarter evaluated, as {@link KalkulatorEvaluasiRenja} computes them. Every figure that may be not
 * computable is an {@link Outcome} saying why.
 *
 * @param baris the row
 * @param sampaiTriwulan the last quarter taken into account
 * @param realisasiKinerja this year's realisation, kinerja: the quarters combined by the indicator's
 *     {@link id.sakip.kinerja.Agregasi} (form column 13, K)
 * @param realisasiAnggaran this year's realisation, Rupiah: the sum of the quarters (column 13, Rp)
 * @param realisasiRenstra the Renstra realisation up to this year, kinerja (column 14, K): last
 *     year's plus this year's for a cumulative indicator, this year's level for a stock
 * @param realisasiAnggaranRenstra the Renstra realisation up to this year, Rupiah (column 14, Rp)
 * @param tingkatCapaianRenstra the tingkat capaian of the Renstra to date, kinerja (column 15, K):
 *     {@link id.sakip.kinerja.TingkatKemajuan} toward the end target with the indicator's polarity
 * @param tingkatRealisasiAnggaranRenstra the Rupiah to date against the Renstra end budget (column 15, Rp)
 * @param capaianRenja this year's realisation against the Renja target, with the indicator's polarity
 * @param serapanRenja this year's Rupiah against the Renja pagu (serapan)
 * @param capaianBerjalan the capaian to date against the per-quarter targets ({@link CapaianBerjalan})
 * @param serapanBerjalan the Rupiah spent to date against the Rupiah planned for the same quarters
 * @param realisasiFisik the physical progress of the last quarter reported up to {@code sampaiTriwulan}
 */
public record HasilBarisEvaluasi(
    BarisEvaluasiRenja baris,
    Triwulan sampaiTriwulan,
    Outcome<BigDecimal> realisasiKinerja,
    Outcome<Rupiah> realisasiAnggaran,
    Outcome<BigDecimal> realisasiRenstra,
    Outcome<Rupiah> realisasiAnggaranRenstra,
    Outcome<Persentase> tingkatCapaianRenstra,
    Outcome<Persentase> tingkatRealisasiAnggaranRenstra,
    Outcome<Persentase> capaianRenja,
    Outcome<Persentase> serapanRenja,
    Outcome<CapaianBerjalan.Hasil> capaianBerjalan,
    Outcome<Persentase> serapanBerjalan,
    Optional<BigDecimal> realisasiFisik) {

  /** Creates a result; every component is required. */
  public HasilBarisEvaluasi {
    Objects.requireNonNull(baris, "baris");
    Objects.requireNonNull(sampaiTriwulan, "sampaiTriwulan");
    Objects.requireNonNull(realisasiKinerja, "realisasiKinerja");
    Objects.requireNonNull(realisasiAnggaran, "realisasiAnggaran");
    Objects.requireNonNull(realisasiRenstra, "realisasiRenstra");
    Objects.requireNonNull(realisasiAnggaranRenstra, "realisasiAnggaranRenstra");
    Objects.requireNonNull(tingkatCapaianRenstra, "tingkatCapaianRenstra");
    Objects.requireNonNull(tingkatRealisasiAnggaranRenstra, "tingkatRealisasiAnggaranRenstra");
    Objects.requireNonNull(capaianRenja, "capaianRenja");
    Objects.requireNonNull(serapanRenja, "serapanRenja");
    Objects.requireNonNull(capaianBerjalan, "capaianBerjalan");
    Objects.requireNonNull(serapanBerjalan, "serapanBerjalan");
    Objects.requireNonNull(realisasiFisik, "realisasiFisik");
  }
}
