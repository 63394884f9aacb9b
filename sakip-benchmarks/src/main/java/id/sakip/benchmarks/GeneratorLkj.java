package id.sakip.benchmarks;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.IndonesianNumbers;
import id.sakip.angka.Notasi;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.perencanaan.KeluaranRkt;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible generator of synthetic but realistic {@code sakip-lkj/1} documents. Document
 * {@code i} depends only on the seed and {@code i}, so a national year can be streamed without
 * holding it. Each document has 2–8 IKU, a Renstra, a PK, an RKT of {@code program} programs with
 * about three kegiatan each and 2–3 sub kegiatan per kegiatan (5, ~15 and ~40 by default), budgets
 * from 10^6 to 10^11 rupiah, the budget realisation table and the printed capaian of every IKU
 * (some capped at 100%, as reports do).
 */
public final class GeneratorLkj {

  /** A national year: 548 pemda × 40 perangkat daerah. */
  public static final int DOKUMEN_NASIONAL = 548 * 40;

  private static final String[] KATA = {"Pelayanan", "Administrasi", "Koordinasi", "Pembinaan", "Penyediaan",
      "Pemeliharaan", "Fasilitasi", "Perencanaan", "Pengawasan", "Penyelenggaraan", "Kependudukan", "Desa"};

  private final long seed;
  private final int program;
  /** Kegiatan per program, or 0 for 2–4 drawn at random. */
  private final int kegiatan;
  /** Sub kegiatan per kegiatan, or 0 for 2–3 drawn at random. */
  private final int subKegiatan;

  /** Creates a generator with the default shape (5 programs). */
  public GeneratorLkj(long seed) {
    this(seed, 5);
  }

  /** Creates a generator whose RKTs have {@code program} programs (1 to 9). */
  public GeneratorLkj(long seed, int program) {
    if (program < 1 || program > 9) {
      throw new IllegalArgumentException("program " + program + " is outside 1..9");
    }
    this.seed = seed;
    this.program = program;
    this.kegiatan = 0;
    this.subKegiatan = 0;
  }

  /**
   * Creates a generator of large documents: RKTs of {@code program} programs, each of exactly
   * {@code kegiatan} kegiatan of exactly {@code subKegiatan} sub kegiatan (each 1 to 99), so a budget
   * tree has {@code program × (1 + kegiatan × (1 + subKegiatan))} nodes. Everything else is drawn as
   * in the default shape; the default shape's documents are unchanged.
   */
  public GeneratorLkj(long seed, int program, int kegiatan, int subKegiatan) {
    for (int[] v : new int[][] {{program}, {kegiatan}, {subKegiatan}}) {
      if (v[0] < 1 || v[0] > 99) {
        throw new IllegalArgumentException("count " + v[0] + " is outside 1..99");
      }
    }
    this.seed = seed;
    this.program = program;
    this.kegiatan = kegiatan;
    this.subKegiatan = subKegiatan;
  }

