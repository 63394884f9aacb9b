package id.sakip.audit;

import id.sakip.temuan.Baris;
import java.util.List;
import java.util.Objects;

/**
 * One row of a recomputed table: its key in the report (an indicator and year, a budget code, the
 * total row), its label as printed (the indicator's or the row's name) and its cells in column
 * order.
 *
 * @param kunci the row's key
 * @param label the row's label
 * @param sel the cells
 */
public record BarisDihitung(Baris kunci, String label, List<Sel<?>> sel) {

  /** Creates a row; every component is required. */
  public BarisDihitung {
    Objects.requireNonNull(kunci, "kunci");
    Objects.requireNonNull(label, "label");
    sel = List.copyOf(sel);
  }
}
