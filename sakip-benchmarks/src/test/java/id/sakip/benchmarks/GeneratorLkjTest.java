package id.sakip.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.audit.Audit;
import id.sakip.audit.AturanAudit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.SakipJson;
import id.sakip.laporan.LaporanKinerja;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GeneratorLkjTest {

  private final GeneratorLkj generator = new GeneratorLkj(42);

  @Test
  void the_same_seed_and_index_give_the_same_document() {
    assertThat(generator.dokumen(7)).isEqualTo(new GeneratorLkj(42).dokumen(7));
    assertThat(generator.dokumen(7)).isNotEqualTo(generator.dokumen(8));
    assertThat(new GeneratorLkj(43).dokumen(7)).isNotEqualTo(generator.dokumen(7));
  }

  @Test
  void documents_have_the_shape_of_a_perangkat_daerah_lkj() {
    IntStream.range(0, 200).mapToObj(generator::dokumen).forEach(lkj -> {
      assertThat(lkj.perjanjianKinerja().orElseThrow().target()).hasSizeBetween(2, 8);
      var rkt = lkj.rkt().orElseThrow().anggaran();
      assertThat(rkt.akar()).hasSize(5);
      long kegiatan = rkt.semuaNode().stream().filter(n -> n.kode().segmen().size() == 5).count();
      long sub = rkt.semuaNode().stream().filter(NodeAnggaran::isDaun).count();
      assertThat(kegiatan).isBetween(10L, 20L);
      assertThat(sub).isBetween(20L, 60L);
      rkt.semuaNode().stream().filter(NodeAnggaran::isDaun).forEach(n -> assertThat(n.paguTercatat().orElseThrow().toBigDecimal())
          .isBetween(new java.math.BigDecimal("1000000"), new java.math.BigDecimal("100000000000")));
    });
  }

  @Test
  void documents_are_valid_sakip_lkj_1_and_audit_without_budget_errors() {
    SakipJson json = SakipJson.standar();
    for (int i = 0; i < 50; i++) {
      LaporanKinerja lkj = generator.dokumen(i);
      assertThat(json.readLaporan(json.writeLaporan(lkj))).isEqualTo(lkj);
      HasilAudit hasil = Audit.periksa(lkj);
      assertThat(hasil.temuan()).extracting(t -> t.aturan())
          .allMatch(r -> r == AturanAudit.CAPPED_WITHOUT_POLICY);
    }
  }
}