  /** Returns document {@code index}; the same seed and index always give the same document. */
  public LaporanKinerja dokumen(int index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    int tahun = 2024;
    List<Indikator> iku = new ArrayList<>();
    int count = 2 + r.nextInt(7);
    for (int i = 0; i < count; i++) {
      boolean negatif = r.nextInt(4) == 0;
      iku.add(Indikator.builder().nama("IKU " + (i + 1) + " " + kata(r) + " " + kata(r))
          .satuan(negatif ? Satuan.of("kasus") : Satuan.PERSEN)
          .polaritas(negatif ? Polaritas.NEGATIF : Polaritas.POSITIF).build());
    }
    PohonAnggaran rkt = tree(r);
    PohonAnggaran tabelB = withRealisasi(r, rkt);
    var pk = PerjanjianKinerja.builder().tahun(tahun);
    var sasaran = SasaranRenstra.builder().nama("Meningkatnya kualitas " + kata(r));
    var rktBuilder = Rkt.builder().tahun(tahun).anggaran(rkt);
    List<RealisasiIku> realisasi = new ArrayList<>();
    var tercetak = Tercetak.builder();
    for (Indikator i : iku) {
      BigDecimal target = BigDecimal.valueOf(50 + r.nextInt(50));
      BigDecimal real = target.multiply(BigDecimal.valueOf(80 + r.nextInt(40))).divide(BigDecimal.valueOf(100), 2,
          RoundingMode.HALF_UP);
      pk.addTarget(TargetKinerja.builder().sasaran("Sasaran " + i.nama()).indikator(i).target(Target.angka(target)).build());
      sasaran.addIndikator(IndikatorRenstra.builder().indikator(i).putTargetTahunan(tahun, Target.angka(target))
          .targetAkhir(Target.angka(target.add(BigDecimal.TEN))).build());
      rktBuilder.addSasaran(SasaranRkt.builder()
          .target(TargetKinerja.builder().sasaran("Sasaran " + i.nama()).indikator(i).target(Target.angka(target)).build())
          .addPendukung(rkt.akar().get(r.nextInt(rkt.akar().size())).anak().get(0).kode()).build());
      realisasi.add(RealisasiIku.builder().indikator(i.nama()).putRealisasi(tahun - 1, real.subtract(BigDecimal.ONE))
          .putRealisasi(tahun, real).putTarget(tahun, Target.angka(target)).build());
      Persentase capaian = KalkulatorCapaian.standar().hitung(i.polaritas(), Target.angka(target), real).value();
      Persentase shown = r.nextInt(3) == 0 ? capaian.min(Persentase.HUNDRED) : capaian;
      tercetak.addCapaian(BarisCapaian.builder().tempat("Tabel 1.1").indikator(i.nama()).tahun(tahun)
          .target(AngkaParser.parse(IndonesianNumbers.format(target), Notasi.INDONESIA))
          .realisasi(AngkaParser.parse(IndonesianNumbers.format(real), Notasi.INDONESIA))
          .capaian(AngkaParser.parse(shown.format(), Notasi.INDONESIA)).build());
    }
    pk.addAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_MURNI)
        .addAllProgram(rkt.akar().stream().map(n -> new ProgramPk(n.nama(), rkt.rekap(n).pagu(),
            java.util.Optional.of(n.kode()))).toList())
        .jumlahTercetak(rkt.total().pagu()).build());
    for (NodeAnggaran n : rkt.semuaNode()) {
      if (n.isDaun()) {
        rktBuilder.putKeluaran(n.kode(), new KeluaranRkt(java.util.Optional.of("Jumlah " + kata(r)),
            BigDecimal.valueOf(1 + r.nextInt(500)), Satuan.of("Dokumen")));
      }
    }
    return LaporanKinerja.builder()
        .instansi("Pemda " + (index / 40 + 1) + " perangkat daerah " + (index % 40 + 1))
        .tahun(tahun)
        .renstra(Renstra.builder().tahunAwal(2021).tahunAkhir(2026)
            .addTujuan(Tujuan.builder().nama("Tujuan " + kata(r)).addSasaran(sasaran.build()).build()).build())
        .perjanjianKinerja(pk.build())
        .rkt(rktBuilder.build())
        .addAllRealisasiIku(realisasi)
        .realisasiAnggaran(TabelRealisasiAnggaran.builder().versi(VersiAnggaran.APBD_MURNI).anggaran(tabelB)
            .jumlahPagu(tabelB.total().pagu()).jumlahRealisasi(tabelB.total().realisasi()).build())
        .tercetak(tercetak.build())
        .build();
  }

  /** A budget tree of this generator's shape; pagu on the leaves only. */
  private PohonAnggaran tree(SplittableRandom r) {
    List<NodeAnggaran> programs = new ArrayList<>();
    for (int p = 1; p <= program; p++) {
      String pk = "7.01." + dua(p);
      NodeAnggaran.Builder pb = NodeAnggaran.builder(KodeNomenklatur.parse(pk), "Program " + kata(r) + " " + p);
      int kegiatan = this.kegiatan > 0 ? this.kegiatan : 2 + r.nextInt(3);
      for (int k = 1; k <= kegiatan; k++) {
        String kk = pk + ".2." + dua(k);
        NodeAnggaran.Builder kb = NodeAnggaran.builder(KodeNomenklatur.parse(kk), "Kegiatan " + kata(r) + " " + k);
        int sub = subKegiatan > 0 ? subKegiatan : 2 + r.nextInt(2);
        for (int s = 1; s <= sub; s++) {
          long rupiah = 1_000_000L + (long) (r.nextLong(100_000_000_000L - 1_000_000L));
          kb.anak(NodeAnggaran.of(kk + "." + dua(s), "Sub kegiatan " + kata(r) + " " + s, Rupiah.of(rupiah)));
        }
        pb.anak(kb.build());
      }
      programs.add(pb.build());
    }
    return PohonAnggaran.of(programs);
  }

  /** The same tree with a realisasi of 80–100% on each leaf. */
  private static PohonAnggaran withRealisasi(SplittableRandom r, PohonAnggaran plan) {
    return PohonAnggaran.of(plan.akar().stream().map(n -> copy(r, n)).toList());
  }

  private static NodeAnggaran copy(SplittableRandom r, NodeAnggaran n) {
    NodeAnggaran.Builder b = NodeAnggaran.builder(n.kode(), n.nama());
    if (n.isDaun()) {
      Rupiah pagu = n.paguTercatat().orElseThrow();
      b.pagu(pagu).realisasi(pagu.multipliedBy(BigDecimal.valueOf(80 + r.nextInt(21), 2), RoundingMode.DOWN));
    } else {
      b.anak(n.anak().stream().map(c -> copy(r, c)).toList());
    }
    return b.build();
  }

  /** Two digits: {@code 7} is {@code 07}, as the default shape always wrote single digits. */
  private static String dua(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String kata(SplittableRandom r) {
    return KATA[r.nextInt(KATA.length)];
  }
}
