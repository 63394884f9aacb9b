package id.sakip.audit;

import id.sakip.anggaran.KalkulatorEfisiensi;
import id.sakip.anggaran.RumusEfisiensi;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.skala.SkalaOrdinal;
import java.math.RoundingMode;
import id.sakip.temuan.Bagian;
import java.util.EnumMap;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;

/**
 * The choices an audit is made under: the capaian formula per polarity, the cap policy the report
 * declares, the rounding mode printed figures are compared with, the efficiency strategy, the
 * ordinal scale, which budget version each table's shares are taken of, and whether efficiency
 * uses the printed capaian. Immutable and thread-safe.
 */
public final class KebijakanAudit {

  private final KalkulatorCapaian kalkulator;
  private final BatasCapaian batas;
  private final RoundingMode pembulatan;
  private final KalkulatorEfisiensi efisiensi;
  private final SkalaOrdinal skala;
  private final Optional<VersiAnggaran> versiAnggaran;
  private final Map<Bagian, VersiAnggaran> versiPerTabel;
  private final boolean efisiensiDariCapaianTercetak;

  private KebijakanAudit(KalkulatorCapaian kalkulator, BatasCapaian batas, RoundingMode pembulatan,
      KalkulatorEfisiensi efisiensi, SkalaOrdinal skala, Optional<VersiAnggaran> versiAnggaran,
      Map<Bagian, VersiAnggaran> versiPerTabel, boolean efisiensiDariCapaianTercetak) {
    this.kalkulator = kalkulator;
    this.batas = batas;
    this.pembulatan = pembulatan;
    this.efisiensi = efisiensi;
    this.skala = skala;
    this.versiAnggaran = versiAnggaran;
    this.versiPerTabel = versiPerTabel.isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(new EnumMap<>(versiPerTabel));
    this.efisiensiDariCapaianTercetak = efisiensiDariCapaianTercetak;
  }

  /**
   * Returns the standard policy: {@link KalkulatorCapaian#standar()}, no declared cap ({@link
   * BatasCapaian#TANPA_BATAS}: organisational LKj guidance caps nothing), comparison half-up,
   * efficiency as capaian minus serapan (the seed's table 3.3) from the recomputed capaian, the
   * seed's ordinal scale, and shares taken of the budget version the report's budget realisation
   * table uses ({@link #versiAnggaran(Bagian, Optional)}).
   */
  public static KebijakanAudit standar() {
    return new KebijakanAudit(KalkulatorCapaian.standar(), BatasCapaian.TANPA_BATAS, RoundingMode.HALF_UP,
        KalkulatorEfisiensi.of(RumusEfisiensi.SELISIH_CAPAIAN_SERAPAN), SkalaOrdinal.KAB_MALANG_KECAMATAN,
        Optional.empty(), Map.of(), false);
  }

  /** Returns a copy with another capaian calculator. */
  public KebijakanAudit withKalkulator(KalkulatorCapaian value) {
    return new KebijakanAudit(Objects.requireNonNull(value, "kalkulator"), batas, pembulatan, efisiensi, skala,
        versiAnggaran, versiPerTabel, efisiensiDariCapaianTercetak);
  }

  /** Returns a copy with the cap policy the report declares. */
  public KebijakanAudit withBatas(BatasCapaian value) {
    return new KebijakanAudit(kalkulator, Objects.requireNonNull(value, "batas"), pembulatan, efisiensi, skala,
        versiAnggaran, versiPerTabel, efisiensiDariCapaianTercetak);
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
    return new KebijakanAudit(kalkulator, batas, value, efisiensi, skala, versiAnggaran, versiPerTabel, efisiensiDariCapaianTercetak);
  }

  /** Returns a copy with another efficiency strategy. */
  public KebijakanAudit withEfisiensi(KalkulatorEfisiensi value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, Objects.requireNonNull(value, "efisiensi"), skala,
        versiAnggaran, versiPerTabel, efisiensiDariCapaianTercetak);
  }

  /** Returns a copy with another ordinal scale. */
  public KebijakanAudit withSkala(SkalaOrdinal value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, Objects.requireNonNull(value, "skala"),
        versiAnggaran, versiPerTabel, efisiensiDariCapaianTercetak);
  }

  /** Returns a copy whose tables take shares of the budget version {@code value} unless set per table. */
  public KebijakanAudit withVersiAnggaran(VersiAnggaran value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, skala,
        Optional.of(Objects.requireNonNull(value, "versiAnggaran")), versiPerTabel, efisiensiDariCapaianTercetak);
  }

  /** Returns a copy where table {@code tabel} (e.g. {@link Bagian#TABEL_3_1}) takes its shares of {@code versi}. */
  public KebijakanAudit withVersiAnggaran(Bagian tabel, VersiAnggaran versi) {
    Map<Bagian, VersiAnggaran> m = new EnumMap<>(Bagian.class);
    m.putAll(versiPerTabel);
    m.put(Objects.requireNonNull(tabel, "tabel"), Objects.requireNonNull(versi, "versi"));
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, skala, versiAnggaran, m,
        efisiensiDariCapaianTercetak);
  }

  /**
   * Returns a copy that recomputes table 3.3's efficiency from the capaian the table prints (when
   * {@code value}) instead of the recomputed capaian (the default).
   */
  public KebijakanAudit withEfisiensiDariCapaianTercetak(boolean value) {
    return new KebijakanAudit(kalkulator, batas, pembulatan, efisiensi, skala, versiAnggaran, versiPerTabel, value);
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

  /**
   * The budget version table {@code tabel} takes its shares of: the one set for that table, else
   * the one set for every table, else {@code versiLaporan} (the version of the report's budget
   * realisation table or, without one, the PK's only version), else the APBD perubahan (the
   * later, binding version).
   */
  public VersiAnggaran versiAnggaran(Bagian tabel, Optional<VersiAnggaran> versiLaporan) {
    VersiAnggaran own = versiPerTabel.get(Objects.requireNonNull(tabel, "tabel"));
    return own != null ? own : versiAnggaran.or(() -> versiLaporan).orElse(VersiAnggaran.APBD_PERUBAHAN);
  }

  /** Whether table 3.3's efficiency is recomputed from the printed capaian instead of the recomputed one. */
  public boolean efisiensiDariCapaianTercetak() {
    return efisiensiDariCapaianTercetak;
  }

  @Override
  public String toString() {
    return "KebijakanAudit[" + kalkulator + ", batas " + batas + ", " + pembulatan + ", " + efisiensi + ", "
        + skala.nama() + ", " + versiAnggaran.map(Object::toString).orElse("versi laporan") + " " + versiPerTabel
        + (efisiensiDariCapaianTercetak ? ", efisiensi dari capaian tercetak" : "") + "]";
  }
}
