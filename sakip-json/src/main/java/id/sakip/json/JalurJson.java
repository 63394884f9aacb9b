package id.sakip.json;

import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
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
import id.sakip.perencanaan.PerjanjianKinerja;
import id.sakip.perencanaan.ProgramPk;
import id.sakip.perencanaan.Renstra;
import id.sakip.perencanaan.Rkt;
import id.sakip.perencanaan.SasaranRenstra;
import id.sakip.perencanaan.SasaranRkt;
import id.sakip.perencanaan.TargetKinerja;
import id.sakip.perencanaan.Tujuan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a typed location ({@link Lokasi}) into the JSON path of the member of a {@code
 * sakip-lkj/1} document it points at, such as {@code $.tercetak.capaian[0].capaian} or {@code
 * $.realisasiAnggaran.anggaran[0].anak[2].pagu}: the same notation as the paths of {@link
 * JsonProblem}, into the document as {@link SakipJson#writeLaporan} writes it.
 *
 * <pre>{@code
 * JalurJson jalur = JalurJson.untuk(lkj);          // indexes the document once
 * for (Temuan t : hasil.temuan()) {
 *   jalur.dari(t.lokasi()).ifPresent(System.out::println);
 * }
 * }</pre>
 *
 * <p>A location names rows by their keys (an indicator and year, a code, a sasaran, a budget
 * version); when several members have the key, the path is the first one's, in document order.
 * When the row exists but not the member of the column (a figure the row does not print), the
 * path is the row's. A location the document has no member for gives no path. {@link #untuk}
 * indexes the document in time linear in its size; each {@link #dari(Lokasi)} then takes constant
 * time. Instances are immutable and thread-safe.
 */
public final class JalurJson {

  private static final JsonPath ROOT = JsonPath.ROOT;

  /** Columns of a printed budget row ({@code tercetak.anggaranSasaran}). */
  private static final Set<Kolom> KOLOM_ANGGARAN = EnumSet.of(Kolom.ALOKASI, Kolom.REALISASI_ANGGARAN, Kolom.PORSI,
      Kolom.SERAPAN, Kolom.CAPAIAN_KINERJA, Kolom.EFISIENSI);

  /** Columns only a printed progress row ({@code tercetak.kemajuan}) has. */
  private static final Set<Kolom> KOLOM_KEMAJUAN = EnumSet.of(Kolom.TARGET_AKHIR, Kolom.KEMAJUAN);

  /** The key of a printed row by its place as printed. */
  private record DiTempat(String tempat, String indikator, int tahun) {}

  /** The key of a printed row by the table its place names. */
  private record DiBagian(Bagian bagian, String indikator, int tahun) {}

  /** The key of a narrative figure without its place. */
  private record TanpaTempat(String indikator, int tahun) {}

  /** A node of a budget tree and its path. */
  private record Simpul(NodeAnggaran node, JsonPath path) {}

  /** An indicator of the Renstra and its path. */
  private record IndikatorDi(IndikatorRenstra indikator, JsonPath path) {}

  /** The narrative figures with one key: the first, the first of each quantity, the first with a ratio. */
  private static final class Narasi {
    final int pertama;
    final Map<Besaran, Integer> perBesaran = new java.util.EnumMap<>(Besaran.class);
    int rasio = -1;

    Narasi(int pertama) {
      this.pertama = pertama;
    }

    void tambah(int i, AngkaNarasi n) {
      perBesaran.putIfAbsent(n.besaran(), i);
      if (rasio < 0 && n.pembilang().isPresent()) {
        rasio = i;
      }
    }
  }

  /** Rows of one list of printed rows, by place and by table. */
  private static final class Indeks {
    final Map<DiTempat, Integer> diTempat = new HashMap<>();
    final Map<DiBagian, Integer> diBagian = new HashMap<>();

    void tambah(int i, String tempat, String indikator, int tahun) {
      diTempat.putIfAbsent(new DiTempat(tempat, indikator, tahun), i);
      Bagian b = Bagian.dariTempat(tempat);
      if (b != Bagian.LAIN) {
        diBagian.putIfAbsent(new DiBagian(b, indikator, tahun), i);
      }
    }

    /**
     * The row at the location's place, else (for a named table, whose place may be written {@code
     * Tabel 1.1} or {@code tabel 1.1}) the first row of that table, as the audit takes them.
     */
    Optional<Integer> cari(Lokasi lokasi, String indikator, int tahun) {
      if (lokasi.tempat().isPresent()) {
        Integer i = diTempat.get(new DiTempat(lokasi.tempat().get(), indikator, tahun));
        if (i != null || lokasi.bagian() == Bagian.LAIN) {
          return Optional.ofNullable(i);
        }
      }
      return lokasi.bagian() == Bagian.LAIN ? Optional.empty()
          : Optional.ofNullable(diBagian.get(new DiBagian(lokasi.bagian(), indikator, tahun)));
    }
  }

  private final LaporanKinerja lkj;
  private final Tercetak tercetak;
  private final Indeks capaian = new Indeks();
  private final Indeks kemajuan = new Indeks();
  private final Indeks anggaranSasaran = new Indeks();
  private final Map<DiTempat, Narasi> narasiDiTempat = new HashMap<>();
  private final Map<TanpaTempat, Narasi> narasi = new HashMap<>();
  private final Map<KodeNomenklatur, Simpul> simpulTabelB = new HashMap<>();
  private final Map<KodeNomenklatur, Simpul> simpulRkt = new HashMap<>();
  private final Map<String, Integer> rktSasaran = new HashMap<>();
  private final Map<String, Integer> rktIndikator = new HashMap<>();
  private final Map<List<String>, Integer> rktBaris = new HashMap<>();
  private final Map<String, Integer> pkTarget = new HashMap<>();
  private final Map<String, Integer> pkVersi = new HashMap<>();
  private final Map<KodeNomenklatur, JsonPath> pkProgram = new HashMap<>();
  private final Map<String, IndikatorDi> renstraIndikator = new HashMap<>();
  private final Map<String, JsonPath> renstraSasaran = new HashMap<>();
  private final Map<String, Integer> iku = new HashMap<>();

  private JalurJson(LaporanKinerja lkj) {
    this.lkj = lkj;
    this.tercetak = lkj.tercetak().orElse(null);
    if (tercetak != null) {
      indexTercetak(tercetak);
    }
    lkj.realisasiAnggaran().ifPresent(t -> indexPohon(t.anggaran(), ROOT.child(LaporanShapes.REALISASI_ANGGARAN).child(LaporanShapes.ANGGARAN),
        simpulTabelB));
    lkj.rkt().ifPresent(this::indexRkt);
    lkj.perjanjianKinerja().ifPresent(this::indexPk);
    lkj.renstra().ifPresent(this::indexRenstra);
    List<RealisasiIku> ikus = lkj.realisasiIku();
    for (int i = 0; i < ikus.size(); i++) {
      iku.putIfAbsent(ikus.get(i).indikator(), i);
    }
  }

  /** Returns the paths of {@code lkj}, indexing it once: use it to locate many findings of one document. */
  public static JalurJson untuk(LaporanKinerja lkj) {
    return new JalurJson(Objects.requireNonNull(lkj, "lkj"));
  }

  /**
   * Returns the JSON path of the member of {@code lkj} that {@code lokasi} points at, if it has
   * one. Indexes the document on each call: to locate many findings, use {@link #untuk} once.
   */
  public static Optional<String> dari(LaporanKinerja lkj, Lokasi lokasi) {
    return untuk(lkj).dari(lokasi);
  }

  /** Returns the document these paths are into. */
  public LaporanKinerja laporan() {
    return lkj;
  }

  /** Returns the JSON path of the member {@code lokasi} points at, if the document has one. */
  public Optional<String> dari(Lokasi lokasi) {
    Objects.requireNonNull(lokasi, "lokasi");
    return jalur(lokasi).map(JsonPath::toString);
  }

  private Optional<JsonPath> jalur(Lokasi l) {
    return switch (l.bagian()) {
      case TABEL_1_1, TABEL_1_2, TABEL_1_3, TABEL_3_1, TABEL_3_2, TABEL_3_3, LAIN -> barisTercetak(l);
      case NARASI -> narasi(l);
      case TABEL_B -> l.baris().orElse(null) instanceof Baris.Indikator ? barisTercetak(l) : tabelB(l);
      case RKT -> rkt(l);
      case PERJANJIAN_KINERJA -> perjanjianKinerja(l);
      case RENSTRA -> renstra(l);
      case REALISASI_IKU -> realisasiIku(l);
    };
  }

  // ------------------------------------------------------------------ printed rows

  private Optional<JsonPath> barisTercetak(Lokasi l) {
    if (tercetak == null || !(l.baris().orElse(null) instanceof Baris.Indikator ind)) {
      return Optional.empty();
    }
    Kolom k = l.kolom().orElse(null);
    JsonPath base = ROOT.child(LaporanShapes.TERCETAK);
    if (k != null && KOLOM_ANGGARAN.contains(k)) {
      return anggaranSasaran(l, ind.nama(), k, base);
    }
    if (k != null && KOLOM_KEMAJUAN.contains(k)) {
      return kemajuan(l, ind.nama(), k, base);
    }
    if (ind.tahun().isPresent()) {
      return capaian.cari(l, ind.nama(), ind.tahun().get()).map(i -> {
        BarisCapaian b = tercetak.capaian().get(i);
        JsonPath row = base.child(TercetakShapes.CAPAIAN_LIST).index(i);
        return k == null ? row : switch (k) {
          case TARGET -> anggota(row, TercetakShapes.TARGET_CAPAIAN, b.target());
          case REALISASI -> anggota(row, TercetakShapes.REALISASI_CAPAIAN, b.realisasi());
          case CAPAIAN -> anggota(row, TercetakShapes.CAPAIAN, b.capaian());
          case KATEGORI -> anggota(row, TercetakShapes.KATEGORI, b.kategori());
          default -> row;
        };
      });
    }
    if (k == Kolom.REALISASI) {
      return kemajuan(l, ind.nama(), k, base);
    }
    if (k == Kolom.SELISIH || k == Kolom.PERUBAHAN) {
      // table 1.2 compares two printed years of one indicator: the row of the report year, else the year before
      return capaian.cari(l, ind.nama(), lkj.tahun()).or(() -> capaian.cari(l, ind.nama(), lkj.tahun() - 1))
          .map(i -> base.child(TercetakShapes.CAPAIAN_LIST).index(i));
    }
    if (k == null) {
      return kemajuan(l, ind.nama(), null, base).or(() -> anggaranSasaran(l, ind.nama(), null, base));
    }
    return Optional.empty();
  }

  private Optional<JsonPath> kemajuan(Lokasi l, String indikator, Kolom k, JsonPath base) {
    return kemajuan.cari(l, indikator, 0).map(i -> {
      BarisKemajuan b = tercetak.kemajuan().get(i);
      JsonPath row = base.child(TercetakShapes.KEMAJUAN_LIST).index(i);
      return k == null ? row : switch (k) {
        case TARGET_AKHIR -> anggota(row, TercetakShapes.TARGET_AKHIR, b.targetAkhir());
        case REALISASI -> anggota(row, TercetakShapes.REALISASI_KEMAJUAN, b.realisasi());
        case KEMAJUAN -> anggota(row, TercetakShapes.KEMAJUAN, b.kemajuan());
        default -> row;
      };
    });
  }

  private Optional<JsonPath> anggaranSasaran(Lokasi l, String indikator, Kolom k, JsonPath base) {
    return anggaranSasaran.cari(l, indikator, 0).map(i -> {
      BarisAnggaranSasaran b = tercetak.anggaranSasaran().get(i);
      JsonPath row = base.child(TercetakShapes.ANGGARAN_LIST).index(i);
      return k == null ? row : switch (k) {
        case ALOKASI -> anggota(row, TercetakShapes.ALOKASI, b.alokasi());
        case REALISASI_ANGGARAN -> anggota(row, TercetakShapes.REALISASI_ANGGARAN, b.realisasiAnggaran());
        case PORSI -> anggota(row, TercetakShapes.PORSI, b.porsi());
        case SERAPAN -> anggota(row, TercetakShapes.SERAPAN, b.serapan());
        case CAPAIAN_KINERJA -> anggota(row, TercetakShapes.CAPAIAN_KINERJA, b.capaianKinerja());
        case EFISIENSI -> anggota(row, TercetakShapes.EFISIENSI, b.efisiensi());
        default -> row;
      };
    });
  }

  /** The member {@code name} of {@code row} when the row has it, else the row. */
  private static JsonPath anggota(JsonPath row, Member<?, ?> member, Optional<?> value) {
    return value.isPresent() ? row.child(member) : row;
  }

  private Optional<JsonPath> narasi(Lokasi l) {
    Baris baris = l.baris().orElse(null);
    String nama;
    int tahun;
    Kolom besaran = null;
    if (baris instanceof Baris.Narasi bn) {
      nama = bn.indikator();
      tahun = bn.tahun();
      besaran = bn.besaran();
    } else if (baris instanceof Baris.Indikator ind && ind.tahun().isPresent()) {
      nama = ind.nama();
      tahun = ind.tahun().get();
    } else {
      return Optional.empty();
    }
    if (tercetak == null) {
      return Optional.empty();
    }
    Narasi n = l.tempat().isPresent()
        ? narasiDiTempat.get(new DiTempat(l.tempat().get(), nama, tahun))
        : narasi.get(new TanpaTempat(nama, tahun));
    if (n == null) {
      return Optional.empty();
    }
    Kolom k = l.kolom().orElse(null);
    int i = n.pertama;
    if (besaran != null) {
      Integer exact = n.perBesaran.get(Besaran.valueOf(besaran.name()));
      if (exact == null) {
        return Optional.empty();
      }
      i = exact;
    } else if (k == Kolom.NILAI && n.rasio >= 0) {
      i = n.rasio;
    } else if (k == Kolom.TARGET || k == Kolom.REALISASI || k == Kolom.CAPAIAN) {
      i = n.perBesaran.getOrDefault(Besaran.valueOf(k.name()), n.pertama);
    }
    JsonPath entry = ROOT.child(LaporanShapes.TERCETAK).child(TercetakShapes.NARASI_LIST).index(i);
    return Optional.of(k == null ? entry : entry.child(TercetakShapes.NILAI));
  }

  // ------------------------------------------------------------------ budget realisation table (B)

  private Optional<JsonPath> tabelB(Lokasi l) {
    Optional<TabelRealisasiAnggaran> tabel = lkj.realisasiAnggaran();
    JsonPath table = ROOT.child(LaporanShapes.REALISASI_ANGGARAN);
    Kolom k = l.kolom().orElse(null);
    Baris baris = l.baris().orElse(null);
    if (baris == null) {
      return tabel.map(t -> table);
    }
    if (baris instanceof Baris.Jumlah) {
      if (k == Kolom.PAGU) {
        return tabel.flatMap(TabelRealisasiAnggaran::jumlahPagu).map(x -> table.child(LaporanShapes.JUMLAH_PAGU));
      }
      if (k == Kolom.REALISASI_ANGGARAN) {
        return tabel.flatMap(TabelRealisasiAnggaran::jumlahRealisasi).map(x -> table.child(LaporanShapes.JUMLAH_REALISASI));
      }
      if (k == Kolom.SERAPAN) {
        return Optional.ofNullable(tercetak).flatMap(Tercetak::serapanJumlahTabelB)
            .map(x -> ROOT.child(LaporanShapes.TERCETAK).child(TercetakShapes.SERAPAN_JUMLAH));
      }
      return Optional.empty();
    }
    if (!(baris instanceof Baris.Kode kode)) {
      return Optional.empty();
    }
    Optional<KodeNomenklatur> parsed = kode(kode.kode());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Optional<JsonPath> serapan = Optional.ofNullable(tercetak)
        .filter(t -> t.serapanTabelB().containsKey(parsed.get()))
        .map(t -> ROOT.child(LaporanShapes.TERCETAK).child(TercetakShapes.SERAPAN_TABEL_B).key(parsed.get().toString()));
    Simpul s = simpulTabelB.get(parsed.get());
    if (k == Kolom.SERAPAN && serapan.isPresent()) {
      return serapan;
    }
    return s != null ? Optional.of(node(s, k)) : serapan;
  }

  /** The member of a budget node that column {@code k} is, when the node states it; else the node. */
  private static JsonPath node(Simpul s, Kolom k) {
    if (k == null) {
      return s.path();
    }
    return switch (k) {
      case PAGU -> anggota(s.path(), AnggaranShapes.PAGU, s.node().paguTercatat());
      case REALISASI_ANGGARAN -> anggota(s.path(), AnggaranShapes.REALISASI, s.node().realisasiTercatat());
      case KODE -> s.path().child(AnggaranShapes.KODE_NODE);
      default -> s.path();
    };
  }

  private static Optional<KodeNomenklatur> kode(String text) {
    try {
      return Optional.of(KodeNomenklatur.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ RKT

  private Optional<JsonPath> rkt(Lokasi l) {
    if (lkj.rkt().isEmpty()) {
      return Optional.empty();
    }
    JsonPath rkt = ROOT.child(LaporanShapes.RKT);
    Kolom k = l.kolom().orElse(null);
    Baris baris = l.baris().orElse(null);
    if (baris == null) {
      return Optional.of(k == Kolom.PAGU ? rkt.child(PerencanaanShapes.ANGGARAN_RKT) : rkt);
    }
    if (baris instanceof Baris.Kode kode) {
      return kode(kode.kode()).map(simpulRkt::get).map(s -> node(s, k));
    }
    // an indicator at a place: the line of that sasaran (the place) and indicator
    Integer j = baris instanceof Baris.Sasaran s ? rktSasaran.get(s.nama())
        : baris instanceof Baris.Indikator i && l.tempat().isPresent()
            ? rktBaris.get(List.of(l.tempat().get(), i.nama()))
        : baris instanceof Baris.Indikator i ? rktIndikator.get(i.nama()) : null;
    if (j == null) {
      return Optional.empty();
    }
    JsonPath sasaran = rkt.child(PerencanaanShapes.SASARAN_RKT_LIST).index(j);
    if (k == null) {
      return Optional.of(sasaran);
    }
    return Optional.of(switch (k) {
      case PENDUKUNG -> sasaran.child(PerencanaanShapes.PENDUKUNG);
      case TARGET -> sasaran.child(PerencanaanShapes.TARGET_RKT).child(PerencanaanShapes.TARGET_TARGET);
      case INDIKATOR -> sasaran.child(PerencanaanShapes.TARGET_RKT).child(PerencanaanShapes.INDIKATOR_TARGET);
      default -> sasaran;
    });
  }

  // ------------------------------------------------------------------ Perjanjian Kinerja

  private Optional<JsonPath> perjanjianKinerja(Lokasi l) {
    Optional<PerjanjianKinerja> pk = lkj.perjanjianKinerja();
    if (pk.isEmpty()) {
      return Optional.empty();
    }
    JsonPath root = ROOT.child(LaporanShapes.PK);
    Kolom k = l.kolom().orElse(null);
    Baris baris = l.baris().orElse(null);
    if (baris == null) {
      return Optional.of(root.child(PerencanaanShapes.ANGGARAN));
    }
    if (baris instanceof Baris.Versi v) {
      return Optional.ofNullable(pkVersi.get(v.versi())).map(i -> {
        JsonPath a = root.child(PerencanaanShapes.ANGGARAN).index(i);
        return k == Kolom.PAGU ? anggota(a, PerencanaanShapes.JUMLAH_TERCETAK, pk.get().anggaran().get(i).jumlahTercetak()) : a;
      });
    }
    if (baris instanceof Baris.Indikator ind) {
      return Optional.ofNullable(pkTarget.get(ind.nama())).map(i -> {
        JsonPath t = root.child(PerencanaanShapes.TARGET_PK).index(i);
        return k == Kolom.TARGET ? t.child(PerencanaanShapes.TARGET_TARGET) : k == Kolom.INDIKATOR ? t.child(PerencanaanShapes.INDIKATOR_TARGET) : t;
      });
    }
    if (baris instanceof Baris.Kode kode) {
      return kode(kode.kode()).map(pkProgram::get).map(p -> k == Kolom.PAGU ? p.child(PerencanaanShapes.PAGU_PROGRAM)
          : k == Kolom.KODE ? p.child(PerencanaanShapes.KODE_PROGRAM) : p);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ Renstra

  private Optional<JsonPath> renstra(Lokasi l) {
    if (lkj.renstra().isEmpty()) {
      return Optional.empty();
    }
    Kolom k = l.kolom().orElse(null);
    Baris baris = l.baris().orElse(null);
    if (baris == null) {
      return Optional.of(ROOT.child(LaporanShapes.RENSTRA));
    }
    if (baris instanceof Baris.Sasaran s) {
      return Optional.ofNullable(renstraSasaran.get(s.nama()));
    }
    if (!(baris instanceof Baris.Indikator ind)) {
      return Optional.empty();
    }
    IndikatorDi at = renstraIndikator.get(ind.nama());
    if (at == null) {
      return Optional.empty();
    }
    JsonPath p = at.path();
    if (k == Kolom.TARGET_AKHIR) {
      return Optional.of(p.child(PerencanaanShapes.TARGET_AKHIR));
    }
    if (k == Kolom.TARGET && ind.tahun().isPresent() && at.indikator().target(ind.tahun().get()).isPresent()) {
      return Optional.of(p.child(PerencanaanShapes.TARGET_TAHUNAN).child(Integer.toString(ind.tahun().get())));
    }
    if (k == Kolom.INDIKATOR) {
      return Optional.of(p.child(PerencanaanShapes.INDIKATOR_RENSTRA));
    }
    return Optional.of(p);
  }

  // ------------------------------------------------------------------ realisasi IKU

  private Optional<JsonPath> realisasiIku(Lokasi l) {
    Baris baris = l.baris().orElse(null);
    if (baris == null) {
      return lkj.realisasiIku().isEmpty() ? Optional.empty() : Optional.of(ROOT.child(LaporanShapes.REALISASI_IKU_LIST));
    }
    if (!(baris instanceof Baris.Indikator ind) || !iku.containsKey(ind.nama())) {
      return Optional.empty();
    }
    int i = iku.get(ind.nama());
    RealisasiIku r = lkj.realisasiIku().get(i);
    JsonPath row = ROOT.child(LaporanShapes.REALISASI_IKU_LIST).index(i);
    Kolom k = l.kolom().orElse(null);
    Optional<Integer> tahun = ind.tahun();
    if (k == Kolom.REALISASI && tahun.isPresent() && r.realisasi().containsKey(tahun.get())) {
      return Optional.of(row.child(LaporanShapes.REALISASI).child(Integer.toString(tahun.get())));
    }
    if (k == Kolom.TARGET && tahun.isPresent() && r.target().containsKey(tahun.get())) {
      return Optional.of(row.child(LaporanShapes.TARGET).child(Integer.toString(tahun.get())));
    }
    if (k == Kolom.PERIODE && r.periode().isPresent()) {
      return Optional.of(row.child(LaporanShapes.PERIODE));
    }
    return Optional.of(row);
  }

  // ------------------------------------------------------------------ indexing, once per document

  private void indexTercetak(Tercetak t) {
    List<BarisCapaian> c = t.capaian();
    for (int i = 0; i < c.size(); i++) {
      capaian.tambah(i, c.get(i).tempat(), c.get(i).indikator(), c.get(i).tahun());
    }
    List<BarisKemajuan> k = t.kemajuan();
    for (int i = 0; i < k.size(); i++) {
      kemajuan.tambah(i, k.get(i).tempat(), k.get(i).indikator(), 0);
    }
    List<BarisAnggaranSasaran> a = t.anggaranSasaran();
    for (int i = 0; i < a.size(); i++) {
      anggaranSasaran.tambah(i, a.get(i).tempat(), a.get(i).indikator(), 0);
    }
    List<AngkaNarasi> n = t.narasi();
    for (int i = 0; i < n.size(); i++) {
      AngkaNarasi x = n.get(i);
      int at = i;
      narasiDiTempat.computeIfAbsent(new DiTempat(x.tempat(), x.indikator(), x.tahun()), key -> new Narasi(at))
          .tambah(i, x);
      narasi.computeIfAbsent(new TanpaTempat(x.indikator(), x.tahun()), key -> new Narasi(at)).tambah(i, x);
    }
  }

  /** Every node of {@code pohon} by code (the first of a repeated code), in document order, without recursion. */
  private static void indexPohon(PohonAnggaran pohon, JsonPath akar, Map<KodeNomenklatur, Simpul> out) {
    Deque<Simpul> todo = new ArrayDeque<>();
    List<NodeAnggaran> top = pohon.akar();
    for (int i = top.size() - 1; i >= 0; i--) {
      todo.push(new Simpul(top.get(i), akar.index(i)));
    }
    while (!todo.isEmpty()) {
      Simpul s = todo.pop();
      out.putIfAbsent(s.node().kode(), s);
      List<NodeAnggaran> anak = s.node().anak();
      for (int i = anak.size() - 1; i >= 0; i--) {
        todo.push(new Simpul(anak.get(i), s.path().child(AnggaranShapes.ANAK).index(i)));
      }
    }
  }

  private void indexRkt(Rkt rkt) {
    indexPohon(rkt.anggaran(), ROOT.child(LaporanShapes.RKT).child(PerencanaanShapes.ANGGARAN_RKT), simpulRkt);
    List<SasaranRkt> sasaran = rkt.sasaran();
    for (int j = 0; j < sasaran.size(); j++) {
      TargetKinerja t = sasaran.get(j).target();
      rktSasaran.putIfAbsent(t.sasaran(), j);
      rktIndikator.putIfAbsent(t.indikator().nama(), j);
      rktBaris.putIfAbsent(List.of(t.sasaran(), t.indikator().nama()), j);
    }
  }

  private void indexPk(PerjanjianKinerja pk) {
    JsonPath root = ROOT.child(LaporanShapes.PK);
    List<TargetKinerja> target = pk.target();
    for (int i = 0; i < target.size(); i++) {
      pkTarget.putIfAbsent(target.get(i).indikator().nama(), i);
    }
    List<AnggaranPk> anggaran = pk.anggaran();
    for (int i = 0; i < anggaran.size(); i++) {
      pkVersi.putIfAbsent(anggaran.get(i).versi().name(), i);
      List<ProgramPk> program = anggaran.get(i).program();
      for (int j = 0; j < program.size(); j++) {
        JsonPath p = root.child(PerencanaanShapes.ANGGARAN).index(i).child(PerencanaanShapes.PROGRAM).index(j);
        program.get(j).kode().ifPresent(kode -> pkProgram.putIfAbsent(kode, p));
      }
    }
  }

  private void indexRenstra(Renstra renstra) {
    List<Tujuan> tujuan = renstra.tujuan();
    for (int a = 0; a < tujuan.size(); a++) {
      List<SasaranRenstra> sasaran = tujuan.get(a).sasaran();
      for (int b = 0; b < sasaran.size(); b++) {
        JsonPath sp = ROOT.child(LaporanShapes.RENSTRA).child(PerencanaanShapes.TUJUAN_RENSTRA).index(a).child(PerencanaanShapes.SASARAN_TUJUAN).index(b);
        renstraSasaran.putIfAbsent(sasaran.get(b).nama(), sp);
        List<IndikatorRenstra> indikator = sasaran.get(b).indikator();
        for (int c = 0; c < indikator.size(); c++) {
          renstraIndikator.putIfAbsent(indikator.get(c).indikator().nama(),
              new IndikatorDi(indikator.get(c), sp.child(PerencanaanShapes.INDIKATOR_SASARAN).index(c)));
        }
      }
    }
  }
}
