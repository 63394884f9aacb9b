package id.sakip.evaluasi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An LKE method: the weighted components of a SAKIP evaluation, summing to exactly 100 points.
 * Two are built in: {@link #PERMENPAN_RB_88_2021} and the older {@link #PERMENPAN_RB_12_2015}.
 *
 * @param nama the method's name, naming its source; not blank
 * @param komponen the components, at least one, weights summing to 100; component codes distinct
 *     and sub-component codes distinct across the method
 */
public record MetodeLke(String nama, List<KomponenLke> komponen) {

  /** The total of the component weights: 100. */
  public static final BigDecimal TOTAL_BOBOT = BigDecimal.valueOf(100);

  /**
   * PermenPAN-RB 88/2021 (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah): 1 Perencanaan
   * kinerja 30, 2 Pengukuran kinerja 30, 3 Pelaporan kinerja 15, 4 Evaluasi akuntabilitas kinerja
   * internal 25, each split into pemenuhan / kualitas / implementasi at 20 / 30 / 50% of its
   * weight ({@code 1.a} 6, {@code 1.b} 9, {@code 1.c} 15, …, {@code 3.b} 4,5, {@code 4.c} 12,5).
   */
  public static final MetodeLke PERMENPAN_RB_88_2021 = new MetodeLke("PermenPAN-RB 88/2021", List.of(
      KomponenLke.pemenuhanKualitasImplementasi("1", "Perencanaan kinerja", BigDecimal.valueOf(30)),
      KomponenLke.pemenuhanKualitasImplementasi("2", "Pengukuran kinerja", BigDecimal.valueOf(30)),
      KomponenLke.pemenuhanKualitasImplementasi("3", "Pelaporan kinerja", BigDecimal.valueOf(15)),
      KomponenLke.pemenuhanKualitasImplementasi(
          "4", "Evaluasi akuntabilitas kinerja internal", BigDecimal.valueOf(25))));

  /**
   * PermenPAN-RB 12/2015, replaced by 88/2021: five components, 1 Perencanaan kinerja 30, 2
   * Pengukuran kinerja 25, 3 Pelaporan kinerja 15, 4 Evaluasi internal 10, 5 Capaian kinerja 20.
   * The project's reference gives only these weights, so each component is answered as a whole
   * ({@link KomponenLke#utuh}: one sub-component with the component's code); give the regulation's
   * sub-components with a custom method when needed.
   */
  public static final MetodeLke PERMENPAN_RB_12_2015 = new MetodeLke("PermenPAN-RB 12/2015", List.of(
      KomponenLke.utuh("1", "Perencanaan kinerja", BigDecimal.valueOf(30)),
      KomponenLke.utuh("2", "Pengukuran kinerja", BigDecimal.valueOf(25)),
      KomponenLke.utuh("3", "Pelaporan kinerja", BigDecimal.valueOf(15)),
      KomponenLke.utuh("4", "Evaluasi internal", BigDecimal.valueOf(10)),
      KomponenLke.utuh("5", "Capaian kinerja", BigDecimal.valueOf(20))));

  /**
   * Creates a method, refusing a blank name, no components, repeated codes, and weights that do
   * not sum to 100.
   */
  public MetodeLke {
    Objects.requireNonNull(nama, "nama");
    komponen = List.copyOf(Objects.requireNonNull(komponen, "komponen"));
    if (nama.isBlank()) {
      throw new IllegalArgumentException("LKE method nama is blank: name the method and its source");
    }
    if (komponen.isEmpty()) {
      throw new IllegalArgumentException("LKE method '" + nama + "' has no components");
    }
    Set<String> kodeKomponen = new HashSet<>();
    Set<String> kodeSub = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (KomponenLke k : komponen) {
      if (!kodeKomponen.add(k.kode())) {
        throw new IllegalArgumentException(
            "LKE method '" + nama + "' has two components coded '" + k.kode()
                + "': each needs its own code");
      }
      for (SubKomponenLke s : k.subKomponen()) {
        if (!kodeSub.add(s.kode())) {
          throw new IllegalArgumentException(
              "LKE method '" + nama + "' has two sub-components coded '" + s.kode()
                  + "': answers are filed by sub-component code, so each needs its own");
        }
      }
      sum = sum.add(k.bobot());
    }
    if (sum.compareTo(TOTAL_BOBOT) != 0) {
      throw new IllegalArgumentException(
          "component weights of LKE method '" + nama + "' sum to " + sum.toPlainString()
              + ", not 100: the components share the 100-point total exactly");
    }
  }

  /** Returns a method. */
  public static MetodeLke of(String nama, List<KomponenLke> komponen) {
    return new MetodeLke(nama, komponen);
  }

  /** Returns the sub-component coded {@code kode}, if the method has one. */
  public Optional<SubKomponenLke> subKomponen(String kode) {
    Objects.requireNonNull(kode, "kode");
    return komponen.stream().flatMap(k -> k.subKomponen().stream())
        .filter(s -> s.kode().equals(kode)).findFirst();
  }

  /** Returns every sub-component code, in order. */
  public List<String> kodeSubKomponen() {
    return komponen.stream().flatMap(k -> k.subKomponen().stream()).map(SubKomponenLke::kode)
        .toList();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return nama;
  }
}
