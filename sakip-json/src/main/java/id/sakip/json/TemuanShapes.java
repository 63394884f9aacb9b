package id.sakip.json;

import static id.sakip.json.Member.defaulted;
import static id.sakip.json.Member.list;
import static id.sakip.json.Member.optional;
import static id.sakip.json.Member.required;
import static id.sakip.json.Schemas.of;
import static id.sakip.json.Shapes.alternative;

import id.sakip.audit.HasilAudit;
import id.sakip.json.TokenSource.Token;
import id.sakip.temuan.Aturan;
import id.sakip.temuan.Bagian;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Istilah;
import id.sakip.temuan.Keparahan;
import id.sakip.temuan.Kolom;
import id.sakip.temuan.Lokasi;
import id.sakip.temuan.Nilai;
import id.sakip.temuan.Pembanding;
import id.sakip.temuan.RegistriAturan;
import id.sakip.temuan.Sumber;
import id.sakip.temuan.Temuan;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of {@code id.sakip.temuan} findings and of {@link HasilAudit}: the rule by id, the
 * location as an object, exact numbers, and the derived {@code keparahan} and {@code pesan} written
 * for readers. On reading, {@code pesan} and {@code jalur} are ignored (they follow from the other
 * members and the document) and {@code keparahan}, when given, must be the rule's.
 */
final class TemuanShapes {

  private TemuanShapes() {}

  /** A detail name written as {@code .name} in a path; any other is written {@code ["name"]}. */
  private static final Pattern NAMA_SEDERHANA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A rule by its id, found in {@link RegistriAturan}; an unknown id is a problem with the nearest known one. */
  static final Shape<Aturan> ATURAN = Shapes.scalar((in, path, ctx) -> {
    String id = Shapes.nonBlankText(in, path, ctx);
    if (id == null) {
      return null;
    }
    Optional<Aturan> aturan = RegistriAturan.cari(id);
    if (aturan.isPresent()) {
      return aturan.get();
    }
    List<String> known = RegistriAturan.semua().stream().map(Aturan::id).toList();
    String list = String.join(", ", known.stream().sorted().toList());
    ctx.problem(path, in, Teks.of("aturan '" + id + "' tidak dikenal", "unknown rule '" + id + "'")
        .plus(ctx.hint(id, known)).plus(Teks.of(" (yang dikenal: " + list + ")", " (known: " + list + ")")));
    return null;
  }, (v, out, w) -> out.string(v.id()), s -> of("type", "string"), "rule id");

  /** A member written for readers and ignored when read: it follows from the others. */
  static <T> Shape<T> writtenOnly(Shape<T> shape) {
    return Shapes.scalar((in, path, ctx) -> {
      in.skipChildren();
      return null;
    }, shape::write, shape::schema, shape.docType());
  }

  // ------------------------------------------------------------------ values

  static final Shape<Nilai.Jenis> JENIS = Shapes.enumOf(Nilai.Jenis.class, "JenisNilai",
      "What a number is (jenis nilai): PERSEN, RUPIAH or BILANGAN.");

  private static final Member<Nilai, BigDecimal> ANGKA = required("angka", Shapes.ANGKA, Nilai::angka,
      "The number (angka), exactly.");
  private static final Member<Nilai, Nilai.Jenis> JENIS_NILAI = required("jenis", JENIS, Nilai::jenis,
      "What the number is (jenis).");
  static final ObjectShape<Nilai> NILAI = ObjectShape.of(Nilai.class, "Nilai", "A number of a finding (nilai).",
      v -> new Nilai(v.get(ANGKA), v.get(JENIS_NILAI)), ANGKA, JENIS_NILAI);

