package id.sakip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.kinerja.Target;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetParserBenchmarkTest {

  private final TargetParserBenchmark benchmark = new TargetParserBenchmark();

  @Test
  void every_input_has_its_length_and_reads_a_target() {
    Target range = Target.rentang(BigDecimal.valueOf(80), BigDecimal.valueOf(90));

    assertThat(TargetParserBenchmark.spaces(100_000)).hasSize(100_000);
    assertThat(TargetParserBenchmark.unit(1_000_000)).hasSize(1_000_000);
    assertThat(TargetParserBenchmark.unit(100_001)).hasSize(100_001);
    assertThat(benchmark.baselineShortTarget()).isEqualTo(range);
    assertThat(benchmark.spaces100k()).isEqualTo(range);
    assertThat(benchmark.spaces1m()).isEqualTo(range);
    assertThat(benchmark.unit100k()).isEqualTo(Target.angka(1));
    assertThat(benchmark.unit1m()).isEqualTo(Target.angka(1));
  }
}
