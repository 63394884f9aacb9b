package id.sakip.angka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Messages about long texts quote an excerpt around the problem, never the whole text. */
class AngkaFormatExceptionTest {

  @Test
  void a_short_text_is_quoted_whole() {
    AngkaFormatException e = AngkaFormatException.at("12x", 2, "unexpected character 'x'", "digits only");
    assertThat(e.getMessage()).isEqualTo("'12x': unexpected character 'x' at position 2: digits only");
  }

  @Test
  void a_million_character_figure_gives_a_short_message_that_still_shows_the_problem() {
    String text = "80" + " ".repeat(1_000_000) + "% 90";
    AngkaFormatException e = catchThrowableOfType(() -> AngkaParser.parseNilai(text, Notasi.INDONESIA), AngkaFormatException.class);
    assertThat(e.input()).isEqualTo(text);
    assertThat(e.getMessage().length()).isLessThan(1_000);
    assertThat(e.getMessage()).contains("(1000006 characters)");
    if (e.position() > 0) {
      assertThat(e.getMessage()).contains(text.substring(e.position(), Math.min(text.length(), e.position() + 5)));
    }
  }

  @Test
  void an_excerpt_never_splits_a_surrogate_pair() {
    String text = "\uD835\uDFD8".repeat(200) + "x";
    for (int position : new int[] {-1, 0, 1, 61, 62, 200, 399, 400}) {
      String message = AngkaFormatException.at(text, position, "p", "r").getMessage();
      String excerpt = message.substring(0, message.indexOf(" ("));
      for (int i = 0; i < excerpt.length(); i++) {
        char c = excerpt.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertThat(Character.isLowSurrogate(excerpt.charAt(i + 1))).as("pair at %d for %d", i, position).isTrue();
        }
        if (Character.isLowSurrogate(c)) {
          assertThat(Character.isHighSurrogate(excerpt.charAt(i - 1))).as("pair at %d for %d", i, position).isTrue();
        }
      }
    }
  }
}
