package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import id.sakip.angka.Outcome;
import id.sakip.angka.Pecahan;
import id.sakip.angka.Persentase;
import id.sakip.angka.Rupiah;
import id.sakip.audit.Audit;
import id.sakip.audit.HasilAudit;
import id.sakip.json.JsonStyle.RupiahForm;
import id.sakip.kinerja.Indikator;
import id.sakip.kinerja.Polaritas;
import id.sakip.kinerja.Satuan;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every Jackson mapper with the SAKIP module must do, whatever the Jackson major: the same
 * JSON as {@link SakipJson}, read back equal, inside the caller's own types too, and problems that
 * name the caller's path and our rule. {@code Jackson2MapperRoundTripTest} (here) and {@code
 * Jackson3MapperRoundTripTest} (sakip-jackson3) run it against a mapper that found the module
 * through the service loader, without registering it.
 */
public abstract class MapperRoundTripSuite {

  /** A mapper under test: writes compact JSON, reads a value of a (possibly generic) type. */
  public interface Mapper {
    /** The value as JSON. */
    String write(Object value) throws Exception;

    /** The JSON as a value of {@code type}. */
    Object read(String json, Type type) throws Exception;
  }

  /** The mapper that found the module through the service loader (no explicit registration). */
  protected abstract Mapper found();

  /** A mapper with the module made from {@code json} registered explicitly (for its {@link JsonStyle}). */
  protected abstract Mapper withModuleOf(SakipJson json);

  /** The exception type a mapper of this major throws for a value it cannot bind. */
  protected abstract Class<? extends Exception> bindingException();

  // ------------------------------------------------------------------ the caller's own types

  /** A caller's own record holding model values. */
  public record Anggaran(String nama, Rupiah pagu, Optional<Persentase> serapan, List<Rupiah> rincian) {}

  /** A caller's own record holding an outcome. */
  public record Capaian(String indikator, Outcome<Persentase> capaian) {}

  /** A caller's own record holding targets. */
  public record Rencana(String nama, List<Target> target) {}

  /** Captures a generic type: {@code new TypeOf<Optional<Rupiah>>() {}.type()}. */
  public abstract static class TypeOf<T> {
    /** The type argument of the anonymous subclass. */
    public final Type type() {
      return ((ParameterizedType) getClass().getGenericSuperclass()).getActualTypeArguments()[0];
    }
  }

  private static final SakipJson JSON = SakipJson.standar();
  private static final Rupiah PAGU = Rupiah.ofSen(291_056_873_700L);
  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

  private String write(Object value) throws Exception {
    return found().write(value);
  }

  private Object read(String json, Type type) throws Exception {
    return found().read(json, type);
  }

  /** Writes {@code value}, checks the text, and reads it back equal. */
  private void roundTrip(Mapper mapper, Object value, Type type, String json) throws Exception {
    assertThat(mapper.write(value)).isEqualTo(json);
    assertThat(mapper.read(json, type)).isEqualTo(value);
  }

  private static JsonNode tree(String json) throws Exception {
    return TREES.readTree(json);
  }

  // ------------------------------------------------------------------ amounts and fractions

  @Test
  void the_mapper_found_by_the_service_loader_writes_a_rupiah_as_a_number() throws Exception {
    assertThat(write(Rupiah.of(5))).isEqualTo("5.00");
    assertThat(tree(write(Rupiah.of(5))).isNumber()).isTrue();
  }

  @Test
  void rupiah_round_trips_exactly() throws Exception {
    roundTrip(found(), PAGU, Rupiah.class, "2910568737.00");
    roundTrip(found(), Rupiah.ofSen(9_007_199_254_740_993L), Rupiah.class, "90071992547409.93"); // 2^53 + 1 sen
    roundTrip(found(), Rupiah.MAX, Rupiah.class, "92233720368547758.07");
    roundTrip(found(), Rupiah.ofSen(-1_250), Rupiah.class, "-12.50");
    roundTrip(found(), Rupiah.MIN, Rupiah.class, "-92233720368547758.08");
    assertThat(read("\"2.910.568.737,00\"", Rupiah.class)).isEqualTo(PAGU);
  }

