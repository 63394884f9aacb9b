package id.sakip.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Tokens to a Jackson 2 {@link JsonGenerator}; its {@link IOException} is thrown unchecked. */
final class Jackson2Sink implements TokenSink {

  private final JsonGenerator gen;

  Jackson2Sink(JsonGenerator gen) {
    this.gen = gen;
  }

  @FunctionalInterface
  private interface Io {
    void run() throws IOException;
  }

  private static void io(Io action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startObject() {
    io(gen::writeStartObject);
  }

  @Override
  public void endObject() {
    io(gen::writeEndObject);
  }

  @Override
  public void startArray() {
    io(gen::writeStartArray);
  }

  @Override
  public void endArray() {
    io(gen::writeEndArray);
  }

  @Override
  public void name(String name) {
    io(() -> gen.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    io(() -> gen.writeString(value));
  }

  @Override
  public void number(String plainDecimal) {
    io(() -> gen.writeNumber(plainDecimal));
  }

  @Override
  public void bool(boolean value) {
    io(() -> gen.writeBoolean(value));
  }

  @Override
  public void nullValue() {
    io(gen::writeNull);
  }
}
