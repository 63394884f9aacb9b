package id.sakip.audit;

import id.sakip.anggaran.HasilEfisiensi;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Sumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Makes the cell of one column of an indicator's row: the printed figure from the row's printed
 * rows, the value from the document's sources ({@link Konteks}), the rule a difference is a
 * finding of. One method per kind of column, used by every table that has the column.
 */
final class PenyusunSel {

  private final Konteks k;
  private final Map<String, BarisAnggaranSasaran> alokasiTercetak = new HashMap<>();
  private final Map<String, BarisAnggaranSasaran> realisasiTercetak = new HashMap<>();

  PenyusunSel(Konteks k) {
    this.k = k;
    for (BarisAnggaranSasaran b : k.tercetak.anggaranSasaran()) {
      b.alokasi().filter(AngkaTercetak::adaNilai).ifPresent(x -> alokasiTercetak.putIfAbsent(b.indikator(), b));
      b.realisasiAnggaran().filter(AngkaTercetak::adaNilai).ifPresent(x -> realisasiTercetak.putIfAbsent(b.indikator(), b));
    }
  }

  /**
   * The cell of column {@code kolom} of the row of indicator {@code nama} (year {@code tahun}) in
   * the part at {@code dasar}: recomputed from the sources, else from the printed rows {@code p};
   * it holds the printed figure of its column when {@code dicetak} (the figure is not in another
   * cell already).
   */
  Sel<?> sel(Kolom kolom, Lokasi dasar, String nama, int tahun, Cetakan p, boolean dicetak) {
    Lokasi tahunan = dasar.withBaris(Baris.Indikator.of(nama, tahun));
    Lokasi polos = dasar.withBaris(Baris.Indikator.of(nama));
    Optional<BarisCapaian> bc = p.capaian();
    Optional<BarisKemajuan> bk = p.kemajuan();
    Optional<BarisAnggaranSasaran> ba = p.anggaran();
    Cetak c = new Cetak(dicetak);
    return switch (kolom) {
      case TARGET -> sel(tahunan.withKolom(kolom), c.of(bc.flatMap(BarisCapaian::target)), () -> k.target(nama, tahun),
          Ukuran.TARGET, Sumber.DOKUMEN_LAIN, AturanAudit.PRINTED_TARGET_MISMATCH);
      case REALISASI -> p.barisKemajuan()
          ? sel(polos.withKolom(kolom), c.of(bk.flatMap(BarisKemajuan::realisasi)), () -> k.realisasiKemajuan(nama),
              Ukuran.BILANGAN, Sumber.DOKUMEN_LAIN, AturanAudit.PRINTED_REALISASI_MISMATCH)
          : sel(tahunan.withKolom(kolom), c.of(bc.flatMap(BarisCapaian::realisasi)), () -> k.realisasi(nama, tahun),
              Ukuran.BILANGAN, Sumber.DOKUMEN_LAIN, AturanAudit.PRINTED_REALISASI_MISMATCH);
      case CAPAIAN -> capaian(tahunan.withKolom(kolom), c.of(bc.flatMap(BarisCapaian::capaian)), () -> capaianMentah(nama, tahun, bc,
          tahunan));
      case KATEGORI -> kategori(tahunan.withKolom(kolom), c.of(bc.flatMap(BarisCapaian::kategori).map(AngkaTercetak::label)),
          () -> capaianMentah(nama, tahun, bc, tahunan));
      case TARGET_AKHIR -> sel(polos.withKolom(kolom), c.of(bk.flatMap(BarisKemajuan::targetAkhir)), () -> k.targetAkhir(nama),
          Ukuran.TARGET, Sumber.DOKUMEN_LAIN, AturanAudit.END_TARGET_MISMATCH);
      case KEMAJUAN -> sel(polos.withKolom(kolom), c.of(bk.flatMap(BarisKemajuan::kemajuan)),
          () -> k.kemajuan(nama, bk.flatMap(BarisKemajuan::targetAkhir), bk.flatMap(BarisKemajuan::realisasi), polos),
          Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.KEMAJUAN_MISMATCH);
      case ALOKASI -> sel(polos.withKolom(kolom), c.of(ba.flatMap(BarisAnggaranSasaran::alokasi)), () -> k.alokasi(nama),
          Ukuran.RUPIAH, Sumber.DOKUMEN_LAIN, AturanAudit.ALOKASI_MISMATCH);
      case REALISASI_ANGGARAN -> sel(polos.withKolom(kolom), c.of(ba.flatMap(BarisAnggaranSasaran::realisasiAnggaran)),
          () -> k.realisasiAnggaran(nama), Ukuran.RUPIAH, Sumber.DOKUMEN_LAIN, AturanAudit.REALISASI_ANGGARAN_MISMATCH);
      case PORSI -> sel(polos.withKolom(kolom), c.of(ba.flatMap(BarisAnggaranSasaran::porsi)), () -> porsi(nama, dasar.bagian()),
          Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.SHARE_MISMATCH);
      case SERAPAN -> sel(polos.withKolom(kolom), c.of(ba.flatMap(BarisAnggaranSasaran::serapan)), () -> serapan(nama),
          Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.SERAPAN_MISMATCH);
      case CAPAIAN_KINERJA -> capaian(polos.withKolom(kolom), c.of(ba.flatMap(BarisAnggaranSasaran::capaianKinerja)),
          () -> capaianMentah(nama, k.lkj.tahun(), Optional.empty(), tahunan));
      case EFISIENSI -> sel(polos.withKolom(kolom), c.of(ba.flatMap(BarisAnggaranSasaran::efisiensi)),
          () -> efisiensi(nama, ba, tahunan), Ukuran.PERSEN, Sumber.DIHITUNG, AturanAudit.EFFICIENCY_MISMATCH);
      default -> throw new IllegalArgumentException("no indicator cell for column " + kolom);
    };
  }