  private static final Member<Pembanding, BigDecimal> ANGKA_PEMBANDING = required("angka", Shapes.ANGKA,
      p -> p.nilai().angka(), "The number compared with (angka), exactly.");
  private static final Member<Pembanding, Nilai.Jenis> JENIS_PEMBANDING = required("jenis", JENIS,
      p -> p.nilai().jenis(), "What the number is (jenis).");
  private static final Member<Pembanding, Sumber> SUMBER = required("sumber",
      Shapes.enumOf(Sumber.class, "Sumber", "Where a number compared with comes from (sumber)."), Pembanding::sumber,
      "Where it comes from (sumber).");
  static final ObjectShape<Pembanding> PEMBANDING = ObjectShape.of(Pembanding.class, "Pembanding",
      "What a printed figure is compared with (pembanding): a number and where it comes from.",
      v -> new Pembanding(new Nilai(v.get(ANGKA_PEMBANDING), v.get(JENIS_PEMBANDING)), v.get(SUMBER)),
      ANGKA_PEMBANDING, JENIS_PEMBANDING, SUMBER);

  private static final Member<Istilah, String> ID = required("id", Shapes.TEXT, Istilah::id, "In Indonesian (id).");
  private static final Member<Istilah, String> EN = required("en", Shapes.TEXT, Istilah::en, "In English (en).");
  static final ObjectShape<Istilah> ISTILAH = ObjectShape.of(Istilah.class, "Istilah", "A text in both languages"
      + " (istilah).", v -> new Istilah(v.get(ID), v.get(EN)), ID, EN);

  /**
   * A detail: a string is text from the document, {@code {"angka", "jenis"}} a {@link Nilai}, {@code
   * {"id", "en"}} an {@link Istilah}.
   */
  private static final Shape<Object> DETAIL = Shapes.oneOf(Teks.of("rincian harus berupa string, nilai {\"angka\":"
      + " angka, \"jenis\": PERSEN | RUPIAH | BILANGAN} atau istilah {\"id\": teks, \"en\": teks}", "a detail must be a"
      + " string, a value {\"angka\": number, \"jenis\": PERSEN | RUPIAH | BILANGAN} or a term {\"id\": text, \"en\":"
      + " text}"), "detail",
      alternative(Shapes.TEXT, String.class::isInstance, Token.STRING),
      alternative(Shapes.union("detail", NILAI, ISTILAH), d -> true, Token.START_OBJECT));

  private static final Shape<Map<String, Object>> RINCIAN = Shapes.keyed((k, p, c) -> k, k -> k, LinkedHashMap::new,
      (path, k) -> NAMA_SEDERHANA.matcher(k).matches() ? path.child(k) : path.key(k), DETAIL,
      s -> of("type", "string"), Teks.of("nama", "name"));

  // ------------------------------------------------------------------ Lokasi and Baris

  private static final Member<Baris.Kode, String> KODE = required("kode", Shapes.TEXT, Baris.Kode::kode,
      "A budget row by its code (kode).");
  private static final ObjectShape<Baris.Kode> BARIS_KODE = ObjectShape.of(Baris.Kode.class, "BarisKode",
      "A row by its code.", v -> new Baris.Kode(v.get(KODE)), KODE);

  private static final Member<Baris.Indikator, String> INDIKATOR = required("indikator", Shapes.TEXT,
      Baris.Indikator::nama, "An indicator's row by its name (indikator).");
  private static final Member<Baris.Indikator, Integer> TAHUN_INDIKATOR = optional("tahun", Shapes.INT,
      Baris.Indikator::tahun, "The year of the row (tahun), when the table has one row per year.");
  private static final ObjectShape<Baris.Indikator> BARIS_INDIKATOR = ObjectShape.of(Baris.Indikator.class,
      "BarisIndikator", "An indicator's row.",
      v -> new Baris.Indikator(v.get(INDIKATOR), v.optional(TAHUN_INDIKATOR)), INDIKATOR, TAHUN_INDIKATOR);

  private static final Member<Baris.Narasi, String> NARASI = required("narasi", Shapes.TEXT, Baris.Narasi::indikator,
      "A narrative figure by its indicator (narasi).");
  private static final Member<Baris.Narasi, Integer> TAHUN_NARASI = required("tahun", Shapes.INT, Baris.Narasi::tahun,
      "The year the figure is for (tahun).");
  private static final Member<Baris.Narasi, Kolom> BESARAN = required("besaran", Shapes.enumOf(Kolom.class,
      "BesaranNarasi", "A quantity a narrative states (besaran).", Kolom.TARGET, Kolom.REALISASI, Kolom.CAPAIAN),
      Baris.Narasi::besaran, "The quantity stated (besaran): TARGET, REALISASI or CAPAIAN.");
  private static final ObjectShape<Baris.Narasi> BARIS_NARASI = ObjectShape.of(Baris.Narasi.class, "BarisNarasi",
      "A figure of the narrative.", v -> new Baris.Narasi(v.get(NARASI), v.get(TAHUN_NARASI), v.get(BESARAN)),
      NARASI, TAHUN_NARASI, BESARAN);

