package id.sakip.temuan;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding (temuan) of a consistency check, as typed parts: the rule, where ({@link Lokasi}), the
 * figure as printed or stated, the value it is compared with and what that value is ({@link
 * Pembanding}), their difference as a number, and named details the message uses. Messages are
 * rendered from these parts at the edge, in Indonesian or English ({@link #pesan(Bahasa)}).
 *
 * @param aturan the rule
 * @param lokasi where
 * @param tercetak the figure as printed or stated, if the rule looks at one
 * @param pembanding the value it is compared with, if the rule compares
 * @param selisih {@code tercetak − pembanding} (compared as numbers), present exactly when both are
 * @param rincian named details for the message: {@link String} (text from the document, never
 *     translated), {@link Nilai} or {@link Istilah}; in insertion order
 */
public record Temuan(
    Aturan aturan,
    Lokasi lokasi,
    Optional<Nilai> tercetak,
    Optional<Pembanding> pembanding,
    Optional<BigDecimal> selisih,
    Map<String, Object> rincian) {

  /** Creates a finding; every component is required (empty optionals for absent values). */
  public Temuan {
    Objects.requireNonNull(aturan, "aturan");
    Objects.requireNonNull(lokasi, "lokasi");
    Objects.requireNonNull(tercetak, "tercetak");
    Objects.requireNonNull(pembanding, "pembanding");
    Objects.requireNonNull(selisih, "selisih");
    if (tercetak.isPresent() && pembanding.isPresent()) {
      BigDecimal expected = tercetak.get().angka().subtract(pembanding.get().nilai().angka());
      if (selisih.isEmpty() || selisih.get().compareTo(expected) != 0) {
        throw new IllegalArgumentException("temuan.selisih " + selisih.map(BigDecimal::toPlainString).orElse("(none)")
            + " is not tercetak − pembanding = " + expected.toPlainString() + " (selisih harus tercetak − pembanding)");
      }
    } else if (selisih.isPresent()) {
      throw new IllegalArgumentException("temuan.selisih " + selisih.get().toPlainString()
          + " without both tercetak and pembanding; a difference needs both (selisih memerlukan tercetak dan"
          + " pembanding)");
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    Objects.requireNonNull(rincian, "rincian").forEach((k, v) -> {
      Objects.requireNonNull(k, "rincian key");
      Objects.requireNonNull(v, "rincian '" + k + "'");
      if (!(v instanceof String || v instanceof Nilai || v instanceof Istilah)) {
        throw new IllegalArgumentException("temuan.rincian '" + k + "' is a " + v.getClass().getSimpleName()
            + "; details are String, Nilai or Istilah so that they render in both languages");
      }
      copy.put(k, v);
    });
    rincian = Collections.unmodifiableMap(copy);
  }

  /** Returns a finding that compares no values. */
  public static Temuan of(Aturan aturan, Lokasi lokasi) {
    return new Temuan(aturan, lokasi, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
  }

  /** Returns a finding comparing {@code tercetak} with {@code pembanding}; the difference is {@code tercetak − pembanding}. */
  public static Temuan banding(Aturan aturan, Lokasi lokasi, Nilai tercetak, Pembanding pembanding) {
    return new Temuan(aturan, lokasi, Optional.of(tercetak), Optional.of(pembanding),
        Optional.of(tercetak.angka().subtract(pembanding.nilai().angka())), Map.of());
  }

  /** Returns a copy stating the figure {@code value}; the difference follows from it and the comparand. */
  public Temuan withTercetak(Nilai value) {
    return new Temuan(aturan, lokasi, Optional.of(value), pembanding,
        pembanding.map(p -> value.angka().subtract(p.nilai().angka())), rincian);
  }

  /** Returns a copy with one more detail ({@link String}, {@link Nilai} or {@link Istilah}). */
  public Temuan with(String nama, Object nilai) {
    Map<String, Object> m = new LinkedHashMap<>(rincian);
    m.put(Objects.requireNonNull(nama, "nama"), nilai);
    return new Temuan(aturan, lokasi, tercetak, pembanding, selisih, m);
  }

  /** Returns the severity, the rule's. */
  public Keparahan keparahan() {
    return aturan.keparahan();
  }

  /** Returns the difference as a value of the printed figure's kind, when there is one. */
  public Optional<Nilai> selisihNilai() {
    return selisih.map(d -> new Nilai(d, tercetak.map(Nilai::jenis).orElse(Nilai.Jenis.BILANGAN)));
  }

  /** Returns the message in {@code bahasa}. */
  public String pesan(Bahasa bahasa) {
    return PesanTemuan.render(this, bahasa);
  }

  /** Returns the message in the language of {@code locale} ({@link Bahasa#of(Locale)}). */
  public String pesan(Locale locale) {
    return pesan(Bahasa.of(locale));
  }
}
