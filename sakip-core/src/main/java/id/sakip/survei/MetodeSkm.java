package id.sakip.survei;

import id.sakip.angka.Pecahan;
import id.sakip.skala.KebijakanCelah;
import id.sakip.skala.Rentang;
import id.sakip.skala.SkalaOrdinal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The named SKM methods: which unsur are standard, the printed weight, and the quality bands (mutu
 * pelayanan) on the converted value. Both convert the index the same way, SKM value = IKM × {@value
 * #FAKTOR_KONVERSI}, and both take answers 1–4.
 *
 * <p>The quality bands are two-decimal closed intervals with gaps between them (64,99 | 65,00), so
 * each scale rounds the value to 2 decimals half-up before classifying it ({@link
 * KebijakanCelah#bulatkanDulu(int, RoundingMode)}): 64,994 is D and 64,995 is C.
 */
public enum MetodeSkm {

  /**
   * PermenPAN-RB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara
   * Pelayanan Publik): nine unsur U1–U9, printed weight 0,111, bands 25,00–64,99 D Tidak baik;
   * 65,00–76,60 C Kurang baik; 76,61–88,30 B Baik; 88,31–100,00 A Sangat baik.
   */
  PERMENPAN_RB_14_2017(
      "PermenPAN-RB 14/2017",
      List.of(
          Unsur.of("U1", "Persyaratan"),
          Unsur.of("U2", "Sistem, mekanisme dan prosedur"),
          Unsur.of("U3", "Waktu penyelesaian"),
          Unsur.of("U4", "Biaya/tarif"),
          Unsur.of("U5", "Produk spesifikasi jenis pelayanan"),
          Unsur.of("U6", "Kompetensi pelaksana"),
          Unsur.of("U7", "Perilaku pelaksana"),
          Unsur.of("U8", "Penanganan pengaduan, saran dan masukan"),
          Unsur.of("U9", "Sarana dan prasarana")),
      new BigDecimal("0.111"),
      new String[] {"25.00", "64.99", "65.00", "76.60", "76.61", "88.30", "88.31", "100.00"}),

  /**
   * KepMenPAN 25/2004 (Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat), replaced by
   * PermenPAN-RB 14/2017: fourteen unsur U1–U14, printed weight 0,071, bands 25,00–43,75 D Tidak
   * baik; 43,76–62,50 C Kurang baik; 62,51–81,25 B Baik; 81,26–100,00 A Sangat baik. The unsur
   * names are the decree's; the project's domain reference gives only their number.
   */
  KEPMENPAN_25_2004(
      "KepMenPAN 25/2004",
      List.of(
          Unsur.of("U1", "Prosedur pelayanan"),
          Unsur.of("U2", "Persyaratan pelayanan"),
          Unsur.of("U3", "Kejelasan petugas pelayanan"),
          Unsur.of("U4", "Kedisiplinan petugas pelayanan"),
          Unsur.of("U5", "Tanggung jawab petugas pelayanan"),
          Unsur.of("U6", "Kemampuan petugas pelayanan"),
          Unsur.of("U7", "Kecepatan pelayanan"),
          Unsur.of("U8", "Keadilan mendapatkan pelayanan"),
          Unsur.of("U9", "Kesopanan dan keramahan petugas"),
          Unsur.of("U10", "Kewajaran biaya pelayanan"),
          Unsur.of("U11", "Kepastian biaya pelayanan"),
          Unsur.of("U12", "Kepastian jadwal pelayanan"),
          Unsur.of("U13", "Kenyamanan lingkungan"),
          Unsur.of("U14", "Keamanan pelayanan")),
      new BigDecimal("0.071"),
      new String[] {"25.00", "43.75", "43.76", "62.50", "62.51", "81.25", "81.26", "100.00"});

  /** The factor that converts an index of 1–4 to a value of 25–100: 25. */
  public static final int FAKTOR_KONVERSI = 25;

  /** The lowest answer: 1. */
  public static final int JAWABAN_TERENDAH = 1;

  /** The highest answer: 4. */
  public static final int JAWABAN_TERTINGGI = 4;

  /** The two decimals the bands are printed to and a value is rounded to before it is classified. */
  private static final int SKALA_PITA = 2;

  private final String sumber;
  private final List<Unsur> unsur;
  private final BigDecimal bobotTercetak;
  private final String[] batas;
  private final SkalaOrdinal skalaMutu;

  MetodeSkm(String sumber, List<Unsur> unsur, BigDecimal bobotTercetak, String[] batas) {
    this.sumber = sumber;
    this.unsur = unsur;
    this.bobotTercetak = bobotTercetak;
    this.batas = batas;
    this.skalaMutu = skala("SKM mutu pelayanan (" + sumber + ")", new BigDecimal(batas[0]), new BigDecimal(batas[7]));
  }

  /** The method's bands, the lowest from {@code bawah} and the highest to {@code atas}. */
  private SkalaOrdinal skala(String nama, BigDecimal bawah, BigDecimal atas) {
    return SkalaOrdinal.builder(nama)
        .pita(Rentang.dariSampai(new BigDecimal(batas[6]), atas), "Sangat baik", "A")
        .pita(Rentang.dariSampai(new BigDecimal(batas[4]), new BigDecimal(batas[5])), "Baik", "B")
        .pita(Rentang.dariSampai(new BigDecimal(batas[2]), new BigDecimal(batas[3])), "Kurang baik", "C")
        .pita(Rentang.dariSampai(bawah, new BigDecimal(batas[1])), "Tidak baik", "D")
        .izinkanCelah()
        .kebijakanCelah(KebijakanCelah.bulatkanDulu(SKALA_PITA, RoundingMode.HALF_UP))
        .build();
  }

  /** Returns the regulation, such as {@code PermenPAN-RB 14/2017}. */
  public String sumber() {
    return sumber;
  }

  /** Returns the standard unsur, in questionnaire order; a survey may ask others. */
  public List<Unsur> unsur() {
    return unsur;
  }

  /**
   * Returns the weight the regulation prints for each standard unsur, 1/n rounded to 3 decimals:
   * 0,111 (1/9) or 0,071 (1/14). See {@link BobotSkm#tercetak(BigDecimal)}.
   */
  public BigDecimal bobotTercetak() {
    return bobotTercetak;
  }

  /**
   * Returns the quality bands (mutu pelayanan) A Sangat baik … D Tidak baik on the converted
   * value as the regulation prints them, rounding to 2 decimals half-up first. Its domain is
   * 25,00–100,00: a value outside it (possible only with weights whose sum is not 1, such as the
   * printed 0,111) is beyond this scale; {@link #skalaMutu(Pecahan)} gives it a band.
   */
  public SkalaOrdinal skalaMutu() {
    return skalaMutu;
  }

  /**
   * Returns the quality bands for unsur weights summing to {@code jumlahBobot}, so that every
   * survey of valid answers has a band. <b>Rule [ours, domain reference §11]: the lowest band
   * starts at the method's minimum and the highest ends at its maximum</b>, when these lie beyond
   * the printed 25,00 and 100,00: the minimum is 25 × Σ weights (every answer 1), the maximum 100 ×
   * Σ weights (every answer 4), each rounded to 2 decimals half-up as a value is before it is
   * classified. The other edges are the regulation's. With the printed 0,111 (nine unsur, Σ 0,999)
   * an all-1 survey gives 24,975, rounded 24,98: D Tidak baik, where the printed bands would leave
   * it without one; an all-4 survey gives 99,90: A. With 0,071 (fourteen unsur, Σ 0,994) the
   * extremes are 24,85 and 99,40. With weights summing to 1 this is {@link #skalaMutu()}.
   *
   * @throws IllegalArgumentException if {@code jumlahBobot} is not above 0
   */
  public SkalaOrdinal skalaMutu(Pecahan jumlahBobot) {
    Objects.requireNonNull(jumlahBobot, "jumlahBobot");
    if (jumlahBobot.signum() <= 0) {
      throw new IllegalArgumentException(
          "jumlahBobot is " + jumlahBobot + ": the weights of the unsur sum to more than 0");
    }
    BigDecimal bawah = new BigDecimal(batas[0]);
    BigDecimal atas = new BigDecimal(batas[7]);
    BigDecimal minimum = jumlahBobot.times(FAKTOR_KONVERSI * (long) JAWABAN_TERENDAH)
        .rounded(SKALA_PITA, RoundingMode.HALF_UP);
    BigDecimal maksimum = jumlahBobot.times(FAKTOR_KONVERSI * (long) JAWABAN_TERTINGGI)
        .rounded(SKALA_PITA, RoundingMode.HALF_UP);
    if (minimum.compareTo(bawah) >= 0 && maksimum.compareTo(atas) <= 0) {
      return skalaMutu;
    }
    return skala("SKM mutu pelayanan (" + sumber + ", weights summing to " + jumlahBobot
            + ": bands reach the extremes " + minimum.min(bawah).toPlainString() + " and "
            + maksimum.max(atas).toPlainString() + ")",
        minimum.min(bawah), maksimum.max(atas));
  }
}
