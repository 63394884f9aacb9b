package id.sakip.kabupaten;

import static id.sakip.kabupaten.UnitUji.laporan;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.TingkatAnggaran;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.organisasi.UnitOrganisasi;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Consolidation of random kabupaten (codes drawn from a small space, so they repeat across units)
 * against an oracle that adds every leaf's sen, as {@link BigInteger}, into each prefix of its code
 * over all units, and the mean IKU capaian against a sum of {@link BigInteger} fractions.
 */
class KabupatenPropertiesTest {

  private record Leaf(UnitOrganisasi unit, String kode, long pagu, long realisasi) {}

  /** A random unit budget: programs 7.01.01–7.01.04, kegiatan 2.01–2.03, sub kegiatan 01–03, a subset of each. */
  private static PohonAnggaran budget(Random r, UnitOrganisasi unit, List<Leaf> leaves) {
    List<NodeAnggaran> programs = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      if (r.nextInt(3) == 0 && !(p == 4 && programs.isEmpty())) {
        continue;
      }
      String pk = "7.01.0" + p;
      NodeAnggaran.Builder pb = NodeAnggaran.builder(pk, "Program " + p);
      for (int k = 1; k <= 1 + r.nextInt(3); k++) {
        String kk = pk + ".2.0" + k;
        NodeAnggaran.Builder kb = NodeAnggaran.builder(kk, "Kegiatan " + k);
        for (int s = 1; s <= 1 + r.nextInt(3); s++) {
          long pagu = r.nextLong(1, 1_000_000_000_000_001L); // up to 10^13 rupiah, in sen
          long real = r.nextLong(0, pagu + 1);
          kb.anak(NodeAnggaran.of(kk + ".0" + s, "Sub " + s, Rupiah.ofSen(pagu), Rupiah.ofSen(real)));
          leaves.add(new Leaf(unit, kk + ".0" + s, pagu, real));
        }
        pb.anak(kb.build());
      }
      programs.add(pb.build());
    }
    return PohonAnggaran.of(programs);
  }

  @Property(tries = 60)
  void consolidated_sums_per_code_equal_the_oracle_and_the_total_is_the_sum_of_units(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int units) {
    Random r = new Random(seed);
    List<Leaf> leaves = new ArrayList<>();
    Kabupaten.Builder b = Kabupaten.builder("Kabupaten Uji", 2024);
    for (int u = 0; u < units; u++) {
      UnitOrganisasi unit = UnitOrganisasi.of("U" + u, "Unit " + u);
      b.unit(unit, laporan("Unit " + u, Optional.of(budget(r, unit, leaves))));
    }
    AnggaranKabupaten a = b.build().anggaran();

    Map<String, BigInteger[]> oracle = new HashMap<>();
    Map<String, Set<UnitOrganisasi>> contributors = new HashMap<>();
    BigInteger[] total = {BigInteger.ZERO, BigInteger.ZERO};
    for (Leaf leaf : leaves) {
      String[] seg = leaf.kode().split("\\.");
      for (int n : new int[] {3, 5, 6}) {
        String code = String.join(".", java.util.Arrays.copyOf(seg, n));
        BigInteger[] acc = oracle.computeIfAbsent(code, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
        acc[0] = acc[0].add(BigInteger.valueOf(leaf.pagu()));
        acc[1] = acc[1].add(BigInteger.valueOf(leaf.realisasi()));
        contributors.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(leaf.unit());
      }
      total[0] = total[0].add(BigInteger.valueOf(leaf.pagu()));
      total[1] = total[1].add(BigInteger.valueOf(leaf.realisasi()));
    }

    assertThat(a.semua()).hasSize(oracle.size());
    for (RekapKode rk : a.semua()) {
      BigInteger[] expected = oracle.get(rk.kode().toString());
      assertThat(BigInteger.valueOf(rk.rekap().pagu().toSen())).as(rk.kode().toString()).isEqualTo(expected[0]);
      assertThat(BigInteger.valueOf(rk.rekap().realisasi().orElseThrow().toSen())).isEqualTo(expected[1]);
      assertThat(rk.unit()).containsExactlyElementsOf(contributors.get(rk.kode().toString()));
      // serapan = Σrealisasi / Σpagu × 100, compared by cross-multiplication
      Persentase s = rk.serapan().value();
      assertThat(s.numerator().multiply(expected[0]))
          .isEqualTo(expected[1].multiply(BigInteger.valueOf(100)).multiply(s.denominator()));
    }
    assertThat(BigInteger.valueOf(a.total().pagu().toSen())).isEqualTo(total[0]);
    assertThat(BigInteger.valueOf(a.total().realisasi().orElseThrow().toSen())).isEqualTo(total[1]);
    BigInteger programs = a.rekap(TingkatAnggaran.PROGRAM).stream()
        .map(rk -> BigInteger.valueOf(rk.rekap().pagu().toSen())).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(programs).isEqualTo(total[0]);
  }

  @Property(tries = 100)
  void mean_iku_capaian_equals_a_sum_of_fractions(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int iku) {
    Random r = new Random(seed);
    UnitUji.Iku[] list = new UnitUji.Iku[iku];
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    int computable = 0;
    for (int i = 0; i < iku; i++) {
      int t = 1 + r.nextInt(10_000);
      int rr = r.nextInt(20_000);
      if (r.nextInt(4) == 0) {
        list[i] = UnitUji.Iku.tanpaRealisasi("IKU " + i, t + ".00");
      } else {
        list[i] = UnitUji.Iku.positif("IKU " + i, t + ".00", rr + ".00");
        // Σ (R·100 / T): a/b + c/d = (ad + cb) / bd
        num = num.multiply(BigInteger.valueOf(t)).add(BigInteger.valueOf(rr * 100L).multiply(den));
        den = den.multiply(BigInteger.valueOf(t));
        computable++;
      }
    }
    UnitOrganisasi unit = UnitOrganisasi.of("U", "Unit");
    Kabupaten k = Kabupaten.builder("Kabupaten Uji", 2024).unit(unit, laporan("Unit", Optional.empty(), list)).build();
    PeringkatUnit p = k.peringkat(UkuranPeringkat.CAPAIAN_RATA_RATA_IKU_TERHITUNG).urutan().get(0);
    assertThat(p.jumlahTidakTerhitung()).isEqualTo(iku - computable);
    if (computable == 0) {
      assertThat(p.nilai().isComputable()).isFalse();
    } else {
      Persentase mean = p.nilai().value();
      assertThat(mean.numerator().multiply(den.multiply(BigInteger.valueOf(computable))))
          .isEqualTo(num.multiply(mean.denominator()));
    }
    assertThat(k.peringkat(UkuranPeringkat.CAPAIAN_RATA_RATA_IKU_LENGKAP).urutan().get(0).nilai().isComputable())
        .isEqualTo(computable == iku);
  }

  @Test
  @Timeout(60)
  void a_thousand_units_of_a_hundred_rows_each_consolidate_in_linear_time() {
    Kabupaten.Builder b = Kabupaten.builder("Kabupaten Besar", 2024);
    int units = 1_000;
    for (int u = 0; u < units; u++) {
      List<NodeAnggaran> programs = new ArrayList<>();
      for (int p = 1; p <= 9; p++) {
        NodeAnggaran.Builder pb = NodeAnggaran.builder("7.01.0" + p, "Program " + p);
        for (int s = 1; s <= 10; s++) {
          String kk = "7.01.0" + p + ".2." + (s < 10 ? "0" + s : "10");
          pb.anak(NodeAnggaran.builder(kk, "Kegiatan").anak(NodeAnggaran.of(kk + ".01", "Sub", Rupiah.of(1_000 + u),
              Rupiah.of(u))).build());
        }
        programs.add(pb.build());
      }
      b.unit(UnitOrganisasi.of("U" + u, "Unit " + u), laporan("Unit " + u, Optional.of(PohonAnggaran.of(programs))));
    }
    Kabupaten k = b.build();
    // Σ over units of 90 leaves × (1000 + u) = 90 × (1000 × 1000 + 999 × 1000 / 2)
    assertThat(k.anggaran().total().pagu()).isEqualTo(Rupiah.of(90L * (1_000L * units + (long) units * (units - 1) / 2)));
    assertThat(k.anggaran().rekap(KodeNomenklatur.parse("7.01.09")).orElseThrow().unit()).hasSize(units);
    assertThat(k.peringkat(UkuranPeringkat.SERAPAN_ANGGARAN).urutan().get(0).unit().kode()).isEqualTo("U999");
  }
}
