package id.sakip.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The byte count a refusal of a too-large text document reports, against the JDK's own encoder. */
class Utf8LengthTest {

  @Property(tries = 2_000)
  void counts_what_the_jdk_encoder_writes(@ForAll @StringLength(max = 40) String any) {
    assertThat(SakipJson.utf8Length(any)).isEqualTo(any.getBytes(UTF_8).length);
  }

  @Property(tries = 2_000)
  void counts_surrogates_paired_or_not(
      @ForAll @StringLength(max = 12) @CharRange(from = '\uD7F0', to = '\uE010') String nearSurrogates) {
    assertThat(SakipJson.utf8Length(nearSurrogates)).isEqualTo(nearSurrogates.getBytes(UTF_8).length);
  }

  @Test
  void a_too_large_text_document_is_refused_with_its_size_in_bytes_not_characters() {
    String json = "{\"instansi\": \"" + "›".repeat(600) + "\"}"; // 616 characters: 16 ASCII and 600 of 3 bytes
    SakipJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(SakipJsonException.class,
        () -> SakipJson.standar().withLimits(InputLimits.DEFAULT.withMaxDocumentBytes(500)).readLaporan(json));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.value()).isEqualTo("document of 1,816 bytes"); // 16 + 600 × 3 bytes
      assertThat(p.rule()).isEqualTo("a document may hold at most 500 bytes (InputLimits.maxDocumentBytes)");
    });
  }
}
