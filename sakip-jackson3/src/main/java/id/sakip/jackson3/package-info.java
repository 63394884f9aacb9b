/**
 * The SAKIP model for Jackson 3 ({@code tools.jackson}): {@link id.sakip.jackson3.SakipJacksonModule}.
 *
 * <p>The module is found by {@code JsonMapper.builder().findAndAddModules()} (through {@code
 * META-INF/services/tools.jackson.databind.JacksonModule}); it reads and writes with the reader and
 * writer of {@code sakip-json} over adapters of Jackson 3's parser and generator. Jackson 2 remains
 * on the classpath through {@code sakip-json}, whose {@code SakipJson} parses bytes and text with
 * it and whose {@code SakipModule} binds the model for Jackson 2 mappers.
 */
package id.sakip.jackson3;