  private static final Member<Baris.Sasaran, String> SASARAN = required("sasaran", Shapes.TEXT, Baris.Sasaran::nama,
      "A sasaran's row by its name (sasaran).");
  private static final ObjectShape<Baris.Sasaran> BARIS_SASARAN = ObjectShape.of(Baris.Sasaran.class, "BarisSasaran",
      "A sasaran's row.", v -> new Baris.Sasaran(v.get(SASARAN)), SASARAN);

  private static final Member<Baris.Versi, String> VERSI = required("versi", Shapes.TEXT, Baris.Versi::versi,
      "A budget version's row (versi).");
  private static final ObjectShape<Baris.Versi> BARIS_VERSI = ObjectShape.of(Baris.Versi.class, "BarisVersi",
      "A budget version's row.", v -> new Baris.Versi(v.get(VERSI)), VERSI);

  private static final Shape<Boolean> TRUE = Shapes.scalar((in, path, ctx) -> {
    if (in.current() != Token.TRUE) {
      ctx.problem(path, in, Teks.of("harus true: {\"jumlah\": true} adalah baris jumlah",
          "must be true: {\"jumlah\": true} is the total row"));
      return null;
    }
    return true;
  }, (v, out, w) -> out.bool(true), s -> of("const", true), "`true`");
  private static final Member<Baris.Jumlah, Boolean> JUMLAH = required("jumlah", TRUE, j -> true,
      "The total row (jumlah): true.");
  private static final ObjectShape<Baris.Jumlah> BARIS_JUMLAH = ObjectShape.of(Baris.Jumlah.class, "BarisJumlah",
      "The total row.", v -> new Baris.Jumlah(), JUMLAH);

  /**
   * A row key: one of {@code {"kode": …}}, {@code {"indikator": …, "tahun"?: …}}, {@code
   * {"narasi": …, "tahun": …, "besaran": …}}, {@code {"sasaran": …}}, {@code {"versi": …}} or
   * {@code {"jumlah": true}}.
   */
  static final Shape<Baris> BARIS = Shapes.union("row key", BARIS_KODE, BARIS_INDIKATOR, BARIS_NARASI, BARIS_SASARAN,
      BARIS_VERSI, BARIS_JUMLAH);

  private static final Member<Lokasi, Bagian> BAGIAN = required("bagian", Shapes.enumOf(Bagian.class, "Bagian",
      "The part of the report (bagian)."), Lokasi::bagian, "The part of the report (bagian): a table or the"
          + " narrative.");
  private static final Member<Lokasi, String> TEMPAT = optional("tempat", Shapes.TEXT, Lokasi::tempat,
      "Where it is printed (tempat), as the document names it.");
  private static final Member<Lokasi, Baris> BARIS_LOKASI = optional("baris", BARIS, Lokasi::baris,
      "The row (baris).");
  private static final Member<Lokasi, Kolom> KOLOM = optional("kolom", Shapes.enumOf(Kolom.class, "Kolom",
      "A column of a table (kolom)."), Lokasi::kolom, "The column (kolom).");

  static final ObjectShape<Lokasi> LOKASI = ObjectShape.of(Lokasi.class, "Lokasi", "Where a finding is (lokasi):"
      + " part, place, row and column.",
      v -> new Lokasi(v.get(BAGIAN), v.optional(TEMPAT), v.optional(BARIS_LOKASI), v.optional(KOLOM)),
      BAGIAN, TEMPAT, BARIS_LOKASI, KOLOM);

  // ------------------------------------------------------------------ Temuan

