package id.sakip.jqwik;

import static java.util.Map.entry;

import id.sakip.anggaran.KeluaranBiaya;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.anggaran.VersiAnggaran;
import id.sakip.angka.AngkaParser;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Notasi;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.HasilAudit;
import id.sakip.evaluasi.JawabanLke;
import id.sakip.evaluasi.KalkulatorLke;
import id.sakip.evaluasi.KomponenLke;
import id.sakip.evaluasi.LembarKerjaEvaluasi;
import id.sakip.evaluasi.MetodeLke;
import id.sakip.evaluasi.NilaiKriteria;
import id.sakip.evaluasi.PembacaanBatas;
import id.sakip.evaluasi.SubKomponenLke;
import id.sakip.kinerja.Agregasi;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.JawabanDegenerasi;
import id.sakip.kinerja.JenisIndikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.KebijakanBatasKetat;
import id.sakip.kinerja.KebijakanDegenerasi;
import id.sakip.kinerja.Periodisasi;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.RumusCapaian;
import id.sakip.kinerja.RumusRentang;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SifatIndikator;
import id.sakip.kinerja.SkalaPeringkat;
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
import id.sakip.perencanaan.IndikatorRenstra;
import id.sakip.organisasi.UnitOrganisasi;
import id.sakip.perencanaan.KeluaranRkt;
import id.sakip.perencanaan.KondisiAwal;
import id.sakip.perencanaan.PaguIndikatif;
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import id.sakip.skala.KebijakanCelah;
import id.sakip.skala.Pita;
import id.sakip.skala.Rentang;
import id.sakip.skala.SkalaOrdinal;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.KebijakanJawabanKosong;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.Responden;
import id.sakip.survei.SurveiSkm;
import id.sakip.survei.Unsur;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.RegistriAturan;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of every model type (everything {@code sakip-json} binds), built from one another,
 * for property tests of the library and of applications that use it: small sizes, realistic
 * values (amounts up to 10^13 rupiah in sen, decimals with 0 to 3 decimal places, years 2020–2030,
 * names from a small Indonesian word list with non-ASCII characters), and every model invariant
 * respected, so that generation never throws. {@link SakipArbitraryProvider} offers them to
 * {@code @ForAll} parameters.
 */
public final class SakipArbitraries {

  /** The first and last year generated. */
  public static final int TAHUN_MIN = 2020;
  public static final int TAHUN_MAKS = 2030;

  /** Words of generated names, with non-ASCII ("–", "é", curly quotes) and JSON-escaped ('"', '/') text. */
  public static final List<String> KATA = List.of(
      "Kecamatan", "Kabupaten", "Malang", "Kromengan", "Pelayanan", "Administrasi", "Kependudukan",
      "Peningkatan", "Kualitas", "Penyelenggaraan", "Pemerintahan", "Umum", "Desa", "Kelurahan",
      "Masyarakat", "Survei", "Kepuasan", "dan", "di", "yang", "Tingkat", "Koordinasi", "Pembangunan",
      "Ekonomi", "Kafé", "Rékapitulasi", "–", "(SKM)", "KK/KTP", "“Desa Sehat”", "\"Sadar Hukum\"", "5%");

  private static final List<String> LABEL_PITA = List.of(
      "Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang", "Istiméwa", "Buruk – sekali", "Sedang");

  private static final List<String> TINGKAT = List.of(
      "WTP", "WDP", "TW", "TMP", "AA", "A", "BB", "B", "CC", "C", "Sangat Baik", "Baik", "Cukup", "Kurang");

  private static final List<String> SATUAN = List.of(
      "%", "Indeks", "orang", "dokumen", "KK/KTP/Mutasi", "unit", "kegiatan", "Rp", "m²", "laporan", "jenis–layanan", "café");

  /** Every generated model type, for {@link SakipArbitraryProvider}. */
  public static final Map<Class<?>, Supplier<Arbitrary<?>>> PER_JENIS = Map.ofEntries(
      entry(Rupiah.class, SakipArbitraries::rupiah),
      entry(Persentase.class, SakipArbitraries::persentase),
      entry(Temuan.class, SakipArbitraries::temuan),
      entry(HasilAudit.class, SakipArbitraries::hasilAudit),
      entry(SkalaOrdinal.class, SakipArbitraries::skalaOrdinal),
      entry(Pita.class, SakipArbitraries::pita),
      entry(Satuan.class, SakipArbitraries::satuan),
      entry(Indikator.class, SakipArbitraries::indikator),
      entry(SkalaPeringkat.class, SakipArbitraries::skalaPeringkat),
      entry(Target.class, SakipArbitraries::target),
      entry(DeretPeriode.class, SakipArbitraries::deretPeriode),
      entry(KalkulatorCapaian.class, SakipArbitraries::kalkulatorCapaian),
      entry(BatasCapaian.class, SakipArbitraries::batasCapaian),
      entry(KodeNomenklatur.class, SakipArbitraries::kodeNomenklatur),
      entry(NodeAnggaran.class, SakipArbitraries::nodeAnggaran),
      entry(PohonAnggaran.class, SakipArbitraries::pohonAnggaran),
      entry(KeluaranBiaya.class, SakipArbitraries::keluaranBiaya),
      entry(IndikatorRenstra.class, SakipArbitraries::indikatorRenstra),
      entry(KondisiAwal.class, SakipArbitraries::kondisiAwal),
      entry(UnitOrganisasi.class, SakipArbitraries::unitOrganisasi),
      entry(PaguIndikatif.class, SakipArbitraries::paguIndikatif),
      entry(SasaranRenstra.class, SakipArbitraries::sasaranRenstra),
      entry(Tujuan.class, SakipArbitraries::tujuan),
      entry(Renstra.class, SakipArbitraries::renstra),
      entry(TargetKinerja.class, SakipArbitraries::targetKinerja),
      entry(ProgramPk.class, SakipArbitraries::programPk),
      entry(AnggaranPk.class, SakipArbitraries::anggaranPk),
      entry(PerjanjianKinerja.class, SakipArbitraries::perjanjianKinerja),
      entry(KeluaranRkt.class, SakipArbitraries::keluaranRkt),
      entry(SasaranRkt.class, SakipArbitraries::sasaranRkt),
      entry(Rkt.class, SakipArbitraries::rkt),
      entry(RealisasiIku.class, SakipArbitraries::realisasiIku),
      entry(TabelRealisasiAnggaran.class, SakipArbitraries::tabelRealisasiAnggaran),
      entry(AngkaTercetak.class, SakipArbitraries::angkaTercetak),
      entry(BarisCapaian.class, SakipArbitraries::barisCapaian),
      entry(BarisKemajuan.class, SakipArbitraries::barisKemajuan),
      entry(BarisAnggaranSasaran.class, SakipArbitraries::barisAnggaranSasaran),
      entry(AngkaNarasi.class, SakipArbitraries::angkaNarasi),
      entry(Tercetak.class, SakipArbitraries::tercetak),
      entry(LaporanKinerja.class, SakipArbitraries::laporanKinerja),
      entry(Pecahan.class, SakipArbitraries::pecahan),
      entry(Unsur.class, SakipArbitraries::unsur),
      entry(Responden.class, SakipArbitraries::responden),
      entry(SurveiSkm.class, SakipArbitraries::surveiSkm),
      entry(BobotSkm.class, SakipArbitraries::bobotSkm),
      entry(KalkulatorSkm.class, SakipArbitraries::kalkulatorSkm),
      entry(SubKomponenLke.class, SakipArbitraries::subKomponenLke),
      entry(KomponenLke.class, SakipArbitraries::komponenLke),
      entry(MetodeLke.class, SakipArbitraries::metodeLke),
      entry(NilaiKriteria.class, SakipArbitraries::nilaiKriteria),
      entry(LembarKerjaEvaluasi.class, SakipArbitraries::lembarKerjaEvaluasi),
      entry(KalkulatorLke.class, SakipArbitraries::kalkulatorLke));

