package id.sakip.audit;

import id.sakip.anggaran.KalkulatorEfisiensi;
import id.sakip.anggaran.RumusEfisiensi;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.skala.SkalaOrdinal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The choices an audit is made under: the capaian formula per polarity, the cap policy the report
 * declares, the rounding mode printed figures are compared with, the efficiency strategy, the
 * ordinal scale, and which budget version each table's shares are taken of. Immutable.
 */
public final class KebijakanAudit {

  private final KalkulatorCapaian kalkulator;
  private final BatasCapaian batas;
  private final RoundingMode pembulatan;
  private final KalkulatorEfisiensi efisiensi;
  private final SkalaOrdinal skala;
  private final VersiAnggaran versiAnggaran;
  private final Map<String, VersiAnggaran> versiPerTabel;

  private KebijakanAudit(KalkulatorCapaian kalkulator, BatasCapaian batas, RoundingMode pembulatan,
      KalkulatorEfisiensi efisiensi, SkalaOrdinal skala, VersiAnggaran versiAnggaran,
      Map<String, VersiAnggaran> versiPerTabel) {
    this.kalkulator = kalkulator;
    this.batas = batas;
    this.pembulatan = pembulatan;
    this.efisiensi = efisiensi;
    this.skala = skala;
    this.versiAnggaran = versiAnggaran;
    this.versiPerTabel = Map.copyOf(versiPerTabel);
  }

  /**
   * Returns the standard policy: {@link KalkulatorCapaian#standar()}, no declared cap ({@link
   * BatasCapaian#TANPA_BATAS}: organisational LKj guidance caps nothing), comparison half-up,
   * efficiency as capaian minus serapan (the seed's table 3.3), the seed's ordinal scale, and shares
   * taken of the APBD perubahan.
   */
  public static KebijakanAudit standar() {
    return new KebijakanAudit(KalkulatorCapaian.standar(), BatasCapaian.TANPA_BATAS, RoundingMode.HALF_UP,
        KalkulatorEfisiensi.of(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN), SkalaOrdinal.KAB_MALANG_KECAMATAN,
        VersiAnggaran.APBD_PERUBAHAN, Map.of());
  }

  /** Returns a copy with another capaian calculator. */
  public KebijakanAudit withKalkulator(KalkulatorCapaian value) {
    return new KebijakanAudit(Objects.requireNonNull(value, "kalkulator"), batas, pembulatan, efisiensi, skala,
        versiAnggaran, versiPerTabel);
  }

  /** Returns a copy with the cap policy the report declares. */
  public KebijakanAudit withBatas(BatasCapaian value) {
    return new KebijakanAudit(kalkulator, Objects.requireNonNull(value, "batas"), pembulatan, efisiensi, skala,
        versiAnggaran, versiPerTabel);
  }

  /**
   * Returns a copy comparing printed figures with {@code value}.
   *
   * @throws IllegalArgumentException for {@link RoundingMode#UNNECESSARY}, which no printed figure
   *     of lower precision could satisfy
   */
  public KebijakanAudit withPembulatan(RoundingMode value) {
    if (Objects.requireNonNull(value, "pembulatan") == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("kebijakanAudit.pembulatan: UNNECESSARY cannot compare a printed figure"
          + " with a more precise one; choose HALF_UP, HALF_EVEN, DOWN, …");
    }
    return new KebijakanAudit(kalkulator, batas, value, efisiensi, skala, versiAnggaran, versiPerTabel);
  }

  /** Returns a copy with another efficiency strategy. */
  public KebijakanAudit withEfisiensi(KalkulatorEfisiensi value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, Objects.requireNonNull(value, "efisiensi"), skala,
        versiAnggaran, versiPerTabel);
  }

  /** Returns a copy with another ordinal scale. */
  public KebijakanAudit withSkala(SkalaOrdinal value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, Objects.requireNonNull(value, "skala"),
        versiAnggaran, versiPerTabel);
  }

  /** Returns a copy whose tables take shares of the budget version {@code value} unless set per table. */
  public KebijakanAudit withVersiAnggaran(VersiAnggaran value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, skala,
        Objects.requireNonNull(value, "versiAnggaran"), versiPerTabel);
  }

  /** Returns a copy where the table printed at {@code tempat} (e.g. {@code Tabel 3.1}) uses {@code versi}. */
  public KebijakanAudit withVersiAnggaran(String tempat, VersiAnggaran versi) {
    Map<String, VersiAnggaran> m = new HashMap<>(versiPerTabel);
    m.put(Objects.requireNonNull(tempat, "tempat"), Objects.requireNonNull(versi, "versi"));
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, skala, versiAnggaran, m);
  }

  /** The capaian calculator. */
  public KalkulatorCapaian kalkulator() {
    return kalkulator;
  }

  /** The cap policy the report declares. */
  public BatasCapaian batas() {
    return batas;
  }

  /** The rounding mode printed figures are compared with. */
  public RoundingMode pembulatan() {
    return pembulatan;
  }

  /** The efficiency strategy. */
  public KalkulatorEfisiensi efisiensi() {
    return efisiensi;
  }

  /** The ordinal scale. */
  public SkalaOrdinal skala() {
    return skala;
  }

  /** The budget version the table printed at {@code tempat} takes its shares of. */
  public VersiAnggaran versiAnggaran(String tempat) {
    return versiPerTabel.getOrDefault(tempat, versiAnggaran);
  }

  @Override
  public String toString() {
    return "KebijakanAudit[" + kalkulator + ", batas " + batas + ", " + pembulatan + ", " + efisiensi + ", "
        + skala.nama() + ", " + versiAnggaran + " " + versiPerTabel + "]";
  }
}
