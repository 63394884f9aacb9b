package id.sakip.kabupaten;

import id.sakip.audit.KebijakanAudit;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.organisasi.UnitOrganisasi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kabupaten (or kota) for one year, consolidated from the Laporan Kinerja of its perangkat
 * daerah: one report per {@link UnitOrganisasi}, every report of the kabupaten's year.
 *
 * <pre>{@code
 * Kabupaten malang = Kabupaten.builder("Kabupaten Malang", 2022)
 *     .unit(UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan"), kromengan)
 *     .unit(UnitOrganisasi.of("7.01.0.00.0.00.22.0000", "Kecamatan Ngajum"), ngajum)
 *     .build();
 * malang.anggaran().rekap(KodeNomenklatur.parse("7.01.01")).orElseThrow().serapan();
 * malang.peringkat(UkuranPeringkat.SERAPAN_ANGGARAN).urutan();
 * malang.audit().perAturan();
 * }</pre>
 *
 * <p>The budget is consolidated when the kabupaten is built ({@link #anggaran()}); the ranking,
 * the pemda IKU and the audit are computed when asked. Immutable and thread-safe; compares by
 * name, year and the units' reports in order.
 */
public final class Kabupaten {

  private final String nama;
  private final int tahun;
  private final List<LaporanUnit> laporan;
  private final Map<UnitOrganisasi, LaporanKinerja> perUnit;
  private final AnggaranKabupaten anggaran;

  private Kabupaten(Builder b) {
    this.nama = b.nama;
    this.tahun = b.tahun;
    this.laporan = List.copyOf(b.laporan);
    Map<UnitOrganisasi, LaporanKinerja> m = new LinkedHashMap<>();
    laporan.forEach(lu -> m.put(lu.unit(), lu.laporan()));
    this.perUnit = m;
    this.anggaran = AnggaranKabupaten.dari(laporan);
  }

  /**
   * Returns a builder for kabupaten {@code nama} in year {@code tahun}.
   *
   * @throws IllegalArgumentException if the name is blank or the year is outside 1945–2200
   */
  public static Builder builder(String nama, int tahun) {
    return new Builder(nama, tahun);
  }

  /** Returns the kabupaten's name. */
  public String nama() {
    return nama;
  }

  /** Returns the year of every report. */
  public int tahun() {
    return tahun;
  }

  /** Returns the units' reports, in the order they were added. */
  public List<LaporanUnit> laporan() {
    return laporan;
  }

  /** Returns the units, in the order they were added. */
  public List<UnitOrganisasi> unit() {
    return List.copyOf(perUnit.keySet());
  }

  /** Returns the report of {@code unit}, if the kabupaten holds it. */
  public Optional<LaporanKinerja> laporan(UnitOrganisasi unit) {
    return Optional.ofNullable(perUnit.get(Objects.requireNonNull(unit, "unit")));
  }

  /** Returns the budget consolidated across the units. */
  public AnggaranKabupaten anggaran() {
    return anggaran;
  }

  /** Returns the units ranked by {@code ukuran}, capaian computed with the standard formulas. */
  public Peringkat peringkat(UkuranPeringkat ukuran) {
    return peringkat(ukuran, KalkulatorCapaian.standar());
  }

  /** Returns the units ranked by {@code ukuran}, capaian computed with {@code kalkulator}. */
  public Peringkat peringkat(UkuranPeringkat ukuran, KalkulatorCapaian kalkulator) {
    return Peringkat.susun(this, ukuran, kalkulator);
  }

  /** Audits every unit's report under {@link KebijakanAudit#standar()}. */
  public SebaranTemuan audit() {
    return audit(KebijakanAudit.standar());
  }

  /** Audits every unit's report under {@code kebijakan}. */
  public SebaranTemuan audit(KebijakanAudit kebijakan) {
    return SebaranTemuan.periksa(this, kebijakan);
  }

  /** Kabupaten are equal when name, year and the units' reports (in order) are equal. */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Kabupaten other && other.nama.equals(nama) && other.tahun == tahun
        && other.laporan.equals(laporan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nama, tahun, laporan);
  }

  @Override
  public String toString() {
    return "Kabupaten[" + nama + " " + tahun + ", " + laporan.size() + " units]";
  }

  /**
   * Builds a {@link Kabupaten}: each {@link #unit} call adds one unit's report and refuses at once
   * a second report of the same unit or a report of another year, so a builder never holds a
   * kabupaten that {@link #build()} would refuse for those reasons.
   */
  public static final class Builder {
    private final String nama;
    private final int tahun;
    private final List<LaporanUnit> laporan = new ArrayList<>();
    private final Map<UnitOrganisasi, UnitOrganisasi> seen = new LinkedHashMap<>();

    private Builder(String nama, int tahun) {
      this.nama = Objects.requireNonNull(nama, "nama");
      if (nama.isBlank()) {
        throw new IllegalArgumentException("kabupaten.nama is blank; name the kabupaten or kota"
            + " / nama kabupaten kosong; sebutkan nama kabupaten atau kota");
      }
      if (tahun < 1945 || tahun > 2200) {
        throw new IllegalArgumentException("kabupaten.tahun " + tahun + " is not a plausible year; expected 1945 to 2200"
            + " / tahun " + tahun + " tidak masuk akal; seharusnya 1945 sampai 2200");
      }
      this.tahun = tahun;
    }

    /**
     * Adds the report {@code lkj} of the unit it names itself ({@link LaporanKinerja#unitOrganisasi()},
     * member {@code unitOrganisasi} of a {@code sakip-lkj/2} document).
     *
     * @throws IllegalArgumentException if {@code lkj} names no unit, or as {@link
     *     #unit(UnitOrganisasi, LaporanKinerja)}
     */
    public Builder unit(LaporanKinerja lkj) {
      Objects.requireNonNull(lkj, "lkj");
      UnitOrganisasi unit = lkj.unitOrganisasi().orElseThrow(() -> new IllegalArgumentException(
          "kabupaten.unit: the report of '" + lkj.instansi() + "' names no unitOrganisasi; give its unit with"
              + " unit(UnitOrganisasi, LaporanKinerja) / laporan '" + lkj.instansi() + "' tidak menyebut"
              + " unitOrganisasi; berikan unitnya dengan unit(UnitOrganisasi, LaporanKinerja)"));
      return unit(unit, lkj);
    }

    /**
     * Adds the report {@code lkj} of {@code unit}.
     *
     * @throws IllegalArgumentException if the kabupaten already holds a report of {@code unit}
     *     (units are the same when their codes are), or {@code lkj} reports on another year
     */
    public Builder unit(UnitOrganisasi unit, LaporanKinerja lkj) {
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(lkj, "lkj");
      UnitOrganisasi before = seen.get(unit);
      if (before != null) {
        throw new IllegalArgumentException("kabupaten.unit " + unit.kode() + " ('" + unit.nama() + "') already has a report"
            + " (added as '" + before.nama() + "'); each perangkat daerah reports once a year"
            + " / unit " + unit.kode() + " sudah memiliki laporan; setiap perangkat daerah melapor sekali setahun");
      }
      if (lkj.tahun() != tahun) {
        throw new IllegalArgumentException("kabupaten.unit " + unit.kode() + ": the report is of " + lkj.tahun()
            + ", not of the kabupaten's year " + tahun + "; every report must be of the same year"
            + " / laporan unit " + unit.kode() + " tahun " + lkj.tahun() + ", bukan tahun kabupaten " + tahun
            + "; semua laporan harus tahun yang sama");
      }
      seen.put(unit, unit);
      laporan.add(new LaporanUnit(unit, lkj));
      return this;
    }

    /**
     * Builds the kabupaten and consolidates its budget.
     *
     * @throws IllegalArgumentException if no unit was added, or a consolidated sum lies beyond the
     *     Rupiah range
     */
    public Kabupaten build() {
      if (laporan.isEmpty()) {
        throw new IllegalArgumentException("kabupaten " + nama + " has no unit; add the report of at least one"
            + " perangkat daerah / kabupaten " + nama + " belum memiliki unit; tambahkan laporan sedikitnya satu"
            + " perangkat daerah");
      }
      return new Kabupaten(this);
    }
  }
}
