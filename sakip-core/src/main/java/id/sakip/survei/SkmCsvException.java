package id.sakip.survei;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception an invalid SKM CSV file gives: it lists every problem found, each with its row,
 * column, value and rule. No survey is built from a file that gives this exception.
 */
public final class SkmCsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The number of problems the message lists; {@link #problems()} has them all. */
  private static final int SHOWN = 20;

  private final transient List<CsvProblem> problems;

  /** Creates the exception for the given problems (at least one). */
  public SkmCsvException(List<CsvProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns every problem found, in file order. */
  public List<CsvProblem> problems() {
    return problems;
  }

  private static String message(List<CsvProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an SkmCsvException needs at least one problem");
    }
    String shown = problems.stream().limit(SHOWN).map(p -> "  " + p)
        .collect(Collectors.joining("\n"));
    String more = problems.size() > SHOWN ? "\n  … and " + (problems.size() - SHOWN) + " more" : "";
    return problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " in the SKM CSV file:\n" + shown + more;
  }
}
