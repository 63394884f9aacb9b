package id.sakip.audit;

import id.sakip.angka.Outcome;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Lokasi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A recomputed value and how it came about: the exact outcome, the places of the document its
 * inputs came from, the details a message about it names (formula, inputs), and, when it is not
 * computable, why in both languages and which rule says so. Immutable; compares by value.
 *
 * @param <T> the type of the value
 */
public final class Hitungan<T> {

  /**
   * An immutable sequence that appends and concatenates in constant time, so that combining
   * computations never copies their inputs and details; it is read in order only when asked.
   */
  private static final class Urutan<E> {
    private static final Urutan<?> KOSONG = new Urutan<>(null, null, null, 0);

    private final Urutan<E> kiri;
    private final Urutan<E> kanan;
    private final E isi;
    private final int ukuran;

    private Urutan(Urutan<E> kiri, Urutan<E> kanan, E isi, int ukuran) {
      this.kiri = kiri;
      this.kanan = kanan;
      this.isi = isi;
      this.ukuran = ukuran;
    }

    @SuppressWarnings("unchecked")
    static <E> Urutan<E> kosong() {
      return (Urutan<E>) KOSONG;
    }

    static <E> Urutan<E> of(E isi) {
      return new Urutan<>(null, null, isi, 1);
    }

    Urutan<E> plus(Urutan<E> lain) {
      return lain.ukuran == 0 ? this : ukuran == 0 ? lain : new Urutan<>(this, lain, null, ukuran + lain.ukuran);
    }

    /** The elements in order, without recursion. */
    List<E> daftar() {
      List<E> out = new ArrayList<>(ukuran);
      java.util.ArrayDeque<Urutan<E>> todo = new java.util.ArrayDeque<>();
      todo.push(this);
      while (!todo.isEmpty()) {
        Urutan<E> u = todo.pop();
        if (u.ukuran == 0) {
          continue;
        }
        if (u.kiri == null) {
          out.add(u.isi);
        } else {
          todo.push(u.kanan);
          todo.push(u.kiri);
        }
      }
      return out;
    }
  }

  private final Outcome<T> hasil;
  private final Urutan<Lokasi> masukan;
  private final Urutan<Map.Entry<String, Object>> rincian;
  private final Optional<Istilah> alasan;
  private final Aturan aturanGagal;

  private Hitungan(Outcome<T> hasil, Urutan<Lokasi> masukan, Urutan<Map.Entry<String, Object>> rincian,
      Optional<Istilah> alasan, Aturan aturanGagal) {
    this.hasil = Objects.requireNonNull(hasil, "hasil");
    this.masukan = masukan;
    this.rincian = rincian;
    this.alasan = Objects.requireNonNull(alasan, "alasan");
    this.aturanGagal = Objects.requireNonNull(aturanGagal, "aturanGagal");
  }

  static <T> Hitungan<T> dari(Outcome<T> hasil, Lokasi... masukan) {
    Urutan<Lokasi> inputs = Urutan.kosong();
    for (Lokasi l : masukan) {
      inputs = inputs.plus(Urutan.of(Objects.requireNonNull(l, "masukan")));
    }
    return new Hitungan<>(hasil, inputs, Urutan.kosong(), Optional.empty(), AturanAudit.NOT_COMPUTABLE);
  }

  static <T> Hitungan<T> nilai(T value, Lokasi... masukan) {
    return dari(Outcome.of(value), masukan);
  }

  static <T> Hitungan<T> tidakAda(Outcome.Reason reason, String id, String en) {
    return new Hitungan<>(Outcome.notComputable(reason, en), Urutan.kosong(), Urutan.kosong(),
        Optional.of(new Istilah(id, en)), AturanAudit.NOT_COMPUTABLE);
  }

  /** Returns the exact value, or why there is none. */
  public Outcome<T> hasil() {
    return hasil;
  }

  /** Returns where the inputs came from, in order. */
  public List<Lokasi> masukan() {
    return Collections.unmodifiableList(masukan.daftar());
  }

  /**
   * Returns the details for messages ({@link String}, {@link id.sakip.temuan.Nilai} or {@link
   * Istilah}), in the order they were added; a later detail of the same name replaces an earlier.
   */
  public Map<String, Object> rincian() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : rincian.daftar()) {
      out.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  /** Returns why the value is not computable, in both languages, when this computation says so. */
  public Optional<Istilah> alasan() {
    return alasan;
  }

  /**
   * Returns the rule of a finding on a printed figure this value cannot check: {@link
   * AturanAudit#NOT_COMPUTABLE} unless a more specific rule applies.
   */
  public Aturan aturanGagal() {
    return aturanGagal;
  }

  /** Returns whether the value was computed. */
  public boolean isComputable() {
    return hasil.isComputable();
  }

  /** Returns why the value is not computable, in both languages. */
  public Istilah alasanTeks() {
    return alasan.orElseGet(() -> alasanUmum(hasil));
  }

  Hitungan<T> with(String nama, Object nilai) {
    return new Hitungan<>(hasil, masukan, rincian.plus(Urutan.of(Map.entry(nama, nilai))), alasan, aturanGagal);
  }

  Hitungan<T> withAturanGagal(Aturan aturan) {
    return new Hitungan<>(hasil, masukan, rincian, alasan, aturan);
  }

  Hitungan<T> withMasukan(List<Lokasi> more) {
    Urutan<Lokasi> all = masukan;
    for (Lokasi l : more) {
      all = all.plus(Urutan.of(l));
    }
    return new Hitungan<>(hasil, all, rincian, alasan, aturanGagal);
  }

  /** Applies {@code f} to a computed value, keeping inputs, details and reason. */
  <U> Hitungan<U> map(Function<? super T, ? extends U> f) {
    return new Hitungan<>(hasil.map(f), masukan, rincian, alasan, aturanGagal);
  }

  /** Combines a computed value with a calculation that may fail; the inputs and details of both are kept. */
  <U> Hitungan<U> flatMap(Function<? super T, Hitungan<U>> f) {
    if (!hasil.isComputable()) {
      return new Hitungan<>(new Outcome.NotComputable<>(hasil.notComputableReason().orElseThrow(), hasil.explanation()),
          masukan, rincian, alasan, aturanGagal);
    }
    Hitungan<U> next = f.apply(hasil.value());
    return new Hitungan<>(next.hasil, masukan.plus(next.masukan), rincian.plus(next.rincian), next.alasan,
        next.aturanGagal);
  }

  static Istilah alasanUmum(Outcome<?> hasil) {
    return switch (hasil.notComputableReason().orElse(Outcome.Reason.NO_VALUE)) {
      case ZERO_DENOMINATOR -> new Istilah("penyebutnya nol", "its denominator is zero");
      case NO_VALUE -> new Istilah("ada masukan yang tidak tersedia", "an input is missing");
      case NOT_APPLICABLE -> new Istilah("rumusnya tidak berlaku untuk masukan ini",
          "the formula does not apply to these inputs");
      case OUT_OF_RANGE -> new Istilah("hasilnya di luar rentang Rupiah", "the result lies outside the Rupiah range");
    };
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Hitungan<?> o && o.hasil.equals(hasil) && o.masukan().equals(masukan())
        && o.rincian().equals(rincian()) && o.alasan.equals(alasan) && o.aturanGagal.equals(aturanGagal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hasil, masukan(), rincian(), alasan, aturanGagal);
  }

  @Override
  public String toString() {
    return "Hitungan[" + hasil + ", masukan " + masukan.ukuran + ", rincian " + rincian().keySet() + "]";
  }
}
