package id.sakip.survei;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one CSV file as they are found: the first {@value #DISIMPAN} kept, all counted,
 * so that a file of a million bad rows is refused in bounded memory. Not thread-safe.
 */
final class DaftarMasalah {

  /** How many problems are kept; the rest are only counted. */
  static final int DISIMPAN = 1000;

  private final List<CsvProblem> disimpan = new ArrayList<>();
  private long jumlah;

  void add(CsvProblem problem) {
    jumlah++;
    if (disimpan.size() < DISIMPAN) {
      disimpan.add(problem);
    }
  }

  boolean isEmpty() {
    return jumlah == 0;
  }

  /** Throws the exception listing the problems, if there are any. */
  void lempar() {
    if (jumlah > 0) {
      throw new SkmCsvException(disimpan, jumlah);
    }
  }
}
