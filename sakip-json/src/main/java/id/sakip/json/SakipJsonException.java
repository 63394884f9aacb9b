package id.sakip.json;

import id.sakip.temuan.Bahasa;
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

  /**
   * The problems as a person reads them in {@code bahasa}: a count, then one problem a line, at
   * most {@link #LISTED}; numbers in the reader's notation.
   */
  public String pesan(Bahasa bahasa) {
    return message(problems, bahasa);
  }

  private static String message(List<JsonProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SakipJsonException needs at least one problem");
    }
    return message(problems, Bahasa.INGGRIS);
  }

  private static String message(List<JsonProblem> problems, Bahasa bahasa) {
    String listed = problems.stream().limit(LISTED).map(p -> "  " + p.toString(bahasa)).collect(Collectors.joining("\n"));
    Teks n = Teks.count(problems.size());
    String head = bahasa.pilih(n.id() + " masalah dalam dokumen JSON:",
        n.en() + (problems.size() == 1 ? " problem" : " problems") + " in the JSON document:");
    Teks more = Teks.count(problems.size() - LISTED);
    return head + "\n" + listed + (problems.size() > LISTED
        ? "\n  " + bahasa.pilih("… dan " + more.id() + " masalah lagi", "… and " + more.en() + " more problems")
            + " (SakipJsonException.problems())" : "");
  }
}
