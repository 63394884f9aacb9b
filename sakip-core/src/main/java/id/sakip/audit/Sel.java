package id.sakip.audit;

import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Outcome;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One cell of the recomputed report: where it is, the figure the report prints there (if any), the
 * value recomputed exactly from the document's inputs ({@link Hitungan}, with where the inputs came
 * from), what that value is ({@link Sumber}), and the finding the comparison gives, decided once,
 * when first asked for (a cell without a printed figure is computed only when it is shown). Every view of the report (tables, audit, spreadsheet, HTML) reads cells;
 * none compares again.
 *
 * @param <T> the type of the recomputed value: {@link id.sakip.angka.Persentase}, {@link id.sakip.angka.Rupiah},
 *     {@link BigDecimal} (an indicator's figure), {@link id.sakip.kinerja.Target} or {@link String}
 */
public final class Sel<T> {

  /** What the comparison of a cell found. */
  public enum Status {
    /** The report prints no figure here: the cell shows the recomputed value only. */
    TANPA_CETAKAN,
    /** The printed figure agrees with the recomputed value at its printed precision. */
    SESUAI,
    /** The printed figure differs from the recomputed value; the cell has a finding that says by how much (a label: which). */
    BERBEDA,
    /** The printed figure cannot be checked (the value is not computable); the cell has a finding that says why. */
    TIDAK_TERPERIKSA
  }

  /** Another explanation of a differing figure: when the printed figure equals {@code nilai}, the finding is of {@code aturan}. */
  record Alternatif<T>(Aturan aturan, T nilai, Map<String, Object> rincian) {}

  /** What a cell recomputes: the value and the other explanations of a differing figure. */
  record Isi<T>(Hitungan<T> hitungan, List<Alternatif<T>> alternatif) {}

  /** The value and the comparison, computed once, when first asked for. */
  private record Hasil<T>(Hitungan<T> hitungan, Optional<Temuan> temuan, Status status) {}

  private final Lokasi lokasi;
  private final Optional<AngkaTercetak> tercetak;
  private final Supplier<Isi<T>> isi;
  private final Ukuran<T> ukuran;
  private final Sumber sumber;
  private final Aturan aturan;
  private final RoundingMode mode;
  private volatile Hasil<T> hasil;

  /**
   * A cell whose value is computed by {@code isi} when first needed: a cell without a printed
   * figure is computed only when it is shown, so that an audit computes only what it compares.
   */
  Sel(Lokasi lokasi, Optional<AngkaTercetak> tercetak, Supplier<Isi<T>> isi, Ukuran<T> ukuran, Sumber sumber,
      Aturan aturan, RoundingMode mode) {
    this.lokasi = Objects.requireNonNull(lokasi, "lokasi");
    this.tercetak = Objects.requireNonNull(tercetak, "tercetak");
    this.isi = Objects.requireNonNull(isi, "isi");
    this.ukuran = ukuran;
    this.sumber = sumber;
    this.aturan = aturan;
    this.mode = mode;
  }

  /** Computes the value and the comparison once; a race computes the same immutable result twice. */
  private Hasil<T> hasil() {
    Hasil<T> h = hasil;
    if (h == null) {
      Isi<T> v = isi.get();
      Temuan found = periksa(v.hitungan(), v.alternatif(), mode);
      boolean compared = found != null && (found.aturan() == aturan
          || v.alternatif().stream().anyMatch(a -> a.aturan() == found.aturan()));
      Status status = tercetak.isEmpty() ? Status.TANPA_CETAKAN
          : found == null ? Status.SESUAI
          : compared ? Status.BERBEDA : Status.TIDAK_TERPERIKSA;
      h = new Hasil<>(v.hitungan(), Optional.ofNullable(found), status);
      hasil = h;
    }
    return h;
  }

  private Temuan periksa(Hitungan<T> hitungan, List<Alternatif<T>> alternatif, RoundingMode mode) {
    Outcome<T> hasil = hitungan.hasil();
    if (tercetak.isEmpty()) {
      return null;
    }
    AngkaTercetak printed = tercetak.get();
    if (ukuran == Ukuran.TEKS) {
      return label(hitungan, printed);
    }
    if (printed.nilai().isEmpty()) {
      return hasil.isComputable()
          ? tidakTerperiksa(hitungan, AturanAudit.NOT_COMPUTABLE, new Istilah("angka dicetak tanpa nilai",
              "it is printed without a value"))
          : null;
    }
    if (!hasil.isComputable()) {
      return tidakTerperiksa(hitungan, hitungan.aturanGagal(), hitungan.alasanTeks());
    }
    T value = hasil.value();
    if (ukuran.angka(value).isEmpty()) {
      return tidakTerperiksa(hitungan, AturanAudit.NOT_COMPUTABLE, new Istilah("nilai pembandingnya, " + value
          + ", bukan angka", "the value to compare with, " + value + ", is not a number"));
    }
    BigDecimal p = printed.nilai().get();
    if (ukuran.cocok(value, p, mode)) {
      return null;
    }
    Pembanding pembanding = new Pembanding(new Nilai(ukuran.dibandingkan(value, p, mode), ukuran.jenis()), sumber);
    for (Alternatif<T> alt : alternatif) {
      if (ukuran.cocok(alt.nilai(), p, mode)) {
        return withRincian(hitungan, Temuan.banding(alt.aturan(), lokasi, ukuran.tercetak(printed), pembanding),
            alt.rincian());
      }
    }
    return withRincian(hitungan, Temuan.banding(aturan, lokasi, ukuran.tercetak(printed), pembanding), Map.of());
  }

  /** A printed label (a category) against the recomputed one, compared ignoring case and spacing. */
  private Temuan label(Hitungan<T> hitungan, AngkaTercetak printed) {
    Outcome<T> hasil = hitungan.hasil();
    if (!hasil.isComputable()) {
      return tidakTerperiksa(hitungan, hitungan.aturanGagal(), hitungan.alasanTeks());
    }
    String value = String.valueOf(hasil.value());
    if (normal(value).equals(normal(printed.teks()))) {
      return null;
    }
    return withRincian(hitungan, Temuan.of(aturan, lokasi).with("kategoriTercetak", printed.teks())
        .with("kategori", value), Map.of());
  }

  private static String normal(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  private Temuan tidakTerperiksa(Hitungan<T> hitungan, Aturan rule, Istilah alasan) {
    Temuan t = Temuan.of(rule, lokasi).with("teksTercetak", tercetak.get().teks()).with("alasan", alasan);
    t = withRincian(hitungan, t, Map.of());
    return tercetak.get().nilai().isPresent() ? t.withTercetak(ukuran.tercetak(tercetak.get())) : t;
  }

  private static Temuan withRincian(Hitungan<?> hitungan, Temuan t, Map<String, Object> extra) {
    Map<String, Object> all = new java.util.LinkedHashMap<>(t.rincian());
    all.putAll(hitungan.rincian());
    all.putAll(extra);
    return new Temuan(t.aturan(), t.lokasi(), t.tercetak(), t.pembanding(), t.selisih(), all);
  }


  /** Returns where the cell is. */
  public Lokasi lokasi() {
    return lokasi;
  }

  /** Returns the figure the report prints here, if any. */
  public Optional<AngkaTercetak> tercetak() {
    return tercetak;
  }

  /** Returns the recomputed value with where its inputs came from. */
  public Hitungan<T> hitungan() {
    return hasil().hitungan();
  }

  /** Returns the recomputed exact value, or why there is none. */
  public Outcome<T> nilai() {
    return hitungan().hasil();
  }

  /** Returns what the recomputed value is: recomputed, or another document's figure. */
  public Sumber sumber() {
    return sumber;
  }

  /** Returns the rule a differing printed figure is a finding of. */
  public Aturan aturan() {
    return aturan;
  }

  /** Returns what the comparison found. */
  public Status status() {
    return tercetak.isEmpty() ? Status.TANPA_CETAKAN : hasil().status();
  }

  /** Returns the finding of this cell, if the comparison gave one (a cell without a printed figure has none). */
  public Optional<Temuan> temuan() {
    return tercetak.isEmpty() ? Optional.empty() : hasil().temuan();
  }

  /**
   * Returns the recomputed value for people in {@code bahasa} (a percentage to 2 decimals under the
   * policy's rounding mode), or {@code n/a} when it is not computable.
   */
  public String format(Bahasa bahasa) {
    Outcome<T> value = nilai();
    return value.isComputable() ? ukuran.format(value.value(), bahasa, mode) : "n/a";
  }

  @Override
  public String toString() {
    return "Sel[" + lokasi.teks(Bahasa.INGGRIS) + ", " + status() + ", " + format(Bahasa.INGGRIS)
        + tercetak.map(t -> ", tercetak " + t.teks()).orElse("") + "]";
  }
}