  private SakipArbitraries() {}

  // ------------------------------------------------------------------ text

  /** A name of one to five words, never blank. */
  public static Arbitrary<String> nama() {
    return Arbitraries.of(KATA).list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words));
  }

  public static Arbitrary<Satuan> satuan() {
    return Arbitraries.of(SATUAN).map(Satuan::of);
  }

  // ------------------------------------------------------------------ numbers

  /** A decimal of 0 to 10^13 (unscaled) with 0 to 3 decimal places: never a negative scale. */
  public static Arbitrary<BigDecimal> desimal() {
    return Combinators.combine(Arbitraries.longs().between(0, 10_000_000_000_000L), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  /** As {@link #desimal()}, of either sign. */
  public static Arbitrary<BigDecimal> desimalBertanda() {
    return Combinators.combine(desimal(), Arbitraries.of(true, false)).as((d, negatif) -> negatif ? d.negate() : d);
  }

  /** A small decimal, -50 to 200 with 0 to 2 decimal places: scale bounds and percentages. */
  private static Arbitrary<BigDecimal> desimalKecil() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(-50, 200))
        .as((skala, nilai) -> BigDecimal.valueOf(nilai).add(BigDecimal.valueOf(nilai % 7, skala)).setScale(skala, RoundingMode.UNNECESSARY));
  }

  /** 0 to 10^13 rupiah, to the sen. */
  public static Arbitrary<Rupiah> rupiah() {
    return Arbitraries.longs().between(0, 1_000_000_000_000_000L).map(Rupiah::ofSen);
  }

  /** Terminating percentages and fractions such as 200/3 that no decimal holds. */
  public static Arbitrary<Persentase> persentase() {
    return Arbitraries.oneOf(persentaseTerhingga(), persentaseTakTerhingga());
  }

  public static Arbitrary<Persentase> persentaseTerhingga() {
    return desimalBertanda().map(Persentase::of);
  }

  /** A fraction whose reduced denominator has a prime factor other than 2 and 5. */
  public static Arbitrary<Persentase> persentaseTakTerhingga() {
    Arbitrary<Integer> prima = Arbitraries.of(3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 97);
    return Combinators.combine(
            prima, Arbitraries.longs().between(0, 1_000_000_000L), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 3), Arbitraries.of(1, -1))
        .as((p, n, dua, lima, tanda) -> {
          BigInteger pembilang = BigInteger.valueOf(n).multiply(BigInteger.valueOf(p)).add(BigInteger.valueOf(1 + n % (p - 1)));
          BigInteger penyebut = BigInteger.valueOf(p).shiftLeft(dua).multiply(BigInteger.valueOf(5).pow(lima));
          return Persentase.ofFraction(pembilang.multiply(BigInteger.valueOf(tanda)), penyebut);
        });
  }

  // ------------------------------------------------------------------ temuan

  /** Any rule of the registry: every package's rules, as a reader finds them by id. */
  public static Arbitrary<Aturan> aturan() {
    return Arbitraries.of(RegistriAturan.semua());
  }

  /** An exact value of either sign with 0 to 3 decimals, of any kind. */
  public static Arbitrary<Nilai> nilai() {
    return Combinators.combine(desimalBertanda(), Arbitraries.of(Nilai.Jenis.class)).as(Nilai::new);
  }

  public static Arbitrary<Pembanding> pembanding() {
    return Combinators.combine(nilai(), Arbitraries.of(Sumber.class)).as(Pembanding::new);
  }

  public static Arbitrary<Istilah> istilah() {
    return Combinators.combine(nama(), nama()).as(Istilah::new);
  }

  /** Every kind of row key; indicator rows with and without a year. */
  public static Arbitrary<Baris> baris() {
    return Arbitraries.oneOf(
        Arbitraries.oneOf(kodeNomenklatur().map(KodeNomenklatur::toString), nama()).map(Baris.Kode::new),
        Combinators.combine(nama(), Arbitraries.integers().between(TAHUN_MIN, TAHUN_MAKS).optional(0.5))
            .as(Baris.Indikator::new),
        Combinators.combine(nama(), Arbitraries.integers().between(TAHUN_MIN, TAHUN_MAKS),
            Arbitraries.of(Kolom.TARGET, Kolom.REALISASI, Kolom.CAPAIAN)).as(Baris.Narasi::new),
        nama().map(Baris.Sasaran::new),
        Arbitraries.of(VersiAnggaran.class).map(v -> new Baris.Versi(v.name())),
        Arbitraries.just(new Baris.Jumlah()));
  }

  /** A location in any part, with or without a place, a row and a column (an empty place included). */
  public static Arbitrary<Lokasi> lokasi() {
    return Combinators.combine(Arbitraries.of(Bagian.class),
            Arbitraries.oneOf(nama(), Arbitraries.of("Tabel 1.1", "tabel 3.2", "Bab III A.2.1", "")).optional(0.5),
            baris().optional(0.8), Arbitraries.of(Kolom.class).optional(0.7))
        .as(Lokasi::new);
  }

  /** Detail names: the ones messages use, and names a path must quote (a space, a dot, empty). */
  private static final List<String> NAMA_RINCIAN = List.of(
      "realisasi", "target", "rumus", "dokumen", "kode", "jumlahAnak", "batas", "nama lain", "a.b", "", "ékstra");

  /** Named details of every kind: text (empty included), values and terms. */
  public static Arbitrary<Map<String, Object>> rincian() {
    Arbitrary<Object> detail = Arbitraries.oneOf(nama(), Arbitraries.just(""), nilai(), istilah());
    return Arbitraries.of(NAMA_RINCIAN).list().uniqueElements().ofMaxSize(4).flatMap(names ->
        detail.list().ofSize(names.size()).map(values -> {
          Map<String, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), values.get(i));
          }
          return m;
        }));
  }

  /** Findings of random rules, locations, values and details; each optional part present or not. */
  public static Arbitrary<Temuan> temuan() {
    return Combinators.combine(aturan(), lokasi(), nilai().optional(0.6), pembanding().optional(0.6), rincian())
        .as((aturan, lokasi, tercetak, pembanding, rincian) -> new Temuan(aturan, lokasi, tercetak, pembanding,
            tercetak.flatMap(t -> pembanding.map(p -> t.angka().subtract(p.nilai().angka()))), rincian));
  }

  public static Arbitrary<HasilAudit> hasilAudit() {
    return temuan().list().ofMaxSize(4).map(HasilAudit::new);
  }

  // ------------------------------------------------------------------ skala

  /** A band range: bounded, open-ended on either side or unbounded, never empty. */
  public static Arbitrary<Rentang> rentang() {
    return Combinators.combine(desimalKecil(), desimalKecil(), Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 3))
        .as((x, y, bawahTermasuk, atasTermasuk, bentuk) -> {
          BigDecimal bawah = x.min(y);
          BigDecimal atas = x.compareTo(y) == 0 ? x.add(BigDecimal.ONE) : x.max(y);
          return switch (bentuk) {
            case 0 -> Rentang.of(bawah, bawahTermasuk, atas, atasTermasuk);
            case 1 -> bawahTermasuk ? Rentang.palingSedikit(bawah) : Rentang.lebihDari(bawah);
            case 2 -> atasTermasuk ? Rentang.palingBanyak(atas) : Rentang.kurangDari(atas);
            default -> Rentang.semua();
          };
        });
  }

  public static Arbitrary<Pita> pita() {
    return Combinators.combine(rentang(), Arbitraries.of(LABEL_PITA), Arbitraries.of("A", "B", "SB", "K–1").optional(0.5))
        .as(Pita::new);
  }

  /** Built-in scales and custom ones. */
  public static Arbitrary<SkalaOrdinal> skalaOrdinal() {
    return Arbitraries.frequencyOf(Tuple.of(1, skalaBawaan()), Tuple.of(3, skalaKustom()));
  }

  public static Arbitrary<SkalaOrdinal> skalaBawaan() {
    return Arbitraries.of(SkalaOrdinal.KAB_MALANG_KECAMATAN, SkalaOrdinal.PERMENDAGRI_86_2017,
        SkalaOrdinal.LKJIP_BILANGAN_BULAT, SkalaOrdinal.E_SAKIP_PLUGIN);
  }

  /**
   * A scale of contiguous bands ({@code [t0, t1), [t1, t2), …, [tk-1, tk]}, optionally open at
   * either end) or of closed bands with gaps between them, with distinct labels and codes, a
   * declared or implied domain and any gap policy.
   */
  public static Arbitrary<SkalaOrdinal> skalaKustom() {
    Arbitrary<TreeSet<BigDecimal>> batas = desimalKecil().list().ofMinSize(2).ofMaxSize(8).map(list -> {
      TreeSet<BigDecimal> set = new TreeSet<>(list); // by value: 1.0 and 1.00 are one bound
      if (set.size() < 2) {
        set.add(set.last().add(BigDecimal.TEN));
      }
      return set;
    });
    Arbitrary<KebijakanCelah> kebijakan = Arbitraries.oneOf(
        Arbitraries.of(KebijakanCelah.TOLAK, KebijakanCelah.PITA_BAWAH),
        Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.of(Arrays.stream(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY).toList()))
            .as(KebijakanCelah::bulatkanDulu));
    return Combinators.combine(
            nama(), batas, Arbitraries.of(true, false), Arbitraries.integers().between(0, 3),
            Arbitraries.shuffle(LABEL_PITA), Arbitraries.of(true, false).list().ofSize(8), Arbitraries.integers().between(0, 2),
            kebijakan)
        .as((nama, titik, bercelah, ujungTerbuka, label, berkode, domain, celah) -> {
          List<BigDecimal> t = new ArrayList<>(titik);
          List<Rentang> rentang = new ArrayList<>();
          boolean terbatas = true;
          if (bercelah) {
            for (int i = 0; i + 1 < t.size(); i += 2) {
              rentang.add(Rentang.dariSampai(t.get(i), t.get(i + 1)));
            }
          } else {
            for (int i = 0; i + 1 < t.size(); i++) {
              boolean pertama = i == 0;
              boolean terakhir = i + 2 == t.size();
              if (pertama && (ujungTerbuka & 1) != 0) {
                rentang.add(Rentang.kurangDari(t.get(i + 1)));
                terbatas = false;
              } else if (terakhir && (ujungTerbuka & 2) != 0) {
                rentang.add(Rentang.palingSedikit(t.get(i)));
                terbatas = false;
              } else {
                rentang.add(terakhir ? Rentang.dariSampai(t.get(i), t.get(i + 1))
                    : Rentang.dariSampaiSebelum(t.get(i), t.get(i + 1)));
              }
            }
          }
          SkalaOrdinal.Builder b = SkalaOrdinal.builder(nama).kebijakanCelah(celah);
          for (int i = 0; i < rentang.size(); i++) {
            Optional<String> kode = berkode.get(i) ? Optional.of("P" + (i + 1)) : Optional.empty();
            b.pita(new Pita(rentang.get(i), label.get(i), kode));
          }
          if (domain == 1) {
            b.domain(Rentang.semua());
          } else if (domain == 2 && terbatas) {
            b.domain(Rentang.dariSampai(t.get(0).subtract(BigDecimal.TEN), t.get(t.size() - 1).add(BigDecimal.TEN)));
          }
          if (bercelah || domain != 0) {
            b.izinkanCelah();
          }
          return b.build();
        });
  }

  // ------------------------------------------------------------------ kinerja

  public static Arbitrary<Indikator> indikator() {
    return Combinators.combine(
            nama(), satuan(), Arbitraries.of(Polaritas.class), Arbitraries.of(JenisIndikator.class).optional(0.7),
            Arbitraries.of(Agregasi.class), Arbitraries.of(SifatIndikator.class))
        .as((nama, satuan, polaritas, jenis, agregasi, sifat) -> Indikator.builder()
            .nama(nama).satuan(satuan).polaritas(polaritas).jenis(jenis).agregasi(agregasi).sifat(sifat).build());
  }

  public static Arbitrary<SkalaPeringkat> skalaPeringkat() {
    return Arbitraries.oneOf(
        Arbitraries.just(SkalaPeringkat.OPINI_BPK),
        Combinators.combine(nama(), Arbitraries.of(TINGKAT).list().uniqueElements().ofMinSize(2).ofMaxSize(5))
            .as(SkalaPeringkat::new));
  }

  /** Targets of all four kinds. */
  public static Arbitrary<Target> target() {
    return Arbitraries.oneOf(targetAngka(), targetRentang(), targetPertidaksamaan(), targetPredikat());
  }

  public static Arbitrary<Target> targetAngka() {
    return desimalBertanda().map(Target::angka);
  }

  public static Arbitrary<Target> targetRentang() {
    Arbitrary<BigDecimal> lebar = Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
    return Combinators.combine(desimalBertanda(), lebar).as((bawah, l) -> Target.rentang(bawah, bawah.add(l)));
  }

  public static Arbitrary<Target> targetPertidaksamaan() {
    return Combinators.combine(Arbitraries.of(Target.Operator.class), desimalBertanda()).as(Target.Pertidaksamaan::new);
  }

  public static Arbitrary<Target> targetPredikat() {
    return skalaPeringkat().flatMap(s -> Arbitraries.of(s.tingkat()).map(t -> Target.predikat(s, t)));
  }

  public static Arbitrary<DeretPeriode> deretPeriode() {
    return Arbitraries.of(Periodisasi.class).flatMap(p -> Arbitraries
        .maps(Arbitraries.integers().between(1, p.jumlahPeriode()), desimal())
        .ofMaxSize(Math.min(4, p.jumlahPeriode()))
        .map(nilai -> DeretPeriode.of(p, nilai)));
  }

  public static Arbitrary<KalkulatorCapaian> kalkulatorCapaian() {
    return Combinators.combine(
            Arbitraries.of(rumus(Polaritas.POSITIF)), Arbitraries.of(rumus(Polaritas.NEGATIF)), Arbitraries.of(RumusRentang.class),
            kebijakanDegenerasi(), Arbitraries.of(KebijakanBatasKetat.class))
        .as((p, n, r, d, b) -> KalkulatorCapaian.of(p, n, r).withKebijakanDegenerasi(d).withKebijakanBatasKetat(b));
  }

  /** A policy for degenerate inputs: any answer, but never "100 when both are 0" for a missing figure. */
  public static Arbitrary<KebijakanDegenerasi> kebijakanDegenerasi() {
    Arbitrary<JawabanDegenerasi> untukKosong =
        Arbitraries.of(JawabanDegenerasi.class).filter(j -> j != JawabanDegenerasi.SERATUS_JIKA_KEDUANYA_NOL);
    return Combinators.combine(
            Arbitraries.of(JawabanDegenerasi.class), Arbitraries.of(JawabanDegenerasi.class), untukKosong, untukKosong)
        .as(KebijakanDegenerasi::new);
  }

  private static List<RumusCapaian> rumus(Polaritas polaritas) {
    return Arrays.stream(RumusCapaian.values()).filter(r -> r.polaritas() == polaritas).toList();
  }

  public static Arbitrary<BatasCapaian> batasCapaian() {
    Arbitrary<BigDecimal> plafon = Combinators.combine(Arbitraries.integers().between(1, 50_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
    Arbitrary<BatasCapaian> dasar = Arbitraries.oneOf(
        Arbitraries.of(BatasCapaian.TANPA_BATAS, BatasCapaian.MAKS_100, BatasCapaian.MAKS_120), plafon.map(BatasCapaian::maks));
    return Combinators.combine(dasar, Arbitraries.of(true, false)).as((b, nol) -> nol ? b.denganLantaiNol() : b);
  }

  // ------------------------------------------------------------------ anggaran

  /** One segment of a code, by position (0 urusan … 5 sub kegiatan), as Permendagri 90/2019 writes it. */
  private static Arbitrary<String> segmen(int posisi) {
    return switch (posisi) {
      case 0 -> Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.integers().between(1, 9).map(String::valueOf)),
          Tuple.of(1, Arbitraries.just("X")));
      case 1 -> Arbitraries.frequencyOf(Tuple.of(9, duaDigit(40)), Tuple.of(1, Arbitraries.just("XX")));
      case 2, 4 -> duaDigit(30);
      case 3 -> Arbitraries.integers().between(1, 2).map(String::valueOf);
      default -> Arbitraries.frequencyOf(Tuple.of(4, duaDigit(40)),
          Tuple.of(1, Arbitraries.integers().between(1, 40).map(i -> String.format("%04d", i))));
    };
  }

  private static Arbitrary<String> duaDigit(int maks) {
    return Arbitraries.integers().between(1, maks).map(i -> String.format("%02d", i));
  }

  /** How many segments a code has at each level: urusan 1, bidang 2, program 3, kegiatan 5, sub kegiatan 6. */
  private static final List<Integer> TINGKAT_SEGMEN = List.of(1, 2, 3, 5, 6);

  /** A valid code with {@code jumlahSegmen} segments (1, 2, 3, 5 or 6). */
  public static Arbitrary<String> kodeDiTingkat(int jumlahSegmen) {
    return Combinators.combine(segmen(0), segmen(1), segmen(2), segmen(3), segmen(4), segmen(5))
        .as((a, b, c, d, e, f) -> String.join(".", List.of(a, b, c, d, e, f).subList(0, jumlahSegmen)));
  }

  public static Arbitrary<KodeNomenklatur> kodeNomenklatur() {
    return Arbitraries.of(TINGKAT_SEGMEN).flatMap(SakipArbitraries::kodeDiTingkat).map(KodeNomenklatur::parse);
  }

  private static int jumlahSegmen(String kode) {
    return kode.isEmpty() ? 0 : kode.split("\\.").length;
  }

  /** What a child's code adds to its parent's: one level down (a kegiatan adds two segments). */
  private static Arbitrary<String> langkah(int segmenInduk) {
    return switch (segmenInduk) {
      case 0, 1, 2 -> segmen(segmenInduk);
      case 3 -> Combinators.combine(segmen(3), segmen(4)).as((a, b) -> a + "." + b);
      case 5 -> segmen(5);
      default -> throw new IllegalArgumentException("a sub kegiatan has no children");
    };
  }

  /** Distinct children of {@code induk} ("" for the top of a tree), each a subtree of up to {@code kedalaman} more levels. */
  private static Arbitrary<List<NodeAnggaran>> anak(String induk, int kedalaman, int min, int maks) {
    if (jumlahSegmen(induk) == 6) {
      return Arbitraries.just(List.of());
    }
    return langkah(jumlahSegmen(induk)).list().uniqueElements().ofMinSize(min).ofMaxSize(maks).flatMap(akhiran -> {
      if (akhiran.isEmpty()) {
        return Arbitraries.just(List.<NodeAnggaran>of());
      }
      List<Arbitrary<NodeAnggaran>> simpul = akhiran.stream()
          .map(a -> node(induk.isEmpty() ? a : induk + "." + a, kedalaman))
          .toList();
      return Combinators.combine(simpul).as(list -> list);
    });
  }

  /** A node with code {@code kode}: a leaf always states its pagu; a parent may. */
  private static Arbitrary<NodeAnggaran> node(String kode, int kedalaman) {
    Arbitrary<List<NodeAnggaran>> anak = kedalaman == 0 ? Arbitraries.just(List.of()) : anak(kode, kedalaman - 1, 0, 3);
    return anak.flatMap(a -> Combinators.combine(
            nama(), a.isEmpty() ? rupiah().map(Optional::of) : rupiah().optional(0.5), rupiah().optional(0.6))
        .as((nama, pagu, realisasi) -> {
          NodeAnggaran.Builder b = NodeAnggaran.builder(KodeNomenklatur.parse(kode), nama).anak(a);
          pagu.ifPresent(b::pagu);
          realisasi.ifPresent(b::realisasi);
          return b.build();
        }));
  }

  public static Arbitrary<NodeAnggaran> nodeAnggaran() {
    return Combinators.combine(Arbitraries.of(TINGKAT_SEGMEN), Arbitraries.integers().between(0, 2))
        .as(Tuple::of)
        .flatMap(t -> kodeDiTingkat(t.get1()).flatMap(kode -> node(kode, t.get2())));
  }

  /** A tree of one to three sibling roots (mostly programs) whose codes are unique and extend their parents'. */
  public static Arbitrary<PohonAnggaran> pohonAnggaran() {
    Arbitrary<Integer> tingkatAkar = Arbitraries.frequency(
        Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(6, 3), Tuple.of(1, 5), Tuple.of(1, 6));
    return tingkatAkar.flatMap(segmen -> {
      int segmenInduk = segmen == 1 ? 0 : TINGKAT_SEGMEN.get(TINGKAT_SEGMEN.indexOf(segmen) - 1);
      Arbitrary<String> induk = segmenInduk == 0 ? Arbitraries.just("") : kodeDiTingkat(segmenInduk);
      return induk.flatMap(i -> anak(i, 2, 1, 3));
    }).map(PohonAnggaran::of);
  }

  public static Arbitrary<KeluaranBiaya> keluaranBiaya() {
    return Combinators.combine(desimal(), rupiah(), desimal(), rupiah()).as(KeluaranBiaya::new);
  }

  // ------------------------------------------------------------------ perencanaan

  /** A Renstra period: 2020 ≤ tahunAwal < tahunAkhir ≤ 2030, at most five years apart. */
  private static Arbitrary<int[]> periode() {
    return Arbitraries.integers().between(TAHUN_MIN, TAHUN_MAKS - 1).flatMap(awal -> Arbitraries
        .integers().between(awal + 1, Math.min(TAHUN_MAKS, awal + 5)).map(akhir -> new int[] {awal, akhir}));
  }

  /** A Renstra period that holds {@code tahun}. */
  private static Arbitrary<int[]> periodeMemuat(int tahun) {
    return Arbitraries.integers().between(Math.max(TAHUN_MIN, tahun - 5), Math.min(tahun, TAHUN_MAKS - 1))
        .flatMap(awal -> Arbitraries.integers().between(Math.max(awal + 1, tahun), Math.min(TAHUN_MAKS, awal + 5))
            .map(akhir -> new int[] {awal, akhir}));
  }

  public static Arbitrary<IndikatorRenstra> indikatorRenstra() {
    return periode().flatMap(p -> indikatorRenstra(p[0], p[1]));
  }

  /**
   * An indicator with yearly targets within {@code awal}–{@code akhir} and, half the time, a
   * baseline (kondisi awal) of the year before the period.
   */
  public static Arbitrary<IndikatorRenstra> indikatorRenstra(int awal, int akhir) {
    return Combinators.combine(
            indikator(),
            Arbitraries.maps(Arbitraries.integers().between(awal, akhir), target()).ofMaxSize(Math.min(3, akhir - awal + 1)),
            target(),
            desimal().map(nilai -> new KondisiAwal(awal - 1, nilai)).optional(0.5))
        .as((indikator, tahunan, akhirnya, kondisiAwal) -> IndikatorRenstra.builder()
            .indikator(indikator).putAllTargetTahunan(tahunan).targetAkhir(akhirnya).kondisiAwal(kondisiAwal).build());
  }

  /** A baseline (kondisi awal) of a year the Renstra generators use, with any value. */
  public static Arbitrary<KondisiAwal> kondisiAwal() {
    return Combinators.combine(Arbitraries.integers().between(TAHUN_MIN - 1, TAHUN_MAKS), desimal()).as(KondisiAwal::new);
  }

  /** The indicative budget of a program code over a Renstra period. */
  public static Arbitrary<PaguIndikatif> paguIndikatif() {
    return periode().flatMap(p -> kodeDiTingkat(3).flatMap(kode -> paguIndikatif(kode, p[0], p[1])));
  }

  /**
   * The indicative budget (pagu indikatif) of program or kegiatan {@code kode} with a pagu in some
   * years of {@code awal}–{@code akhir} and, at times, a printed total (right or wrong).
   */
  public static Arbitrary<PaguIndikatif> paguIndikatif(String kode, int awal, int akhir) {
    return Combinators.combine(
            nama().optional(0.5),
            Arbitraries.maps(Arbitraries.integers().between(awal, akhir), rupiah()).ofMaxSize(Math.min(3, akhir - awal + 1)),
            rupiah().optional(0.4))
        .as((nama, tahunan, jumlah) -> PaguIndikatif.builder().kode(KodeNomenklatur.parse(kode)).nama(nama)
            .putAllPaguTahunan(tahunan).jumlahTercetak(jumlah).build());
  }

  public static Arbitrary<SasaranRenstra> sasaranRenstra() {
    return periode().flatMap(p -> sasaranRenstra(p[0], p[1]));
  }

  public static Arbitrary<SasaranRenstra> sasaranRenstra(int awal, int akhir) {
    return Combinators.combine(nama(), indikatorRenstra(awal, akhir).list().ofMaxSize(2))
        .as((nama, indikator) -> SasaranRenstra.builder().nama(nama).addAllIndikator(indikator).build());
  }

  public static Arbitrary<Tujuan> tujuan() {
    return periode().flatMap(p -> tujuan(p[0], p[1]));
  }

  public static Arbitrary<Tujuan> tujuan(int awal, int akhir) {
    return Combinators.combine(nama(), sasaranRenstra(awal, akhir).list().ofMaxSize(2))
        .as((nama, sasaran) -> Tujuan.builder().nama(nama).addAllSasaran(sasaran).build());
  }

  public static Arbitrary<Renstra> renstra() {
    return periode().flatMap(p -> renstra(p[0], p[1]));
  }

  /** A Renstra of {@code awal}–{@code akhir}, at times with the pagu indikatif of up to two codes. */
  public static Arbitrary<Renstra> renstra(int awal, int akhir) {
    Arbitrary<List<PaguIndikatif>> pagu = kodeDiTingkat(3).list().uniqueElements(k -> KodeNomenklatur.parse(k))
        .ofMaxSize(2).flatMap(kode -> kode.isEmpty() ? Arbitraries.just(List.<PaguIndikatif>of())
            : Combinators.combine(kode.stream().map(k -> paguIndikatif(k, awal, akhir)).toList()).as(l -> l));
    return Combinators.combine(tujuan(awal, akhir).list().ofMaxSize(2), pagu)
        .as((tujuan, paguIndikatif) -> Renstra.builder().tahunAwal(awal).tahunAkhir(akhir).addAllTujuan(tujuan)
            .addAllPaguIndikatif(paguIndikatif).build());
  }

  public static Arbitrary<TargetKinerja> targetKinerja() {
    return Combinators.combine(nama(), indikator(), target())
        .as((sasaran, indikator, target) -> TargetKinerja.builder().sasaran(sasaran).indikator(indikator).target(target).build());
  }

  public static Arbitrary<ProgramPk> programPk() {
    return Combinators.combine(nama(), rupiah(), kodeDiTingkat(3).map(KodeNomenklatur::parse).optional(0.7))
        .as(ProgramPk::new);
  }

  public static Arbitrary<AnggaranPk> anggaranPk() {
    return Arbitraries.of(VersiAnggaran.class).flatMap(SakipArbitraries::anggaranPk);
  }

  /** A PK budget whose printed total is absent, right, or (a finding, not an invariant) wrong. */
  public static Arbitrary<AnggaranPk> anggaranPk(VersiAnggaran versi) {
    return programPk().list().ofMaxSize(3).flatMap(program -> {
      Rupiah jumlah = Rupiah.total(program.stream().map(ProgramPk::pagu).toList());
      return Arbitraries.oneOf(Arbitraries.just(Optional.<Rupiah>empty()), Arbitraries.just(Optional.of(jumlah)),
              rupiah().map(Optional::of))
          .map(tercetak -> AnggaranPk.builder().versi(versi).addAllProgram(program).jumlahTercetak(tercetak).build());
    });
  }

  public static Arbitrary<PerjanjianKinerja> perjanjianKinerja() {
    return tahun().flatMap(SakipArbitraries::perjanjianKinerja);
  }

  /** A PK of {@code tahun} carrying each budget version at most once. */
  public static Arbitrary<PerjanjianKinerja> perjanjianKinerja(int tahun) {
    Arbitrary<List<AnggaranPk>> anggaran = Arbitraries.subsetOf(VersiAnggaran.values()).flatMap(versi -> versi.isEmpty()
        ? Arbitraries.just(List.<AnggaranPk>of())
        : Combinators.combine(versi.stream().sorted().map(SakipArbitraries::anggaranPk).toList()).as(list -> list));
    return Combinators.combine(targetKinerja().list().ofMaxSize(3), anggaran)
        .as((target, a) -> PerjanjianKinerja.builder().tahun(tahun).addAllTarget(target).addAllAnggaran(a).build());
  }

  public static Arbitrary<KeluaranRkt> keluaranRkt() {
    return Combinators.combine(nama().optional(0.7), desimal(), satuan()).as(KeluaranRkt::new);
  }

  public static Arbitrary<SasaranRkt> sasaranRkt() {
    return kodeNomenklatur().list().uniqueElements().ofMaxSize(3).flatMap(SakipArbitraries::sasaranRkt);
  }

  /** A sasaran supported by some of {@code kode}. */
  public static Arbitrary<SasaranRkt> sasaranRkt(List<KodeNomenklatur> kode) {
    Arbitrary<List<KodeNomenklatur>> pendukung = kode.isEmpty()
        ? Arbitraries.just(List.of())
        : Arbitraries.subsetOf(kode).map(s -> kode.stream().filter(s::contains).toList());
    return Combinators.combine(targetKinerja(), pendukung)
        .as((target, p) -> SasaranRkt.builder().target(target).addAllPendukung(p).build());
  }

  public static Arbitrary<Rkt> rkt() {
    return tahun().flatMap(SakipArbitraries::rkt);
  }

  /** An RKT of {@code tahun} whose outputs and supporting codes are nodes of its budget tree. */
  public static Arbitrary<Rkt> rkt(int tahun) {
    return pohonAnggaran().flatMap(pohon -> {
      List<KodeNomenklatur> kode = pohon.semuaNode().stream().map(NodeAnggaran::kode).toList();
      Arbitrary<Map<KodeNomenklatur, KeluaranRkt>> keluaran = Arbitraries.subsetOf(kode).flatMap(dipilih -> dipilih.isEmpty()
          ? Arbitraries.just(Map.<KodeNomenklatur, KeluaranRkt>of())
          : keluaranRkt().list().ofSize(dipilih.size()).map(nilai -> {
            Map<KodeNomenklatur, KeluaranRkt> m = new LinkedHashMap<>();
            List<KodeNomenklatur> urut = dipilih.stream().sorted().toList();
            for (int i = 0; i < urut.size(); i++) {
              m.put(urut.get(i), nilai.get(i));
            }
            return m;
          }));
      return Combinators.combine(sasaranRkt(kode).list().ofMaxSize(2), keluaran)
          .as((sasaran, k) -> Rkt.builder().tahun(tahun).addAllSasaran(sasaran).anggaran(pohon).putAllKeluaran(k).build());
    });
  }

  // ------------------------------------------------------------------ laporan

  public static Arbitrary<Integer> tahun() {
    return Arbitraries.integers().between(TAHUN_MIN, TAHUN_MAKS);
  }

  public static Arbitrary<RealisasiIku> realisasiIku() {
    return Combinators.combine(
            nama(), Arbitraries.maps(tahun(), desimal()).ofMaxSize(3), Arbitraries.maps(tahun(), target()).ofMaxSize(3),
            deretPeriode().optional(0.4))
        .as((indikator, realisasi, target, periode) -> RealisasiIku.builder()
            .indikator(indikator).putAllRealisasi(realisasi).putAllTarget(target).periode(periode).build());
  }

  /** A budget realisation table whose printed totals are absent, right or wrong. */
  public static Arbitrary<TabelRealisasiAnggaran> tabelRealisasiAnggaran() {
    return Combinators.combine(Arbitraries.of(VersiAnggaran.class), pohonAnggaran()).as(Tuple::of).flatMap(t -> {
      PohonAnggaran pohon = t.get2();
      Arbitrary<Optional<Rupiah>> pagu = Arbitraries.oneOf(
          Arbitraries.just(Optional.<Rupiah>empty()), Arbitraries.just(Optional.of(pohon.total().pagu())), rupiah().map(Optional::of));
      Arbitrary<Optional<Rupiah>> realisasi = Arbitraries.oneOf(
          Arbitraries.just(pohon.total().realisasi()), rupiah().optional(0.5));
      return Combinators.combine(pagu, realisasi).as((p, r) -> TabelRealisasiAnggaran.builder()
          .versi(t.get1()).anggaran(pohon).jumlahPagu(p).jumlahRealisasi(r).build());
    });
  }

  /** A whole LKj: its PK and RKT are the report year's, and its Renstra period holds that year. */
  public static Arbitrary<LaporanKinerja> laporanKinerja() {
    return tahun().flatMap(tahun -> Combinators.combine(
            nama().map(n -> "Kecamatan " + n),
            periodeMemuat(tahun).flatMap(p -> renstra(p[0], p[1])).optional(0.7),
            perjanjianKinerja(tahun).optional(0.7),
            rkt(tahun).optional(0.7),
            realisasiIku().list().ofMaxSize(3),
            tabelRealisasiAnggaran().optional(0.7),
            tercetak().optional(0.5),
            unitOrganisasi().optional(0.5))
        .as((instansi, renstra, pk, rkt, iku, tabel, tercetak, unit) -> LaporanKinerja.builder()
            .instansi(instansi).tahun(tahun).unitOrganisasi(unit).renstra(renstra).perjanjianKinerja(pk).rkt(rkt)
            .addAllRealisasiIku(iku).realisasiAnggaran(tabel).tercetak(tercetak).build()));
  }

  /** A perangkat daerah: a unit code of the Permendagri 90/2019 form and a name. */
  public static Arbitrary<UnitOrganisasi> unitOrganisasi() {
    return Combinators.combine(Arbitraries.integers().between(1, 9999), nama())
        .as((n, nama) -> new UnitOrganisasi("7.01.0.00.0.00." + String.format("%02d.%04d", n % 100, n), nama));
  }

  // ------------------------------------------------------------------ printed figures

  /** Units printed after a figure: each starts with a letter and holds no '%'. */
  private static final List<String> SATUAN_TERCETAK = List.of(
      "Indek", "Indeks", "Dokumen", "orang", "Kali", "Desa", "Laporan", "Buku", "unit", "Usulan", "Rékomendasi",
      "KK/KTP", "m²", "Nilai B", "Poin");

  /** What a report prints for "no value": {@code n/a} in any case, dashes, nothing, blanks. */
  private static final List<String> TANPA_NILAI = List.of("n/a", "N/A", "N/a", "-", "\u2013", "\u2014", "", " ", " - ");

  /** Where rows and sentences of printed figures are. */
  private static final List<String> TEMPAT = List.of(
      "Tabel 1.1", "Tabel 1.2", "Tabel 1.3", "Tabel 3.1", "Tabel 3.2", "Tabel 3.3", "Bab I C.2", "Bab III A.2.1",
      "Lampiran Pengukuran Kinerja", "Lampiran Realisasi IKU – 2022");

  /** How a figure is printed around its number. */
  private enum Bentuk { POLOS, PERSEN, PERSEN_SPASI, SATUAN, RUPIAH }

  /** How a figure's sign is printed. */
  private enum Tanda { TANPA, MINUS, MINUS_UNICODE, MINUS_SETELAH_RP, KURUNG }

  /**
   * The digits of {@code nilai} (not negative, scale not negative) in Indonesian notation: '.'
   * groups thousands when {@code berkelompok}, ',' is the decimal mark.
   */
  public static String angkaIndonesia(BigDecimal nilai, boolean berkelompok) {
    String plain = nilai.toPlainString();
    int titik = plain.indexOf('.');
    String bulat = titik < 0 ? plain : plain.substring(0, titik);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bulat.length(); i++) {
      if (berkelompok && i > 0 && (bulat.length() - i) % 3 == 0) {
        sb.append('.');
      }
      sb.append(bulat.charAt(i));
    }
    if (titik >= 0) {
      sb.append(',').append(plain, titik + 1, plain.length());
    }
    return sb.toString();
  }

  /**
   * The text of a figure as an Indonesian report prints it, always readable in {@link
   * Notasi#INDONESIA}: {@code "85,82 Indek"}, {@code "100%"}, {@code "0 %"}, {@code
   * "2.910.568.737,00"}, {@code "Rp 7.682.800,-"}, {@code "(1.500)"}, {@code "n/a"}, {@code "-"}.
   */
  public static Arbitrary<String> teksAngka() {
    Arbitrary<BigDecimal> nilai = Arbitraries.frequencyOf(
        Tuple.of(3, Combinators.combine(Arbitraries.integers().between(0, 20_000), Arbitraries.integers().between(0, 2))
            .as(BigDecimal::valueOf)),
        Tuple.of(2, Combinators.combine(Arbitraries.longs().between(1_000, 10_000_000_000L), Arbitraries.of(0, 2))
            .as(BigDecimal::valueOf)),
        Tuple.of(2, desimal()),
        Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("100.00"), new BigDecimal("0.0"))));
    Arbitrary<String> tepi = Arbitraries.frequency(Tuple.of(12, ""), Tuple.of(1, " "), Tuple.of(1, "\u00a0"), Tuple.of(1, "\t"));
    Arbitrary<Tanda> tandaAngka = Arbitraries.frequency(Tuple.of(12, Tanda.TANPA), Tuple.of(1, Tanda.MINUS),
        Tuple.of(1, Tanda.MINUS_UNICODE), Tuple.of(1, Tanda.MINUS_SETELAH_RP), Tuple.of(1, Tanda.KURUNG));
    Arbitrary<String> awalanRupiah = Arbitraries.of("Rp", "Rp ", "Rp.", "Rp. ", "rp ", "RP.");
    Arbitrary<String> angka = Combinators.combine(
            nilai, Arbitraries.of(true, false), Arbitraries.of(Bentuk.class), tandaAngka,
            Arbitraries.of(SATUAN_TERCETAK), awalanRupiah, Arbitraries.of(true, false), tepi)
        .as((n, berkelompok, bentuk, tanda, satuan, rp, tanpaSen, pinggir) -> {
          boolean sen = tanpaSen && n.scale() == 0 && (bentuk == Bentuk.POLOS || bentuk == Bentuk.RUPIAH);
          String inti = angkaIndonesia(n, berkelompok) + (sen ? ",-" : ""); // ",-": no sen
          String minus = switch (tanda) {
            case MINUS, MINUS_SETELAH_RP -> "-";
            case MINUS_UNICODE -> "\u2212";
            default -> "";
          };
          String badan = switch (bentuk) {
            case POLOS -> minus + inti;
            case PERSEN -> minus + inti + "%";
            case PERSEN_SPASI -> minus + inti + " %";
            case SATUAN -> minus + inti + " " + satuan;
            case RUPIAH -> tanda == Tanda.MINUS_SETELAH_RP ? rp + minus + inti : minus + rp + inti;
          };
          return pinggir + (tanda == Tanda.KURUNG ? "(" + badan + ")" : badan) + pinggir;
        });
    return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(TANPA_NILAI)), Tuple.of(6, angka));
  }

  /** Printed figures, read as a document reads them: in Indonesian notation. */
  public static Arbitrary<AngkaTercetak> angkaTercetak() {
    return teksAngka().map(teks -> AngkaParser.parse(teks, Notasi.INDONESIA));
  }

  /** Where a printed row or sentence is: a table or section, or a name. */
  private static Arbitrary<String> tempat() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(TEMPAT)), Tuple.of(1, nama()));
  }

  /** The year of a printed row: not held to 1945–2200, so sometimes outside it. */
  private static Arbitrary<Integer> tahunBaris() {
    return Arbitraries.frequencyOf(Tuple.of(9, tahun()), Tuple.of(1, Arbitraries.of(1900, 2300, 0, -1)));
  }

  public static Arbitrary<BarisCapaian> barisCapaian() {
    Arbitrary<Optional<AngkaTercetak>> angka = angkaTercetak().optional(0.7);
    return Combinators.combine(tempat(), nama(), tahunBaris(), angka, angka, angka, nama().optional(0.3))
        .as((tempat, indikator, tahun, target, realisasi, capaian, kategori) -> BarisCapaian.builder().tempat(tempat)
            .indikator(indikator).tahun(tahun).target(target).realisasi(realisasi).capaian(capaian).kategori(kategori)
            .build());
  }

  public static Arbitrary<BarisKemajuan> barisKemajuan() {
    Arbitrary<Optional<AngkaTercetak>> angka = angkaTercetak().optional(0.7);
    return Combinators.combine(tempat(), nama(), angka, angka, angka)
        .as((tempat, indikator, akhir, realisasi, kemajuan) -> BarisKemajuan.builder().tempat(tempat)
            .indikator(indikator).targetAkhir(akhir).realisasi(realisasi).kemajuan(kemajuan).build());
  }

  public static Arbitrary<BarisAnggaranSasaran> barisAnggaranSasaran() {
    Arbitrary<Optional<AngkaTercetak>> angka = angkaTercetak().optional(0.6);
    return Combinators.combine(tempat(), nama(), angka, angka, angka, angka, angka, angka)
        .as((tempat, indikator, alokasi, realisasi, porsi, serapan, capaian, efisiensi) -> BarisAnggaranSasaran
            .builder().tempat(tempat).indikator(indikator).alokasi(alokasi).realisasiAnggaran(realisasi).porsi(porsi)
            .serapan(serapan).capaianKinerja(capaian).efisiensi(efisiensi).build());
  }

  /** A figure of the narrative, with its count (pembilang and penyebut together) or without. */
  public static Arbitrary<AngkaNarasi> angkaNarasi() {
    Arbitrary<Optional<Tuple.Tuple2<BigDecimal, BigDecimal>>> rasio =
        Combinators.combine(desimal(), desimal()).as(Tuple::of).optional(0.5);
    return Combinators.combine(tempat(), nama(), tahunBaris(), Arbitraries.of(Besaran.class), angkaTercetak(), rasio)
        .as((tempat, indikator, tahun, besaran, nilai, r) -> AngkaNarasi.builder().tempat(tempat).indikator(indikator)
            .tahun(tahun).besaran(besaran).nilai(nilai).pembilang(r.map(Tuple.Tuple2::get1))
            .penyebut(r.map(Tuple.Tuple2::get2)).build());
  }

  /** The printed figures of a report: every list and map may be empty. */
  public static Arbitrary<Tercetak> tercetak() {
    return Combinators.combine(
            barisCapaian().list().ofMaxSize(3).uniqueElements(b -> List.of(b.tempat(), b.indikator(), b.tahun())),
            barisKemajuan().list().ofMaxSize(2).uniqueElements(b -> List.of(b.tempat(), b.indikator())),
            barisAnggaranSasaran().list().ofMaxSize(2).uniqueElements(b -> List.of(b.tempat(), b.indikator())),
            Arbitraries.maps(kodeNomenklatur(), angkaTercetak()).ofMaxSize(3),
            angkaTercetak().optional(0.5),
            angkaNarasi().list().ofMaxSize(2).uniqueElements(b -> List.of(b.tempat(), b.indikator(), b.tahun(),
                b.besaran())))
        .as((capaian, kemajuan, anggaran, serapan, jumlah, narasi) -> Tercetak.builder().addAllCapaian(capaian)
            .addAllKemajuan(kemajuan).addAllAnggaranSasaran(anggaran).putAllSerapanTabelB(serapan)
            .serapanJumlahTabelB(jumlah).addAllNarasi(narasi).build());
  }

  // ------------------------------------------------------------------ SKM

  /** Exact fractions: decimals of either sign, any ratio of two longs, and non-terminating ones such as 1/9. */
  public static Arbitrary<Pecahan> pecahan() {
    return Arbitraries.oneOf(
        desimalBertanda().map(Pecahan::of),
        Combinators.combine(Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.longs().between(1, 1_000_000)).as(Pecahan::of),
        persentaseTakTerhingga().map(p -> Pecahan.of(p.numerator(), p.denominator())));
  }

  /** Unsur codes: the regulations' U1–U14 and a unit's own (no surrounding whitespace). */
  private static Arbitrary<String> kodeUnsur() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(1, 14).map(i -> "U" + i)),
        Tuple.of(1, Arbitraries.of("A", "B", "C", "K–1", "Unsur 10", "u/2", "Kebersihan")));
  }

  public static Arbitrary<Unsur> unsur() {
    Arbitrary<String> namaUnsur = Arbitraries.oneOf(
        nama(), Arbitraries.of(MetodeSkm.KEPMENPAN_25_2004.unsur()).map(Unsur::nama));
    return Combinators.combine(kodeUnsur(), namaUnsur).as(Unsur::of);
  }

  /** One to six unsur with distinct codes. */
  public static Arbitrary<List<Unsur>> daftarUnsur() {
    return unsur().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Unsur::kode);
  }

  /** The standard unsur of a method, or a unit's own. */
  public static Arbitrary<List<Unsur>> unsurSurvei() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(MetodeSkm.class).map(MetodeSkm::unsur)), Tuple.of(2, daftarUnsur()));
  }

  /** A respondent answering (or leaving blank) each of {@code unsur}, with or without a service. */
  public static Arbitrary<Responden> responden(List<Unsur> unsur) {
    Arbitrary<Optional<String>> layanan =
        Arbitraries.of("KTP", "KK", "Akta Kelahiran", "Surat Pindah", "IMB – Rékomendasi", "Loket 2").optional(0.6);
    return Combinators.combine(layanan, Arbitraries.integers().between(1, 4).optional(0.85).list().ofSize(unsur.size()))
        .as((l, jawaban) -> {
          Map<String, Integer> m = new LinkedHashMap<>();
          for (int i = 0; i < unsur.size(); i++) {
            int nomor = i;
            jawaban.get(i).ifPresent(j -> m.put(unsur.get(nomor).kode(), j));
          }
          return new Responden(l, m);
        });
  }

  public static Arbitrary<Responden> responden() {
    return unsurSurvei().flatMap(SakipArbitraries::responden);
  }

  /** A survey of up to five respondents, each answering only unsur it asks. */
  public static Arbitrary<SurveiSkm> surveiSkm() {
    return unsurSurvei().flatMap(u -> responden(u).list().ofMaxSize(5).map(r -> SurveiSkm.of(u, r)));
  }

  /** Equal weights, printed literals (0,111, 1/n rounded, any in (0, 1]) and custom weights summing to 1. */
  public static Arbitrary<BobotSkm> bobotSkm() {
    Arbitrary<BobotSkm> tercetak = Arbitraries.oneOf(
        Arbitraries.of(MetodeSkm.class).map(BobotSkm::tercetak),
        Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.integers().between(1, 4))
            .as((n, skala) -> BobotSkm.tercetak(BigDecimal.ONE.divide(BigDecimal.valueOf(n), skala, RoundingMode.HALF_UP))),
        Arbitraries.integers().between(0, 3).flatMap(skala -> Arbitraries.integers()
            .between(1, BigInteger.TEN.pow(skala).intValueExact()).map(i -> BobotSkm.tercetak(BigDecimal.valueOf(i, skala)))));
    Arbitrary<BobotSkm> khusus = kodeUnsur().list().uniqueElements().ofMinSize(1).ofMaxSize(6).flatMap(kode -> Arbitraries
        .integers().between(1, 12).list().ofSize(kode.size()).map(bagian -> {
          long jumlah = bagian.stream().mapToLong(Integer::longValue).sum();
          Map<String, Pecahan> m = new LinkedHashMap<>();
          for (int i = 0; i < kode.size(); i++) {
            m.put(kode.get(i), Pecahan.of(bagian.get(i), jumlah));
          }
          return BobotSkm.khusus(m);
        }));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(BobotSkm.SAMA_RATA)), Tuple.of(2, tercetak), Tuple.of(2, khusus));
  }

  public static Arbitrary<KalkulatorSkm> kalkulatorSkm() {
    return Combinators.combine(Arbitraries.of(MetodeSkm.class), bobotSkm(), Arbitraries.of(KebijakanJawabanKosong.class))
        .as(KalkulatorSkm::of);
  }

  // ------------------------------------------------------------------ LKE

  /**
   * {@code total} (a multiple of 10^-skala) split into one to {@code n} positive parts, each a
   * multiple of 10^-skala (cut points that coincide give fewer parts).
   */
  private static Arbitrary<List<BigDecimal>> bagi(BigDecimal total, int n, int skala) {
    int satuan = total.movePointRight(skala).intValueExact();
    if (n == 1 || satuan == 1) {
      return Arbitraries.just(List.of(total));
    }
    return Arbitraries.integers().between(1, satuan - 1).list().ofSize(n - 1).map(potong -> {
      List<Integer> titik = new ArrayList<>(new TreeSet<>(potong));
      titik.add(satuan);
      List<BigDecimal> bagian = new ArrayList<>();
      int sebelum = 0;
      for (int t : titik) {
        bagian.add(BigDecimal.valueOf(t - sebelum, skala));
        sebelum = t;
      }
      return bagian;
    });
  }

  public static Arbitrary<SubKomponenLke> subKomponenLke() {
    Arbitrary<BigDecimal> bobot = Combinators.combine(Arbitraries.integers().between(1, 100_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
    return Combinators.combine(Arbitraries.of("1.a", "3.c", "Q2", "IV", "2.b.1", "Capaian"), nama(), bobot)
        .as(SubKomponenLke::of);
  }

  public static Arbitrary<KomponenLke> komponenLke() {
    Arbitrary<BigDecimal> bobot = Combinators.combine(Arbitraries.integers().between(1, 10_000), Arbitraries.integers().between(0, 2))
        .as(BigDecimal::valueOf);
    return Combinators.combine(Arbitraries.of("1", "2", "3", "A", "Q", "IV"), bobot).as(Tuple::of)
        .flatMap(t -> komponenLke(t.get1(), t.get2()));
  }

  /**
   * A component of weight {@code bobot}: split as PermenPAN-RB 88/2021 splits one, answered as a
   * whole, or split into one to four sub-components ({@code kode.a}, {@code kode.b}, …) whose weights
   * sum to exactly {@code bobot}.
   */
  public static Arbitrary<KomponenLke> komponenLke(String kode, BigDecimal bobot) {
    Arbitrary<KomponenLke> dibagi = Combinators.combine(
            nama(), Arbitraries.integers().between(Math.max(bobot.scale(), 0), 3), Arbitraries.integers().between(1, 4))
        .as(Tuple::of)
        .flatMap(t -> {
          int skala = t.get2();
          return Combinators.combine(bagi(bobot, t.get3(), skala), nama().list().ofSize(4)).as((bagian, nama) -> {
            List<SubKomponenLke> sub = new ArrayList<>();
            for (int i = 0; i < bagian.size(); i++) {
              sub.add(SubKomponenLke.of(kode + "." + (char) ('a' + i), nama.get(i), bagian.get(i)));
            }
            return KomponenLke.of(kode, t.get1(), bobot, sub);
          });
        });
    return Arbitraries.frequencyOf(
        Tuple.of(1, nama().map(nama -> KomponenLke.pemenuhanKualitasImplementasi(kode, nama, bobot))),
        Tuple.of(1, nama().map(nama -> KomponenLke.utuh(kode, nama, bobot))),
        Tuple.of(3, dibagi));
  }

  /** The built-in methods, and methods of one to five components whose weights sum to exactly 100. */
  public static Arbitrary<MetodeLke> metodeLke() {
    Arbitrary<MetodeLke> sendiri = Combinators.combine(
            Arbitraries.oneOf(nama(), Arbitraries.of("LKE internal", MetodeLke.PERMENPAN_RB_88_2021.nama())),
            Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 2))
        .as(Tuple::of)
        .flatMap(t -> bagi(MetodeLke.TOTAL_BOBOT, t.get2(), t.get3()).flatMap(bobot -> {
          List<Arbitrary<KomponenLke>> komponen = new ArrayList<>();
          for (int i = 0; i < bobot.size(); i++) {
            komponen.add(komponenLke(String.valueOf(i + 1), bobot.get(i)));
          }
          return Combinators.combine(komponen).as(k -> MetodeLke.of(t.get1(), k));
        }));
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.of(MetodeLke.PERMENPAN_RB_88_2021, MetodeLke.PERMENPAN_RB_12_2015)),
        Tuple.of(2, sendiri));
  }

  /** A numeric score: a maximum above 0 with up to 2 decimals, and a score from 0 to it. */
  public static Arbitrary<NilaiKriteria> nilaiKriteria() {
    return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(0, 2))
        .flatAs((maks, skala) -> Arbitraries.longs().between(0, maks)
            .map(n -> NilaiKriteria.of(BigDecimal.valueOf(n, skala), BigDecimal.valueOf(maks, skala))));
  }

  /**
   * A worksheet answering some of its method's sub-components, each with one to six answers, and
   * scoring some others by number.
   */
  public static Arbitrary<LembarKerjaEvaluasi> lembarKerjaEvaluasi() {
    return metodeLke().flatMap(metode -> Arbitraries.subsetOf(metode.kodeSubKomponen()).flatMap(dipilih -> {
      List<String> kode = metode.kodeSubKomponen().stream().filter(dipilih::contains).toList();
      Arbitrary<Boolean> denganAngka = Arbitraries.integers().between(0, 3).map(i -> i == 0);
      return Combinators.combine(
              Arbitraries.of(JawabanLke.class).list().ofMinSize(1).ofMaxSize(6).list().ofSize(kode.size()),
              nilaiKriteria().list().ofMinSize(1).ofMaxSize(3).list().ofSize(kode.size()),
              denganAngka.list().ofSize(kode.size()))
          .as((jawaban, angka, pilihan) -> {
            Map<String, List<JawabanLke>> m = new LinkedHashMap<>();
            Map<String, List<NilaiKriteria>> n = new LinkedHashMap<>();
            for (int i = 0; i < kode.size(); i++) {
              if (pilihan.get(i)) {
                n.put(kode.get(i), angka.get(i));
              } else {
                m.put(kode.get(i), jawaban.get(i));
              }
            }
            return new LembarKerjaEvaluasi(metode, m, n);
          });
    }));
  }

  public static Arbitrary<KalkulatorLke> kalkulatorLke() {
    return Arbitraries.of(PembacaanBatas.class).map(KalkulatorLke::of);
  }

  /** The generated types, as a set (for the coverage checks). */
  public static Set<Class<?>> jenis() {
    return PER_JENIS.keySet();
  }
}
