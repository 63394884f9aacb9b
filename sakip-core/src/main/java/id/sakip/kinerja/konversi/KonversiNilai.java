package id.sakip.kinerja.konversi;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.skala.KebijakanCelah;
import id.sakip.skala.Klasifikasi;
import id.sakip.skala.Pita;
import id.sakip.skala.Rentang;
import id.sakip.skala.SkalaOrdinal;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A score conversion table (<i>konversi nilai</i>): capaian {@code C} (in percent) → nilai, as
 * data. Each band is a range of capaian with explicit bound inclusivity, a category label and a
 * {@link RumusNilai}; the bands form a {@link SkalaOrdinal}, so they are ordered, never overlap,
 * and leave no gap unless gaps are declared, in which case a {@link KebijakanCelah} says what a
 * capaian in a gap gets (by default none: not computable). One special rule may be added: the
 * nilai of a given capaian when the target is already the maximum possible.
 *
 * <pre>{@code
 * Persentase c = Persentase.ratio(new BigDecimal("93"), new BigDecimal("95")).value(); // 97,89…%
 * KonversiNilai.PERMENPAN_RB_8_2021.konversi(c).value().nilai();                 // 87,89… (Cukup)
 * }</pre>
 *
 * <p>The nilai is exact; round it only when presenting. A capaian in an undeclared place (beyond
 * a declared domain) or in a gap the policy leaves open is {@linkplain Outcome.Reason#NOT_APPLICABLE
 * not computable}, with the classification's explanation.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads. Compares by
 * value. The {@link Builder} is not thread-safe.
 */
public final class KonversiNilai {

  private static final String SUMBER_8_2021 =
      "PermenPAN-RB 8/2021 lampiran, nilai capaian IKI (p. 101 (e)–(i); example p. 363)";

  /**
   * The conversion of PermenPAN-RB 8/2021 (Sistem Manajemen Kinerja PNS), lampiran Bab VI A.1,
   * "Menghitung Nilai Capaian IKI", with only the parts read in the regulation's text:
   *
   * <ul>
   *   <li>{@code C > 110} Sangat Baik: 120 (huruf (h));
   *   <li>{@code C = 100} Baik: 109 (the lampiran's example, p. 363: target 85, realisasi 85,
   *       capaian 100%, Baik, nilai 109);
   *   <li>{@code 80 ≤ C ≤ 99} Cukup: {@code 70 + (89 − 70)/(99 − 80) × (C − 80)} (huruf (e));
   *   <li>{@code 60 ≤ C ≤ 79} Kurang: {@code 50 + (69 − 50)/(79 − 60) × (C − 60)} (huruf (f));
   *   <li>{@code C < 60} Sangat Kurang: {@code C / 59 × 49} (huruf (g));
   *   <li>capaian 100% on a target that is already the maximum possible: Sangat Baik, 120 (huruf
   *       (i), {@link #konversiTargetMaksimal(Persentase)}).
   * </ul>
   *
   * <p>Sources: the lampiran as published at
   * http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page101.html (PDF page 101, printed
   * page 93: huruf (e)–(i)) and …/page363.html (PDF page 363, printed page 243: the examples 85/85
   * → 100% Baik 109 and 95/93 → 98% Cukup 88). The band bounds are those domain.md §11 gives; the
   * lampiran's own category table and its huruf (c) and (d) (the formulas of Sangat Baik and Baik,
   * on the page before) were not found, so {@code 100 < C ≤ 110} is a declared gap here, not
   * computable under the default policy {@link KebijakanCelah#TOLAK}: see {@link
   * #PERMENPAN_RB_8_2021_DENGAN_ASUMSI}. The regulation's integer bands also leave the gaps {@code
   * 79 < C < 80} and {@code 99 < C < 100}: a capaian such as 99,5% needs a policy ({@link
   * KebijakanCelah#bulatkanDulu} to round first, {@link KebijakanCelah#PITA_BAWAH} to take the band
   * below). No source floors the nilai: a negative capaian gets a negative nilai.
   */
  public static final KonversiNilai PERMENPAN_RB_8_2021 =
      permenpan8(builder(SUMBER_8_2021 + "; 100 < C ≤ 110 not transcribed")).build();

  /**
   * {@link #PERMENPAN_RB_8_2021} with the band {@code 100 < C ≤ 110} filled by an assumption of
   * ours, labelled "Sangat Baik (asumsi)": the straight line from the two sourced points, {@code
   * 109 + (120 − 109)/(110 − 100) × (C − 100)}, so the nilai runs on without a jump from 109 at
   * 100% to 120 at 110% and above. Source: ours, until the regulation's huruf (c) and (d) are
   * transcribed; use it knowing that the nilai between 100% and 110% is not the regulation's.
   */
  public static final KonversiNilai PERMENPAN_RB_8_2021_DENGAN_ASUMSI =
      permenpan8(builder(SUMBER_8_2021 + "; 100 < C ≤ 110 assumed (ours)"))
          .pita(Rentang.setelahSampai(angka(100), angka(110)), "Sangat Baik (asumsi)",
              RumusNilai.interpolasi(angka(100), angka(109), angka(110), angka(120)))
          .build();

