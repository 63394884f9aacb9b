package id.sakip.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value as compact JSON text of at most {@value #LIMIT} characters, for showing it in a problem:
 * tokens beyond the limit are counted but not kept, so a huge value costs no memory.
 */
final class CompactText implements TokenSink {

  static final int LIMIT = 80;

  private final StringBuilder out = new StringBuilder();
  private final Deque<Boolean> first = new ArrayDeque<>();
  private boolean afterName;
  private boolean cut;

  /** The tokens of the container the source is on, to its end, as text; the source ends on its last token. */
  static String of(TokenSource in) {
    CompactText text = new CompactText();
    int depth = 0;
    do {
      switch (in.current()) {
        case START_OBJECT -> {
          text.startObject();
          depth++;
        }
        case START_ARRAY -> {
          text.startArray();
          depth++;
        }
        case END_OBJECT -> {
          text.endObject();
          depth--;
        }
        case END_ARRAY -> {
          text.endArray();
          depth--;
        }
        case NAME -> text.name(in.text());
        case STRING -> text.string(in.text());
        case INTEGER, DECIMAL -> text.number(in.text());
        case TRUE -> text.bool(true);
        case FALSE -> text.bool(false);
        case NULL -> text.nullValue();
        default -> {
          return text.toString();
        }
      }
    } while (depth > 0 && in.next() != TokenSource.Token.END);
    return text.toString();
  }

  /** {@code value} as {@code shape} writes it, as text. */
  static <T> String of(Shape<T> shape, T value) {
    CompactText text = new CompactText();
    shape.write(value, text, new WriteContext(JsonStyle.STANDARD, id.sakip.angka.Notasi.INDONESIA));
    return text.toString();
  }

  private void append(String s) {
    if (cut) {
      return;
    }
    if (out.length() + s.length() > LIMIT - 1) {
      out.append(s, 0, Math.max(0, LIMIT - 1 - out.length())).append('…');
      cut = true;
      return;
    }
    out.append(s);
  }

  private void value(String s) {
    if (!afterName && !first.isEmpty()) {
      if (!first.peek()) {
        append(",");
      }
      first.pop();
      first.push(false);
    }
    afterName = false;
    append(s);
  }

  @Override
  public void startObject() {
    value("{");
    first.push(true);
  }

  @Override
  public void endObject() {
    first.pop();
    append("}");
  }

  @Override
  public void startArray() {
    value("[");
    first.push(true);
  }

  @Override
  public void endArray() {
    first.pop();
    append("]");
  }

  @Override
  public void name(String name) {
    value(quoted(name) + ":");
    afterName = true;
  }

  @Override
  public void string(String value) {
    value(quoted(value));
  }

  @Override
  public void number(String plainDecimal) {
    value(plainDecimal);
  }

  @Override
  public void bool(boolean value) {
    value(Boolean.toString(value));
  }

  @Override
  public void nullValue() {
    value("null");
  }

  private String quoted(String s) {
    String shown = s.length() > LIMIT ? s.substring(0, LIMIT) : s;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
