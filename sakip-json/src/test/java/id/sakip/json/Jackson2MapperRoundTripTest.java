package id.sakip.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * {@link MapperRoundTripSuite} on Jackson 2: a plain {@code ObjectMapper} that found {@link
 * SakipModule} (and Jdk8Module, test scope, for {@code Optional}) through the service loader.
 */
class Jackson2MapperRoundTripTest extends MapperRoundTripSuite {

  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();

  private static Mapper of(ObjectMapper mapper) {
    return new Mapper() {
      @Override
      public String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
      }

      @Override
      public Object read(String json, java.lang.reflect.Type type) throws Exception {
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
    // not findAndRegisterModules(): a second SakipModule would be ignored as a duplicate registration
    return of(new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new SakipModule(json)));
  }

  @Override
  protected Class<? extends Exception> bindingException() {
    return JsonMappingException.class;
  }
}
