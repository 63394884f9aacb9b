package id.sakip.json;

import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Istilah;
import java.util.Objects;

/**
 * One problem found in a JSON document: where (a JSON path such as {@code
 * $.rkt.anggaran[1].anak[0].pagu}), the offending value as text (shortened when long), and the
 * rule it breaks, each in Indonesian and English ({@link #value(Bahasa)}, {@link #rule(Bahasa)});
 * numbers in them are in the reader's notation. A rule that comes from the model's own check is
 * in English in both.
 *
 * @param path the JSON path of the offending value
 * @param nilai the value as found, at most 80 characters, or a description such as {@code (missing)}
 * @param aturan the rule broken
 */
public record JsonProblem(String path, Istilah nilai, Istilah aturan) {

  /** Creates a problem; every component is required. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(nilai, "nilai");
    Objects.requireNonNull(aturan, "aturan");
  }

  /** A problem whose value and rule are the same in both languages (a JSON value, a model's message). */
  public JsonProblem(String path, String value, String rule) {
    this(path, Teks.same(Objects.requireNonNull(value, "value")).istilah(),
        Teks.same(Objects.requireNonNull(rule, "rule")).istilah());
  }

  /** The value as found, in English where it is a description. */
  public String value() {
    return nilai.en();
  }

  /** The rule broken, in English. */
  public String rule() {
    return aturan.en();
  }

  /** The value as found, in {@code bahasa} where it is a description. */
  public String value(Bahasa bahasa) {
    return bahasa.pilih(nilai.id(), nilai.en());
  }

  /** The rule broken, in {@code bahasa}. */
  public String rule(Bahasa bahasa) {
    return bahasa.pilih(aturan.id(), aturan.en());
  }

  /** {@code path: value: rule} in {@code bahasa}. */
  public String toString(Bahasa bahasa) {
    return path + ": " + value(bahasa) + ": " + rule(bahasa);
  }

  @Override
  public String toString() {
    return toString(Bahasa.INGGRIS);
  }
}
