package id.sakip.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Indicator identifiers: validation, derivation from names, and the assigner's reports. */
class IdIndikatorTest {

  private static final String SKM = "Survey Kepuasan Masyarakat (SKM) Kecamatan";

  private static Indikator indikator(String nama, String satuan, Polaritas polaritas) {
    return Indikator.builder().nama(nama).satuan(Satuan.of(satuan)).polaritas(polaritas).build();
  }

  @Test
  void an_id_is_one_word() {
    assertThat(IdIndikator.of("IKU-01").nilai()).isEqualTo("IKU-01");
    assertThat(IdIndikator.of("IKU-01")).isEqualTo(new IdIndikator("IKU-01")).isNotEqualTo(IdIndikator.of("iku-01"));
    assertThatThrownBy(() -> IdIndikator.of(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idIndikator.nilai").hasMessageContaining("' '");
    assertThatThrownBy(() -> IdIndikator.of("IKU 01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'IKU 01'").hasMessageContaining("whitespace");
    assertThatThrownBy(() -> IdIndikator.of("IKU\t01")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void names_differing_in_case_spacing_punctuation_and_accents_give_one_id() {
    IdIndikator expected = IdIndikator.of("survey-kepuasan-masyarakat-skm-kecamatan");
    assertThat(IdIndikator.dariNama(SKM)).contains(expected);
    assertThat(IdIndikator.dariNama("  survey kepuasan  masyarakat (skm) kecamatan. ")).contains(expected);
    assertThat(IdIndikator.dariNama("SURVEY-KEPUASAN-MASYARAKAT/SKM/KECAMATAN")).contains(expected);
    assertThat(IdIndikator.dariNama("Indeks Kepuasan Pelayanan Publik (IKM) — 2022"))
        .contains(IdIndikator.of("indeks-kepuasan-pelayanan-publik-ikm-2022"));
    assertThat(IdIndikator.dariNama("Pelayanan Café")).contains(IdIndikator.of("pelayanan-cafe"));
    assertThat(IdIndikator.dariNama("%% — ..")).isEmpty();
  }

  @Test
  void the_same_name_in_pk_rkt_and_renstra_is_one_indicator_with_one_id() {
    Indikator pk = indikator(SKM, "Indeks", Polaritas.POSITIF);
    Indikator rkt = indikator(SKM, "Indeks", Polaritas.POSITIF);
    Indikator musrenbang = indikator("Persentase Partisipasi Musrenbangcam", "%", Polaritas.POSITIF);
    PenetapIdIndikator.Hasil hasil = PenetapIdIndikator.tetapkan(List.of(pk, musrenbang, rkt));
    assertThat(hasil.masalah()).isEmpty();
    assertThat(hasil.idPerNama()).hasSize(2);
    assertThat(hasil.id(SKM)).contains(IdIndikator.of("survey-kepuasan-masyarakat-skm-kecamatan"));
    assertThat(hasil.id(rkt)).isEqualTo(hasil.id(pk));
    assertThat(hasil.id("Persentase Partisipasi Musrenbangcam"))
        .contains(IdIndikator.of("persentase-partisipasi-musrenbangcam"));
    assertThat(hasil.id("SKM")).isEmpty();
  }

  @Test
  void two_names_alike_once_normalised_are_reported_and_only_the_first_gets_the_id() {
    Indikator a = indikator(SKM, "Indeks", Polaritas.POSITIF);
    Indikator b = indikator("survey kepuasan masyarakat (SKM) kecamatan.", "Indeks", Polaritas.POSITIF);
    PenetapIdIndikator.Hasil hasil = PenetapIdIndikator.tetapkan(List.of(a, b, b));
    assertThat(hasil.masalah()).singleElement().satisfies(m -> {
      assertThat(m.jenis()).isEqualTo(MasalahIdentitas.Jenis.NAMA_SERUPA);
      assertThat(m.kunci()).isEqualTo("survey-kepuasan-masyarakat-skm-kecamatan");
      assertThat(m.indikator()).containsExactly(a, b);
    });
    assertThat(hasil.id(a)).isPresent();
    assertThat(hasil.id(b)).isEmpty();
  }

  @Test
  void one_name_with_two_units_or_polarities_is_reported_once_with_each_variant() {
    Indikator indeks = indikator(SKM, "Indeks", Polaritas.POSITIF);
    Indikator persen = indikator(SKM, "%", Polaritas.POSITIF);
    Indikator negatif = indikator(SKM, "Indeks", Polaritas.NEGATIF);
    PenetapIdIndikator.Hasil hasil = PenetapIdIndikator.tetapkan(List.of(indeks, persen, negatif, persen, indeks));
    assertThat(hasil.masalah()).singleElement().satisfies(m -> {
      assertThat(m.jenis()).isEqualTo(MasalahIdentitas.Jenis.ATRIBUT_BERBEDA);
      assertThat(m.indikator()).containsExactly(indeks, persen, negatif);
    });
    assertThat(hasil.id(indeks)).isPresent();
    assertThat(hasil.id(persen)).as("the id belongs to the first variant").isEmpty();
  }

  @Test
  void a_name_without_letters_gets_no_id_and_is_reported() {
    Indikator dash = indikator("—", "%", Polaritas.POSITIF);
    PenetapIdIndikator.Hasil hasil = PenetapIdIndikator.tetapkan(List.of(dash));
    assertThat(hasil.masalah()).singleElement()
        .satisfies(m -> assertThat(m.jenis()).isEqualTo(MasalahIdentitas.Jenis.NAMA_TANPA_HURUF));
    assertThat(hasil.idPerNama()).isEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_hundred_thousand_names_and_a_million_character_name_are_assigned_in_linear_time() {
    List<Indikator> list = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      list.add(indikator("Jumlah dokumen nomor " + i, "Dokumen", Polaritas.POSITIF));
      list.add(indikator("Jumlah dokumen nomor " + i, "Dokumen", Polaritas.POSITIF));
    }
    list.add(indikator("x ".repeat(500_000), "Dokumen", Polaritas.POSITIF));
    PenetapIdIndikator.Hasil hasil = PenetapIdIndikator.tetapkan(list);
    assertThat(hasil.idPerNama()).hasSize(100_001);
    assertThat(hasil.masalah()).isEmpty();
    assertThat(hasil.id("x ".repeat(500_000)).orElseThrow().nilai()).hasSize(999_999);
  }
}
