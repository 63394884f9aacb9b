package id.sakip.audit;

import static id.sakip.audit.DokumenUji.A;
import static id.sakip.audit.DokumenUji.IND_A;
import static id.sakip.audit.DokumenUji.IND_B;
import static id.sakip.audit.DokumenUji.dokumen;
import static id.sakip.audit.DokumenUji.kode;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.AturanAnggaran;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.perencanaan.AturanRenstra;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.KondisiAwal;
import id.sakip.perencanaan.PaguIndikatif;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The audit of a report whose Renstra carries its matrix: the base document (every figure correct,
 * {@link DokumenUji}) with a full matrix gives no finding, and one planted inconsistency per check
 * gives exactly its finding, without repeating what {@link AturanAudit#TARGET_DIFFERS_BETWEEN_DOCUMENTS}
 * already reports.
 */
class RenstraAuditTest {

  private static final Indikator C = Indikator.builder().nama("Indikator RKT saja").satuan(Satuan.PERSEN)
      .polaritas(Polaritas.POSITIF).build();

  /** DokumenUji's Renstra with its matrix: a baseline, targets 2022 and 2026 (A's 2026: {@code lastA}), pagu indikatif. */
  private static Renstra renstra(long lastA, long paguKegiatan, long paguProgram2022) {
    return Renstra.builder().tahunAwal(2021).tahunAkhir(2026)
        .addTujuan(Tujuan.builder().nama("T1").addSasaran(SasaranRenstra.builder().nama("S1")
            .addIndikator(IndikatorRenstra.builder().indikator(IND_A).kondisiAwal(new KondisiAwal(2021, BigDecimal.valueOf(80)))
                .putTargetTahunan(2022, Target.angka(80)).putTargetTahunan(2026, Target.angka(lastA))
                .targetAkhir(Target.angka(100)).build())
            .addIndikator(IndikatorRenstra.builder().indikator(IND_B).putTargetTahunan(2022, Target.angka(8))
                .putTargetTahunan(2026, Target.angka(5)).targetAkhir(Target.angka(5)).build())
            .addIndikator(IndikatorRenstra.builder().indikator(C).putTargetTahunan(2022, Target.angka(50))
                .targetAkhir(Target.angka(70)).build())
            .build()).build())
        .addPaguIndikatif(PaguIndikatif.builder().kode(kode("7.01.02")).putPaguTahunan(2022, Rupiah.of(paguProgram2022))
            .putPaguTahunan(2023, Rupiah.of(1_100_000)).jumlahTercetak(Rupiah.of(paguProgram2022 + 1_100_000)).build())
        .addPaguIndikatif(PaguIndikatif.builder().kode(kode("7.01.02.2.01"))
            .putPaguTahunan(2022, Rupiah.of(paguKegiatan)).build())
        .build();
  }

  /** The base document with the matrix, its PK program coded, and an RKT line for C (target {@code targetC}). */
  private static LaporanKinerja lkj(Renstra renstra, long targetC) {
    LaporanKinerja base = dokumen();
    return base.withRenstra(renstra)
        .withPerjanjianKinerja(base.perjanjianKinerja().orElseThrow().withAnggaran(
            base.perjanjianKinerja().orElseThrow().anggaran().get(0).withProgram(
                new ProgramPk("Program Penyelenggaraan", Rupiah.of(1_000_000), Optional.of(kode("7.01.02"))))))
        .withRkt(base.rkt().orElseThrow().withSasaran(concat(base.rkt().orElseThrow().sasaran(),
            SasaranRkt.builder().target(TargetKinerja.builder().sasaran("S3").indikator(C).target(Target.angka(targetC))
                .build()).addPendukung(kode("7.01.02.2.01")).build())));
  }

  private static <T> List<T> concat(List<T> list, T one) {
    List<T> out = new java.util.ArrayList<>(list);
    out.add(one);
    return out;
  }

  private static List<Aturan> rules(LaporanKinerja lkj) {
    List<Temuan> found = Audit.periksa(lkj).temuan();
    for (Temuan t : found) {
      for (Bahasa b : Bahasa.values()) {
        assertThat(t.pesan(b)).as("message in " + b).doesNotContain("{").doesNotContain("}");
      }
    }
    return found.stream().map(Temuan::aturan).toList();
  }

  @Test
  void a_report_whose_documents_agree_with_the_matrix_has_no_finding() {
    assertThat(rules(lkj(renstra(100, 600_000, 1_000_000), 50))).isEmpty();
  }

  @Test
  void each_planted_inconsistency_is_found_exactly_once() {
    assertThat(rules(lkj(renstra(95, 600_000, 1_000_000), 50))).containsExactly(AturanRenstra.END_TARGET_INCONSISTENT);
    assertThat(rules(lkj(renstra(100, 600_000, 1_000_000), 60))).containsExactly(AturanRenstra.RENSTRA_TARGET_MISMATCH);
    assertThat(rules(lkj(renstra(100, 500_000, 1_000_000), 50)))
        .containsExactly(AturanRenstra.BUDGET_ABOVE_PAGU_INDIKATIF);
    // the program in the PK and in the RKT: one finding each
    assertThat(rules(lkj(renstra(100, 600_000, 1_200_000), 50)))
        .containsExactly(AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF, AturanRenstra.BUDGET_BELOW_PAGU_INDIKATIF);
    Renstra badTotal = renstra(100, 600_000, 1_000_000);
    badTotal = badTotal.withPaguIndikatif(badTotal.paguIndikatif().get(0).withJumlahTercetak(Rupiah.of(1)),
        badTotal.paguIndikatif().get(1));
    assertThat(rules(lkj(badTotal, 50))).containsExactly(AturanAnggaran.BUDGET_TOTAL_MISMATCH);
    // a Renstra 2023–2027 for a 2022 report: the PK and the RKT each lie outside it
    Renstra later = Renstra.builder().tahunAwal(2023).tahunAkhir(2027).addTujuan(Tujuan.builder().nama("T1")
        .addSasaran(SasaranRenstra.builder().nama("S1")
            .addIndikator(IndikatorRenstra.builder().indikator(IND_A).targetAkhir(Target.angka(100)).build())
            .addIndikator(IndikatorRenstra.builder().indikator(IND_B).targetAkhir(Target.angka(5)).build())
            .build()).build()).build();
    assertThat(rules(dokumen().withRenstra(later)))
        .containsExactly(AturanRenstra.YEAR_OUTSIDE_RENSTRA, AturanRenstra.YEAR_OUTSIDE_RENSTRA);
  }

  @Test
  void an_rkt_target_of_an_indicator_the_pk_has_is_reported_once_against_the_pk() {
    LaporanKinerja lkj = lkj(renstra(100, 600_000, 1_000_000), 50);
    lkj = lkj.withRkt(lkj.rkt().orElseThrow().withSasaran(concat(List.of(SasaranRkt.builder()
            .target(TargetKinerja.builder().sasaran("S1").indikator(IND_A).target(Target.angka(100)).build())
            .addPendukung(kode("7.01.02.2.01")).build()), lkj.rkt().orElseThrow().sasaran().get(1))));
    assertThat(rules(lkj)).containsExactly(AturanAudit.TARGET_DIFFERS_BETWEEN_DOCUMENTS);
  }

  @Test
  void an_indicator_of_the_pk_the_renstra_lacks_is_found() {
    Renstra r = renstra(100, 600_000, 1_000_000);
    Renstra withoutB = r.withTujuan(Tujuan.builder().nama("T1").addSasaran(SasaranRenstra.builder().nama("S1")
        .addIndikator(r.indikator(A).orElseThrow(), r.indikator(C).orElseThrow()).build()).build());
    // table 1.3's row of B is dropped: without B in the Renstra it could not be recomputed
    List<Temuan> found = Audit.periksa(lkj(withoutB, 50).withTercetak(DokumenUji.tercetak()
        .withKemajuan(List.of(DokumenUji.tercetak().kemajuan().get(0))))).temuan();
    assertThat(found).extracting(Temuan::aturan).containsExactly(AturanRenstra.INDICATOR_NOT_IN_RENSTRA);
    assertThat(found.get(0).pesan(Bahasa.INGGRIS)).contains("indicator '" + DokumenUji.B + "' of the Perjanjian Kinerja");
  }

  @Test
  void a_renstra_without_a_matrix_adds_nothing_to_the_audit() {
    assertThat(Audit.periksa(dokumen()).temuan()).isEmpty();
    assertThat(Audit.periksa(dokumen().withRenstra(Renstra.builder().tahunAwal(2021).tahunAkhir(2026).build()))
        .temuan()).extracting(Temuan::aturan).doesNotHaveAnyElementsOfTypes(AturanRenstra.class);
  }
}
