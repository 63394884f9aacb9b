package id.sakip.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sakip.angka.Rupiah;
import id.sakip.kinerja.Target;
import id.sakip.laporan.LaporanKinerja;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain {@code ObjectMapper} finds {@link SakipModule} through {@code
 * META-INF/services/com.fasterxml.jackson.databind.Module} and binds the model with it.
 */
class FindAndRegisterModulesTest {

  private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

  /** A caller's own type holding model values. */
  record Rencana(String nama, Rupiah pagu, List<Target> target) {}

  @Test
  void finds_the_sakip_module() {
    // Jdk8Module (test scope, for MapperRoundTripSuite's Optional members) is found too
    assertThat(mapper.getRegisteredModuleIds()).containsExactlyInAnyOrder(new SakipModule().getTypeId(),
        new com.fasterxml.jackson.datatype.jdk8.Jdk8Module().getTypeId());
  }

  @Test
  void reads_and_writes_a_rupiah() throws IOException {
    Rupiah pagu = Rupiah.ofSen(291_056_873_700L);
    assertThat(mapper.writeValueAsString(pagu)).isEqualTo("2910568737.00");
    assertThat(mapper.readValue("2910568737.00", Rupiah.class)).isEqualTo(pagu);
    assertThat(mapper.readValue("\"2.910.568.737,00\"", Rupiah.class)).isEqualTo(pagu);
  }

  @Test
  void reads_and_writes_a_target() throws IOException {
    Target rentang = Target.rentang(new BigDecimal("80"), new BigDecimal("90.5"));
    assertThat(mapper.writeValueAsString(rentang)).isEqualTo("{\"bawah\":80,\"atas\":90.5}");
    assertThat(mapper.readValue("{\"bawah\":80,\"atas\":90.5}", Target.class)).isEqualTo(rentang);
    assertThat(mapper.readValue("\"kurang dari 20\"", Target.class))
        .isEqualTo(new Target.Pertidaksamaan(Target.Operator.KURANG_DARI, new BigDecimal("20")));
    assertThat(mapper.readValue("85.82", Target.class)).isEqualTo(Target.angka(new BigDecimal("85.82")));
  }

  @Test
  void reads_and_writes_the_golden_laporan() throws IOException {
    String golden = GoldenDocumentTest.golden();
    LaporanKinerja expected = SakipJson.standar().readLaporan(golden);
    LaporanKinerja read = mapper.readValue(golden, LaporanKinerja.class);
    assertThat(read).isEqualTo(expected);

    String written = mapper.writeValueAsString(read);
    assertThat(SakipJson.standar().readLaporan(written)).isEqualTo(expected);
    assertThat(mapper.readValue(written, LaporanKinerja.class)).isEqualTo(expected);
    assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(golden.replace("sakip-lkj/1", "sakip-lkj/2")));
  }

  @Test
  void model_values_inside_a_callers_own_type() throws IOException {
    Rencana rencana = new Rencana("Program", Rupiah.of(734_195_800), List.of(Target.angka(85), Target.rentang(
        new BigDecimal("80"), new BigDecimal("90"))));
    String written = mapper.writeValueAsString(rencana);
    assertThat(written).isEqualTo("{\"nama\":\"Program\",\"pagu\":734195800.00,\"target\":[85,{\"bawah\":80,\"atas\":90}]}");
    assertThat(mapper.readValue(written, Rencana.class)).isEqualTo(rencana);
  }

  @Test
  void an_invalid_value_gives_a_json_mapping_exception_caused_by_a_sakip_json_exception_with_the_path() throws IOException {
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(
        "{\"nama\": \"Program\", \"pagu\": 1, \"target\": [85, {\"bawah\": 90, \"atas\": 80}]}", Rencana.class));
    assertThat(e).hasCauseInstanceOf(SakipJsonException.class).hasMessageContaining("$.target[1]");
    SakipJsonException cause = (SakipJsonException) e.getCause();
    assertThat(cause.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.target[1]");
      assertThat(p.value()).isEqualTo("{\"bawah\":90,\"atas\":80}");
      assertThat(p.rule()).contains("a range target needs bawah < atas");
    });

    String golden = GoldenDocumentTest.golden().replace("\"pagu\": 734195800.00,\n        \"anak\"", "\"pagu\": \"tujuh\",\n        \"anak\"");
    JsonMappingException inDocument = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(golden, LaporanKinerja.class));
    assertThat(inDocument.getCause()).isInstanceOf(SakipJsonException.class)
        .hasMessageContaining("$.rkt.anggaran[0].pagu: \"tujuh\": must be a Rupiah amount in INDONESIA notation");
  }
}
