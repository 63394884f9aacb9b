package id.sakip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The test's own CSV reader reads what RFC 4180 allows and refuses the rest. */
class Rfc4180Test {

  @Test
  void reads_quoted_fields_doubled_quotes_and_line_breaks_inside_quotes() {
    String csv = "a,\"b,c\",\"say \"\"100%\"\"\"\r\n\"two\r\nlines\",,\"\"\r\n";
    assertThat(Rfc4180.parse(csv)).containsExactly(
        List.of("a", "b,c", "say \"100%\""),
        List.of("two\r\nlines", "", ""));
  }

  @Test
  void refuses_what_rfc_4180_does_not_allow() {
    assertThatIllegalArgumentException().isThrownBy(() -> Rfc4180.parse("a,b\n")).withMessageContaining("bare LF");
    assertThatIllegalArgumentException().isThrownBy(() -> Rfc4180.parse("a,b")).withMessageContaining("CRLF");
    assertThatIllegalArgumentException().isThrownBy(() -> Rfc4180.parse("a\"b\r\n")).withMessageContaining("quote");
    assertThatIllegalArgumentException().isThrownBy(() -> Rfc4180.parse("\"a\"b\r\n")).withMessageContaining("after");
    assertThatIllegalArgumentException().isThrownBy(() -> Rfc4180.parse("\"ab\r\n")).withMessageContaining("unterminated");
  }
}
