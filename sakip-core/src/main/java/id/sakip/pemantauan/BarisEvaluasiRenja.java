package id.sakip.pemantauan;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.TingkatAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.Target;
import id.sakip.organisasi.UnitOrganisasi;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the evaluation of a Renja's results (<i>evaluasi terhadap hasil Renja perangkat
 * daerah</i>), Permendagri 86/2017: a program, kegiatan or sub kegiatan (by its code) with one of
 * its indicators (outcome of a program, output of a kegiatan or sub kegiatan), and the columns the
 * form fills in, each with kinerja (K) and Rupiah (Rp):
 *
 * <ul>
 *   <li>the Renstra end target ({@link #targetAkhirRenstra()}, {@link #paguAkhirRenstra()});
 *   <li>the Renstra realisation up to last year ({@link #realisasiRenstraLalu()}, {@link
 *       #realisasiAnggaranRenstraLalu()});
 *   <li>this year's Renja target ({@link #targetRenja()}, {@link #paguRenja()}), and, when the Renja
 *       plans them per quarter, the targets of each triwulan ({@link #targetKinerjaTriwulan()},
 *       {@link #targetAnggaranTriwulan()}: the rencana penarikan dana);
 *   <li>the realisation of each triwulan ({@link #realisasiKinerja()}, {@link #realisasiAnggaran()})
 *       and the physical progress beside the financial one ({@link #realisasiFisik()});
 *   <li>the figures the document prints in the derived columns, when it prints them, for the checks
 *       of {@link PemeriksaanTriwulan}: this year's realisation and the Renstra realisation to date.
 * </ul>
 *
 * The derived columns are computed by {@link KalkulatorEvaluasiRenja}. A quarter that was not
 * reported is absent from its map: it is never read as zero. A quarter's kinerja is the value of
 * that quarter as the indicator's {@link id.sakip.kinerja.Agregasi} reads it (the quarter's count
 * under {@code SUM}, the level at its end under {@code LAST}); a quarter's Rupiah is what was spent
 * in that quarter, not since January.
 *
 * <p>Refused when built ({@link IllegalArgumentException}, naming the field, the value and the rule):
 * a code that is not a program, kegiatan or sub kegiatan, a negative Rupiah amount, a negative
 * physical progress. A physical progress above 100 % is accepted: it is what {@link
 * PemeriksaanTriwulan} reports.
 *
 * <p>Built with {@link #builder()}; a copy with one attribute changed comes from its {@code with}
 * method and is checked like a built value.
 */
@Value.Immutable
public abstract class BarisEvaluasiRenja implements WithBarisEvaluasiRenja {

  private static final EnumSet<TingkatAnggaran> TINGKAT =
      EnumSet.of(TingkatAnggaran.PROGRAM, TingkatAnggaran.KEGIATAN, TingkatAnggaran.SUB_KEGIATAN);

  BarisEvaluasiRenja() {}

  /**
   * Returns a new {@link Builder}; {@code kode}, {@code indikator}, {@code targetAkhirRenstra},
   * {@code paguAkhirRenstra}, {@code realisasiAnggaranRenstraLalu}, {@code targetRenja} and {@code
   * paguRenja} are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BarisEvaluasiRenja} values; see {@link #builder()} for the required attributes.
   * The builder is strict: an attribute is set at most once (a second call throws {@link
   * IllegalStateException}), a map attribute is added to, and {@code build()} throws {@link
   * IllegalStateException} when a required attribute is missing and {@link
   * IllegalArgumentException} when the value breaks a rule of {@link BarisEvaluasiRenja}.
   */
  public static final class Builder extends ImmutableBarisEvaluasiRenja.Builder {
    Builder() {}
  }

  /** The code of the program, kegiatan or sub kegiatan (Permendagri 90/2019). */
  public abstract KodeNomenklatur kode();

  /** The indicator of the row: its polarity, {@code agregasi} and {@code sifat} decide the derived columns. */
  public abstract Indikator indikator();

  /** The perangkat daerah responsible for the row (unit penanggung jawab), when the form names one. */
  public abstract Optional<UnitOrganisasi> unitPenanggungJawab();

  /** The Renstra end-of-period target, kinerja (K). */
  public abstract Target targetAkhirRenstra();

  /** The Renstra end-of-period budget (pagu indikatif over the period), Rupiah (Rp). */
  public abstract Rupiah paguAkhirRenstra();

  /**
   * The Renstra realisation up to last year, kinerja: for a {@link id.sakip.kinerja.SifatIndikator#STOK}
   * indicator the level reached, for a {@link id.sakip.kinerja.SifatIndikator#KUMULATIF} one the sum
   * of the years so far (0 in the Renstra's first year: state it, absence is not zero).
   */
  public abstract Optional<BigDecimal> realisasiRenstraLalu();

  /** The Renstra realisation up to last year, Rupiah (0 in the Renstra's first year). */
  public abstract Rupiah realisasiAnggaranRenstraLalu();

  /** This year's Renja target, kinerja. */
  public abstract Target targetRenja();

  /** This year's Renja budget (pagu), Rupiah. */
  public abstract Rupiah paguRenja();

  /** The target of each quarter, kinerja, when the Renja plans per quarter; a quarter absent has none. */
  public abstract Map<Triwulan, BigDecimal> targetKinerjaTriwulan();

  /** The budget planned for each quarter (rencana penarikan dana), when the Renja plans one. */
  public abstract Map<Triwulan, Rupiah> targetAnggaranTriwulan();

  /** The realisation of each reported quarter, kinerja. */
  public abstract Map<Triwulan, BigDecimal> realisasiKinerja();

  /** The Rupiah spent in each reported quarter. */
  public abstract Map<Triwulan, Rupiah> realisasiAnggaran();

  /** The physical progress (realisasi fisik) at the end of each reported quarter, in percent of the whole work. */
  public abstract Map<Triwulan, BigDecimal> realisasiFisik();

  /** This year's realisation, kinerja, as the document prints it, when it does. */
  public abstract Optional<BigDecimal> realisasiKinerjaTercetak();

  /** This year's realisation, Rupiah, as the document prints it, when it does. */
  public abstract Optional<Rupiah> realisasiAnggaranTercetak();

  /** The Renstra realisation up to this year, kinerja, as the document prints it, when it does. */
  public abstract Optional<BigDecimal> realisasiRenstraTercetak();

  /** The Renstra realisation up to this year, Rupiah, as the document prints it, when it does. */
  public abstract Optional<Rupiah> realisasiAnggaranRenstraTercetak();

  /** Returns the realisation per quarter, kinerja, as a series of {@link Periodisasi#TRIWULAN}. */
  public DeretPeriode deretRealisasiKinerja() {
    return deret(realisasiKinerja());
  }

  /** Returns the target per quarter, kinerja, as a series of {@link Periodisasi#TRIWULAN}. */
  public DeretPeriode deretTargetKinerja() {
    return deret(targetKinerjaTriwulan());
  }

  /** Returns the row's key as a person reads it: {@code 7.01.01.2.01 'Jumlah dokumen'}. */
  public String kunci() {
    return kode() + " '" + indikator().nama() + "'";
  }

  /** The latest quarter a realisation (kinerja, Rupiah or physical) of this row is reported for, if any. */
  Optional<Triwulan> triwulanTerakhir() {
    Triwulan last = null;
    for (Map<Triwulan, ?> m : List.of(realisasiKinerja(), realisasiAnggaran(), realisasiFisik())) {
      for (Triwulan t : m.keySet()) {
        if (last == null || t.isSetelah(last)) {
          last = t;
        }
      }
    }
    return Optional.ofNullable(last);
  }

  private static DeretPeriode deret(Map<Triwulan, BigDecimal> values) {
    Map<Integer, BigDecimal> byPeriod = new HashMap<>();
    values.forEach((t, v) -> byPeriod.put(t.nomor(), v));
    return DeretPeriode.of(Periodisasi.TRIWULAN, byPeriod);
  }

  @Value.Check
  void check() {
    if (!TINGKAT.contains(kode().tingkat())) {
      throw new IllegalArgumentException("barisEvaluasiRenja.kode " + kode() + " is a " + kode().tingkat()
          + " code; a Renja evaluation row is a PROGRAM, KEGIATAN or SUB_KEGIATAN"
          + " / kode " + kode() + " bukan program, kegiatan atau sub kegiatan");
    }
    tidakNegatif("paguAkhirRenstra", paguAkhirRenstra());
    tidakNegatif("realisasiAnggaranRenstraLalu", realisasiAnggaranRenstraLalu());
    tidakNegatif("paguRenja", paguRenja());
    targetAnggaranTriwulan().forEach((t, v) -> tidakNegatif("targetAnggaranTriwulan[" + t + "]", v));
    realisasiAnggaran().forEach((t, v) -> tidakNegatif("realisasiAnggaran[" + t + "]", v));
    realisasiAnggaranTercetak().ifPresent(v -> tidakNegatif("realisasiAnggaranTercetak", v));
    realisasiAnggaranRenstraTercetak().ifPresent(v -> tidakNegatif("realisasiAnggaranRenstraTercetak", v));
    realisasiFisik().forEach((t, v) -> {
      if (v.signum() < 0) {
        throw new IllegalArgumentException("barisEvaluasiRenja.realisasiFisik[" + t + "] of " + kunci() + " is "
            + v.toPlainString() + "%; physical progress is a share of the work, never negative"
            + " / realisasi fisik triwulan " + t + " bernilai " + v.toPlainString() + "%, tidak boleh negatif");
      }
    });
  }

  private void tidakNegatif(String field, Rupiah value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException("barisEvaluasiRenja." + field + " of " + kunci() + " is "
          + value.format() + "; a budget amount is never negative / " + field + " pada " + kunci()
          + " bernilai " + value.format() + "; angka anggaran tidak boleh negatif");
    }
  }
}
