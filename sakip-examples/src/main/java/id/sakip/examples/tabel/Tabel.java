package id.sakip.examples.tabel;

import java.util.List;
import java.util.Objects;

/**
 * One recomputed table of an LKj, ready to print: a title as the report names it, column headers
 * and rows of cells already formatted in Indonesian notation. Text, Markdown and CSV renderings
 * show the same cells.
 *
 * @param judul the title, e.g. {@code Tabel 1.1 Perbandingan Target dan Realisasi Kinerja 2022}
 * @param kolom the column headers
 * @param baris the rows; each has one cell per column
 */
public record Tabel(String judul, List<String> kolom, List<List<String>> baris) {

  /** Creates a table; every row must have one cell per column. */
  public Tabel {
    Objects.requireNonNull(judul, "judul");
    kolom = List.copyOf(kolom);
    baris = baris.stream().map(List::copyOf).toList();
    for (List<String> row : baris) {
      if (row.size() != kolom.size()) {
        throw new IllegalArgumentException("tabel '" + judul + "': a row has " + row.size() + " cells for "
            + kolom.size() + " columns " + kolom);
      }
    }
  }
}
