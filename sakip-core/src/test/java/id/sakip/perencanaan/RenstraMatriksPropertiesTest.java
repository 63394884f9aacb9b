package id.sakip.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Target;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The new formulas of the Renstra matrix against independent oracles: the end-of-period pagu total
 * as a sum of sen in {@link BigInteger}; a cumulative end target as the sum of yearly targets
 * brought to one scale as integers; the PK budget against the pagu indikatif by comparing sen.
 */
class RenstraMatriksPropertiesTest {

  private static final KodeNomenklatur KODE = KodeNomenklatur.parse("7.01.01");

  @Property(tries = 200)
  void the_pagu_total_is_the_exact_sum_of_the_years_and_a_printed_total_off_by_any_sen_is_found(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int years, @ForAll @LongRange(min = -500, max = 500) long offSen) {
    Random random = new Random(seed);
    PaguIndikatif.Builder b = PaguIndikatif.builder().kode(KODE);
    BigInteger oracle = BigInteger.ZERO;
    for (int year = 2021; year < 2021 + years; year++) {
      long sen = random.nextLong(1_000_000_000_000_000L); // up to 10^13 rupiah a year
      b.putPaguTahunan(year, Rupiah.ofSen(sen));
      oracle = oracle.add(BigInteger.valueOf(sen));
    }
    PaguIndikatif p = b.build();
    assertThat(BigInteger.valueOf(p.jumlah().toSen())).isEqualTo(oracle);

    Rupiah printed = Rupiah.ofSen(oracle.add(BigInteger.valueOf(offSen)).longValueExact());
    List<Temuan> found = PemeriksaanRenstra.jumlahPagu(renstra(p.withJumlahTercetak(printed)));
    if (offSen == 0) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(t ->
          assertThat(t.selisih().orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(offSen, 2)));
    }
  }

  @Property(tries = 200)
  void a_cumulative_end_target_agrees_exactly_when_it_is_the_sum_of_the_yearly_targets(
      @ForAll long seed, @ForAll @LongRange(min = -1000, max = 1000) long offThousandths) {
    Random random = new Random(seed);
    IndikatorRenstra.Builder b = IndikatorRenstra.builder().indikator(RenstraMatriksTest.KTP);
    BigInteger thousandths = BigInteger.ZERO; // the oracle: every target as an integer number of thousandths
    for (int year = 2022; year <= 2026; year++) {
      int scale = random.nextInt(4);
      long unscaled = random.nextLong(-10_000_000_000L, 10_000_000_000L);
      b.putTargetTahunan(year, Target.angka(BigDecimal.valueOf(unscaled, scale)));
      thousandths = thousandths.add(BigInteger.valueOf(unscaled).multiply(BigInteger.TEN.pow(3 - scale)));
    }
    BigDecimal end = new BigDecimal(thousandths.add(BigInteger.valueOf(offThousandths)), 3);
    Renstra r = Renstra.builder().tahunAwal(2021).tahunAkhir(2026).addTujuan(Tujuan.builder().nama("T")
        .addSasaran(SasaranRenstra.builder().nama("S").addIndikator(b.targetAkhir(Target.angka(end)).build()).build())
        .build()).build();
    List<Temuan> found = PemeriksaanRenstra.targetAkhir(r);
    if (offThousandths == 0) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(t -> assertThat(t.selisih().orElseThrow())
          .isEqualByComparingTo(BigDecimal.valueOf(offThousandths, 3)));
    }
  }

  @Property(tries = 300)
  void a_pk_budget_is_above_below_or_equal_to_the_pagu_indikatif_as_its_sen_compare(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long paguSen,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000_000L) long indikatifSen, @ForAll boolean same) {
    long planned = same ? paguSen : indikatifSen;
    Renstra r = renstra(PaguIndikatif.builder().kode(KODE).putPaguTahunan(2022, Rupiah.ofSen(planned)).build());
    PerjanjianKinerja pk = PerjanjianKinerja.builder().tahun(2022).addAnggaran(AnggaranPk.builder()
        .versi(VersiAnggaran.APBD_MURNI).addProgram(new ProgramPk("P", Rupiah.ofSen(paguSen), Optional.of(KODE))).build())
        .build();
    List<Temuan> found = PemeriksaanRenstra.pagu(r, pk);
    BigInteger diff = BigInteger.valueOf(paguSen).subtract(BigInteger.valueOf(planned));
    if (diff.signum() == 0) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(t -> {
        assertThat(t.aturan()).isEqualTo(diff.signum() > 0
            ? AturanRenstra.BUDGET_ABOVE_PAGU_INDIKATIF : AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF);
        assertThat(t.selisih().orElseThrow()).isEqualByComparingTo(new BigDecimal(diff, 2));
      });
    }
  }

  private static Renstra renstra(PaguIndikatif p) {
    return Renstra.builder().tahunAwal(2021).tahunAkhir(2026).addPaguIndikatif(p).build();
  }
}
