package id.sakip.evaluasi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A weighted component (<i>komponen</i>) of the LKE, such as Perencanaan kinerja with weight 30
 * (PermenPAN-RB 88/2021), and its sub-components, whose weights sum to exactly the component's.
 *
 * @param kode the code, such as {@code 1}; not blank
 * @param nama the name, such as {@code Perencanaan kinerja}; not blank
 * @param bobot the weight in points of the 100-point total; above 0
 * @param subKomponen the sub-components, at least one, codes distinct, weights summing to {@code
 *     bobot}
 */
public record KomponenLke(String kode, String nama, BigDecimal bobot, List<SubKomponenLke> subKomponen) {

  /** The share of a component's weight for pemenuhan (20%) under PermenPAN-RB 88/2021. */
  public static final int PERSEN_PEMENUHAN = 20;

  /** The share of a component's weight for kualitas (30%) under PermenPAN-RB 88/2021. */
  public static final int PERSEN_KUALITAS = 30;

  /** The share of a component's weight for implementasi (50%) under PermenPAN-RB 88/2021. */
  public static final int PERSEN_IMPLEMENTASI = 50;

  /**
   * Creates a component, refusing a blank code or name, a weight not above 0, no sub-components,
   * two sub-components with one code, and sub-component weights that do not sum to the weight.
   */
  public KomponenLke {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(nama, "nama");
    Objects.requireNonNull(bobot, "bobot");
    subKomponen = List.copyOf(Objects.requireNonNull(subKomponen, "subKomponen"));
    requireText("komponen", kode, nama);
    if (bobot.signum() <= 0) {
      throw new IllegalArgumentException(
          "bobot " + bobot.toPlainString() + " of komponen " + kode + " is not above 0: a"
              + " component carries part of the total");
    }
    if (subKomponen.isEmpty()) {
      throw new IllegalArgumentException(
          "komponen " + kode + " " + nama + " has no sub-components: it needs at least one");
    }
    Set<String> kodes = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (SubKomponenLke s : subKomponen) {
      if (!kodes.add(s.kode())) {
        throw new IllegalArgumentException(
            "komponen " + kode + " has two sub-components coded '" + s.kode()
                + "': each needs its own code");
      }
      sum = sum.add(s.bobot());
    }
    if (sum.compareTo(bobot) != 0) {
      throw new IllegalArgumentException(
          "sub-component weights of komponen " + kode + " " + nama + " sum to "
              + sum.toPlainString() + ", not its weight " + bobot.toPlainString()
              + ": the sub-components share the component's weight exactly");
    }
  }

  /** Returns a component with the given sub-components. */
  public static KomponenLke of(
      String kode, String nama, BigDecimal bobot, List<SubKomponenLke> subKomponen) {
    return new KomponenLke(kode, nama, bobot, subKomponen);
  }

  /**
   * Returns a component split as PermenPAN-RB 88/2021 splits each one: {@code kode.a} Pemenuhan
   * 20%, {@code kode.b} Kualitas 30%, {@code kode.c} Implementasi 50% of {@code bobot}. Perencanaan
   * kinerja (30) splits into 6, 9 and 15.
   */
  public static KomponenLke pemenuhanKualitasImplementasi(String kode, String nama, BigDecimal bobot) {
    Objects.requireNonNull(kode, "kode");
    Objects.requireNonNull(bobot, "bobot");
    return new KomponenLke(kode, nama, bobot, List.of(
        SubKomponenLke.of(kode + ".a", "Pemenuhan", share(bobot, PERSEN_PEMENUHAN)),
        SubKomponenLke.of(kode + ".b", "Kualitas", share(bobot, PERSEN_KUALITAS)),
        SubKomponenLke.of(kode + ".c", "Implementasi", share(bobot, PERSEN_IMPLEMENTASI))));
  }

  /**
   * Returns a component answered as a whole: one sub-component with the component's code, name and
   * weight.
   */
  public static KomponenLke utuh(String kode, String nama, BigDecimal bobot) {
    return new KomponenLke(kode, nama, bobot, List.of(SubKomponenLke.of(kode, nama, bobot)));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof KomponenLke other
        && other.kode.equals(kode)
        && other.nama.equals(nama)
        && other.bobot.compareTo(bobot) == 0
        && other.subKomponen.equals(subKomponen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kode, nama, bobot.stripTrailingZeros(), subKomponen);
  }

  /** Returns {@code 1 Perencanaan kinerja (30)}. */
  @Override
  public String toString() {
    return kode + " " + nama + " (" + bobot.toPlainString() + ")";
  }

  /** {@code percent}% of {@code bobot}, exactly, without trailing zeros: 30 × 20% is 6. */
  private static BigDecimal share(BigDecimal bobot, int percent) {
    BigDecimal v = bobot.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100))
        .stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  static void requireText(String what, String kode, String nama) {
    if (kode.isBlank() || !kode.strip().equals(kode)) {
      throw new IllegalArgumentException(
          what + " kode '" + kode + "' is blank or has surrounding whitespace: give a code such"
              + " as 1 or 1.a");
    }
    if (nama.isBlank()) {
      throw new IllegalArgumentException(what + " nama of '" + kode + "' is blank: give a name");
    }
  }
}