  private final SkalaOrdinal skala;
  /** The formula of each band, by the band's label. */
  private final Map<String, RumusNilai> rumus;

  private final Optional<AturanTargetMaksimal> targetMaksimal;

  private KonversiNilai(SkalaOrdinal skala, Map<String, RumusNilai> rumus, Optional<AturanTargetMaksimal> targetMaksimal) {
    this.skala = skala;
    this.rumus = rumus;
    this.targetMaksimal = targetMaksimal;
  }

  /** Returns a builder for a table called {@code nama}; name its source in it. */
  public static Builder builder(String nama) {
    return new Builder(Objects.requireNonNull(nama, "nama"));
  }

  private static Builder permenpan8(Builder b) {
    return b
        .pita(Rentang.lebihDari(angka(110)), "Sangat Baik", RumusNilai.tetap(angka(120)))
        .pita(Rentang.tunggal(angka(100)), "Baik", RumusNilai.tetap(angka(109)))
        .pita(Rentang.dariSampai(angka(80), angka(99)), "Cukup",
            RumusNilai.interpolasi(angka(80), angka(70), angka(99), angka(89)))
        .pita(Rentang.dariSampai(angka(60), angka(79)), "Kurang",
            RumusNilai.interpolasi(angka(60), angka(50), angka(79), angka(69)))
        .pita(Rentang.kurangDari(angka(60)), "Sangat Kurang", RumusNilai.proporsional(angka(59), angka(49)))
        .izinkanCelah()
        .targetMaksimal(angka(100), angka(120), "Sangat Baik");
  }

  // ---------------------------------------------------------------- queries

  /** Returns the table's name, naming its source. */
  public String nama() {
    return skala.nama();
  }

  /** Returns the bands as an ordinal scale of categories (highest first), with gaps and default gap policy. */
  public SkalaOrdinal skala() {
    return skala;
  }

  /** Returns the formula of the band labelled {@code kategori}, if the table has one. */
  public Optional<RumusNilai> rumus(String kategori) {
    return Optional.ofNullable(rumus.get(Objects.requireNonNull(kategori, "kategori")));
  }

  /** Returns the special rule for a target that is already the maximum possible, if any. */
  public Optional<AturanTargetMaksimal> aturanTargetMaksimal() {
    return targetMaksimal;
  }

  // ---------------------------------------------------------------- conversion

  /** Converts {@code capaian} under the table's default gap policy. */
  public Outcome<NilaiCapaian> konversi(Persentase capaian) {
    return konversi(capaian, skala.kebijakanCelah());
  }

  /**
   * Converts {@code capaian}: the band that holds it gives the nilai by its formula. Under {@link
   * KebijakanCelah.BulatkanDulu} the capaian is rounded first and the rounded value is both
   * classified and converted; under {@link KebijakanCelah#PITA_BAWAH} a capaian in a gap is
   * converted by the formula of the band below. A capaian no band takes is not computable.
   */
  public Outcome<NilaiCapaian> konversi(Persentase capaian, KebijakanCelah kebijakan) {
    Objects.requireNonNull(capaian, "capaian");
    Objects.requireNonNull(kebijakan, "kebijakan");
    Klasifikasi k = skala.klasifikasi(capaian, kebijakan);
    if (!(k instanceof Klasifikasi.DalamPita d)) {
      return Outcome.notComputable(
          Outcome.Reason.NOT_APPLICABLE, "nilai of capaian " + capaian + ": " + k.penjelasan());
    }
    Persentase dinilai =
        kebijakan instanceof KebijakanCelah.BulatkanDulu b
            ? Persentase.of(capaian.rounded(b.skala(), b.pembulatan()))
            : capaian;
    Pita pita = d.pita();
    RumusNilai r = rumus.get(pita.label());
    Pecahan nilai = r.nilai(Pecahan.of(dinilai.numerator(), dinilai.denominator()));
    return Outcome.of(new NilaiCapaian(capaian, nilai, pita.label(), d.penjelasan() + ": nilai = " + r.rumus()));
  }

  /**
   * Converts the capaian of an indicator whose target is already the maximum possible (such as
   * "100% of financial management free of material findings") under the table's default gap
   * policy: the special rule when the capaian is the rule's, the bands otherwise.
   */
  public Outcome<NilaiCapaian> konversiTargetMaksimal(Persentase capaian) {
    return konversiTargetMaksimal(capaian, skala.kebijakanCelah());
  }

