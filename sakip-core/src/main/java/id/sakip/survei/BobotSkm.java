package id.sakip.survei;

import id.sakip.angka.Pecahan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The weight policy (<i>bobot</i>) of an SKM: how much each unsur's NRR counts in the IKM. Practice
 * differs, so the policy is named and chosen by the caller:
 *
 * <ul>
 *   <li>{@link #SAMA_RATA}: exactly 1/n for each of n unsur (1/9 under PermenPAN-RB 14/2017), as
 *       government SKM portals compute; an all-4 survey gives exactly 100;
 *   <li>{@link #tercetak(BigDecimal)}: the literal the regulation prints, 0,111 (or 0,071 under
 *       KepMenPAN 25/2004), as some documents compute; the weights then sum to 0,999 and an all-4
 *       survey gives 99,90;
 *   <li>{@link #khusus(Map)}: a unit's own weights per unsur, which must sum to exactly 1
 *       (PermenPAN-RB 14/2017 lets a unit weight unsur differently).
 * </ul>
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface BobotSkm permits BobotSkm.SamaRata, BobotSkm.Tercetak, BobotSkm.Khusus {

  /** Exactly 1/n for each of the n unsur of the survey. */
  BobotSkm SAMA_RATA = new SamaRata();

  /**
   * Returns the policy that gives every unsur the printed literal {@code bobot}, such as 0,111. The
   * literal must be 1/n of the survey's n unsur rounded half-up to the literal's decimals (0,111 for
   * nine unsur, 0,071 for fourteen); {@link #untuk(List)} checks it.
   *
   * @throws IllegalArgumentException if {@code bobot} is not above 0 and at most 1
   */
  static BobotSkm tercetak(BigDecimal bobot) {
    return new Tercetak(bobot);
  }

  /** Returns the printed weight of {@code metode}: 0,111 (PermenPAN-RB 14/2017) or 0,071. */
  static BobotSkm tercetak(MetodeSkm metode) {
    Objects.requireNonNull(metode, "metode");
    return new Tercetak(metode.bobotTercetak());
  }

  /**
   * Returns the policy with a weight per unsur code, such as {@code U1 → 1/5}.
   *
   * @throws IllegalArgumentException if there are no weights, a weight is not above 0, or the
   *     weights do not sum to exactly 1
   */
  static BobotSkm khusus(Map<String, Pecahan> bobot) {
    return new Khusus(bobot);
  }

  /**
   * Returns the weight of each unsur of a survey, by unsur code in the survey's order.
   *
   * @throws IllegalArgumentException if the policy does not fit these unsur: custom weights for
   *     other codes, or a printed literal that is not 1/n of these n unsur
   */
  Map<String, Pecahan> untuk(List<Unsur> unsur);

  /** Exactly 1/n per unsur; use {@link #SAMA_RATA}. */
  record SamaRata() implements BobotSkm {
    @Override
    public Map<String, Pecahan> untuk(List<Unsur> unsur) {
      Objects.requireNonNull(unsur, "unsur");
      Pecahan w = Pecahan.of(1, unsur.size());
      return byKode(unsur, u -> w);
    }

    @Override
    public String toString() {
      return "SAMA_RATA (1/n)";
    }
  }

  /**
   * The printed literal for every unsur.
   *
   * @param bobot the literal, such as 0.111; above 0 and at most 1
   */
  record Tercetak(BigDecimal bobot) implements BobotSkm {
    /** Creates the policy, refusing a weight that is not above 0 and at most 1. */
    public Tercetak {
      Objects.requireNonNull(bobot, "bobot");
      if (bobot.signum() <= 0 || bobot.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            "printed weight " + bobot.toPlainString() + " is not above 0 and at most 1: a weight"
                + " is a share of the index");
      }
    }

    @Override
    public Map<String, Pecahan> untuk(List<Unsur> unsur) {
      Objects.requireNonNull(unsur, "unsur");
      int n = unsur.size();
      BigDecimal expected = BigDecimal.ONE.divide(BigDecimal.valueOf(n), Math.max(bobot.scale(), 0),
          RoundingMode.HALF_UP);
      if (expected.compareTo(bobot) != 0) {
        throw new IllegalArgumentException(
            "printed weight " + bobot.toPlainString() + " does not fit " + n + " unsur: 1/" + n
                + " rounded to " + bobot.scale() + " decimals is " + expected.toPlainString()
                + "; a printed weight is the equal weight 1/n as printed (use khusus(...) for"
                + " other weights)");
      }
      Pecahan w = Pecahan.of(bobot);
      return byKode(unsur, u -> w);
    }

    @Override
    public String toString() {
      return "TERCETAK (" + bobot.toPlainString() + ")";
    }
  }

  /**
   * A weight per unsur code, summing to exactly 1.
   *
   * @param bobot the weight of each unsur code, each above 0, in the order given
   */
  record Khusus(Map<String, Pecahan> bobot) implements BobotSkm {
    /** Creates the policy, refusing no weights, a weight not above 0, and a sum other than 1. */
    public Khusus {
      Objects.requireNonNull(bobot, "bobot");
      if (bobot.isEmpty()) {
        throw new IllegalArgumentException("custom weights are empty: give a weight per unsur");
      }
      Pecahan sum = Pecahan.ZERO;
      Map<String, Pecahan> copy = new LinkedHashMap<>();
      for (Map.Entry<String, Pecahan> e : bobot.entrySet()) {
        String kode = Objects.requireNonNull(e.getKey(), "unsur kode");
        Pecahan w = Objects.requireNonNull(e.getValue(), "weight of " + kode);
        if (w.signum() <= 0) {
          throw new IllegalArgumentException(
              "weight of unsur " + kode + " is " + w + ": every weight must be above 0");
        }
        sum = sum.plus(w);
        copy.put(kode, w);
      }
      if (!sum.equals(Pecahan.ONE)) {
        throw new IllegalArgumentException(
            "custom weights " + copy.values().stream().map(Pecahan::toString)
                .collect(Collectors.joining(" + ")) + " sum to " + sum
                + ", not 1: the weights of the unsur must sum to exactly 1");
      }
      bobot = Collections.unmodifiableMap(copy);
    }

    @Override
    public Map<String, Pecahan> untuk(List<Unsur> unsur) {
      Objects.requireNonNull(unsur, "unsur");
      List<String> kode = unsur.stream().map(Unsur::kode).toList();
      if (!bobot.keySet().equals(Set.copyOf(kode))) {
        throw new IllegalArgumentException(
            "custom weights are given for " + bobot.keySet() + " but the survey asks " + kode
                + ": give exactly one weight per unsur of the survey");
      }
      return byKode(unsur, u -> bobot.get(u.kode()));
    }

    @Override
    public String toString() {
      return "KHUSUS " + bobot;
    }
  }

  private static Map<String, Pecahan> byKode(
      List<Unsur> unsur, Function<Unsur, Pecahan> weight) {
    Map<String, Pecahan> out = new LinkedHashMap<>();
    unsur.forEach(u -> out.put(u.kode(), weight.apply(u)));
    return Collections.unmodifiableMap(out);
  }
}
