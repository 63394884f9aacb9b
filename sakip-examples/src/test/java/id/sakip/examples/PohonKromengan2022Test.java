package id.sakip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Persentase;
import id.sakip.kinerja.IdIndikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.pohon.AturanPohon;
import id.sakip.pohon.NodePohon;
import id.sakip.pohon.PohonKinerja;
import id.sakip.pohon.TingkatPohon;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Kromengan 2022 performance tree from its transcription, and what the tree checks find in it. */
class PohonKromengan2022Test {

  private static final IdIndikator SKM = IdIndikator.of("survey-kepuasan-masyarakat-skm-kecamatan");

  @Test
  void the_tree_holds_the_renstra_the_supporting_program_and_every_budget_node() {
    PohonKinerja pohon = PohonKromengan2022.dari(Kromengan2022.dokumen());
    assertThat(pohon.unit()).contains(PohonKromengan2022.KROMENGAN);
    Map<TingkatPohon, Long> perTingkat = pohon.semuaNode().stream()
        .collect(Collectors.groupingBy(NodePohon::tingkat, Collectors.counting()));
    assertThat(perTingkat).containsEntry(TingkatPohon.TUJUAN, 1L).containsEntry(TingkatPohon.SASARAN, 2L)
        .containsEntry(TingkatPohon.PROGRAM, 5L).containsEntry(TingkatPohon.KEGIATAN, 13L)
        .containsEntry(TingkatPohon.SUB_KEGIATAN, 26L);
    // the RKT links its SKM sasaran to kegiatan 7.01.02.2.03, so program 7.01.02 sits under the Renstra's SKM sasaran
    NodePohon sasaran = pohon.pemilik(SKM).orElseThrow();
    assertThat(sasaran.tingkat()).isEqualTo(TingkatPohon.SASARAN);
    assertThat(sasaran.anak()).extracting(n -> n.kode().orElseThrow().toString()).containsExactly("7.01.02");
    // the other four programs support no sasaran: roots of their own
    assertThat(pohon.akar()).extracting(NodePohon::tingkat)
        .containsExactly(TingkatPohon.TUJUAN, TingkatPohon.PROGRAM, TingkatPohon.PROGRAM, TingkatPohon.PROGRAM,
            TingkatPohon.PROGRAM);
  }

  @Test
  void the_skm_iku_carries_the_pk_target_and_its_realisasi_raw_capaian_100_96() {
    PohonKinerja pohon = PohonKromengan2022.dari(Kromengan2022.dokumen());
    assertThat(pohon.indikator(SKM).orElseThrow().capaian(KalkulatorCapaian.standar()).value())
        .isEqualTo(Persentase.ofFraction(BigInteger.valueOf(8582), BigInteger.valueOf(85)));
  }

  @Test
  void the_checks_find_26_outputs_supporting_nothing_and_the_musrenbang_sasaran_without_program_and_nothing_else() {
    PohonKinerja pohon = PohonKromengan2022.dari(Kromengan2022.dokumen());
    List<Temuan> found = PohonKromengan2022.periksa(pohon);
    Map<AturanPohon, Long> perAturan = found.stream()
        .collect(Collectors.groupingBy(t -> (AturanPohon) t.aturan(), Collectors.counting()));
    assertThat(perAturan).containsOnly(Map.entry(AturanPohon.INDICATOR_WITHOUT_PARENT, 26L),
        Map.entry(AturanPohon.SASARAN_WITHOUT_PROGRAM, 1L));
    Temuan sasaran = found.stream().filter(t -> t.aturan() == AturanPohon.SASARAN_WITHOUT_PROGRAM).findFirst()
        .orElseThrow();
    assertThat(sasaran.pesan(Bahasa.INDONESIA)).isEqualTo("Pohon kinerja › sasaran 'Meningkatnya Partisipasi"
        + " Masyarakat/Perwakilan Masyarakat dalam Pelaksanaan Musrenbangcam.': sasaran 'Meningkatnya Partisipasi"
        + " Masyarakat/Perwakilan Masyarakat dalam Pelaksanaan Musrenbangcam.' tidak memiliki program di bawahnya;"
        + " setiap sasaran dicapai melalui program.");
    assertThat(found.stream().filter(t -> t.aturan() == AturanPohon.INDICATOR_WITHOUT_PARENT)
            .map(t -> (String) t.rincian().get("id")))
        .contains("keluaran-7.01.02.2.02.01", "keluaran-7.01.01.2.01.01").allMatch(id -> id.startsWith("keluaran-"));
  }

  @Test
  void the_indicator_names_of_renstra_pk_and_rkt_get_ids_without_a_problem() {
    assertThat(PohonKromengan2022.identitas(Kromengan2022.dokumen()).masalah()).isEmpty();
  }

  @Test
  void the_walkthrough_prints_the_tree_and_its_findings() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PohonKromengan2022.print(new PrintStream(buf, true, StandardCharsets.UTF_8), Bahasa.INGGRIS);
    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(out).startsWith("PohonKinerja[7.01.0.00.0.00.21.0000 Kecamatan Kromengan, 47 nodes, 28 indicators]")
        .contains("SASARAN_WITHOUT_PROGRAM");
    assertThat(out.lines().filter(l -> l.contains("INDICATOR_WITHOUT_PARENT")).count()).isEqualTo(26);
  }

}