  /** Whether a cell holds its column's printed figure. */
  private record Cetak(boolean dicetak) {
    Optional<AngkaTercetak> of(Optional<AngkaTercetak> printed) {
      return dicetak ? printed : Optional.empty();
    }
  }

  /** A cell whose value {@code h} computes when the cell is first compared or shown. */
  <T> Sel<T> sel(Lokasi lokasi, Optional<AngkaTercetak> printed, Supplier<Hitungan<T>> h, Ukuran<T> ukuran,
      Sumber sumber, Aturan aturan) {
    return new Sel<>(lokasi, printed, () -> new Sel.Isi<>(h.get(), List.of()), ukuran, sumber, aturan,
        k.kebijakan.pembulatan());
  }

  /** A value shown without a printed figure to compare. */
  <T> Sel<T> tampil(Lokasi lokasi, Supplier<Hitungan<T>> h, Ukuran<T> ukuran) {
    return sel(lokasi, Optional.empty(), h, ukuran, Sumber.DIHITUNG, AturanAudit.NOT_COMPUTABLE);
  }

  /** The raw capaian of an indicator's row: from its sources, else from the row's own printed target and realisasi. */
  Hitungan<Persentase> capaianMentah(String nama, int tahun, Optional<BarisCapaian> bc, Lokasi row) {
    return k.capaian(nama, tahun, bc.flatMap(BarisCapaian::target), bc.flatMap(BarisCapaian::realisasi), row);
  }

  /**
   * A capaian cell: the raw capaian under the policy's cap, compared with the printed figure; a
   * printed figure that equals the raw value capped at 100% or 120% is {@link
   * AturanAudit#CAPPED_WITHOUT_POLICY}.
   */
  Sel<Persentase> capaian(Lokasi lokasi, Optional<AngkaTercetak> printed, Supplier<Hitungan<Persentase>> lazy) {
    return new Sel<>(lokasi, printed, () -> capaianIsi(lazy.get()), Ukuran.PERSEN, Sumber.DIHITUNG,
        AturanAudit.CAPAIAN_MISMATCH, k.kebijakan.pembulatan());
  }

  private Sel.Isi<Persentase> capaianIsi(Hitungan<Persentase> mentah) {
    BatasCapaian batas = k.kebijakan.batas();
    Hitungan<Persentase> shown = mentah.map(p -> batas.terapkan(p).tersaji());
    List<Sel.Alternatif<Persentase>> alternatif = new ArrayList<>();
    mentah.hasil().toOptional().ifPresent(raw -> {
      for (BatasCapaian cap : List.of(BatasCapaian.MAKS_100, BatasCapaian.MAKS_120)) {
        Persentase capped = cap.terapkan(raw).tersaji();
        if (!capped.equals(raw) && !capped.equals(shown.hasil().value())) {
          alternatif.add(new Sel.Alternatif<>(AturanAudit.CAPPED_WITHOUT_POLICY, capped,
              Map.of("batas", Nilai.persen(cap.plafon().orElseThrow().rounded(0, Persentase.DEFAULT_ROUNDING)))));
        }
      }
    });
    return new Sel.Isi<>(shown, alternatif);
  }

  /** The category of the capaian on the policy's scale, compared with the printed label when the row prints one. */
  private Sel<String> kategori(Lokasi lokasi, Optional<AngkaTercetak> printed, Supplier<Hitungan<Persentase>> lazy) {
    return sel(lokasi, printed, () -> kategori(lazy.get()), Ukuran.TEKS, Sumber.DIHITUNG, AturanAudit.CATEGORY_MISMATCH);
  }

