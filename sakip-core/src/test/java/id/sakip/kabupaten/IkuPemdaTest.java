package id.sakip.kabupaten;

import static id.sakip.kabupaten.KabupatenTest.DINKES;
import static id.sakip.kabupaten.KabupatenTest.KROMENGAN;
import static id.sakip.kabupaten.KabupatenTest.NGAJUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IkuPemdaTest {

  private static final SumberIku SKM_KROMENGAN = SumberIku.of(KROMENGAN, "SKM", Pecahan.ONE);
  private static final SumberIku SKM_NGAJUM = SumberIku.of(NGAJUM, "SKM", Pecahan.ONE);

  private static Persentase pct(long num, long den) {
    return Persentase.ofFraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  @Test
  void weighted_mean_of_two_units_sharing_an_indicator_name() {
    IkuPemda skm = IkuPemda.of("IKM kecamatan", NormalisasiBobot.BAGI_JUMLAH, RumusKomposit.RATA_RATA_TERTIMBANG,
        SKM_KROMENGAN, SKM_NGAJUM);
    // (85,82 / 85 + 72 / 80) / 2 × 100 = (8582/85 + 90) / 2 = 8116/85 = 95,482…%
    assertThat(skm.hitung(KabupatenTest.malang()).value()).isEqualTo(pct(8116, 85));
    assertThat(skm.komposit(KabupatenTest.malang()).komponen()).extracting(k -> k.nama())
        .containsExactly("7.01.0.00.0.00.21.0000 · SKM", "7.01.0.00.0.00.22.0000 · SKM");
  }

  @Test
  void ratio_of_sums_over_the_units() {
    IkuPemda skm = IkuPemda.of("IKM kecamatan", NormalisasiBobot.BAGI_JUMLAH, RumusKomposit.RASIO_JUMLAH,
        SKM_KROMENGAN, SKM_NGAJUM);
    // (85,82 + 72) / (85 + 80) × 100 = 15782/165 %
    assertThat(skm.hitung(KabupatenTest.malang()).value()).isEqualTo(pct(15_782, 165));
  }

  @Test
  void weights_must_add_up_to_one_under_harus_satu() {
    assertThatIllegalArgumentException().isThrownBy(() -> IkuPemda.of("IKM", NormalisasiBobot.HARUS_SATU,
            RumusKomposit.RATA_RATA_TERTIMBANG, SKM_KROMENGAN, SKM_NGAJUM))
        .withMessageContaining("the weights add up to 2").withMessageContaining("bukan 1");
    IkuPemda half = IkuPemda.of("IKM", NormalisasiBobot.HARUS_SATU, RumusKomposit.RATA_RATA_TERTIMBANG,
        SumberIku.of(KROMENGAN, "SKM", Pecahan.of(1, 4)), SumberIku.of(NGAJUM, "SKM", Pecahan.of(3, 4)));
    // 8582/85 × 1/4 + 90 × 3/4 = (8582 + 22950) / 340 = 31532/340
    assertThat(half.hitung(KabupatenTest.malang()).value()).isEqualTo(pct(31_532, 340));
  }

  @Test
  void a_unit_or_an_indicator_that_is_not_there_is_refused_naming_it() {
    IkuPemda dinkes = IkuPemda.of("IKM", NormalisasiBobot.BAGI_JUMLAH, RumusKomposit.RATA_RATA_TERTIMBANG,
        SumberIku.of(DINKES, "SKM", Pecahan.ONE));
    assertThatIllegalArgumentException().isThrownBy(() -> dinkes.hitung(KabupatenTest.malang()))
        .withMessageContaining("unit 1.02.0.00.0.00.01.0000 is not in Kabupaten Malang");
    IkuPemda salah = IkuPemda.of("IKM", NormalisasiBobot.BAGI_JUMLAH, RumusKomposit.RATA_RATA_TERTIMBANG,
        SumberIku.of(NGAJUM, "IKM", Pecahan.ONE));
    assertThatIllegalArgumentException().isThrownBy(() -> salah.hitung(KabupatenTest.malang()))
        .withMessageContaining("has no indicator 'IKM'").withMessageContaining("tidak memuat indikator 'IKM'");
  }

  @Test
  void a_unit_indicator_named_twice_an_empty_list_and_a_weight_of_zero_are_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> IkuPemda.of("IKM", NormalisasiBobot.BAGI_JUMLAH,
        RumusKomposit.RATA_RATA_TERTIMBANG, SKM_KROMENGAN, SKM_KROMENGAN)).withMessageContaining("twice");
    assertThatIllegalArgumentException().isThrownBy(() -> IkuPemda.of("IKM", NormalisasiBobot.BAGI_JUMLAH,
        RumusKomposit.RATA_RATA_TERTIMBANG)).withMessageContaining("is empty");
    assertThatIllegalArgumentException().isThrownBy(() -> SumberIku.of(KROMENGAN, "SKM", Pecahan.ZERO))
        .withMessageContaining("sumberIku.bobot of 'SKM'");
  }

  @Test
  void a_component_without_realisasi_makes_the_weighted_mean_not_computable_naming_it() {
    Kabupaten k = PeringkatTest.kabupaten();
    IkuPemda musrenbang = IkuPemda.of("Musrenbang", NormalisasiBobot.BAGI_JUMLAH, RumusKomposit.RATA_RATA_TERTIMBANG,
        SumberIku.of(KROMENGAN, "Musrenbang", Pecahan.ONE), SumberIku.of(NGAJUM, "Musrenbang", Pecahan.ONE));
    Outcome<Persentase> c = musrenbang.hitung(k);
    assertThat(c.notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(c.explanation()).contains("7.01.0.00.0.00.21.0000 · Musrenbang");
  }
}