  private static final Member<Temuan, Aturan> ATURAN_TEMUAN = required("aturan", ATURAN, Temuan::aturan,
      "The rule broken (aturan), by its id.");
  private static final Member<Temuan, Keparahan> KEPARAHAN = optional("keparahan", Shapes.enumOf(Keparahan.class,
      "Keparahan", "How severe a finding is (keparahan)."), t -> Optional.of(t.keparahan()),
      "The rule's severity (keparahan); when given it must be the rule's.");
  private static final Member<Temuan, Lokasi> LOKASI_TEMUAN = required("lokasi", LOKASI, Temuan::lokasi,
      "Where the finding is (lokasi).");
  private static final Member<Temuan, Nilai> TERCETAK = optional("tercetak", NILAI, Temuan::tercetak,
      "The figure as printed (tercetak).");
  private static final Member<Temuan, Pembanding> PEMBANDING_TEMUAN = optional("pembanding", PEMBANDING,
      Temuan::pembanding, "What it is compared with (pembanding).");
  private static final Member<Temuan, BigDecimal> SELISIH = optional("selisih", Shapes.ANGKA, Temuan::selisih,
      "The difference (selisih), printed minus compared.");
  private static final Member<Temuan, Map<String, Object>> RINCIAN_TEMUAN = defaulted("rincian", RINCIAN,
      Temuan::rincian, Map.of(), "Named details (rincian).").omitEmpty();
  private static final Member<Temuan, Istilah> PESAN = optional("pesan", writtenOnly(ISTILAH),
      t -> Optional.of(new Istilah(t.pesan(Bahasa.INDONESIA), t.pesan(Bahasa.INGGRIS))),
      "The message (pesan) in Indonesian and English; written for readers, ignored when read.");
  private static final Member<Temuan, String> JALUR = optional("jalur", writtenOnly(Shapes.TEXT),
      (t, w) -> w.jalur().flatMap(f -> f.apply(t)), "The JSON path of the member the finding is about (jalur), when"
          + " written with the document; ignored when read.");

  static final ObjectShape<Temuan> TEMUAN = ObjectShape.of(Temuan.class, "Temuan", "A finding of an audit (temuan).",
      v -> new Temuan(v.get(ATURAN_TEMUAN), v.get(LOKASI_TEMUAN), v.optional(TERCETAK), v.optional(PEMBANDING_TEMUAN),
          v.optional(SELISIH), v.get(RINCIAN_TEMUAN)),
      ATURAN_TEMUAN, KEPARAHAN, LOKASI_TEMUAN, TERCETAK, PEMBANDING_TEMUAN, SELISIH, RINCIAN_TEMUAN, PESAN, JALUR)
      .check((v, problems) -> {
        Aturan aturan = v.get(ATURAN_TEMUAN);
        Optional<Keparahan> keparahan = v.optional(KEPARAHAN);
        if (aturan != null && keparahan.isPresent() && keparahan.get() != aturan.keparahan()) {
          problems.problem(KEPARAHAN, keparahan.get().name(), Teks.of("keparahan " + keparahan.get()
              + " bertentangan dengan aturan " + aturan.id() + ", yang keparahannya " + aturan.keparahan()
              + "; keparahan milik aturan: tulis " + aturan.keparahan() + " atau hilangkan keparahan", "keparahan "
              + keparahan.get() + " contradicts rule " + aturan.id() + ", whose severity is " + aturan.keparahan()
              + "; the severity is the rule's: write " + aturan.keparahan() + " or leave keparahan out"));
        }
      });

  private static final Member<HasilAudit, List<Temuan>> TEMUAN_LIST = list("temuan", TEMUAN, HasilAudit::temuan,
      "The findings (temuan), in the order the audit found them.");

  static final ObjectShape<HasilAudit> HASIL_AUDIT = ObjectShape.of(HasilAudit.class, "HasilAudit", "The result of an"
      + " audit (hasil audit): its findings.", v -> new HasilAudit(v.get(TEMUAN_LIST)), TEMUAN_LIST);

  /** The bindings of this package. */
  static final List<Binding<?>> BINDINGS = List.of(
      Binding.of(Temuan.class, TEMUAN),
      Binding.of(HasilAudit.class, HASIL_AUDIT));
}
