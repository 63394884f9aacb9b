package id.sakip.audit;

import id.sakip.angka.Outcome;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Lokasi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A recomputed value and how it came about: the exact outcome, the places of the document its
 * inputs came from, the details a message about it names (formula, inputs), and, when it is not
 * computable, why in both languages and which rule says so.
 *
 * @param hasil the exact value, or why there is none
 * @param masukan where the inputs came from
 * @param rincian details for messages ({@link String}, {@link id.sakip.temuan.Nilai} or {@link Istilah})
 * @param alasan why the value is not computable, in both languages (when it is not)
 * @param aturanGagal the rule of a finding on a printed figure this value cannot check
 *     ({@link AturanAudit#NOT_COMPUTABLE} unless a more specific rule applies)
 * @param <T> the type of the value
 */
public record Hitungan<T>(
    Outcome<T> hasil, List<Lokasi> masukan, Map<String, Object> rincian, Optional<Istilah> alasan, Aturan aturanGagal) {

  /** Creates a computation; every component is required. */
  public Hitungan {
    Objects.requireNonNull(hasil, "hasil");
    masukan = List.copyOf(Objects.requireNonNull(masukan, "masukan"));
    rincian = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(rincian, "rincian")));
    Objects.requireNonNull(alasan, "alasan");
    Objects.requireNonNull(aturanGagal, "aturanGagal");
  }

  static <T> Hitungan<T> dari(Outcome<T> hasil, Lokasi... masukan) {
    return new Hitungan<>(hasil, List.of(masukan), Map.of(), Optional.empty(), AturanAudit.NOT_COMPUTABLE);
  }

  static <T> Hitungan<T> nilai(T value, Lokasi... masukan) {
    return dari(Outcome.of(value), masukan);
  }

  static <T> Hitungan<T> tidakAda(Outcome.Reason reason, String id, String en) {
    return new Hitungan<>(Outcome.notComputable(reason, en), List.of(), Map.of(), Optional.of(new Istilah(id, en)),
        AturanAudit.NOT_COMPUTABLE);
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
    Map<String, Object> m = new LinkedHashMap<>(rincian);
    m.put(nama, nilai);
    return new Hitungan<>(hasil, masukan, m, alasan, aturanGagal);
  }

  Hitungan<T> withAturanGagal(Aturan aturan) {
    return new Hitungan<>(hasil, masukan, rincian, alasan, aturan);
  }

  Hitungan<T> withMasukan(List<Lokasi> more) {
    List<Lokasi> all = new java.util.ArrayList<>(masukan);
    all.addAll(more);
    return new Hitungan<>(hasil, all, rincian, alasan, aturanGagal);
  }

  /** Applies {@code f} to a computed value, keeping inputs, details and reason. */
  <U> Hitungan<U> map(Function<? super T, ? extends U> f) {
    return new Hitungan<>(hasil.map(f), masukan, rincian, alasan, aturanGagal);
  }

  /** Combines a computed value with a calculation that may fail; the inputs of both are kept. */
  <U> Hitungan<U> flatMap(Function<? super T, Hitungan<U>> f) {
    if (!hasil.isComputable()) {
      return new Hitungan<>(new Outcome.NotComputable<>(hasil.notComputableReason().orElseThrow(), hasil.explanation()),
          masukan, rincian, alasan, aturanGagal);
    }
    Hitungan<U> next = f.apply(hasil.value());
    Map<String, Object> m = new LinkedHashMap<>(rincian);
    m.putAll(next.rincian());
    List<Lokasi> all = new java.util.ArrayList<>(masukan);
    all.addAll(next.masukan());
    return new Hitungan<>(next.hasil(), all, m, next.alasan(), next.aturanGagal());
  }

  static Istilah alasanUmum(Outcome<?> hasil) {
    return switch (hasil.notComputableReason().orElse(Outcome.Reason.NO_VALUE)) {
      case ZERO_DENOMINATOR -> new Istilah("penyebutnya nol",
          "its denominator is zero (" + hasil.explanation() + ")");
      case NO_VALUE -> new Istilah("ada masukan yang tidak tersedia",
          "an input is missing (" + hasil.explanation() + ")");
      case NOT_APPLICABLE -> new Istilah("rumusnya tidak berlaku untuk masukan ini",
          "the formula does not apply to these inputs (" + hasil.explanation() + ")");
      case OUT_OF_RANGE -> new Istilah("hasilnya di luar rentang Rupiah", "the result lies outside the Rupiah range");
    };
  }
}
