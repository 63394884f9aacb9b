package id.sakip.survei;

import java.util.Objects;

/**
 * One problem found in an SKM CSV file: the row (the header is row 1, as a spreadsheet counts),
 * the column's header, the offending cell as found, and the rule it breaks.
 *
 * @param row the row, counted from 1 with the header as row 1
 * @param column the column's header, or empty when the problem is the whole row or file
 * @param value the cell or text as found
 * @param rule the rule broken
 */
public record CsvProblem(int row, String column, String value, String rule) {

  /** Creates a problem; every component is required. */
  public CsvProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }

  /** Returns {@code row 3, column "U4", value "5": <rule>}. */
  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column \"" + column + "\"")
        + ", value \"" + value + "\": " + rule;
  }
}
