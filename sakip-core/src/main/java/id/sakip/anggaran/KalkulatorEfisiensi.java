package id.sakip.anggaran;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point for the efficiency of resource use (efisiensi penggunaan sumber daya, PermenPAN-RB
 * 53/2014): one {@link RumusEfisiensi} chosen by the caller, with its parameter.
 *
 * <pre>{@code
 * KalkulatorEfisiensi kalkulator = KalkulatorEfisiensi.of(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN);
 * Outcome<HasilEfisiensi> hasil =
 *     kalkulator.hitung(Persentase.HUNDRED, Rupiah.of(2_910_568_737L), Rupiah.of(2_691_204_248L));
 * // 7,5368… points, EFISIEN
 * }</pre>
 *
 * <p>There is no standard calculator: no regulation gives a formula, so the caller names one.
 * {@link RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN} and {@link RumusEfisiensi#SISA_ANGGARAN} take
 * capaian, pagu and realisasi ({@link #hitung(Persentase, Rupiah, Rupiah)}), or capaian and serapan
 * as printed ({@link #hitung(Persentase, Persentase)}); {@link
 * RumusEfisiensi#PMK_249_2011} takes the outputs' volumes and costs ({@link #hitung(List)}). The
 * other method is {@linkplain Outcome.Reason#NOT_APPLICABLE not applicable} to a formula. Pagu 0,
 * an output without a unit cost, or no outputs at all are not computable. Every value is exact.
 * Instances are immutable and thread-safe.
 */
public final class KalkulatorEfisiensi {

  /** The tolerance band of {@link RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN} used by default: ±5 points. */
  public static final Persentase DEFAULT_TOLERANSI = Persentase.of(5);

  private static final Persentase BATAS_PMK = Persentase.of(20);
  private static final Persentase NILAI_TENGAH_PMK = Persentase.of(50);
  /** 50% / 20%: the score gained per point of E under PMK 249/2011. */
  private static final BigDecimal SKALA_PMK = new BigDecimal("2.5");

  private final RumusEfisiensi rumus;
  private final Persentase toleransi;

  private KalkulatorEfisiensi(RumusEfisiensi rumus, Persentase toleransi) {
    this.rumus = rumus;
    this.toleransi = toleransi;
  }

  /**
   * Returns a calculator for {@code rumus}; {@link RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN} gets the
   * {@linkplain #DEFAULT_TOLERANSI default tolerance} of ±5 points.
   */
  public static KalkulatorEfisiensi of(RumusEfisiensi rumus) {
    Objects.requireNonNull(rumus, "rumus");
    return new KalkulatorEfisiensi(
        rumus, rumus == RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN ? DEFAULT_TOLERANSI : null);
  }

  /**
   * Returns a calculator for {@link RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN} with a tolerance band
   * of ±{@code toleransi} percentage points.
   *
   * @throws IllegalArgumentException if {@code toleransi} is negative
   */
  public static KalkulatorEfisiensi selisihCapaianSerapan(Persentase toleransi) {
    Objects.requireNonNull(toleransi, "toleransi");
    if (toleransi.isNegative()) {
      throw new IllegalArgumentException(
          "toleransi is " + toleransi + ": the tolerance band of SELISIH_CAPAIAN_SERAPAN is zero or more points");
    }
    return new KalkulatorEfisiensi(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN, toleransi);
  }

  /** Returns the formula this calculator uses. */
  public RumusEfisiensi rumus() {
    return rumus;
  }

  /**
   * Returns the tolerance band in percentage points of {@link
   * RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN}, or an empty optional for a formula that has none.
   */
  public Optional<Persentase> toleransi() {
    return Optional.ofNullable(toleransi);
  }

  /**
   * Returns the efficiency of a sasaran (or any budget unit) from its capaian and its budget, under
   * {@link RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN} or {@link RumusEfisiensi#SISA_ANGGARAN}. For
   * several kegiatan, pass the totals ({@link Rupiah#total(Iterable)}), never an average of their
   * percentages.
   *
   * <p>Not computable when {@code pagu} is 0 ({@link Outcome.Reason#ZERO_DENOMINATOR}), or under
   * {@link RumusEfisiensi#PMK_249_2011}, which needs outputs ({@link
   * Outcome.Reason#NOT_APPLICABLE}).
   *
   * @param capaian the capaian of the performance the budget paid for
   * @param pagu the budget ceiling (pagu anggaran)
   * @param realisasi the budget spent (realisasi anggaran); it may exceed {@code pagu}
   * @throws IllegalArgumentException if {@code pagu} or {@code realisasi} is negative
   */
  public Outcome<HasilEfisiensi> hitung(Persentase capaian, Rupiah pagu, Rupiah realisasi) {
    Objects.requireNonNull(capaian, "capaian");
    Objects.requireNonNull(pagu, "pagu");
    Objects.requireNonNull(realisasi, "realisasi");
    requireNotNegative("pagu", pagu);
    requireNotNegative("realisasi", realisasi);
    if (rumus == RumusEfisiensi.PMK_249_2011) {
      return Outcome.notComputable(
          Outcome.Reason.NOT_APPLICABLE,
          "efisiensi PMK_249_2011 compares the unit costs of outputs: it needs a list of KeluaranBiaya,"
              + " not capaian " + capaian + ", pagu " + pagu + " and realisasi " + realisasi);
    }
    if (pagu.isZero()) {
      return Outcome.notComputable(
          Outcome.Reason.ZERO_DENOMINATOR,
          "efisiensi " + rumus + " needs serapan = realisasi " + realisasi + " / pagu " + pagu
              + " × 100, and pagu is 0");
    }
    return Outcome.of(dariSerapan(capaian, Persentase.ratio(realisasi, pagu).value()));
  }

  /**
   * Returns the efficiency from two percentages as a report prints them, capaian and serapan
   * (realisasi / pagu × 100), under {@link RumusEfisiensi#SELISIH_CAPAIAN_SERAPAN} ({@code capaian −
   * serapan} in percentage points) or {@link RumusEfisiensi#SISA_ANGGARAN} ({@code 100 − serapan}):
   * the same formulas as {@link #hitung(Persentase, Rupiah, Rupiah)}, for a report that prints the
   * serapan but not the amounts (domain reference §11, "efficiency from percentages"). Worked: the
   * seed's table 3.3, capaian 100% and serapan 100%, gives 0 points, as planned.
   *
   * <p>Not computable under {@link RumusEfisiensi#PMK_249_2011}, which needs outputs ({@link
   * Outcome.Reason#NOT_APPLICABLE}).
   *
   * @param capaian the capaian of the performance the budget paid for; it may be negative (the
   *     negative-polarity formula can give one)
   * @param serapan the share of the budget spent (serapan); it may exceed 100%
   * @throws IllegalArgumentException if {@code serapan} is negative
   */
  public Outcome<HasilEfisiensi> hitung(Persentase capaian, Persentase serapan) {
    Objects.requireNonNull(capaian, "capaian");
    Objects.requireNonNull(serapan, "serapan");
    if (serapan.isNegative()) {
      throw new IllegalArgumentException(
          "serapan is " + serapan + ": serapan = realisasi / pagu × 100 is zero or more");
    }
    if (rumus == RumusEfisiensi.PMK_249_2011) {
      return Outcome.notComputable(
          Outcome.Reason.NOT_APPLICABLE,
          "efisiensi PMK_249_2011 compares the unit costs of outputs: it needs a list of KeluaranBiaya,"
              + " not capaian " + capaian + " and serapan " + serapan);
    }
    return Outcome.of(dariSerapan(capaian, serapan));
  }

  /**
   * Returns the efficiency score of a kegiatan's outputs under {@link RumusEfisiensi#PMK_249_2011}:
   * the outputs' {@link KeluaranBiaya#efisiensi() E} averaged, clamped to [−20%, +20%], and scored
   * {@code 50% + E / 20% × 50%}, from 0 to 100.
   *
   * <p>Not computable when the list is empty ({@link Outcome.Reason#NO_VALUE}), when an output's E
   * is not computable (the explanation names the output's index), or under another formula, which
   * needs capaian and budget ({@link Outcome.Reason#NOT_APPLICABLE}).
   *
   * @param keluaran the outputs, in report order
   */
  public Outcome<HasilEfisiensi> hitung(List<KeluaranBiaya> keluaran) {
    Objects.requireNonNull(keluaran, "keluaran");
    for (KeluaranBiaya k : keluaran) {
      Objects.requireNonNull(k, "keluaran contains null");
    }
    if (rumus != RumusEfisiensi.PMK_249_2011) {
      return Outcome.notComputable(
          Outcome.Reason.NOT_APPLICABLE,
          "efisiensi " + rumus + " compares capaian with serapan: it needs capaian, pagu and realisasi,"
              + " not " + keluaran.size() + " outputs (KeluaranBiaya)");
    }
    if (keluaran.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          "efisiensi PMK_249_2011 averages the efficiency of the outputs, and keluaran is empty");
    }
    Persentase jumlah = Persentase.ZERO;
    for (int i = 0; i < keluaran.size(); i++) {
      Outcome<Persentase> e = keluaran.get(i).efisiensi();
      if (!e.isComputable()) {
        return Outcome.notComputable(
            e.notComputableReason().orElseThrow(),
            "efisiensi PMK_249_2011 is not computable: keluaran[" + i + "]: " + e.explanation());
      }
      jumlah = jumlah.plus(e.value());
    }
    Persentase rataRata =
        Persentase.ofFraction(
            jumlah.numerator(), jumlah.denominator().multiply(BigInteger.valueOf(keluaran.size())));
    Persentase dibatasi = rataRata.max(BATAS_PMK.negated()).min(BATAS_PMK);
    Persentase nilai = NILAI_TENGAH_PMK.plus(dibatasi.multipliedBy(SKALA_PMK));
    return Outcome.of(new HasilEfisiensi(nilai, kategoriTerhadap(nilai, NILAI_TENGAH_PMK), rumus));
  }

  @Override
  public String toString() {
    return "KalkulatorEfisiensi[rumus=" + rumus + (toleransi == null ? "" : ", toleransi=" + toleransi) + "]";
  }

  /** The formula of this calculator (not PMK 249/2011) from capaian and serapan. */
  private HasilEfisiensi dariSerapan(Persentase capaian, Persentase serapan) {
    return rumus == RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN
        ? selisihCapaianSerapan(capaian, serapan)
        : sisaAnggaran(capaian, serapan);
  }

  private HasilEfisiensi selisihCapaianSerapan(Persentase capaian, Persentase serapan) {
    Persentase selisih = capaian.minus(serapan);
    KategoriEfisiensi kategori;
    if (selisih.isGreaterThan(toleransi)) {
      kategori = KategoriEfisiensi.EFISIEN;
    } else if (selisih.isLessThan(toleransi.negated())) {
      kategori = KategoriEfisiensi.TIDAK_EFISIEN;
    } else {
      kategori = KategoriEfisiensi.SESUAI_RENCANA;
    }
    return new HasilEfisiensi(selisih, kategori, rumus);
  }

  private HasilEfisiensi sisaAnggaran(Persentase capaian, Persentase serapan) {
    Persentase sisa = Persentase.HUNDRED.minus(serapan);
    KategoriEfisiensi kategori =
        capaian.isLessThan(Persentase.HUNDRED)
            ? KategoriEfisiensi.TIDAK_EFISIEN
            : kategoriTerhadap(sisa, Persentase.ZERO);
    return new HasilEfisiensi(sisa, kategori, rumus);
  }

  /** Above {@code tengah} efficient, equal as planned, below not efficient. */
  private static KategoriEfisiensi kategoriTerhadap(Persentase nilai, Persentase tengah) {
    int c = nilai.compareTo(tengah);
    return c > 0
        ? KategoriEfisiensi.EFISIEN
        : c == 0 ? KategoriEfisiensi.SESUAI_RENCANA : KategoriEfisiensi.TIDAK_EFISIEN;
  }

  private static void requireNotNegative(String field, Rupiah amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          field + " is " + amount + ": a budget amount (pagu, realisasi) is zero or more");
    }
  }
}
