package id.sakip.assertj;

import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How failure messages describe findings: in English, the rule by its id, the location as {@link
 * Lokasi#teks(Bahasa)} renders it and numbers in English notation.
 *
 * <p>Everything taken from a finding goes into a failure message as a format <em>argument</em>,
 * never as part of the format string: a location or a detail may contain {@code %}, and a
 * {@code %n} inside an argument is not turned into a line break (the bug of the string-based
 * assertions). Lists are joined with {@link System#lineSeparator()}.
 */
final class Uraian {

  /** The language of failure messages. */
  static final Bahasa BAHASA = Bahasa.INGGRIS;

  /** The line break inside failure messages, as {@code %n} renders it. */
  static final String BARIS_BARU = System.lineSeparator();

  private Uraian() {}

  /** Returns the location as people read it: {@code Table 1.1 › indicator 'SKM' 2022 › capaian}. */
  static String lokasi(Lokasi lokasi) {
    return lokasi.teks(BAHASA);
  }

  /**
   * Returns how two locations are shown side by side: as people read them, or as records when
   * they read the same but differ (a place as printed, which a named table's text does not show).
   */
  static List<String> duaLokasi(Lokasi actual, Lokasi expected) {
    String a = lokasi(actual);
    String e = lokasi(expected);
    return a.equals(e) ? List.of(actual.toString(), expected.toString()) : List.of(a, e);
  }

  /** Returns a number as written without notation: {@code 9893200.00}. */
  static String angka(BigDecimal angka) {
    return angka.toPlainString();
  }

  /** Returns a number and its rendering as the finding's kind: {@code 9893200.00 (Rp9,893,200.00)}. */
  static String nilai(Nilai nilai) {
    return angka(nilai.angka()) + " (" + nilai.format(BAHASA) + ")";
  }

  /**
   * Returns one finding on one line: {@code BUDGET_TOTAL_MISMATCH (error) at Table B … › total
   * row: printed Rp…, compared with Rp… (recomputed value), difference Rp…}; absent parts left out.
   */
  static String temuan(Temuan t) {
    List<String> parts = new ArrayList<>(3);
    t.tercetak().ifPresent(n -> parts.add("printed " + n.format(BAHASA)));
    t.pembanding().ifPresent(p -> parts.add("compared with " + p.nilai().format(BAHASA) + " ("
        + p.sumber().istilah().teks(BAHASA) + ")"));
    t.selisihNilai().ifPresent(n -> parts.add("difference " + n.format(BAHASA)));
    return t.aturan().id() + " (" + t.keparahan().istilah().teks(BAHASA) + ") at " + lokasi(t.lokasi())
        + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /** Returns the findings one per line, each indented and bulleted. */
  static String daftar(List<Temuan> temuan) {
    return temuan.stream().map(t -> "  - " + temuan(t)).collect(Collectors.joining(BARIS_BARU));
  }

  /** Returns the locations one per line, each indented and bulleted. */
  static String daftarLokasi(List<Lokasi> lokasi) {
    return lokasi.stream().map(l -> "  - " + lokasi(l)).collect(Collectors.joining(BARIS_BARU));
  }

  /**
   * Parses an expected number written as Java writes decimals ({@code "9893200"}, {@code
   * "-0.96"}, {@code "100.00"}).
   *
   * @throws IllegalArgumentException if {@code text} is not such a decimal, e.g. report notation
   *     {@code "9.893.200,00"}
   */
  static BigDecimal desimal(String text) {
    Objects.requireNonNull(text, "expected");
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a decimal number; write expected numbers as Java"
          + " decimals without grouping, e.g. \"9893200\" or \"100.96\" (not report notation such as"
          + " \"9.893.200,00\"), or pass a BigDecimal", e);
    }
  }
}
