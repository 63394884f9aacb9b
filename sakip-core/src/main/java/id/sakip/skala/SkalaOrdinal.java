package id.sakip.skala;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordinal scale (<i>skala ordinal</i>): ordered bands with explicit bound inclusivity and a
 * label, used to turn a capaian, an SKM value or an LKE score into a judgement such as {@code
 * Sangat berhasil} or {@code BB}.
 *
 * <p>A scale is validated when built: bands never overlap, and a gap between bands (values of
 * the domain in no band) is refused unless the builder {@linkplain Builder#izinkanCelah()
 * declares gaps allowed}. The domain is the span of the bands unless {@linkplain
 * Builder#domain(Rentang) declared}; bands may be open-ended ({@code x ≥ 85}, {@code x < 55}).
 *
 * <p>Classification is exact: a {@link Persentase} such as 84.999… (a non-terminating fraction)
 * is compared with each bound exactly, never through an approximate decimal. The outcome is a
 * {@link Klasifikasi}: in a band, in a gap, or beyond the scale. What happens to a value in a gap
 * is a {@link KebijakanCelah} chosen per scale and overridable per call.
 *
 * <pre>{@code
 * Klasifikasi k = SkalaOrdinal.KAB_MALANG_KECAMATAN.klasifikasi(Persentase.of(85));
 * k.toOptional().map(Pita::label);   // Optional[Sangat berhasil]
 * }</pre>
 *
 * <p>Scales are immutable and compare by value.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class SkalaOrdinal {

  /**
   * The four-band scale of the seed report, the LKj of Kecamatan Kromengan (Kabupaten Malang)
   * 2022: {@code x ≥ 85} Sangat berhasil; {@code 70 ≤ x < 85} Berhasil; {@code 55 ≤ x < 70} Cukup
   * berhasil; {@code x < 55} Kurang berhasil. Open at both ends, no gaps.
   */
  public static final SkalaOrdinal KAB_MALANG_KECAMATAN =
      builder("Kab. Malang kecamatan (LKj Kecamatan Kromengan 2022)")
          .pita(Rentang.palingSedikit(angka(85)), "Sangat berhasil")
          .pita(Rentang.dariSampaiSebelum(angka(70), angka(85)), "Berhasil")
          .pita(Rentang.dariSampaiSebelum(angka(55), angka(70)), "Cukup berhasil")
          .pita(Rentang.kurangDari(angka(55)), "Kurang berhasil")
          .build();

  /**
   * The five-band scale with cut-points 91 / 76 / 66 / 51, commonly attributed to Permendagri
   * 86/2017: {@code x ≥ 91} Sangat Tinggi; {@code 76 ≤ x < 91} Tinggi; {@code 66 ≤ x < 76}
   * Sedang; {@code 51 ≤ x < 66} Rendah; {@code x < 51} Sangat Rendah. Each cut-point is read as
   * the inclusive lower bound of its band, so the scale has no gaps and is open at both ends
   * (a capaian above 100 is Sangat Tinggi). For the same cut-points printed as integer bands with
   * gaps, see {@link #LKJIP_BILANGAN_BULAT}.
   */
  public static final SkalaOrdinal PERMENDAGRI_86_2017 =
      builder("91/76/66/51 (commonly attributed to Permendagri 86/2017)")
          .pita(Rentang.palingSedikit(angka(91)), "Sangat Tinggi")
          .pita(Rentang.dariSampaiSebelum(angka(76), angka(91)), "Tinggi")
          .pita(Rentang.dariSampaiSebelum(angka(66), angka(76)), "Sedang")
          .pita(Rentang.dariSampaiSebelum(angka(51), angka(66)), "Rendah")
          .pita(Rentang.kurangDari(angka(51)), "Sangat Rendah")
          .build();

  /**
   * The cut-points 91 / 76 / 66 / 51 as one LKjIP prints them, with integer bands: 91–100 Sangat
   * Baik; 76–90 Baik; 66–75 Cukup; 51–65 Kurang; 0–50 Sangat Kurang. The bands are closed and
   * leave declared gaps ({@code 90 < x < 91}, …), so 90.5 falls in none; the domain is 0–100 and
   * the default policy is {@link KebijakanCelah#TOLAK}.
   */
  public static final SkalaOrdinal LKJIP_BILANGAN_BULAT =
      builder("91/76/66/51 as integer bands (Sangat Baik … Sangat Kurang, as printed in an LKjIP)")
          .pita(Rentang.dariSampai(angka(91), angka(100)), "Sangat Baik")
          .pita(Rentang.dariSampai(angka(76), angka(90)), "Baik")
          .pita(Rentang.dariSampai(angka(66), angka(75)), "Cukup")
          .pita(Rentang.dariSampai(angka(51), angka(65)), "Kurang")
          .pita(Rentang.dariSampai(angka(0), angka(50)), "Sangat Kurang")
          .izinkanCelah()
          .build();

  /**
   * The four-band scale of an e-SAKIP application plugin: {@code x ≥ 100} Sangat Berhasil;
   * {@code 75 ≤ x < 100} Berhasil; {@code 55 ≤ x < 75} Cukup; {@code x < 55} Kurang. Open at
   * both ends, no gaps.
   */
  public static final SkalaOrdinal E_SAKIP_PLUGIN =
      builder("e-SAKIP plugin (100/75/55)")
          .pita(Rentang.palingSedikit(angka(100)), "Sangat Berhasil")
          .pita(Rentang.dariSampaiSebelum(angka(75), angka(100)), "Berhasil")
          .pita(Rentang.dariSampaiSebelum(angka(55), angka(75)), "Cukup")
          .pita(Rentang.kurangDari(angka(55)), "Kurang")
          .build();

  private final String nama;
  /** Highest band first. */
  private final ImmutableList<Pita> pita;

  private final Range<BigDecimal> domain;
  /** Highest gap first. */
  private final ImmutableList<Celah> celah;

  private final KebijakanCelah kebijakanCelah;
  private final Range<Persentase> domainPersentase;
  private final ImmutableRangeMap<Persentase, Pita> pitaMenurutNilai;
  private final ImmutableRangeMap<Persentase, Celah> celahMenurutNilai;

  /** A gap between bands, with the bands next to it. */
  private record Celah(Range<BigDecimal> rentang, Optional<Pita> bawah, Optional<Pita> atas) {}

  private SkalaOrdinal(
      String nama,
      List<Pita> bands,
      Optional<Range<BigDecimal>> declaredDomain,
      boolean celahDiizinkan,
      KebijakanCelah kebijakanCelah) {
    if (nama.isBlank()) {
      throw new IllegalArgumentException("nama '" + nama + "' is blank: a scale needs a name");
    }
    if (bands.isEmpty()) {
      throw new IllegalArgumentException("scale '" + nama + "' has no bands: add at least one");
    }
    requireDistinct(nama, bands);
    requireNoOverlap(nama, bands);

    ImmutableRangeMap.Builder<BigDecimal, Pita> byRange = ImmutableRangeMap.builder();
    bands.forEach(p -> byRange.put(p.rentang().range(), p));
    ImmutableRangeMap<BigDecimal, Pita> ascending = byRange.build();
    ImmutableRangeSet<BigDecimal> covered =
        ImmutableRangeSet.copyOf(ascending.asMapOfRanges().keySet());

    Range<BigDecimal> domain = declaredDomain.orElseGet(covered::span);
    requireWithinDomain(nama, bands, domain);

    List<Celah> gaps = new ArrayList<>();
    for (Range<BigDecimal> gap :
        covered.complement().subRangeSet(domain).asDescendingSetOfRanges()) {
      if (!gap.isEmpty()) {
        gaps.add(new Celah(gap, bandBelow(ascending, gap), bandAbove(ascending, gap)));
      }
    }
    if (!gaps.isEmpty() && !celahDiizinkan) {
      throw new IllegalArgumentException(
          "scale '" + nama + "' leaves "
              + gaps.stream().map(SkalaOrdinal::describe).collect(Collectors.joining("; "))
              + ": every value of the domain " + RentangGuava.format(domain)
              + " must lie in a band; close the gap or declare gaps with izinkanCelah()");
    }

    this.nama = nama;
    this.pita = ImmutableList.copyOf(ascending.asDescendingMapOfRanges().values());
    this.domain = domain;
    this.celah = ImmutableList.copyOf(gaps);
    this.kebijakanCelah = kebijakanCelah;
    this.domainPersentase = RentangGuava.toPersentase(domain);
    ImmutableRangeMap.Builder<Persentase, Pita> bandsByValue = ImmutableRangeMap.builder();
    this.pita.forEach(p -> bandsByValue.put(RentangGuava.toPersentase(p.rentang().range()), p));
    this.pitaMenurutNilai = bandsByValue.build();
    ImmutableRangeMap.Builder<Persentase, Celah> gapsByValue = ImmutableRangeMap.builder();
    this.celah.forEach(c -> gapsByValue.put(RentangGuava.toPersentase(c.rentang()), c));
    this.celahMenurutNilai = gapsByValue.build();
  }

  /** Returns a builder for a scale called {@code nama}. */
  public static Builder builder(String nama) {
    return new Builder(Objects.requireNonNull(nama, "nama"));
  }

  // ---------------------------------------------------------------- queries

  /** Returns the scale's name, naming its source. */
  public String nama() {
    return nama;
  }

  /** Returns the bands ordered from the highest values to the lowest (best first). */
  public List<Pita> pita() {
    return pita;
  }

  /**
   * Returns the domain: the values the scale judges. Values outside it are {@linkplain
   * Klasifikasi.DiLuarSkala beyond the scale}.
   */
  public Rentang domain() {
    return Rentang.dari(domain);
  }

  /** Returns the declared gaps between bands, highest first; empty for a gap-free scale. */
  public List<Rentang> celah() {
    return celah.stream().map(c -> Rentang.dari(c.rentang())).collect(ImmutableList.toImmutableList());
  }

  /** Returns true when every value of the domain lies in exactly one band. */
  public boolean isTanpaCelah() {
    return celah.isEmpty();
  }

  /** Returns the policy {@link #klasifikasi(Persentase)} applies to values in a gap. */
  public KebijakanCelah kebijakanCelah() {
    return kebijakanCelah;
  }

  // ---------------------------------------------------------------- classification

  /** Classifies {@code nilai} exactly under the scale's {@linkplain #kebijakanCelah() policy}. */
  public Klasifikasi klasifikasi(Persentase nilai) {
    return klasifikasi(nilai, kebijakanCelah);
  }

  /** Classifies a plain decimal, such as an SKM value or an LKE score, under the scale's policy. */
  public Klasifikasi klasifikasi(BigDecimal nilai) {
    return klasifikasi(nilai, kebijakanCelah);
  }

  /** Classifies a plain decimal exactly under {@code kebijakan}. */
  public Klasifikasi klasifikasi(BigDecimal nilai, KebijakanCelah kebijakan) {
    Objects.requireNonNull(nilai, "nilai");
    return klasifikasi(Persentase.of(nilai), kebijakan);
  }

  /**
   * Classifies {@code nilai} exactly under {@code kebijakan}: the band that holds it, the gap it
   * falls in, or beyond the scale. Under {@link KebijakanCelah.BulatkanDulu} the value is rounded
   * first and the rounded value is classified; the outcome still carries the value as given.
   */
  public Klasifikasi klasifikasi(Persentase nilai, KebijakanCelah kebijakan) {
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(kebijakan, "kebijakan");
    Persentase dinilai = nilai;
    String subjek = RentangGuava.format(nilai);
    if (kebijakan instanceof KebijakanCelah.BulatkanDulu b) {
      BigDecimal bulat = nilai.rounded(b.skala(), b.pembulatan());
      dinilai = Persentase.of(bulat);
      subjek += " rounded to " + b.skala() + (b.skala() == 1 ? " decimal (" : " decimals (")
          + b.pembulatan() + ") is "
          + bulat.toPlainString() + ", which";
    }
    String diSkala = " of scale '" + nama + "'";
    if (!domainPersentase.contains(dinilai)) {
      return new Klasifikasi.DiLuarSkala(
          nilai, Rentang.dari(domain), subjek + " lies beyond scale '" + nama + "', whose domain is "
              + RentangGuava.format(domain));
    }
    Pita band = pitaMenurutNilai.get(dinilai);
    if (band != null) {
      return new Klasifikasi.DalamPita(nilai, band, subjek + " lies in band " + band + diSkala);
    }
    Celah gap = Objects.requireNonNull(celahMenurutNilai.get(dinilai), "gap");
    if (kebijakan instanceof KebijakanCelah.PitaBawah && gap.bawah().isPresent()) {
      return new Klasifikasi.DalamPita(
          nilai, gap.bawah().get(),
          subjek + " lies in " + describe(gap) + diSkala
              + "; under PITA_BAWAH it takes the band below, " + gap.bawah().get());
    }
    return new Klasifikasi.DiCelah(
        nilai, Rentang.dari(gap.rentang()),
        subjek + " lies in " + describe(gap) + diSkala + " and has no band under " + kebijakan);
  }

  // ---------------------------------------------------------------- value semantics

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SkalaOrdinal other
        && other.nama.equals(nama)
        && other.pita.equals(pita)
        && other.domain.equals(domain)
        && other.kebijakanCelah.equals(kebijakanCelah);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nama, pita, RentangGuava.hash(domain), kebijakanCelah);
  }

  /** Returns the name and the bands, highest first: {@code Seed: Sangat berhasil (x ≥ 85); …}. */
  @Override
  public String toString() {
    return nama + ": " + pita.stream().map(Pita::toString).collect(Collectors.joining("; "));
  }

  // ---------------------------------------------------------------- validation

  private static void requireDistinct(String nama, List<Pita> bands) {
    Set<String> labels = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (Pita p : bands) {
      if (!labels.add(p.label())) {
        throw new IllegalArgumentException(
            "scale '" + nama + "' has two bands labelled '" + p.label()
                + "': each band needs its own label");
      }
      if (p.kode().isPresent() && !codes.add(p.kode().get())) {
        throw new IllegalArgumentException(
            "scale '" + nama + "' has two bands coded '" + p.kode().get()
                + "': each band needs its own code");
      }
    }
  }

  private static void requireNoOverlap(String nama, List<Pita> bands) {
    for (int i = 0; i < bands.size(); i++) {
      for (int j = i + 1; j < bands.size(); j++) {
        Range<BigDecimal> a = bands.get(i).rentang().range();
        Range<BigDecimal> b = bands.get(j).rentang().range();
        if (a.isConnected(b) && !a.intersection(b).isEmpty()) {
          throw new IllegalArgumentException(
              "scale '" + nama + "': band " + bands.get(i) + " and band " + bands.get(j)
                  + " overlap on " + RentangGuava.format(a.intersection(b))
                  + ": a value must lie in at most one band");
        }
      }
    }
  }

  private static void requireWithinDomain(String nama, List<Pita> bands, Range<BigDecimal> domain) {
    if (domain.isEmpty()) {
      throw new IllegalArgumentException(
          "domain " + domain + " of scale '" + nama + "' is empty: a scale judges some values");
    }
    for (Pita p : bands) {
      if (!domain.encloses(p.rentang().range())) {
        throw new IllegalArgumentException(
            "scale '" + nama + "': band " + p + " reaches beyond the domain "
                + RentangGuava.format(domain) + ": every band must lie within the domain");
      }
    }
  }

  private static Optional<Pita> bandBelow(
      ImmutableRangeMap<BigDecimal, Pita> bands, Range<BigDecimal> gap) {
    if (!gap.hasLowerBound()) {
      return Optional.empty();
    }
    return bands.subRangeMap(Range.upTo(gap.lowerEndpoint(), BoundType.CLOSED))
        .asDescendingMapOfRanges().values().stream().findFirst();
  }

  private static Optional<Pita> bandAbove(
      ImmutableRangeMap<BigDecimal, Pita> bands, Range<BigDecimal> gap) {
    if (!gap.hasUpperBound()) {
      return Optional.empty();
    }
    return bands.subRangeMap(Range.downTo(gap.upperEndpoint(), BoundType.CLOSED))
        .asMapOfRanges().values().stream().findFirst();
  }

  /** "the gap 90 < x < 91 between band Baik (…) and band Sangat Baik (…)". */
  private static String describe(Celah gap) {
    String text = "the gap " + RentangGuava.format(gap.rentang());
    if (gap.bawah().isPresent() && gap.atas().isPresent()) {
      return text + " between band " + gap.bawah().get() + " and band " + gap.atas().get();
    }
    if (gap.bawah().isPresent()) {
      return text + " above band " + gap.bawah().get();
    }
    return gap.atas().map(a -> text + " below band " + a).orElse(text);
  }

  private static BigDecimal angka(long value) {
    return BigDecimal.valueOf(value);
  }

  // ---------------------------------------------------------------- builder

  /**
   * Builds a {@link SkalaOrdinal}; bands may be added in any order. Validation happens in {@link
   * #build()}.
   */
  public static final class Builder {

    private final String nama;
    private final List<Pita> pita = new ArrayList<>();
    private Optional<Range<BigDecimal>> domain = Optional.empty();
    private boolean celahDiizinkan;
    private KebijakanCelah kebijakanCelah = KebijakanCelah.TOLAK;

    private Builder(String nama) {
      this.nama = nama;
    }

    /** Adds a band: {@code pita(Rentang.dariSampaiSebelum(70, 85), "Berhasil")}. */
    public Builder pita(Rentang rentang, String label) {
      return pita(Pita.of(rentang, label));
    }

    /**
     * Adds a band with a short code: {@code pita(Rentang.setelahSampai(90, 100), "Sangat memuaskan",
     * "AA")}.
     */
    public Builder pita(Rentang rentang, String label, String kode) {
      return pita(Pita.of(rentang, label, kode));
    }

    /** Adds a band. */
    public Builder pita(Pita pita) {
      this.pita.add(Objects.requireNonNull(pita, "pita"));
      return this;
    }

    /**
     * Declares the domain, such as {@code [0..100]}; values outside it are beyond the scale and
     * every band must lie within it. Without a declaration the domain is the span of the bands.
     */
    public Builder domain(Rentang domain) {
      this.domain = Optional.of(Objects.requireNonNull(domain, "domain").range());
      return this;
    }

    /** Declares that the bands may leave gaps in the domain; without it a gap is an error. */
    public Builder izinkanCelah() {
      this.celahDiizinkan = true;
      return this;
    }

    /**
     * Sets the scale's default policy for values in a gap; {@link KebijakanCelah#TOLAK} if
     * unset.
     */
    public Builder kebijakanCelah(KebijakanCelah kebijakanCelah) {
      this.kebijakanCelah = Objects.requireNonNull(kebijakanCelah, "kebijakanCelah");
      return this;
    }

    /**
     * Returns the scale.
     *
     * @throws IllegalArgumentException if the name is blank, there are no bands, two bands share
     *     a label or code, two bands overlap, a band reaches beyond the declared domain, or the
     *     bands leave a gap that was not declared; the message names the bands, the values and
     *     the rule
     */
    public SkalaOrdinal build() {
      return new SkalaOrdinal(nama, List.copyOf(pita), domain, celahDiizinkan, kebijakanCelah);
    }
  }
}
