package id.sakip.audit;

import id.sakip.temuan.Bagian;
import id.sakip.temuan.Istilah;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table of the recomputed report: which part of the report it is, the place as printed when
 * it is not one of the named tables, its title and column headings in both languages, and its
 * rows of {@link Sel cells}.
 *
 * @param bagian the part of the report
 * @param tempat the place as printed, for tables printed elsewhere ({@code Bab I C.2})
 * @param judul the title
 * @param kolom the headings of the cell columns (the row label comes first and has none)
 * @param baris the rows
 */
public record TabelDihitung(Bagian bagian, Optional<String> tempat, Istilah judul, List<Istilah> kolom,
    List<BarisDihitung> baris) {

  /** Creates a table; every component is required, and every row has one cell per heading. */
  public TabelDihitung {
    Objects.requireNonNull(bagian, "bagian");
    Objects.requireNonNull(tempat, "tempat");
    Objects.requireNonNull(judul, "judul");
    kolom = List.copyOf(kolom);
    baris = List.copyOf(baris);
    for (BarisDihitung b : baris) {
      if (b.sel().size() != kolom.size()) {
        throw new IllegalArgumentException("tabelDihitung " + judul.en() + ": row '" + b.label() + "' has "
            + b.sel().size() + " cells for " + kolom.size() + " columns");
      }
    }
  }
}
