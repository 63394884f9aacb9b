package id.sakip.examples;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.kinerja.komposit.IndikatorKomposit;
import id.sakip.kinerja.komposit.Komponen;
import id.sakip.kinerja.komposit.NormalisasiBobot;
import id.sakip.kinerja.komposit.RumusKomposit;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.perencanaan.KeluaranRkt;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed report's composite indicator, "Persentase peningkatan kelancaran proses Administrasi
 * Kependudukan" of the LKj Kecamatan Kromengan 2022, as an {@link IndikatorKomposit} built from
 * the figures the {@code sakip-lkj/1} transcription holds.
 *
 * <p>What the report gives. Bab II and Bab III A.2.2 split the indicator into three components,
 * "3 (tiga) sub": pengantar KTP, pengantar KK and surat pindah (mutasi penduduk), "secara
 * berturut-turut targetnya adalah 100%". For 2022 it gives the targets 2850, 1797 and 258
 * pemohon and computes each as {@code 2850 KTP / 2850 KTP × 100% = 100%} (and 1797/1797, 258/258):
 * the numerators are the only realisasi it states. It heads that computation with "Nilai Rata-Rata
 * Tertimbang / Unsur Penilaian × 100%", a weighted mean. For 2021 (Bab I C.2) it gives 2267/2267,
 * 2075/2075 and 428/428, each 100%, and says the indicator's capaian "adalah 100%".
 *
 * <p>What it does not give: the weights (here equal, 1/3 each: our assumption, the heading names
 * a weighted mean and no weights), the unit beyond "pemohon", and a composite figure for 2022 (the
 * text says only "keberhasilan"); its IKU tables list the SKM, not this composite, for the
 * sasaran. The RKT's sub kegiatan 7.01.02.2.03.01 "Jumlah pelayanan administrasi umum dan
 * kependudukan" targets 2100 KK/KTP/Mutasi, while the three component targets add up to 4905.
 *
 * <p>Every rule gives 100% for both years, as the report says, because each component's
 * realisasi equals its target.
 */
public final class KelancaranAdminduk2022 {

  /** The indicator's name as Bab II prints it. */
  public static final String NAMA = "Persentase peningkatan kelancaran proses Administrasi Kependudukan";

  /** The components as the narrative names them, in the report's order. */
  static final List<String> KOMPONEN =
      List.of("Pelayanan pengantar KTP", "Pelayanan pengantar KK", "Pelayanan surat pindah/mutasi");

  /** The RKT's sub kegiatan whose output counts the same services. */
  static final KodeNomenklatur SUB_KEGIATAN = KodeNomenklatur.parse("7.01.02.2.03.01");

  private static final Satuan PEMOHON = Satuan.of("pemohon");

  private KelancaranAdminduk2022() {}

  /**
   * Returns the composite of {@code tahun} (2021 or 2022) from the report's narrative: each
   * component's realisasi and target are the numerator and denominator the text computes it from;
   * weights 1/3 each.
   *
   * @throws IllegalArgumentException if the report states no such computation for a component in
   *     that year
   */
  public static IndikatorKomposit komposit(LaporanKinerja lkj, int tahun) {
    List<Komponen> komponen = new ArrayList<>();
    for (String nama : KOMPONEN) {
      AngkaNarasi n = narasi(lkj, nama, tahun);
      Indikator indikator = Indikator.builder().nama(nama).satuan(PEMOHON).polaritas(Polaritas.POSITIF).build();
      komponen.add(Komponen.of(indikator, Target.angka(n.penyebut().orElseThrow()), n.pembilang().orElseThrow(),
          Pecahan.of(1, KOMPONEN.size())));
    }
    return new IndikatorKomposit(NAMA + " " + tahun, komponen, NormalisasiBobot.HARUS_SATU);
  }

  /** Returns the capaian the report prints for each component in {@code tahun}, in the components' order. */
  public static List<BigDecimal> capaianTercetak(LaporanKinerja lkj, int tahun) {
    return KOMPONEN.stream().map(nama -> narasi(lkj, nama, tahun).nilai().nilai().orElseThrow()).toList();
  }

  /** Returns the target the RKT sets for the sub kegiatan that counts the same services (2100). */
  public static BigDecimal targetRkt(LaporanKinerja lkj) {
    KeluaranRkt keluaran = lkj.rkt().orElseThrow().keluaran().get(SUB_KEGIATAN);
    return keluaran.target();
  }

  private static AngkaNarasi narasi(LaporanKinerja lkj, String indikator, int tahun) {
    return lkj.tercetak().orElseThrow().narasi().stream()
        .filter(n -> n.indikator().equals(indikator) && n.tahun() == tahun && n.besaran() == Besaran.CAPAIAN
            && n.pembilang().isPresent())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "the report states no computation of the capaian of '" + indikator + "' in " + tahun));
  }

  /** The three rules the library offers, named as in the output. */
  static List<RumusKomposit> rumus() {
    return List.of(RumusKomposit.RATA_RATA_TERTIMBANG,
        RumusKomposit.rataRataTertimbangDibatasi(BatasCapaian.MAKS_100), RumusKomposit.RASIO_JUMLAH);
  }

  /** Prints each year's composite under each rule and the RKT's target beside the components' sum. */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Prints each year's composite under each rule and the RKT's target beside the components' sum. */
  public static void print(PrintStream out) {
    LaporanKinerja lkj = Kromengan2022.dokumen();
    for (int tahun : new int[] {2021, 2022}) {
      IndikatorKomposit k = komposit(lkj, tahun);
      out.println(k.nama());
      for (RumusKomposit r : rumus()) {
        Outcome<Persentase> c = k.hitung(r);
        out.println("  " + r + ": " + (c.isComputable() ? c.value().format() : c.explanation()));
      }
    }
    BigDecimal sum = komposit(lkj, 2022).komponen().stream()
        .map(k -> ((Target.Angka) k.target()).nilai()).reduce(BigDecimal.ZERO, BigDecimal::add);
    out.println("RKT " + SUB_KEGIATAN + " target " + targetRkt(lkj).toPlainString()
        + " KK/KTP/Mutasi; the components' 2022 targets add up to " + sum.toPlainString());
  }
}
