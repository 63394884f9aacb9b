package konsumen;

import static id.sakip.assertj.SakipAssertions.assertThat;

import id.sakip.angka.Rupiah;
import org.junit.jupiter.api.Test;

class KonsumenTest {

  @Test
  void the_absorption_is_read_from_the_document() {
    org.assertj.core.api.Assertions.assertThat(Konsumen.serapan(Konsumen.DOKUMEN)).isEqualTo("86,93%");
    assertThat(Rupiah.parse("305.711.500")).isEqualTo("Rp305.711.500,00");
  }
}
