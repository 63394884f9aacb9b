package id.sakip.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class UnitOrganisasiTest {

  @Test
  void a_unit_is_its_code() {
    UnitOrganisasi a = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kecamatan Kromengan");
    UnitOrganisasi b = UnitOrganisasi.of("7.01.0.00.0.00.21.0000", "Kec. Kromengan");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(UnitOrganisasi.of("7.01.0.00.0.00.22.0000", "Kecamatan Kromengan"));
    assertThat(a).hasToString("7.01.0.00.0.00.21.0000 Kecamatan Kromengan");
  }

  @Test
  void a_blank_or_spaced_code_and_a_blank_name_are_refused_in_both_languages() {
    assertThatIllegalArgumentException().isThrownBy(() -> UnitOrganisasi.of("7.01 21", "X"))
        .withMessageContaining("unitOrganisasi.kode: '7.01 21'").withMessageContaining("memuat spasi");
    assertThatIllegalArgumentException().isThrownBy(() -> UnitOrganisasi.of(" ", "X"))
        .withMessageContaining("is blank");
    assertThatIllegalArgumentException().isThrownBy(() -> UnitOrganisasi.of("21", " "))
        .withMessageContaining("unitOrganisasi.nama").withMessageContaining("nama unit organisasi 21 kosong");
  }
}
