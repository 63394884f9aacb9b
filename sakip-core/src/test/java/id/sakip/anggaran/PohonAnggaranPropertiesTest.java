package id.sakip.anggaran;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Roll-up of random budget trees (depth up to 5, up to 10^4 leaves, amounts up to 10^13 rupiah)
 * against an oracle that adds every leaf's sen, as {@link BigInteger}, into each prefix of its code.
 */
class PohonAnggaranPropertiesTest {

  private static final String[] ROOT_PREFIX = {"", "7", "7.01", "7.01.01.2", "7.01.01.2.01"};
  private static final long MAX_SEN = 1_000_000_000_000_000L; // 10^13 rupiah

  /** Leaves of the generated tree: code and amounts in sen. */
  private record Leaf(String kode, long pagu, long realisasi) {}

  @Property(tries = 40)
  void roll_up_equals_the_oracle_sums_and_serapan_divides_sums(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int depth, @ForAll @IntRange(min = 1, max = 10_000) int leaves) {
    Random random = new Random(seed);
    List<Leaf> leafList = new ArrayList<>();
    int rootLevel = 5 - depth; // 0 urusan .. 4 sub kegiatan
    int leafCount = depth == 1 ? Math.min(leaves, 9999) : leaves; // one kegiatan holds at most 9999 sub kegiatan
    List<NodeAnggaran> roots = build(random, rootLevel, ROOT_PREFIX[rootLevel], leafCount, rootWidth(rootLevel), leafList);
    PohonAnggaran pohon = PohonAnggaran.of(roots);

    Map<String, BigInteger[]> oracle = new HashMap<>();
    BigInteger[] total = {BigInteger.ZERO, BigInteger.ZERO};
    for (Leaf leaf : leafList) {
      String[] seg = leaf.kode().split("\\.");
      for (int n = 1; n <= seg.length; n++) {
        if (n == 4) {
          continue; // a kegiatan has two segments: 4 is never a code
        }
        BigInteger[] acc = oracle.computeIfAbsent(String.join(".", java.util.Arrays.copyOf(seg, n)),
            k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
        acc[0] = acc[0].add(BigInteger.valueOf(leaf.pagu()));
        acc[1] = acc[1].add(BigInteger.valueOf(leaf.realisasi()));
      }
      total[0] = total[0].add(BigInteger.valueOf(leaf.pagu()));
      total[1] = total[1].add(BigInteger.valueOf(leaf.realisasi()));
    }

    for (NodeAnggaran node : pohon.semuaNode()) {
      BigInteger[] expected = oracle.get(node.kode().toString());
      RekapAnggaran r = pohon.rekap(node);
      assertThat(BigInteger.valueOf(r.pagu().toSen())).as(node.label()).isEqualTo(expected[0]);
      assertThat(BigInteger.valueOf(r.realisasi().orElseThrow().toSen())).isEqualTo(expected[1]);
    }
    assertThat(BigInteger.valueOf(pohon.total().pagu().toSen())).isEqualTo(total[0]);
    assertThat(leafList).hasSize(leafCount);
    if (total[0].signum() > 0) {
      // serapan = Σrealisasi / Σpagu × 100, as a reduced fraction compared by cross-multiplication
      Persentase serapan = pohon.total().serapan().value();
      assertThat(serapan.numerator().multiply(total[0]))
          .isEqualTo(total[1].multiply(BigInteger.valueOf(100)).multiply(serapan.denominator()));
    }
  }

  private static int rootWidth(int level) {
    return level == 0 ? 9 : 99;
  }

  private static List<NodeAnggaran> build(
      Random random, int level, String prefix, int leaves, int maxWidth, List<Leaf> out) {
    int minWidth = level == 3 ? (leaves + 9998) / 9999 : 1; // keep every kegiatan within 9999 sub kegiatan
    int width = level == 4 ? leaves : Math.max(minWidth, Math.min(leaves, 1 + random.nextInt(Math.min(maxWidth, 12))));
    if (level == 4 && width > 9999) {
      throw new IllegalStateException("too many sub kegiatan for one kegiatan");
    }
    List<NodeAnggaran> nodes = new ArrayList<>(width);
    int remaining = leaves;
    for (int i = 1; i <= width; i++) {
      int share = i == width ? remaining : 1 + random.nextInt(remaining - (width - i));
      remaining -= share;
      String kode = prefix.isEmpty() ? Integer.toString(i) : prefix + "." + segment(level, i);
      if (level == 4) {
        long pagu = Math.floorMod(random.nextLong(), MAX_SEN + 1);
        long realisasi = Math.floorMod(random.nextLong(), pagu + 1);
        out.add(new Leaf(kode, pagu, realisasi));
        nodes.add(NodeAnggaran.of(kode, "Sub " + kode, Rupiah.ofSen(pagu), Rupiah.ofSen(realisasi)));
      } else {
        String childPrefix = level == 2 ? kode + ".2" : kode;
        int childMax = level == 3 ? 9999 : 99;
        List<NodeAnggaran> children = build(random, level + 1, childPrefix, share, childMax, out);
        nodes.add(NodeAnggaran.builder(kode, "Node " + kode).anak(children).build());
      }
    }
    return nodes;
  }

  private static String segment(int level, int i) {
    return switch (level) {
      case 0 -> Integer.toString(i);
      case 4 -> String.format("%04d", i);
      default -> String.format("%02d", i);
    };
  }
}
