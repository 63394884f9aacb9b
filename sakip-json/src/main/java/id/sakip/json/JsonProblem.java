package id.sakip.json;

import java.util.Objects;

/**
 * One problem found in a JSON document: where (a JSON path such as {@code
 * $.rkt.anggaran[1].anak[0].pagu}), the offending value as text (shortened when long), and the
 * rule it breaks.
 *
 * @param path the JSON path of the offending value
 * @param value the value as found, at most 80 characters, or {@code (missing)}
 * @param rule the rule broken
 */
public record JsonProblem(String path, String value, String rule) {

  /** Creates a problem; every component is required. */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return path + ": " + value + ": " + rule;
  }
}
