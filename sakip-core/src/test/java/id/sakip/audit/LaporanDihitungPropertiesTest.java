package id.sakip.audit;

import static id.sakip.audit.DokumenUji.A;
import static id.sakip.audit.DokumenUji.B;
import static id.sakip.audit.DokumenUji.kode;
import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.laporan.Besaran;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.laporan.RealisasiIku;
import id.sakip.laporan.TabelRealisasiAnggaran;
import id.sakip.laporan.Tercetak;
import id.sakip.perencanaan.AnggaranPk;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random reports, with amounts at the edges of the Rupiah range, targets of zero, negative
 * figures and printed figures that agree or not: the recomputation never throws, and the tables
 * and the audit say the same thing — a cell is marked as differing exactly when the audit has its
 * finding, and every finding on a printed figure is at a marked cell.
 */
class LaporanDihitungPropertiesTest {

  private static final long[] EDGE_SEN = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1, 60_000_000L, 54_000_000L,
      Long.MAX_VALUE / 2, -(Long.MAX_VALUE / 2)};

  @Property(tries = 400)
  void recomputation_never_throws_and_the_tables_mark_exactly_the_findings(@ForAll long seed) {
    LaporanKinerja lkj = acak(new Random(seed));
    LaporanDihitung r = LaporanDihitung.hitung(lkj, KebijakanAudit.standar());
    Set<Temuan> fromCells = new HashSet<>();
    for (TabelDihitung t : r.tabel()) {
      for (BarisDihitung b : t.baris()) {
        for (Sel<?> s : b.sel()) {
          s.format(Bahasa.INDONESIA);
          switch (s.status()) {
            case BERBEDA -> {
              Temuan f = s.temuan().orElseThrow();
              assertThat(f.aturan() == AturanAudit.CATEGORY_MISMATCH || f.pembanding().isPresent()).isTrue();
              assertThat(f.lokasi()).isEqualTo(s.lokasi());
              fromCells.add(f);
            }
            case TIDAK_TERPERIKSA -> {
              assertThat(s.temuan().orElseThrow().pembanding()).isEmpty();
              assertThat(s.temuan().get().aturan()).isNotEqualTo(s.aturan());
              fromCells.add(s.temuan().get());
            }
            case SESUAI -> assertThat(s.temuan()).isEmpty();
            case TANPA_CETAKAN -> s.temuan().ifPresent(fromCells::add);
          }
        }
      }
    }
    assertThat(r.temuan()).containsAll(fromCells);
    for (Temuan f : r.temuan()) {
      Optional<Sel<?>> at = r.sel(f.lokasi());
      if (at.isPresent() && at.get().tercetak().isPresent() && fromCells.contains(f)) {
        assertThat(at.get().status()).isIn(Sel.Status.BERBEDA, Sel.Status.TIDAK_TERPERIKSA);
      }
      for (Bahasa bahasa : Bahasa.values()) {
        assertThat(f.pesan(bahasa)).as(f.aturan().id()).doesNotContain("{").doesNotContain("}");
      }
    }
    assertThat(Audit.periksa(lkj).temuan()).isEqualTo(r.temuan());
    // Table B's cells and the tree's own check (used for the RKT) find the same sums of children.
    lkj.realisasiAnggaran().ifPresent(b -> assertThat(r.temuan())
        .filteredOn(f -> f.aturan() == id.sakip.anggaran.AturanAnggaran.BUDGET_CHILDREN_SUM_MISMATCH
            && f.lokasi().bagian() == id.sakip.temuan.Bagian.TABEL_B)
        .containsExactlyInAnyOrderElementsOf(id.sakip.anggaran.PemeriksaanAnggaran.jumlahAnak(b.anggaran(),
            id.sakip.temuan.Lokasi.of(id.sakip.temuan.Bagian.TABEL_B))));
    eachPrintedFigureHasItsCell(lkj.tercetak().orElseThrow(), r);
  }

  /**
   * Every figure the document prints is in exactly one cell (a narrative figure in one or two: its
   * own ratio and its source), and every printed category label in one.
   */
  private static void eachPrintedFigureHasItsCell(Tercetak t, LaporanDihitung r) {
    java.util.Map<AngkaTercetak, Integer> inCells = new java.util.IdentityHashMap<>();
    long labels = 0;
    for (Sel<?> s : r.semuaSel()) {
      s.tercetak().ifPresent(p -> inCells.merge(p, 1, Integer::sum));
      labels += s.lokasi().kolom().filter(k -> k == id.sakip.temuan.Kolom.KATEGORI).isPresent()
          && s.tercetak().isPresent() ? 1 : 0;
    }
    List<AngkaTercetak> once = new ArrayList<>();
    t.capaian().forEach(b -> java.util.stream.Stream.of(b.target(), b.realisasi(), b.capaian())
        .forEach(x -> x.ifPresent(once::add)));
    t.kemajuan().forEach(b -> java.util.stream.Stream.of(b.targetAkhir(), b.realisasi(), b.kemajuan())
        .forEach(x -> x.ifPresent(once::add)));
    t.anggaranSasaran().forEach(b -> java.util.stream.Stream.of(b.alokasi(), b.realisasiAnggaran(), b.porsi(),
        b.serapan(), b.capaianKinerja(), b.efisiensi()).forEach(x -> x.ifPresent(once::add)));
    once.addAll(t.serapanTabelB().values());
    t.serapanJumlahTabelB().ifPresent(once::add);
    for (AngkaTercetak p : once) {
      assertThat(inCells.getOrDefault(p, 0)).as("cells holding the printed '" + p.teks() + "'").isEqualTo(1);
    }
    for (AngkaNarasi n : t.narasi()) {
      assertThat(inCells.getOrDefault(n.nilai(), 0)).as("cells holding the narrative '" + n.nilai().teks() + "'")
          .isBetween(1, 2);
    }
    assertThat(labels).isEqualTo(t.capaian().stream().filter(b -> b.kategori().isPresent()).count());
  }

  private static LaporanKinerja acak(Random rnd) {
    TabelRealisasiAnggaran tabel = tabelB(rnd);
    PerjanjianKinerja pk = DokumenUji.pk();
    if (rnd.nextBoolean()) {
      pk = pk.withAnggaran(AnggaranPk.builder().versi(VersiAnggaran.APBD_PERUBAHAN)
          .addProgram(ProgramPk.of("Program", rupiah(rnd))).jumlahTercetak(rupiah(rnd)).build());
    }
    if (rnd.nextBoolean()) {
      pk = pk.withTarget(pk.target().stream().map(t -> t.withTarget(Target.angka(angka(rnd)))).toList());
    }
    // The RKT plans the same random tree, and links each sasaran to a random set of its rows.
    List<id.sakip.anggaran.KodeNomenklatur> codes = tabel.anggaran().semuaNode().stream().map(NodeAnggaran::kode)
        .toList();
    id.sakip.perencanaan.Rkt rkt = DokumenUji.rkt()
        .withAnggaran(tabel.anggaran())
        .withSasaran(DokumenUji.rkt().sasaran().stream().map(s -> s.withPendukung(
            codes.stream().filter(c -> rnd.nextBoolean()).toList())).toList());
    return DokumenUji.dokumen(tercetak(rnd))
        .withPerjanjianKinerja(pk)
        .withRkt(rkt)
        .withRealisasiIku(iku(rnd, A), iku(rnd, B))
        .withRealisasiAnggaran(rnd.nextInt(5) == 0 ? Optional.empty() : Optional.of(tabel));
  }

  private static TabelRealisasiAnggaran tabelB(Random rnd) {
    while (true) {
      try {
        var b = TabelRealisasiAnggaran.builder()
            .versi(rnd.nextBoolean() ? VersiAnggaran.APBD_PERUBAHAN : VersiAnggaran.APBD_MURNI)
            .anggaran(PohonAnggaran.of(NodeAnggaran.builder("7.01.02", "Program").pagu(rupiah(rnd))
                .anak(NodeAnggaran.of("7.01.02.2.01", "Kegiatan Pelayanan", rupiah(rnd), rupiah(rnd)),
                    NodeAnggaran.of("7.01.02.2.02", "Kegiatan Pengaduan", rupiah(rnd), rupiah(rnd)),
                    NodeAnggaran.of("7.01.02.2.03", "Kegiatan Lain", rupiah(rnd), rupiah(rnd)))
                .build()));
        if (rnd.nextBoolean()) {
          b.jumlahPagu(rupiah(rnd)).jumlahRealisasi(rupiah(rnd));
        }
        return b.build();
      } catch (ArithmeticException e) {
        // a tree whose total lies outside the Rupiah range is refused by the model; draw again
      }
    }
  }

  private static RealisasiIku iku(Random rnd, String nama) {
    var b = RealisasiIku.builder().indikator(nama);
    if (rnd.nextInt(4) > 0) {
      b.putRealisasi(2022, angka(rnd));
    }
    if (rnd.nextBoolean()) {
      b.putRealisasi(2021, angka(rnd)).putTarget(2021, Target.angka(angka(rnd)));
    }
    return b.build();
  }

  private static Tercetak tercetak(Random rnd) {
    List<BarisCapaian> capaian = new ArrayList<>();
    for (String tempat : List.of("Tabel 1.1", "Tabel 1.2", "Tabel 3.2", "Bab I C.2", "tabel 1.1")) {
      for (String nama : List.of(A, B, "Tidak dikenal")) {
        if (rnd.nextInt(3) > 0) {
          capaian.add(BarisCapaian.builder().tempat(tempat).indikator(nama).tahun(2022 - capaian.size() % 2)
              .target(cetak(rnd, "")).realisasi(cetak(rnd, "")).capaian(cetak(rnd, "%"))
              .kategori(Optional.ofNullable(rnd.nextBoolean() ? null : rnd.nextBoolean() ? "Sangat berhasil"
                  : " berhasil ")).build());
        }
      }
    }
    List<BarisKemajuan> kemajuan = new ArrayList<>();
    List<BarisAnggaranSasaran> anggaran = new ArrayList<>();
    for (String nama : List.of(A, B, "Tidak dikenal")) {
      kemajuan.add(BarisKemajuan.builder().tempat(rnd.nextBoolean() ? "Tabel 1.3" : "Lampiran").indikator(nama)
          .targetAkhir(cetak(rnd, "")).realisasi(cetak(rnd, "")).kemajuan(cetak(rnd, "%")).build());
      for (String tempat : List.of("Tabel 3.1", "Tabel 3.2", "Tabel 3.3")) {
        anggaran.add(BarisAnggaranSasaran.builder().tempat(tempat).indikator(nama).alokasi(cetakRupiah(rnd))
            .realisasiAnggaran(cetakRupiah(rnd)).porsi(cetak(rnd, "%")).serapan(cetak(rnd, "%"))
            .capaianKinerja(cetak(rnd, "%")).efisiensi(cetak(rnd, "%")).build());
      }
    }
    var b = Tercetak.builder().addAllCapaian(capaian).addAllKemajuan(kemajuan)
        .addAllAnggaranSasaran(anggaran)
        .putAllSerapanTabelB(Map.of(kode("7.01.02.2.01"), cetak(rnd, ""), kode("7.01.09.2.01"), cetak(rnd, "")))
        .serapanJumlahTabelB(cetak(rnd, ""));
    b.addNarasi(AngkaNarasi.builder().tempat("Bab III").indikator(rnd.nextBoolean() ? A : "KTP").tahun(2022)
        .besaran(Besaran.values()[rnd.nextInt(3)]).nilai(cetak(rnd, "%")).pembilang(angka(rnd))
        .penyebut(angka(rnd)).build());
    return b.build();
  }

  private static Rupiah rupiah(Random rnd) {
    return rnd.nextInt(3) == 0 ? Rupiah.ofSen(EDGE_SEN[rnd.nextInt(EDGE_SEN.length)])
        : Rupiah.ofSen(rnd.nextLong() >> rnd.nextInt(64));
  }

  private static BigDecimal angka(Random rnd) {
    return switch (rnd.nextInt(5)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> BigDecimal.valueOf(-rnd.nextInt(100));
      case 2 -> new BigDecimal("85.82");
      default -> BigDecimal.valueOf(rnd.nextInt(20_000), rnd.nextInt(3));
    };
  }

  private static AngkaTercetak cetak(Random rnd, String suffix) {
    return rnd.nextInt(8) == 0 ? DokumenUji.t("n/a")
        : DokumenUji.t(id.sakip.angka.IndonesianNumbers.format(angka(rnd)) + suffix);
  }

  private static AngkaTercetak cetakRupiah(Random rnd) {
    return AngkaTercetak.dariRupiah(rupiah(rnd));
  }
}
