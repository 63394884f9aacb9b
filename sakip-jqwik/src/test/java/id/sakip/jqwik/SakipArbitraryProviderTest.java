package id.sakip.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.laporan.LaporanKinerja;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** jqwik finds the generators through the service loader: a property just asks for the types. */
class SakipArbitraryProviderTest {

  @Property(tries = 200)
  void amounts_sum_exactly(@ForAll Rupiah a, @ForAll Rupiah b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.plus(b).toBigDecimal()).isEqualByComparingTo(a.toBigDecimal().add(b.toBigDecimal()));
  }

  @Property(tries = 30)
  void every_generated_report_is_valid_and_can_be_audited(@ForAll LaporanKinerja lkj) {
    assertThat(lkj.tahun()).isBetween(SakipArbitraries.TAHUN_MIN, SakipArbitraries.TAHUN_MAKS);
    assertThat(Audit.periksa(lkj).temuan()).isNotNull();
  }

  @Example
  void the_provider_offers_every_model_type_it_has_a_generator_for() {
    SakipArbitraryProvider provider = new SakipArbitraryProvider();
    assertThat(SakipArbitraries.jenis()).contains(Rupiah.class, LaporanKinerja.class).hasSizeGreaterThan(40);
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(Rupiah.class))).isTrue();
    assertThat(provider.canProvideFor(net.jqwik.api.providers.TypeUsage.of(String.class))).isFalse();
  }
}
