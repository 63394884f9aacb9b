package id.sakip.benchmarks;

import id.sakip.kinerja.Target;
import id.sakip.kinerja.TargetParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading targets of 10^5 and 10^6 characters side by side, against a short target as printed in
 * a report ({@code 80 s.d. 90 %}) as the baseline of the same run. Reading is linear in the
 * text's length, so the 10^6 inputs should take about ten times the 10^5 ones. Two shapes: a run
 * of whitespace around a separator (the regex this parser replaced backtracked on it: 10^5
 * characters took minutes) and a number followed by a unit of many words.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TargetParserBenchmark {

  private static final String SHORT = "80 s.d. 90 %";
  private static final String SPACES_100K = spaces(100_000);
  private static final String SPACES_1M = spaces(1_000_000);
  private static final String UNIT_100K = unit(100_000);
  private static final String UNIT_1M = unit(1_000_000);

  /** {@code 80}, whitespace, {@code s.d.}, whitespace, {@code 90 %}: {@code length} characters. */
  static String spaces(int length) {
    int spaces = length - "80s.d.90 %".length();
    String text = "80" + " ".repeat(spaces / 2) + "s.d." + " ".repeat(spaces - spaces / 2) + "90 %";
    return check(text, length);
  }

  /** {@code 1 a a a …}: a number and a unit of single-letter words, {@code length} characters. */
  static String unit(int length) {
    String text = "1" + " a".repeat((length - 1) / 2) + (length % 2 == 0 ? "a" : "");
    return check(text, length);
  }

  private static String check(String text, int length) {
    if (text.length() != length) {
      throw new IllegalStateException("built " + text.length() + " characters, not " + length);
    }
    return text;
  }

  /** Baseline: a short range as reports print it. */
  @Benchmark
  public Target baselineShortTarget() {
    return TargetParser.parse(SHORT);
  }

  /** 10^5 characters, mostly whitespace around the separator. */
  @Benchmark
  public Target spaces100k() {
    return TargetParser.parse(SPACES_100K);
  }

  /** 10^6 characters, mostly whitespace around the separator. */
  @Benchmark
  public Target spaces1m() {
    return TargetParser.parse(SPACES_1M);
  }

  /** 10^5 characters, a number and a long unit. */
  @Benchmark
  public Target unit100k() {
    return TargetParser.parse(UNIT_100K);
  }

  /** 10^6 characters, a number and a long unit. */
  @Benchmark
  public Target unit1m() {
    return TargetParser.parse(UNIT_1M);
  }
}
