package id.sakip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.temuan.Bahasa;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cells compute their value when first compared or shown; a report recomputed once may be shown
 * from several threads at the same time and says the same as when shown from one.
 */
class LaporanDihitungSerentakTest {

  @Test
  void cells_shown_from_many_threads_at_once_say_what_one_thread_says() {
    List<String> sequential = LaporanDihitung.hitung(DokumenUji.dokumen(), KebijakanAudit.standar()).semuaSel()
        .stream().map(s -> s.lokasi().teks(Bahasa.INGGRIS) + " = " + s.format(Bahasa.INGGRIS) + " " + s.status())
        .toList();
    for (int round = 0; round < 20; round++) {
      LaporanDihitung shared = LaporanDihitung.hitung(DokumenUji.dokumen(), KebijakanAudit.standar());
      List<String> parallel = shared.semuaSel().parallelStream()
          .map(s -> s.lokasi().teks(Bahasa.INGGRIS) + " = " + s.format(Bahasa.INGGRIS) + " " + s.status())
          .toList();
      assertThat(parallel).isEqualTo(sequential);
    }
  }
}
