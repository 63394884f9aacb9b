package id.sakip.kinerja.komposit;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A composite indicator (<i>indikator komposit</i>): one indicator whose capaian is computed from
 * weighted components, with a {@link RumusKomposit} the caller names.
 *
 * <pre>{@code
 * IndikatorKomposit adminduk = IndikatorKomposit.of(
 *     "Kelancaran administrasi kependudukan", NormalisasiBobot.HARUS_SATU, ktp, kk, mutasi);
 * Outcome<Persentase> c = adminduk.hitung(RumusKomposit.RATA_RATA_TERTIMBANG);
 * }</pre>
 *
 * <p>Weights are exact ({@link Pecahan}) and above 0; under {@link NormalisasiBobot#HARUS_SATU}
 * they must add up to exactly 1, under {@link NormalisasiBobot#BAGI_JUMLAH} each is divided by
 * their sum ({@link #bobotEfektif()}).
 *
 * <p>A component whose capaian is not computable (no realisasi, target 0) makes a weighted mean
 * not computable, and the explanation names the component and why; no component is left out or
 * read as 0. Under {@link RumusKomposit#RASIO_JUMLAH} only the sums matter: a component with
 * target 0 is summed like any other, and a missing realisasi still makes the composite not
 * computable. Computation is exact and linear in the number of components.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads. Compares by
 * value.
 *
 * @param nama the composite's name, not blank
 * @param komponen the components, at least one, with distinct names
 * @param normalisasi how the weights are read
 */
public record IndikatorKomposit(String nama, List<Komponen> komponen, NormalisasiBobot normalisasi) {

  /** How many failing components an explanation names before it says how many more there are. */
  private static final int DAFTAR_MAKS = 5;

  /**
   * Creates a composite indicator.
   *
   * @throws IllegalArgumentException if the name is blank, there is no component, two components
   *     share a name, or, under {@link NormalisasiBobot#HARUS_SATU}, the weights do not add up to
   *     exactly 1 (the message gives their sum)
   */
  public IndikatorKomposit {
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(normalisasi, "normalisasi");
    komponen = List.copyOf(Objects.requireNonNull(komponen, "komponen"));
    if (nama.isBlank()) {
      throw new IllegalArgumentException(
          "indikatorKomposit.nama: '" + nama + "' is blank; a composite indicator needs a name");
    }
    if (komponen.isEmpty()) {
      throw new IllegalArgumentException(
          "indikatorKomposit.komponen of '" + nama + "' is empty; a composite needs at least one component");
    }
    Set<String> names = new HashSet<>();
    for (Komponen k : komponen) {
      if (!names.add(k.nama())) {
        throw new IllegalArgumentException(
            "indikatorKomposit.komponen of '" + nama + "' has two components named '" + k.nama()
                + "'; each component needs its own name");
      }
    }
    Pecahan sum = jumlahBobot(komponen);
    if (normalisasi == NormalisasiBobot.HARUS_SATU && !sum.equals(Pecahan.ONE)) {
      throw new IllegalArgumentException(
          "indikatorKomposit.komponen of '" + nama + "': the weights add up to " + sum
              + ", not 1; under HARUS_SATU they must add up to exactly 1 (BAGI_JUMLAH divides each"
              + " weight by their sum instead)");
    }
  }

  /** Returns a composite of the given components. */
  public static IndikatorKomposit of(String nama, NormalisasiBobot normalisasi, Komponen... komponen) {
    return new IndikatorKomposit(nama, Arrays.asList(Objects.requireNonNull(komponen, "komponen")), normalisasi);
  }

  /**
   * Returns the weights the weighted rules use, in component order: the given weights under
   * {@link NormalisasiBobot#HARUS_SATU}, {@code wᵢ / Σw} under {@link
   * NormalisasiBobot#BAGI_JUMLAH}. They add up to exactly 1.
   */
  public List<Pecahan> bobotEfektif() {
    List<Pecahan> bobot = new ArrayList<>(komponen.size());
    if (normalisasi == NormalisasiBobot.HARUS_SATU) {
      komponen.forEach(k -> bobot.add(k.bobot()));
      return List.copyOf(bobot);
    }
    Pecahan sum = jumlahBobot(komponen);
    for (Komponen k : komponen) {
      bobot.add(Pecahan.of(
          k.bobot().numerator().multiply(sum.denominator()), k.bobot().denominator().multiply(sum.numerator())));
    }
    return List.copyOf(bobot);
  }

  /** Returns each component's capaian with {@code kalkulator}, in component order. */
  public List<Outcome<Persentase>> capaianKomponen(KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(kalkulator, "kalkulator");
    List<Outcome<Persentase>> capaian = new ArrayList<>(komponen.size());
    for (Komponen k : komponen) {
      capaian.add(kalkulator.hitung(k.indikator().polaritas(), k.target(), k.realisasi()));
    }
    return List.copyOf(capaian);
  }

  /** Returns the composite capaian under {@code rumus} with the {@linkplain KalkulatorCapaian#standar() standard} formulas. */
  public Outcome<Persentase> hitung(RumusKomposit rumus) {
    return hitung(rumus, KalkulatorCapaian.standar());
  }

  /**
   * Returns the composite capaian under {@code rumus}, each component's capaian (or, for {@link
   * RumusKomposit#RASIO_JUMLAH}, the ratio of the sums) computed with {@code kalkulator}; exact,
   * or not computable with a reason that names the components concerned.
   */
  public Outcome<Persentase> hitung(RumusKomposit rumus, KalkulatorCapaian kalkulator) {
    Objects.requireNonNull(rumus, "rumus");
    Objects.requireNonNull(kalkulator, "kalkulator");
    if (rumus instanceof RumusKomposit.RasioJumlah) {
      return rasioJumlah(kalkulator);
    }
    List<Outcome<Persentase>> capaian = capaianKomponen(kalkulator);
    List<Integer> gagal = new ArrayList<>();
    for (int i = 0; i < capaian.size(); i++) {
      if (!capaian.get(i).isComputable()) {
        gagal.add(i);
      }
    }
    if (!gagal.isEmpty()) {
      Outcome<Persentase> first = capaian.get(gagal.get(0));
      return Outcome.notComputable(
          first.notComputableReason().orElseThrow(),
          awalan(rumus) + daftar(gagal, i -> "'" + komponen.get(i).nama() + "' ("
              + capaian.get(i).notComputableReason().orElseThrow() + ": " + capaian.get(i).explanation() + ")")
              + (gagal.size() == 1 ? " is" : " are") + " not computable, so the composite is not either");
    }
    List<Pecahan> bobot = bobotEfektif();
    Persentase sum = Persentase.ZERO;
    for (int i = 0; i < capaian.size(); i++) {
      Persentase c = capaian.get(i).value();
      if (rumus instanceof RumusKomposit.RataRataTertimbangDibatasi d) {
        c = d.batas().terapkan(c).tersaji();
      }
      sum = sum.plus(kali(c, bobot.get(i)));
    }
    return Outcome.of(sum);
  }

  private Outcome<Persentase> rasioJumlah(KalkulatorCapaian kalkulator) {
    RumusKomposit rumus = RumusKomposit.RASIO_JUMLAH;
    Komponen first = komponen.get(0);
    Satuan satuan = first.indikator().satuan();
    Polaritas polaritas = first.indikator().polaritas();
    List<Integer> bukanAngka = new ArrayList<>();
    List<Integer> tanpaRealisasi = new ArrayList<>();
    BigDecimal jumlahTarget = BigDecimal.ZERO;
    BigDecimal jumlahRealisasi = BigDecimal.ZERO;
    for (int i = 0; i < komponen.size(); i++) {
      Komponen k = komponen.get(i);
      if (!k.indikator().satuan().equals(satuan) || k.indikator().polaritas() != polaritas) {
        return Outcome.notComputable(
            Outcome.Reason.NOT_APPLICABLE,
            awalan(rumus) + "'" + first.nama() + "' is in " + satuan + ", " + polaritas + " but '" + k.nama()
                + "' is in " + k.indikator().satuan() + ", " + k.indikator().polaritas()
                + "; summing realisasi and targets is only meaningful for components of one unit and one polarity");
      }
      if (k.target() instanceof Target.Angka angka) {
        jumlahTarget = jumlahTarget.add(angka.nilai());
      } else {
        bukanAngka.add(i);
      }
      if (k.realisasi().isPresent()) {
        jumlahRealisasi = jumlahRealisasi.add(k.realisasi().get());
      } else {
        tanpaRealisasi.add(i);
      }
    }
    if (!bukanAngka.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NOT_APPLICABLE,
          awalan(rumus) + daftar(bukanAngka, i -> "'" + komponen.get(i).nama() + "' (target " + komponen.get(i).target() + ")")
              + (bukanAngka.size() == 1 ? " has" : " have") + " no numeric target; only numeric targets can be summed");
    }
    if (!tanpaRealisasi.isEmpty()) {
      return Outcome.notComputable(
          Outcome.Reason.NO_VALUE,
          awalan(rumus) + daftar(tanpaRealisasi, i -> "'" + komponen.get(i).nama() + "'")
              + (tanpaRealisasi.size() == 1 ? " has" : " have") + " no realisasi reported, so ΣRᵢ is unknown");
    }
    Outcome<Persentase> rasio = kalkulator.hitung(polaritas, Target.angka(jumlahTarget), jumlahRealisasi);
    return rasio.isComputable()
        ? rasio
        : Outcome.notComputable(
            rasio.notComputableReason().orElseThrow(),
            awalan(rumus) + "ΣTᵢ " + jumlahTarget.toPlainString() + ", ΣRᵢ " + jumlahRealisasi.toPlainString()
                + ": " + rasio.explanation());
  }

  private String awalan(RumusKomposit rumus) {
    return "composite '" + nama + "' (" + rumus + ", " + rumus.rumus() + "): ";
  }

  private static String daftar(List<Integer> indices, IntFunction<String> name) {
    StringBuilder s = new StringBuilder(indices.size() == 1 ? "component " : "components ");
    int shown = Math.min(indices.size(), DAFTAR_MAKS);
    for (int i = 0; i < shown; i++) {
      s.append(i == 0 ? "" : ", ").append(name.apply(indices.get(i)));
    }
    if (indices.size() > shown) {
      s.append(" and ").append(indices.size() - shown).append(" more");
    }
    return s.toString();
  }

  private static Pecahan jumlahBobot(List<Komponen> komponen) {
    Pecahan sum = Pecahan.ZERO;
    for (Komponen k : komponen) {
      sum = sum.plus(k.bobot());
    }
    return sum;
  }

  /** {@code c × w}, exactly. */
  private static Persentase kali(Persentase c, Pecahan w) {
    return Persentase.ofFraction(c.numerator().multiply(w.numerator()), c.denominator().multiply(w.denominator()));
  }
}
