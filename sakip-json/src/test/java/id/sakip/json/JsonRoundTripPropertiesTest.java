package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import id.sakip.anggaran.KeluaranBiaya;
import id.sakip.anggaran.KodeNomenklatur;
import id.sakip.anggaran.NodeAnggaran;
import id.sakip.anggaran.PohonAnggaran;
import id.sakip.angka.AngkaTercetak;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.HasilAudit;
import id.sakip.evaluasi.KalkulatorLke;
import id.sakip.evaluasi.KomponenLke;
import id.sakip.evaluasi.LembarKerjaEvaluasi;
import id.sakip.evaluasi.NilaiKriteria;
import id.sakip.evaluasi.MetodeLke;
import id.sakip.evaluasi.SubKomponenLke;
import id.sakip.kinerja.BatasCapaian;
import id.sakip.kinerja.DeretPeriode;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.KalkulatorCapaian;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.SkalaPeringkat;
import id.sakip.kinerja.Target;
import id.sakip.laporan.AngkaNarasi;
import id.sakip.laporan.BarisAnggaranSasaran;
import id.sakip.laporan.BarisCapaian;
import id.sakip.laporan.BarisKemajuan;
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
import id.sakip.skala.Pita;
import id.sakip.skala.SkalaOrdinal;
import id.sakip.survei.BobotSkm;
import id.sakip.survei.KalkulatorSkm;
import id.sakip.survei.MetodeSkm;
import id.sakip.survei.Responden;
import id.sakip.survei.SurveiSkm;
import id.sakip.survei.Unsur;
import id.sakip.temuan.Bahasa;
import id.sakip.temuan.Baris;
import id.sakip.temuan.Temuan;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * For every type in {@link SakipJson#boundTypes()}: {@code read(write(x))} equals {@code x}, and writing it
 * again gives the same bytes. Values come from {@link id.sakip.jqwik.SakipArbitraryProvider}.
 */
class JsonRoundTripPropertiesTest {

  private static final SakipJson JSON = SakipJson.standar();
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /** The two round-trip laws, for one value. */
  static <T> void roundTrips(T x, Class<T> type) {
    String written = JSON.write(x);
    T read = JSON.read(written, type);
    assertThat(read).as(written).isEqualTo(x);
    assertThat(JSON.write(read)).isEqualTo(written);
  }

  // ------------------------------------------------------------------ one property per bound type

  @Property(tries = 500)
  void round_trips_rupiah(@ForAll Rupiah x) {
    roundTrips(x, Rupiah.class);
  }

  @Property(tries = 500)
  void round_trips_persentase(@ForAll Persentase x) {
    roundTrips(x, Persentase.class);
    boolean exact = x.toExactBigDecimal().isPresent();
    assertThat(JSON.write(x)).matches(exact ? "-?[0-9]+(\\.[0-9]+)?\n" : "\"-?[0-9]+/[0-9]+\"\n");
    Statistics.label("persentase").collect(exact ? "terminating" : "non-terminating");
    Statistics.label("persentase").coverage(c -> {
      c.check("terminating").count(n -> n > 0);
      c.check("non-terminating").count(n -> n > 0);
    });
  }

  @Property(tries = 500)
  void round_trips_temuan(@ForAll Temuan x) {
    roundTrips(x, Temuan.class);
    JsonNode tree = JSON.toTree(x);
    assertThat(tree.path("keparahan").textValue()).isEqualTo(x.aturan().keparahan().name());
    assertThat(tree.path("pesan").path("en").textValue()).isEqualTo(x.pesan(Bahasa.INGGRIS));
    assertThat(tree.has("jalur")).isFalse();
    Statistics.label("baris").collect(x.lokasi().baris().map(b -> b.getClass().getSimpleName()).orElse("none"));
    Statistics.label("baris").coverage(c -> {
      for (Class<?> kind : Baris.class.getPermittedSubclasses()) {
        c.check(kind.getSimpleName()).count(n -> n > 0);
      }
      c.check("none").count(n -> n > 0);
    });
    x.rincian().values().forEach(v -> Statistics.label("rincian").collect(v.getClass().getSimpleName()));
    Statistics.label("rincian").coverage(c -> {
      c.check("String").count(n -> n > 0);
      c.check("Nilai").count(n -> n > 0);
      c.check("Istilah").count(n -> n > 0);
    });
  }

  @Property(tries = 200)
  void round_trips_hasil_audit(@ForAll HasilAudit x) throws Exception {
    roundTrips(x, HasilAudit.class);
    viaMapper(x, HasilAudit.class);
    // only the findings are state: no derived getter (isBersih, adaError) is written
    assertThat(ImmutableList.copyOf(JSON.toTree(x).fieldNames())).containsExactly("temuan");
    assertThat(ImmutableList.copyOf(MAPPER.readTree(MAPPER.writeValueAsString(x)).fieldNames())).containsExactly("temuan");
  }

  @Property(tries = 300)
  void round_trips_skala_ordinal(@ForAll SkalaOrdinal x) {
    roundTrips(x, SkalaOrdinal.class);
    String kind = SkalaShapes.BUILT_IN.containsValue(x) ? "built-in" : x.isTanpaCelah() ? "custom" : "custom with gaps";
    Statistics.label("skala").collect(kind);
    Statistics.label("skala").coverage(c -> {
      c.check("built-in").count(n -> n > 0);
      c.check("custom").count(n -> n > 0);
      c.check("custom with gaps").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void round_trips_pita(@ForAll Pita x) {
    roundTrips(x, Pita.class);
  }

  @Property(tries = 200)
  void round_trips_satuan(@ForAll Satuan x) {
    roundTrips(x, Satuan.class);
  }

  @Property(tries = 300)
  void round_trips_indikator(@ForAll Indikator x) {
    roundTrips(x, Indikator.class);
  }

  @Property(tries = 300)
  void round_trips_skala_peringkat(@ForAll SkalaPeringkat x) {
    roundTrips(x, SkalaPeringkat.class);
  }

  @Property(tries = 500)
  void round_trips_target(@ForAll Target x) {
    roundTrips(x, Target.class);
    Statistics.label("target").collect(x.getClass().getSimpleName());
    Statistics.label("target").coverage(c -> {
      for (Class<?> kind : Target.class.getPermittedSubclasses()) {
        c.check(kind.getSimpleName()).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 300)
  void round_trips_deret_periode(@ForAll DeretPeriode x) {
    roundTrips(x, DeretPeriode.class);
  }

  @Property(tries = 100)
  void round_trips_kalkulator_capaian(@ForAll KalkulatorCapaian x) {
    roundTrips(x, KalkulatorCapaian.class);
  }

  @Property(tries = 300)
  void round_trips_batas_capaian(@ForAll BatasCapaian x) {
    roundTrips(x, BatasCapaian.class);
  }

  @Property(tries = 300)
  void round_trips_kode_nomenklatur(@ForAll KodeNomenklatur x) {
    roundTrips(x, KodeNomenklatur.class);
  }

  @Property(tries = 300)
  void round_trips_node_anggaran(@ForAll NodeAnggaran x) {
    roundTrips(x, NodeAnggaran.class);
  }

  @Property(tries = 300)
  void round_trips_pohon_anggaran(@ForAll PohonAnggaran x) {
    roundTrips(x, PohonAnggaran.class);
  }

  @Property(tries = 300)
  void round_trips_keluaran_biaya(@ForAll KeluaranBiaya x) {
    roundTrips(x, KeluaranBiaya.class);
  }

  @Property(tries = 300)
  void round_trips_indikator_renstra(@ForAll IndikatorRenstra x) {
    roundTrips(x, IndikatorRenstra.class);
  }

  @Property(tries = 200)
  void round_trips_unit_organisasi(@ForAll id.sakip.organisasi.UnitOrganisasi x) throws Exception {
    roundTrips(x, id.sakip.organisasi.UnitOrganisasi.class);
    // equal by kode: the name must come back too
    assertThat(JSON.read(JSON.write(x), id.sakip.organisasi.UnitOrganisasi.class).nama()).isEqualTo(x.nama());
  }

  @Property(tries = 200)
  void round_trips_kondisi_awal(@ForAll id.sakip.perencanaan.KondisiAwal x) {
    roundTrips(x, id.sakip.perencanaan.KondisiAwal.class);
  }

  @Property(tries = 200)
  void round_trips_pagu_indikatif(@ForAll id.sakip.perencanaan.PaguIndikatif x) {
    roundTrips(x, id.sakip.perencanaan.PaguIndikatif.class);
  }

  @Property(tries = 200)
  void round_trips_sasaran_renstra(@ForAll SasaranRenstra x) {
    roundTrips(x, SasaranRenstra.class);
  }

  @Property(tries = 200)
  void round_trips_tujuan(@ForAll Tujuan x) {
    roundTrips(x, Tujuan.class);
  }

  @Property(tries = 200)
  void round_trips_renstra(@ForAll Renstra x) {
    roundTrips(x, Renstra.class);
  }

  @Property(tries = 300)
  void round_trips_target_kinerja(@ForAll TargetKinerja x) {
    roundTrips(x, TargetKinerja.class);
  }

  @Property(tries = 300)
  void round_trips_program_pk(@ForAll ProgramPk x) {
    roundTrips(x, ProgramPk.class);
  }

  @Property(tries = 300)
  void round_trips_anggaran_pk(@ForAll AnggaranPk x) {
    roundTrips(x, AnggaranPk.class);
  }

  @Property(tries = 200)
  void round_trips_perjanjian_kinerja(@ForAll PerjanjianKinerja x) {
    roundTrips(x, PerjanjianKinerja.class);
  }

  @Property(tries = 300)
  void round_trips_keluaran_rkt(@ForAll KeluaranRkt x) {
    roundTrips(x, KeluaranRkt.class);
  }

  @Property(tries = 300)
  void round_trips_sasaran_rkt(@ForAll SasaranRkt x) {
    roundTrips(x, SasaranRkt.class);
  }

  @Property(tries = 200)
  void round_trips_rkt(@ForAll Rkt x) {
    roundTrips(x, Rkt.class);
  }

  @Property(tries = 300)
  void round_trips_realisasi_iku(@ForAll RealisasiIku x) {
    roundTrips(x, RealisasiIku.class);
  }

  @Property(tries = 200)
  void round_trips_tabel_realisasi_anggaran(@ForAll TabelRealisasiAnggaran x) {
    roundTrips(x, TabelRealisasiAnggaran.class);
  }

  @Property(tries = 500)
  void round_trips_angka_tercetak(@ForAll AngkaTercetak x) {
    roundTrips(x, AngkaTercetak.class);
    assertThat(JSON.toTree(x).textValue()).isEqualTo(x.teks()); // the text exactly as printed
    String kind = !x.adaNilai() ? "no value" : x.isPersen() ? "percent" : x.isRupiah() ? "rupiah"
        : !x.satuan().isEmpty() ? "unit" : "plain";
    Statistics.label("angka tercetak").collect(kind);
    Statistics.label("angka tercetak").coverage(c -> {
      for (String k : List.of("no value", "percent", "rupiah", "unit", "plain")) {
        c.check(k).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 300)
  void round_trips_baris_capaian(@ForAll BarisCapaian x) {
    roundTrips(x, BarisCapaian.class);
  }

  @Property(tries = 300)
  void round_trips_baris_kemajuan(@ForAll BarisKemajuan x) {
    roundTrips(x, BarisKemajuan.class);
  }

  @Property(tries = 300)
  void round_trips_baris_anggaran_sasaran(@ForAll BarisAnggaranSasaran x) {
    roundTrips(x, BarisAnggaranSasaran.class);
  }

  @Property(tries = 300)
  void round_trips_angka_narasi(@ForAll AngkaNarasi x) {
    roundTrips(x, AngkaNarasi.class);
    Statistics.label("narasi").collect(x.pembilang().isPresent() ? "with ratio" : "without ratio");
    Statistics.label("narasi").coverage(c -> {
      c.check("with ratio").count(n -> n > 0);
      c.check("without ratio").count(n -> n > 0);
    });
  }

  @Property(tries = 200)
  void round_trips_tercetak(@ForAll Tercetak x) {
    roundTrips(x, Tercetak.class);
  }

  @Property(tries = 200)
  void round_trips_laporan_kinerja(@ForAll LaporanKinerja x) {
    roundTrips(x, LaporanKinerja.class);
    assertThat(JSON.readLaporan(JSON.writeLaporan(x))).isEqualTo(x);
    Statistics.label("laporan").collect(x.tercetak().isPresent() ? "with tercetak" : "without tercetak");
    Statistics.label("laporan").coverage(c -> {
      c.check("with tercetak").count(n -> n > 0);
      c.check("without tercetak").count(n -> n > 0);
    });
  }

  @Property(tries = 500)
  void round_trips_pecahan(@ForAll Pecahan x) {
    roundTrips(x, Pecahan.class);
    boolean exact = x.toExactBigDecimal().isPresent();
    assertThat(JSON.write(x)).matches(exact ? "-?[0-9]+(\\.[0-9]+)?\n" : "\"-?[0-9]+/[0-9]+\"\n");
    Statistics.label("pecahan").collect(exact ? "terminating" : "non-terminating");
    Statistics.label("pecahan").coverage(c -> {
      c.check("terminating").count(n -> n > 0);
      c.check("non-terminating").count(n -> n > 0);
    });
  }

  @Property(tries = 200)
  void round_trips_unsur(@ForAll Unsur x) {
    roundTrips(x, Unsur.class);
  }

  @Property(tries = 300)
  void round_trips_responden(@ForAll Responden x) {
    roundTrips(x, Responden.class);
  }

  @Property(tries = 200)
  void round_trips_survei_skm(@ForAll SurveiSkm x) {
    roundTrips(x, SurveiSkm.class);
    boolean standar = Arrays.stream(MetodeSkm.values()).anyMatch(m -> m.unsur().equals(x.unsur()));
    Statistics.label("survei").collect(standar ? "standard unsur" : "own unsur");
    Statistics.label("survei").coverage(c -> {
      c.check("standard unsur").count(n -> n > 0);
      c.check("own unsur").count(n -> n > 0);
    });
  }

  @Property(tries = 300)
  void round_trips_bobot_skm(@ForAll BobotSkm x) {
    roundTrips(x, BobotSkm.class);
    Statistics.label("bobot").collect(x.getClass().getSimpleName());
    Statistics.label("bobot").coverage(c -> {
      for (Class<?> kind : BobotSkm.class.getPermittedSubclasses()) {
        c.check(kind.getSimpleName()).count(n -> n > 0);
      }
    });
  }

  @Property(tries = 200)
  void round_trips_kalkulator_skm(@ForAll KalkulatorSkm x) {
    roundTrips(x, KalkulatorSkm.class);
  }

  @Property(tries = 300)
  void round_trips_sub_komponen_lke(@ForAll SubKomponenLke x) {
    roundTrips(x, SubKomponenLke.class);
  }

  @Property(tries = 300)
  void round_trips_komponen_lke(@ForAll KomponenLke x) {
    roundTrips(x, KomponenLke.class);
  }

  @Property(tries = 200)
  void round_trips_metode_lke(@ForAll MetodeLke x) {
    roundTrips(x, MetodeLke.class);
    boolean bawaan = EvaluasiShapes.BUILT_IN.containsValue(x);
    Statistics.label("metode").collect(bawaan ? "built-in" : "custom");
    Statistics.label("metode").coverage(c -> {
      c.check("built-in").count(n -> n > 0);
      c.check("custom").count(n -> n > 0);
    });
  }

  @Property(tries = 200)
  void round_trips_nilai_kriteria(@ForAll NilaiKriteria x) {
    roundTrips(x, NilaiKriteria.class);
  }

  @Property(tries = 200)
  void round_trips_lembar_kerja_evaluasi(@ForAll LembarKerjaEvaluasi x) {
    roundTrips(x, LembarKerjaEvaluasi.class);
    Statistics.label("nilaiKriteria").collect(x.nilaiKriteria().isEmpty() ? "answers only" : "numeric scores");
    Statistics.label("nilaiKriteria").coverage(c -> c.check("numeric scores").count(n -> n > 0));
  }

  @Property(tries = 20)
  void round_trips_kalkulator_lke(@ForAll KalkulatorLke x) {
    roundTrips(x, KalkulatorLke.class);
  }

  // ------------------------------------------------------------------ the module path

  /**
   * A plain {@code ObjectMapper} that found {@link SakipModule} by itself round-trips values, reads
   * what {@link SakipJson} writes, and writes what {@link SakipJson} reads.
   */
  @Property(tries = 100)
  void a_plain_object_mapper_with_found_modules_round_trips_a_few_types(
      @ForAll Rupiah rupiah, @ForAll Target target, @ForAll Indikator indikator, @ForAll PohonAnggaran pohon,
      @ForAll LaporanKinerja laporan, @ForAll Temuan temuan) throws Exception {
    viaMapper(rupiah, Rupiah.class);
    viaMapper(temuan, Temuan.class);
    viaMapper(target, Target.class);
    viaMapper(indikator, Indikator.class);
    viaMapper(pohon, PohonAnggaran.class);
    viaMapper(laporan, LaporanKinerja.class);
  }

  private static <T> void viaMapper(T x, Class<T> type) throws Exception {
    String written = MAPPER.writeValueAsString(x);
    assertThat(MAPPER.readValue(written, type)).as(written).isEqualTo(x);
    assertThat(MAPPER.readValue(JSON.write(x), type)).isEqualTo(x);
    assertThat(JSON.read(written, type)).isEqualTo(x);
  }

  // ------------------------------------------------------------------ completeness

  /** A type added to {@link SakipJson#boundTypes()} without a generator and a round-trip property fails here. */
  @Example
  void every_bound_type_has_a_generator_and_a_round_trip_property() {
    Set<Class<?>> bound = Set.copyOf(SakipJson.boundTypes());
    List<Method> properties = Arrays.stream(getClass().getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Property.class) && m.getName().startsWith("round_trips_"))
        .toList();
    assertThat(properties).allSatisfy(m -> assertThat(m.getParameterCount()).as(m.getName()).isEqualTo(1));
    assertThat(properties.stream().map(m -> m.getParameterTypes()[0]).toList())
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(bound);
    assertThat(id.sakip.jqwik.SakipArbitraries.jenis()).containsExactlyInAnyOrderElementsOf(bound);
  }
}
