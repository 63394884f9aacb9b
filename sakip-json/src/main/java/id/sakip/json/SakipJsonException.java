package id.sakip.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one exception an invalid or out-of-bounds document gives: it lists every problem found, each
 * with its JSON path, the offending value and the rule broken. Nothing is built from a document
 * that gives this exception.
 */
public final class SakipJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The message lists at most this many problems; {@link #problems()} holds them all. */
  public static final int LISTED = 100;

  private final transient List<JsonProblem> problems;

  /** Creates the exception for the given problems (at least one). */
  public SakipJsonException(List<JsonProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for one problem, keeping its cause. */
  SakipJsonException(JsonProblem problem, Throwable cause) {
    super(message(List.of(problem)), cause);
    this.problems = List.of(problem);
  }

  /** Returns every problem found, in document order. */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String message(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SakipJsonException needs at least one problem");
    }
    String listed = problems.stream().limit(LISTED).map(p -> "  " + p).collect(Collectors.joining("\n"));
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the JSON document:\n" + listed
        + (problems.size() > LISTED ? "\n  … and " + (problems.size() - LISTED) + " more problems"
            + " (SakipJsonException.problems())" : "");
  }
}
