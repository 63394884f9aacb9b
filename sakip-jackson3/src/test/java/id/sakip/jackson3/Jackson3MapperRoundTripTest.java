package id.sakip.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import id.sakip.angka.Rupiah;
import id.sakip.json.MapperRoundTripSuite;
import id.sakip.json.SakipJson;
import java.lang.reflect.Type;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link MapperRoundTripSuite} on Jackson 3: {@code JsonMapper.builder().findAndAddModules()},
 * which finds {@link SakipJacksonModule} through {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}; nothing is registered by hand.
 */
class Jackson3MapperRoundTripTest extends MapperRoundTripSuite {

  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  static Mapper of(JsonMapper mapper) {
    return new Mapper() {
      @Override
      public String write(Object value) {
        return mapper.writeValueAsString(value);
      }

      @Override
      public Object read(String json, Type type) {
        return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
      }
    };
  }

  @Override
  protected Mapper found() {
    return of(FOUND);
  }

  @Override
  protected Mapper withModuleOf(SakipJson json) {
    return of(JsonMapper.builder().addModule(new SakipJacksonModule(json)).build());
  }

  @Override
  protected Class<? extends Exception> bindingException() {
    return DatabindException.class;
  }

  @Test
  void the_service_loader_finds_the_module_with_the_version_of_the_build() {
    assertThat(FOUND.registeredModules()).hasAtLeastOneElementOfType(SakipJacksonModule.class);
    assertThat(SakipJacksonModule.VERSION.getArtifactId()).isEqualTo("sakip-jackson3");
    assertThat(SakipJacksonModule.VERSION.toString()).isNotEqualTo("0.0.0").doesNotContain("${");
    assertThat(SakipJacksonModule.VERSION.isUnknownVersion()).isFalse();
  }

  @Test
  void a_mapper_setting_cannot_change_how_an_amount_is_written() {
    JsonMapper plainBigDecimals = JsonMapper.builder().findAndAddModules()
        .enable(tools.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
    assertThat(plainBigDecimals.writeValueAsString(Rupiah.ofSen(100_000_000_000_000L))).isEqualTo("1000000000000.00");
    assertThat(plainBigDecimals.readValue("1E+3", Rupiah.class)).isEqualTo(Rupiah.of(1_000));
  }

  @Test
  void a_module_added_after_the_found_one_replaces_it() {
    SakipJson decimalStrings = SakipJson.standar().withStyle(
        id.sakip.json.JsonStyle.STANDARD.withRupiah(id.sakip.json.JsonStyle.RupiahForm.DECIMAL_STRING));
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(new SakipJacksonModule(decimalStrings)).build();
    assertThat(mapper.registeredModules()).filteredOn(SakipJacksonModule.class::isInstance).hasSize(1);
    assertThat(mapper.writeValueAsString(Rupiah.ofSen(1_250))).isEqualTo("\"12.50\"");
  }

  /** An outcome of a type without a binding. */
  record Salah(id.sakip.angka.Outcome<String> hasil) {}

  @Test
  void an_outcome_of_an_unbound_type_is_a_bad_definition_not_a_crash() {
    Throwable e = org.assertj.core.api.Assertions.catchThrowable(
        () -> FOUND.readValue("{\"hasil\":{\"nilai\":\"x\"}}", Salah.class));
    assertThat(e).isInstanceOf(tools.jackson.databind.exc.InvalidDefinitionException.class)
        .hasMessageContaining("an Outcome is read for a bound SAKIP type");
  }

  @Test
  void a_bad_value_is_a_mismatched_input_exception_with_the_sakip_json_exception_as_cause() {
    JacksonException e = org.assertj.core.api.Assertions.catchThrowableOfType(JacksonException.class,
        () -> FOUND.readValue("{\"nama\":\"x\",\"pagu\":\"abc\"}", Anggaran.class));
    assertThat(e).isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class);
    assertThat(sakipCause(e).problems()).hasSize(1);
    assertThat(e.getPathReference()).contains("pagu");
  }
}
