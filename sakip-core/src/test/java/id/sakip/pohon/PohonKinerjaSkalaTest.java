package id.sakip.pohon;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A tree of about 10^5 nodes is built, checked and rolled up without quadratic behaviour. */
class PohonKinerjaSkalaTest {

  private static final int SASARAN = 10;
  private static final int PROGRAM = 10;
  private static final int KEGIATAN = 10;
  private static final int SUB = 99;

  private static IndikatorPohon ind(String id, String up, long target, long realisasi) {
    IndikatorPohon.Builder b = IndikatorPohon.builder().id(IdIndikator.of(id)).indikator(Contoh.indikator("Indikator " + id, "Dokumen"))
        .target(Target.angka(target)).realisasi(BigDecimal.valueOf(realisasi));
    if (up != null) {
      b.mendukung(IdIndikator.of(up));
    }
    return b.build();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a_hundred_thousand_nodes_are_built_checked_and_rolled_up_with_one_planted_finding() {
    List<NodePohon> sasaran = new ArrayList<>();
    for (int s = 0; s < SASARAN; s++) {
      String sid = "s" + s;
      List<NodePohon> programs = new ArrayList<>();
      for (int p = 0; p < PROGRAM; p++) {
        String pid = sid + "p" + p;
        String pk = String.format("7.%02d.%02d", s + 1, p + 1);
        List<NodePohon> kegiatan = new ArrayList<>();
        for (int k = 0; k < KEGIATAN; k++) {
          String kid = pid + "k" + k;
          String kk = pk + String.format(".2.%02d", k + 1);
          List<NodePohon> subs = new ArrayList<>(SUB);
          for (int u = 0; u < SUB; u++) {
            boolean planted = s == 3 && p == 4 && k == 5 && u == 6;
            subs.add(NodePohon.builder().tingkat(TingkatPohon.SUB_KEGIATAN).nama("Sub " + u)
                .kode(KodeNomenklatur.parse(kk + String.format(".%04d", u + 1))).pagu(Rupiah.of(1_000L))
                .addIndikator(ind(kid + "u" + u, planted ? null : kid, 10, 10 + u % 3)).build());
          }
          kegiatan.add(NodePohon.builder().tingkat(TingkatPohon.KEGIATAN).nama("Kegiatan " + k)
              .kode(KodeNomenklatur.parse(kk)).pagu(Rupiah.of(1_000L * SUB))
              .addIndikator(ind(kid, pid, 100, 100)).addAllAnak(subs).build());
        }
        programs.add(NodePohon.builder().tingkat(TingkatPohon.PROGRAM).nama("Program " + p)
            .kode(KodeNomenklatur.parse(pk)).pagu(Rupiah.of(1_000L * SUB * KEGIATAN))
            .addIndikator(ind(pid, sid, 100, 100)).addAllAnak(kegiatan).build());
      }
      sasaran.add(NodePohon.builder().tingkat(TingkatPohon.SASARAN).nama("Sasaran " + s)
          .addIndikator(ind(sid, null, 100, 100)).addAllAnak(programs).build());
    }
    NodePohon tujuan = NodePohon.builder().tingkat(TingkatPohon.TUJUAN).nama("Tujuan").addAllAnak(sasaran).build();

    PohonKinerja pohon = PohonKinerja.of(List.of(tujuan));
    int nodes = 1 + SASARAN * (1 + PROGRAM * (1 + KEGIATAN * (1 + SUB)));
    assertThat(nodes).isGreaterThanOrEqualTo(100_000);
    assertThat(pohon.semuaNode()).hasSize(nodes);

    List<Temuan> found = PemeriksaanPohon.periksa(pohon, Lokasi.diTempat("Pohon kinerja"));
    assertThat(found).singleElement().satisfies(t -> {
      assertThat(t.aturan()).isEqualTo(AturanPohon.INDICATOR_WITHOUT_PARENT);
      assertThat(t.rincian()).containsEntry("id", "s3p4k5u6");
    });

    Map<IdIndikator, RekapCapaian> rekap = pohon.rekapSemua(RumusKomposit.RATA_RATA_TERTIMBANG,
        NormalisasiBobot.BAGI_JUMLAH, KalkulatorCapaian.standar());
    assertThat(rekap).hasSize(SASARAN + SASARAN * PROGRAM + SASARAN * PROGRAM * KEGIATAN);
    // 99 subs with realisasi 10, 11, 12, … against 10: 33 × (100 + 110 + 120) / 99 = 110
    assertThat(rekap.get(IdIndikator.of("s0p0k0")).capaian().value()).isEqualTo(Persentase.of(110));
    assertThat(rekap.get(IdIndikator.of("s0p0k0")).kontributor()).hasSize(SUB);
    // the kegiatan with the unlinked sub kegiatan has 98 contributors
    assertThat(rekap.get(IdIndikator.of("s3p4k5")).kontributor()).hasSize(SUB - 1);
    assertThat(rekap.get(IdIndikator.of("s0")).capaian().value()).isEqualTo(Persentase.HUNDRED);
  }
}