  private Hitungan<String> kategori(Hitungan<Persentase> mentah) {
    return mentah.map(p -> k.kebijakan.batas().terapkan(p).tersaji()).flatMap(p ->
        k.kebijakan.skala().klasifikasi(p).toOptional()
            .map(pita -> Hitungan.nilai(pita.label()))
            .orElseGet(() -> Hitungan.tidakAda(id.sakip.angka.Outcome.Reason.NOT_APPLICABLE,
                "nilai di luar pita skala", "the value lies outside the scale's bands"))
            .with("capaian", Nilai.persen(p.rounded(2, k.kebijakan.pembulatan())))
            .with("skala", k.kebijakan.skala().nama()));
  }

  /** The alokasi a share or an absorption is computed from: the source rows', else a printed one. */
  private Hitungan<Rupiah> alokasiDipakai(String nama) {
    return Konteks.atau(k.alokasi(nama), tercetakRupiah(alokasiTercetak.get(nama), BarisAnggaranSasaran::alokasi),
        lokasiTercetak(alokasiTercetak.get(nama), Kolom.ALOKASI));
  }

  private Hitungan<Rupiah> realisasiDipakai(String nama) {
    return Konteks.atau(k.realisasiAnggaran(nama),
        tercetakRupiah(realisasiTercetak.get(nama), BarisAnggaranSasaran::realisasiAnggaran),
        lokasiTercetak(realisasiTercetak.get(nama), Kolom.REALISASI_ANGGARAN));
  }

  private Hitungan<Persentase> porsi(String nama, Bagian tabel) {
    return alokasiDipakai(nama).flatMap(a -> k.total(tabel).flatMap(t -> Hitungan.dari(Persentase.ratio(a, t))
        .with("alokasi", Nilai.rupiah(a.toBigDecimal()))));
  }

  private Hitungan<Persentase> serapan(String nama) {
    return alokasiDipakai(nama).flatMap(a -> realisasiDipakai(nama).flatMap(r -> Hitungan.dari(Persentase.ratio(r, a))
        .with("realisasi", Nilai.rupiah(r.toBigDecimal())).with("pagu", Nilai.rupiah(a.toBigDecimal()))));
  }

  private Hitungan<Persentase> efisiensi(String nama, Optional<BarisAnggaranSasaran> row, Lokasi tahunan) {
    Hitungan<Persentase> capaian = k.kebijakan.efisiensiDariCapaianTercetak()
        ? Konteks.atau(Hitungan.tidakAda(id.sakip.angka.Outcome.Reason.NO_VALUE, "capaian kinerja tidak dicetak",
            "the capaian kinerja is not printed"), row.flatMap(BarisAnggaranSasaran::capaianKinerja)
            .flatMap(AngkaTercetak::nilai).map(Persentase::of), tahunan.withKolom(Kolom.CAPAIAN_KINERJA))
        : capaianMentah(nama, k.lkj.tahun(), Optional.empty(), tahunan)
            .map(p -> k.kebijakan.batas().terapkan(p).tersaji());
    return capaian.flatMap(c -> alokasiDipakai(nama).flatMap(a -> realisasiDipakai(nama).flatMap(r -> a.isNegative()
        || r.isNegative() ? Hitungan.<Persentase>tidakAda(id.sakip.angka.Outcome.Reason.NOT_APPLICABLE,
            "efisiensi tidak didefinisikan untuk anggaran negatif", "efficiency is not defined for a negative amount")
        : Hitungan.dari(k.kebijakan.efisiensi().hitung(c, a, r).map(HasilEfisiensi::nilai))
            .with("rumus", k.kebijakan.efisiensi().rumus().rumus())
            .with("capaian", Nilai.persen(c.rounded(2, k.kebijakan.pembulatan())))
            .with("serapan", Nilai.persen(Persentase.ratio(r, a).map(s -> s.rounded(2, k.kebijakan.pembulatan()))
                .orElse(BigDecimal.ZERO))))));
  }

  private static Optional<Rupiah> tercetakRupiah(BarisAnggaranSasaran row,
      Function<BarisAnggaranSasaran, Optional<AngkaTercetak>> column) {
    if (row == null) {
      return Optional.empty();
    }
    return column.apply(row).flatMap(AngkaTercetak::nilai).flatMap(v -> {
      try {
        return Optional.of(Rupiah.of(v));
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    });
  }

  private static Lokasi lokasiTercetak(BarisAnggaranSasaran row, Kolom kolom) {
    return row == null ? Lokasi.of(Bagian.LAIN) : Lokasi.diTempat(row.tempat())
        .withBaris(Baris.Indikator.of(row.indikator())).withKolom(kolom);
  }
}
