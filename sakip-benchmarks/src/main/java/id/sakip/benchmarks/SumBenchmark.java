package id.sakip.benchmarks;

import id.sakip.angka.Rupiah;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Summing 10^6 amounts of up to 10^11 rupiah: {@link Rupiah#total} and a {@code plus} loop against
 * the baselines a {@code BigDecimal} loop, a {@code long} sen loop and Moneta {@code Money}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SumBenchmark {

  private static final int N = 1_000_000;

  private long[] sen;
  private List<Rupiah> rupiah;
  private BigDecimal[] decimals;
  private MonetaryAmount[] money;

  /** Builds the same amounts in every representation. */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(1);
    sen = new long[N];
    Rupiah[] rp = new Rupiah[N];
    decimals = new BigDecimal[N];
    money = new MonetaryAmount[N];
    for (int i = 0; i < N; i++) {
      sen[i] = r.nextLong(10_000_000_000_000L);
      rp[i] = Rupiah.ofSen(sen[i]);
      decimals[i] = BigDecimal.valueOf(sen[i], 2);
      money[i] = Money.of(decimals[i], "IDR");
    }
    rupiah = Arrays.asList(rp);
  }

  /** The library: {@code Rupiah.total}. */
  @Benchmark
  public Rupiah rupiahTotal() {
    return Rupiah.total(rupiah);
  }

  /** The library: a {@code plus} loop. */
  @Benchmark
  public Rupiah rupiahPlusLoop() {
    Rupiah sum = Rupiah.ZERO;
    for (Rupiah a : rupiah) {
      sum = sum.plus(a);
    }
    return sum;
  }

  /** Baseline: {@code BigDecimal.add} in a loop. */
  @Benchmark
  public BigDecimal baselineBigDecimal() {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal d : decimals) {
      sum = sum.add(d);
    }
    return sum;
  }

  /** Baseline: {@code Math.addExact} over sen in a {@code long}. */
  @Benchmark
  public long baselineLongSen() {
    long sum = 0;
    for (long s : sen) {
      sum = Math.addExact(sum, s);
    }
    return sum;
  }

  /** Baseline: Moneta {@code Money.add}. */
  @Benchmark
  public MonetaryAmount baselineMoneta() {
    MonetaryAmount sum = Money.zero(money[0].getCurrency());
    for (MonetaryAmount m : money) {
      sum = sum.add(m);
    }
    return sum;
  }
}
