package id.sakip.survei;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception an invalid SKM CSV file gives: it lists the problems found, each with its row,
 * column, value and rule. No survey and no result is built from a file that gives this exception.
 */
public final class SkmCsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The number of problems the message lists; {@link #problems()} has more. */
  private static final int SHOWN = 20;

  private final transient List<CsvProblem> problems;
  private final long jumlahMasalah;

  /** Creates the exception for the given problems (at least one), all of the file's. */
  public SkmCsvException(List<CsvProblem> problems) {
    this(problems, problems.size());
  }

  /** Creates the exception for the first {@code problems} of {@code jumlahMasalah} found. */
  SkmCsvException(List<CsvProblem> problems, long jumlahMasalah) {
    super(message(problems, jumlahMasalah));
    this.problems = List.copyOf(problems);
    this.jumlahMasalah = jumlahMasalah;
  }

  /**
   * Returns the problems found, in file order: all of them, or the first 1 000 of a file that has
   * more ({@link #jumlahMasalah()} counts them all).
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /** Returns the number of problems found, including those {@link #problems()} leaves out. */
  public long jumlahMasalah() {
    return jumlahMasalah;
  }

  private static String message(List<CsvProblem> problems, long jumlah) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an SkmCsvException needs at least one problem");
    }
    String shown = problems.stream().limit(SHOWN).map(p -> "  " + p)
        .collect(Collectors.joining("\n"));
    long shownCount = Math.min(problems.size(), SHOWN);
    String more = jumlah > shownCount ? "\n  … and " + (jumlah - shownCount) + " more" : "";
    return jumlah + (jumlah == 1 ? " problem" : " problems") + " in the SKM CSV file:\n" + shown + more;
  }
}