  @Test
  void rupiah_in_the_forms_of_a_json_style() throws Exception {
    Mapper decimal = withModuleOf(JSON.withStyle(JsonStyle.STANDARD.withRupiah(RupiahForm.DECIMAL_STRING)));
    roundTrip(decimal, PAGU, Rupiah.class, "\"2910568737.00\"");
    roundTrip(decimal, Rupiah.ofSen(9_007_199_254_740_993L), Rupiah.class, "\"90071992547409.93\"");
    Mapper notation = withModuleOf(JSON.withStyle(JsonStyle.STANDARD.withRupiah(RupiahForm.NOTATION_STRING)));
    roundTrip(notation, PAGU, Rupiah.class, "\"2.910.568.737,00\"");
    roundTrip(notation, Rupiah.ofSen(-1_250), Rupiah.class, "\"-12,50\"");
    // whatever the style, every form is read
    assertThat(found().read("\"2910568737.00\"", Rupiah.class)).isEqualTo(PAGU);
    assertThat(decimal.read("2910568737.00", Rupiah.class)).isEqualTo(PAGU);
    // and the style reaches amounts inside the caller's types
    Anggaran a = new Anggaran("Program", Rupiah.of(734_195_800), Optional.empty(), List.of(Rupiah.ofSen(250)));
    String written = notation.write(a);
    assertThat(written).contains("\"pagu\":\"734.195.800,00\"").contains("\"rincian\":[\"2,50\"]");
    assertThat(notation.read(written, Anggaran.class)).isEqualTo(a);
  }

  @Test
  void persentase_round_trips_exactly() throws Exception {
    roundTrip(found(), Persentase.of(new BigDecimal("85.82")), Persentase.class, "85.82");
    roundTrip(found(), Persentase.of(100), Persentase.class, "100");
    Persentase third = Persentase.ofFraction(BigInteger.ONE, BigInteger.valueOf(3));
    roundTrip(found(), third, Persentase.class, "\"1/3\"");
    assertThat(read("\"1/3\"", Persentase.class)).isNotEqualTo(Persentase.of(new BigDecimal("0.33")));
  }

  @Test
  void pecahan_round_trips_exactly() throws Exception {
    roundTrip(found(), Pecahan.of(new BigDecimal("0.125")), Pecahan.class, "0.125");
    roundTrip(found(), Pecahan.of(2, 3), Pecahan.class, "\"2/3\"");
    roundTrip(found(), Pecahan.of(-7), Pecahan.class, "-7");
  }

  // ------------------------------------------------------------------ inside the caller's types

  @Test
  void model_values_inside_a_callers_own_record() throws Exception {
    Anggaran full = new Anggaran("Program", Rupiah.of(734_195_800), Optional.of(Persentase.of(new BigDecimal("85.82"))),
        List.of(Rupiah.ofSen(100), Rupiah.ofSen(-250)));
    roundTrip(found(), full, Anggaran.class,
        "{\"nama\":\"Program\",\"pagu\":734195800.00,\"serapan\":85.82,\"rincian\":[1.00,-2.50]}");
    Anggaran empty = new Anggaran("Kosong", Rupiah.ZERO, Optional.empty(), List.of());
    roundTrip(found(), empty, Anggaran.class, "{\"nama\":\"Kosong\",\"pagu\":0.00,\"serapan\":null,\"rincian\":[]}");
    Anggaran third = new Anggaran("x", Rupiah.of(1), Optional.of(Persentase.ofFraction(BigInteger.ONE, BigInteger.valueOf(3))),
        List.of());
    roundTrip(found(), third, Anggaran.class, "{\"nama\":\"x\",\"pagu\":1.00,\"serapan\":\"1/3\",\"rincian\":[]}");
  }

  @Test
  void optional_and_list_of_bound_types() throws Exception {
    roundTrip(found(), Optional.of(Rupiah.ofSen(1_250)), new TypeOf<Optional<Rupiah>>() {}.type(), "12.50");
    assertThat(read("null", new TypeOf<Optional<Rupiah>>() {}.type())).isEqualTo(Optional.empty());
    roundTrip(found(), List.of(Persentase.of(new BigDecimal("85.82")), Persentase.ofFraction(BigInteger.ONE,
        BigInteger.valueOf(3))), new TypeOf<List<Persentase>>() {}.type(), "[85.82,\"1/3\"]");
    roundTrip(found(), List.of(Target.angka(85), Target.rentang(new BigDecimal("80"), new BigDecimal("90.5"))),
        new TypeOf<List<Target>>() {}.type(), "[85,{\"bawah\":80,\"atas\":90.5}]");
  }

