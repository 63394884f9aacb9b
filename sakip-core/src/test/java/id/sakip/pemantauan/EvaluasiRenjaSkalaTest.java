package id.sakip.pemantauan;

import static id.sakip.pemantauan.ContohEvaluasi.d;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Temuan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100 000 rows are built (the duplicate check included) and checked in one linear pass; the
 * timeout only guards against a hang on a loaded machine.
 */
class EvaluasiRenjaSkalaTest {

  private static final int N = 100_000;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void a_hundred_thousand_rows_with_one_planted_inconsistency_give_exactly_one_finding() {
    BarisEvaluasiRenja contoh = ContohEvaluasi.kegiatan();
    List<BarisEvaluasiRenja> rows = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      KodeNomenklatur kode = KodeNomenklatur.parse("7.01." + dua(i / 9_801 + 1) + ".2." + dua(i / 99 % 99 + 1) + "."
          + dua(i % 99 + 1));
      BarisEvaluasiRenja b = contoh.withKode(kode);
      rows.add(i == 77_777 ? b.withRealisasiKinerjaTercetak(d("6")) : b);
    }
    EvaluasiRenja e = EvaluasiRenja.builder().unit(ContohEvaluasi.KECAMATAN).tahun(2024).addAllBaris(rows).build();
    assertThat(e.baris()).hasSize(N);

    List<Temuan> temuan = PemeriksaanTriwulan.periksa(e);
    assertThat(temuan).hasSize(1);
    assertThat(temuan.get(0).aturan()).isEqualTo(AturanPemantauan.QUARTERS_REALISASI_MISMATCH);
    assertThat(temuan.get(0).lokasi().baris()).contains(new Baris.Kode(rows.get(77_777).kode().toString()));
  }

  private static String dua(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
