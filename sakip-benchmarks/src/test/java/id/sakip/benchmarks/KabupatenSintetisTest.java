package id.sakip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.TingkatAnggaran;
import id.sakip.audit.AturanAudit;
import id.sakip.kabupaten.AnggaranKabupaten;
import id.sakip.kabupaten.Kabupaten;
import id.sakip.kabupaten.PeringkatUnit;
import id.sakip.kabupaten.RekapKode;
import id.sakip.kabupaten.SebaranTemuan;
import id.sakip.kabupaten.UkuranPeringkat;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.organisasi.UnitOrganisasi;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A synthetic kabupaten of 40 perangkat daerah from {@link GeneratorLkj}: every unit carries the
 * programs 7.01.01–7.01.05, so codes repeat across units; the consolidation's totals are checked
 * against {@link BigInteger} sums over the generator's leaf rows, never against the code under test.
 */
class KabupatenSintetisTest {

  private static final int UNITS = 40;

  @Test
  void forty_units_consolidate_with_exact_totals_equal_to_the_sum_of_the_units() {
    GeneratorLkj generator = new GeneratorLkj(42);
    Kabupaten.Builder b = Kabupaten.builder("Pemda 1", 2024);
    Map<String, BigInteger[]> oracle = new HashMap<>();
    BigInteger[] total = {BigInteger.ZERO, BigInteger.ZERO};
    for (int i = 0; i < UNITS; i++) {
      LaporanKinerja lkj = generator.dokumen(i);
      b.unit(UnitOrganisasi.of("1.01.0.00.0.00." + (i + 1) + ".0000", lkj.instansi()), lkj);
      for (NodeAnggaran leaf : lkj.realisasiAnggaran().orElseThrow().anggaran().semuaNode()) {
        if (!leaf.isDaun()) {
          continue;
        }
        BigInteger pagu = BigInteger.valueOf(leaf.paguTercatat().orElseThrow().toSen());
        BigInteger real = BigInteger.valueOf(leaf.realisasiTercatat().orElseThrow().toSen());
        String program = String.join(".", leaf.kode().segmen().subList(0, 3));
        BigInteger[] acc = oracle.computeIfAbsent(program, k -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
        acc[0] = acc[0].add(pagu);
        acc[1] = acc[1].add(real);
        total[0] = total[0].add(pagu);
        total[1] = total[1].add(real);
      }
    }
    Kabupaten kabupaten = b.build();
    AnggaranKabupaten a = kabupaten.anggaran();

    assertThat(BigInteger.valueOf(a.total().pagu().toSen())).isEqualTo(total[0]);
    assertThat(BigInteger.valueOf(a.total().realisasi().orElseThrow().toSen())).isEqualTo(total[1]);
    List<RekapKode> programs = a.rekap(TingkatAnggaran.PROGRAM);
    assertThat(programs).extracting(r -> r.kode().toString())
        .containsExactly("7.01.01", "7.01.02", "7.01.03", "7.01.04", "7.01.05");
    for (RekapKode p : programs) {
      assertThat(p.unit()).hasSize(UNITS);
      assertThat(BigInteger.valueOf(p.rekap().pagu().toSen())).isEqualTo(oracle.get(p.kode().toString())[0]);
      assertThat(BigInteger.valueOf(p.rekap().realisasi().orElseThrow().toSen()))
          .isEqualTo(oracle.get(p.kode().toString())[1]);
    }
    BigInteger unitTotals = a.perUnit().values().stream().map(r -> BigInteger.valueOf(r.pagu().toSen()))
        .reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(a.perUnit()).hasSize(UNITS);
    assertThat(unitTotals).isEqualTo(total[0]);

    List<PeringkatUnit> serapan = kabupaten.peringkat(UkuranPeringkat.SERAPAN_ANGGARAN).urutan();
    assertThat(serapan).hasSize(UNITS).allMatch(p -> p.peringkat().isPresent());
    for (int i = 1; i < UNITS; i++) {
      assertThat(serapan.get(i - 1).nilai().value().compareTo(serapan.get(i).nilai().value())).isNotNegative();
    }
    // the generator's documents audit clean but for printed capaian capped at 100%
    SebaranTemuan s = kabupaten.audit();
    assertThat(s.perAturan().keySet()).containsOnly(AturanAudit.CAPPED_WITHOUT_POLICY.id());
    assertThat(s.perUnit()).hasSize(UNITS);
  }
}