  @Test
  void an_outcome_inside_a_callers_record_computed_or_not() throws Exception {
    Outcome<Persentase> computed = Persentase.ratio(Rupiah.of(2_691_204_248L), Rupiah.of(2_910_568_737L));
    assertThat(computed).isInstanceOf(Outcome.Computed.class);
    Capaian ok = new Capaian("Serapan", computed);
    String written = write(ok);
    assertThat(tree(written).path("capaian").path("nilai").isMissingNode()).isFalse();
    assertThat(read(written, Capaian.class)).isEqualTo(ok);

    Outcome<Persentase> notComputable = Persentase.ratio(Rupiah.of(5), Rupiah.ZERO);
    assertThat(notComputable).isInstanceOf(Outcome.NotComputable.class);
    Capaian none = new Capaian("Serapan", notComputable);
    String writtenNone = write(none);
    assertThat(tree(writtenNone).path("capaian").path("alasan").asText()).isEqualTo("ZERO_DENOMINATOR");
    assertThat(read(writtenNone, Capaian.class)).isEqualTo(none);
    // and as a root value, of the type asked for
    assertThat(read(writtenNone.substring(writtenNone.indexOf("\"capaian\":") + 10, writtenNone.length() - 1),
        new TypeOf<Outcome<Persentase>>() {}.type())).isEqualTo(notComputable);
  }

  @Test
  void an_implementation_of_a_bound_type_is_written_by_its_binding() throws Exception {
    Indikator indikator = Indikator.builder().nama("Survey Kepuasan Masyarakat").satuan(Satuan.INDEKS)
        .polaritas(Polaritas.POSITIF).build();
    assertThat(indikator.getClass()).isNotEqualTo(Indikator.class); // the Immutables implementation
    String written = write(indikator);
    assertThat(tree(written)).isEqualTo(tree(JSON.write(indikator)));
    assertThat(read(written, Indikator.class)).isEqualTo(indikator);
  }

  // ------------------------------------------------------------------ whole documents

  @Test
  void a_whole_laporan_kinerja_round_trips_and_writes_the_same_json_twice() throws Exception {
    String golden = JsonMutations.golden();
    LaporanKinerja expected = JSON.readLaporan(golden);
    LaporanKinerja read = (LaporanKinerja) read(golden, LaporanKinerja.class);
    assertThat(read).isEqualTo(expected);
    String first = write(read);
    assertThat(tree(first)).isEqualTo(tree(JSON.writeLaporan(expected)));
    LaporanKinerja again = (LaporanKinerja) read(first, LaporanKinerja.class);
    assertThat(again).isEqualTo(expected);
    assertThat(write(again)).isEqualTo(first);
  }

  @Test
  void the_audit_of_a_laporan_round_trips() throws Exception {
    HasilAudit hasil = Audit.periksa(JSON.readLaporan(JsonMutations.golden()));
    assertThat(hasil.temuan()).isNotEmpty();
    String written = write(hasil);
    assertThat(tree(written)).isEqualTo(tree(JSON.write(hasil)));
    assertThat(read(written, HasilAudit.class)).isEqualTo(hasil);
    assertThat(write(read(written, HasilAudit.class))).isEqualTo(written);
  }

  // ------------------------------------------------------------------ problems

  @Test
  void a_bad_value_in_a_callers_record_names_the_callers_member_and_our_rule() {
    Throwable e = catchThrowable(() -> read("{\"nama\":\"x\",\"pagu\":\"abc\"}", Anggaran.class));
    assertThat(e).isInstanceOf(bindingException()).hasMessageContaining("pagu")
        .hasMessageContaining("$.pagu: \"abc\": must be a Rupiah amount");
    assertThat(sakipCause(e).problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.pagu"));

    Throwable nested = catchThrowable(() -> read(
        "{\"nama\":\"Program\",\"target\":[85,{\"bawah\":90,\"atas\":80}]}", Rencana.class));
    assertThat(nested).isInstanceOf(bindingException()).hasMessageContaining("$.target[1]")
        .hasMessageContaining("a range target needs bawah < atas");
    assertThat(sakipCause(nested).problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.target[1]"));
  }

  @Test
  void a_bad_value_deep_in_a_report_names_its_path() throws Exception {
    String golden = JsonMutations.golden();
    String wrong = golden.replace("\"perjanjianKinerja\": {\n    \"tahun\": 2022,", "\"perjanjianKinerja\": {\n    \"tahun\": \"dua ribu\",");
    assertThat(wrong).isNotEqualTo(golden);
    Throwable e = catchThrowable(() -> read(wrong, LaporanKinerja.class));
    assertThat(e).isInstanceOf(bindingException()).hasMessageContaining("$.perjanjianKinerja.tahun");
    assertThat(sakipCause(e).problems()).extracting(JsonProblem::path).contains("$.perjanjianKinerja.tahun");
  }

  /** The {@link SakipJsonException} in {@code e}'s causes. */
  protected static SakipJsonException sakipCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SakipJsonException s) {
        return s;
      }
    }
    throw new AssertionError("no SakipJsonException among the causes of " + e, e);
  }
}
