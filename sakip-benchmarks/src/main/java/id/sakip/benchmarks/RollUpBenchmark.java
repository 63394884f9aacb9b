package id.sakip.benchmarks;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.RekapAnggaran;
import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Budget-tree roll-up with serapan of every node, for {@code trees} budget realisation tables
 * (1 = one document, 21920 = a national year), against a hand-written {@code BigDecimal} loop over
 * the same figures held in flat arrays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class RollUpBenchmark {

  /** How many trees: one document or a national year. */
  @Param({"1", "21920"})
  public int trees;

  private List<List<NodeAnggaran>> roots;
  private int[][] parent;
  private BigDecimal[][] leafPagu;
  private BigDecimal[][] leafRealisasi;

  /** Generates the trees and flattens the same figures into arrays for the baseline. */
  @Setup(Level.Trial)
  public void setUp() {
    GeneratorLkj generator = new GeneratorLkj(2024);
    roots = new ArrayList<>(trees);
    parent = new int[trees][];
    leafPagu = new BigDecimal[trees][];
    leafRealisasi = new BigDecimal[trees][];
    for (int t = 0; t < trees; t++) {
      PohonAnggaran pohon = generator.dokumen(t).realisasiAnggaran().orElseThrow().anggaran();
      roots.add(pohon.akar());
      List<NodeAnggaran> nodes = pohon.semuaNode();
      parent[t] = new int[nodes.size()];
      leafPagu[t] = new BigDecimal[nodes.size()];
      leafRealisasi[t] = new BigDecimal[nodes.size()];
      java.util.Map<NodeAnggaran, Integer> index = new java.util.IdentityHashMap<>();
      for (int i = 0; i < nodes.size(); i++) {
        index.put(nodes.get(i), i);
      }
      java.util.Arrays.fill(parent[t], -1);
      for (int i = 0; i < nodes.size(); i++) {
        NodeAnggaran n = nodes.get(i);
        for (NodeAnggaran c : n.anak()) {
          parent[t][index.get(c)] = i;
        }
        if (n.isDaun()) {
          leafPagu[t][i] = n.paguTercatat().orElseThrow().toBigDecimal();
          leafRealisasi[t][i] = n.realisasiTercatat().orElseThrow().toBigDecimal();
        }
      }
    }
  }

  /** The library: build the tree (exact roll-up) and the exact serapan of every node. */
  @Benchmark
  public void library(Blackhole bh) {
    for (List<NodeAnggaran> akar : roots) {
      PohonAnggaran pohon = PohonAnggaran.of(akar);
      for (NodeAnggaran n : pohon.semuaNode()) {
        RekapAnggaran r = pohon.rekap(n);
        Outcome<Persentase> s = r.serapan();
        bh.consume(s);
      }
      bh.consume(pohon.total().serapan());
    }
  }

  /**
   * Baseline: sums bottom-up over flat arrays (children after parents in pre-order, so a reverse
   * pass adds each node into its parent), then {@code realisasi / pagu} to 34 digits per node.
   */
  @Benchmark
  public void baselineBigDecimal(Blackhole bh) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    for (int t = 0; t < parent.length; t++) {
      int n = parent[t].length;
      BigDecimal[] pagu = leafPagu[t].clone();
      BigDecimal[] real = leafRealisasi[t].clone();
      BigDecimal totalPagu = BigDecimal.ZERO;
      BigDecimal totalReal = BigDecimal.ZERO;
      for (int i = n - 1; i >= 0; i--) {
        int p = parent[t][i];
        if (p >= 0) {
          pagu[p] = pagu[p] == null ? pagu[i] : pagu[p].add(pagu[i]);
          real[p] = real[p] == null ? real[i] : real[p].add(real[i]);
        } else {
          totalPagu = totalPagu.add(pagu[i]);
          totalReal = totalReal.add(real[i]);
        }
      }
      for (int i = 0; i < n; i++) {
        bh.consume(real[i].multiply(hundred).divide(pagu[i], MathContext.DECIMAL128));
      }
      bh.consume(totalReal.multiply(hundred).divide(totalPagu, MathContext.DECIMAL128));
    }
  }
}