  /**
   * Converts the capaian of an indicator whose target is already the maximum possible: when the
   * capaian equals the special rule's (100% in PermenPAN-RB 8/2021), the rule's nilai and
   * category; any other capaian as {@link #konversi(Persentase, KebijakanCelah)} does. A table
   * without the rule does not compute it ({@link Outcome.Reason#NOT_APPLICABLE}): the caller asked
   * for a rule the table does not have.
   */
  public Outcome<NilaiCapaian> konversiTargetMaksimal(Persentase capaian, KebijakanCelah kebijakan) {
    Objects.requireNonNull(capaian, "capaian");
    Objects.requireNonNull(kebijakan, "kebijakan");
    if (targetMaksimal.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NOT_APPLICABLE,
          "nilai of capaian " + capaian + " on a maximum target: table '" + nama()
              + "' has no rule for a target that is already the maximum possible");
    }
    AturanTargetMaksimal aturan = targetMaksimal.get();
    if (!capaian.equals(aturan.capaian())) {
      return konversi(capaian, kebijakan);
    }
    return Outcome.of(new NilaiCapaian(
        capaian, aturan.nilai(), aturan.kategori(),
        "capaian " + capaian + " on a target that is already the maximum possible is " + aturan.kategori()
            + " with nilai " + aturan.nilai() + " in table '" + nama() + "'"));
  }

  // ---------------------------------------------------------------- value semantics

  @Override
  public boolean equals(Object obj) {
    return obj instanceof KonversiNilai other
        && other.skala.equals(skala)
        && other.rumus.equals(rumus)
        && other.targetMaksimal.equals(targetMaksimal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(skala, rumus, targetMaksimal);
  }

  /** Returns the name and each band with its formula, highest first. */
  @Override
  public String toString() {
    return nama() + ": "
        + skala.pita().stream().map(p -> p + " → " + rumus.get(p.label()).rumus()).collect(Collectors.joining("; "))
        + targetMaksimal.map(t -> "; " + t).orElse("");
  }

  private static BigDecimal angka(long value) {
    return BigDecimal.valueOf(value);
  }

  /**
   * The special rule for a target that is already the maximum possible: capaian {@code capaian}
   * on such a target gets {@code nilai} and {@code kategori}.
   *
   * @param capaian the capaian the rule applies to (100% in PermenPAN-RB 8/2021)
   * @param nilai the nilai it gets
   * @param kategori the category it gets, not blank
   */
  public record AturanTargetMaksimal(Persentase capaian, Pecahan nilai, String kategori) {

    /** Creates the rule, refusing a blank category. */
    public AturanTargetMaksimal {
      Objects.requireNonNull(capaian, "capaian");
      Objects.requireNonNull(nilai, "nilai");
      Objects.requireNonNull(kategori, "kategori");
      if (kategori.isBlank()) {
        throw new IllegalArgumentException(
            "aturanTargetMaksimal.kategori: '" + kategori + "' is blank; the rule needs a category");
      }
    }

    @Override
    public String toString() {
      return "target maksimal: capaian " + capaian + " → " + nilai + " (" + kategori + ")";
    }
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds a {@link KonversiNilai}; bands may be added in any order. Validation happens in {@link
   * #build()}, by the rules of {@link SkalaOrdinal.Builder}.
   */
  public static final class Builder {

    private final SkalaOrdinal.Builder skala;
    private final Map<String, RumusNilai> rumus = new LinkedHashMap<>();
    private Optional<AturanTargetMaksimal> targetMaksimal = Optional.empty();

    private Builder(String nama) {
      this.skala = SkalaOrdinal.builder(nama);
    }

    /**
     * Adds a band: capaian in {@code rentang} are in category {@code kategori} and get the nilai
     * of {@code rumus}. Labels must be distinct.
     */
    public Builder pita(Rentang rentang, String kategori, RumusNilai rumus) {
      Objects.requireNonNull(rentang, "rentang");
      Objects.requireNonNull(kategori, "kategori");
      Objects.requireNonNull(rumus, "rumus");
      skala.pita(rentang, kategori);
      this.rumus.putIfAbsent(kategori, rumus);
      return this;
    }

    /** Declares the domain of capaian the table converts; see {@link SkalaOrdinal.Builder#domain}. */
    public Builder domain(Rentang domain) {
      skala.domain(domain);
      return this;
    }

    /** Declares that the bands may leave gaps; without it a gap is an error. */
    public Builder izinkanCelah() {
      skala.izinkanCelah();
      return this;
    }

    /** Sets the default policy for a capaian in a gap; {@link KebijakanCelah#TOLAK} if unset. */
    public Builder kebijakanCelah(KebijakanCelah kebijakanCelah) {
      skala.kebijakanCelah(kebijakanCelah);
      return this;
    }

    /**
     * Adds the special rule: capaian {@code capaian} (in percent) on a target that is already the
     * maximum possible gets {@code nilai} and {@code kategori}.
     */
    public Builder targetMaksimal(BigDecimal capaian, BigDecimal nilai, String kategori) {
      Objects.requireNonNull(capaian, "capaian");
      Objects.requireNonNull(nilai, "nilai");
      this.targetMaksimal = Optional.of(new AturanTargetMaksimal(Persentase.of(capaian), Pecahan.of(nilai), kategori));
      return this;
    }

    /**
     * Returns the table.
     *
     * @throws IllegalArgumentException if the bands break a rule of {@link
     *     SkalaOrdinal.Builder#build()} (no band, two bands with one label, overlapping bands, a
     *     band beyond the domain, an undeclared gap); the message names the bands and the rule
     */
    public KonversiNilai build() {
      return new KonversiNilai(skala.build(), Map.copyOf(rumus), targetMaksimal);
    }
  }
}
