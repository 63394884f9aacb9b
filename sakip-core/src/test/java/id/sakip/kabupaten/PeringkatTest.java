package id.sakip.kabupaten;

import static id.sakip.kabupaten.KabupatenTest.ANGGARAN_KROMENGAN;
import static id.sakip.kabupaten.KabupatenTest.ANGGARAN_NGAJUM;
import static id.sakip.kabupaten.KabupatenTest.DINKES;
import static id.sakip.kabupaten.KabupatenTest.KROMENGAN;
import static id.sakip.kabupaten.KabupatenTest.NGAJUM;
import static id.sakip.kabupaten.UnitUji.Iku.positif;
import static id.sakip.kabupaten.UnitUji.Iku.tanpaRealisasi;
import static id.sakip.kabupaten.UnitUji.laporan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import id.sakip.angka.Outcome;
import id.sakip.angka.Persentase;
import id.sakip.organisasi.UnitOrganisasi;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeringkatTest {

  /** A unit whose budget is Kromengan's: the same serapan, a tie. */
  static final UnitOrganisasi WAGIR = UnitOrganisasi.of("7.01.0.00.0.00.23.0000", "Kecamatan Wagir");

  static Kabupaten kabupaten() {
    return Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(WAGIR, laporan("Kecamatan Wagir", Optional.of(ANGGARAN_KROMENGAN), positif("SKM", "80", "80")))
        .unit(DINKES, laporan("Dinas Kesehatan", Optional.empty(), tanpaRealisasi("Angka kematian", "10")))
        .unit(NGAJUM, laporan("Kecamatan Ngajum", Optional.of(ANGGARAN_NGAJUM),
            positif("SKM", "80", "72"), positif("Musrenbang", "50", "50")))
        .unit(KROMENGAN, laporan("Kecamatan Kromengan", Optional.of(ANGGARAN_KROMENGAN),
            positif("SKM", "85", "85.82"), tanpaRealisasi("Musrenbang", "90")))
        .build();
  }

  private static Persentase pct(long num, long den) {
    return Persentase.ofFraction(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  @Test
  void serapan_ranks_by_the_units_sums_ties_share_a_rank_by_code_and_a_unit_without_table_comes_last() {
    List<PeringkatUnit> urutan = kabupaten().peringkat(UkuranPeringkat.SERAPAN_ANGGARAN).urutan();
    assertThat(urutan).extracting(PeringkatUnit::unit).containsExactly(KROMENGAN, WAGIR, NGAJUM, DINKES);
    assertThat(urutan).extracting(PeringkatUnit::peringkat)
        .containsExactly(Optional.of(1), Optional.of(1), Optional.of(3), Optional.empty());
    assertThat(urutan.get(0).nilai().value()).isEqualTo(pct(14_000, 150)); // 140 / 150 = 93,33…%
    assertThat(urutan.get(2).nilai().value()).isEqualTo(pct(15_500, 320)); // 155 / 320 = 48,4375%
    assertThat(urutan.get(3).nilai().notComputableReason()).contains(Outcome.Reason.NO_VALUE);
    assertThat(urutan.get(3).nilai().explanation()).contains("no budget realisation table");
    assertThat(urutan).allMatch(p -> p.iku().isEmpty());
  }

  @Test
  void capaian_mean_of_computable_iku_shows_how_many_are_left_out() {
    Peringkat p = kabupaten().peringkat(UkuranPeringkat.CAPAIAN_RATA_RATA_IKU_TERHITUNG);
    assertThat(p.urutan()).extracting(PeringkatUnit::unit).containsExactly(KROMENGAN, WAGIR, NGAJUM, DINKES);
    PeringkatUnit kromengan = p.unit(KROMENGAN).orElseThrow();
    assertThat(kromengan.nilai().value()).isEqualTo(pct(8582, 85)); // 85,82 / 85 = 100,9647…%, alone
    assertThat(kromengan.jumlahTidakTerhitung()).isEqualTo(1);
    assertThat(p.unit(NGAJUM).orElseThrow().nilai().value()).isEqualTo(Persentase.of(95)); // (90 + 100) / 2
    assertThat(p.unit(WAGIR).orElseThrow().peringkat()).contains(2);
    assertThat(p.unit(DINKES).orElseThrow().nilai().explanation()).contains("none of the 1 IKU capaian is computable");
  }

  @Test
  void capaian_mean_of_every_iku_refuses_a_unit_with_a_missing_capaian_naming_it() {
    Peringkat p = kabupaten().peringkat(UkuranPeringkat.CAPAIAN_RATA_RATA_IKU_LENGKAP);
    // the not computable last, by code as text: 1.02… before 7.01…
    assertThat(p.urutan()).extracting(PeringkatUnit::unit).containsExactly(WAGIR, NGAJUM, DINKES, KROMENGAN);
    assertThat(p.urutan()).extracting(PeringkatUnit::peringkat)
        .containsExactly(Optional.of(1), Optional.of(2), Optional.empty(), Optional.empty());
    assertThat(p.unit(KROMENGAN).orElseThrow().nilai().explanation()).contains("'Musrenbang'");
  }

  @Test
  void a_unit_without_iku_is_not_ranked_by_capaian() {
    Kabupaten k = Kabupaten.builder("Kabupaten Malang", 2024)
        .unit(DINKES, laporan("Dinas Kesehatan", Optional.empty())).build();
    PeringkatUnit p = k.peringkat(UkuranPeringkat.CAPAIAN_RATA_RATA_IKU_TERHITUNG).urutan().get(0);
    assertThat(p.peringkat()).isEmpty();
    assertThat(p.nilai().explanation()).contains("holds no IKU");
  }

  @Test
  void a_place_must_agree_with_its_measure() {
    assertThatIllegalArgumentException().isThrownBy(() -> new PeringkatUnit(Optional.empty(), KROMENGAN,
        Outcome.of(Persentase.HUNDRED), List.of())).withMessageContaining("peringkatUnit 7.01.0.00.0.00.21.0000");
    assertThatIllegalArgumentException().isThrownBy(() -> new PeringkatUnit(Optional.of(0), KROMENGAN,
        Outcome.of(Persentase.HUNDRED), List.of()));
  }
}
