package id.sakip.jackson3;

import id.sakip.json.TokenSink;
import tools.jackson.core.JsonGenerator;

/**
 * Tokens to a Jackson 3 {@link JsonGenerator}; its unchecked {@code JacksonException}s pass
 * through. Numbers go through {@link JsonGenerator#writeNumber(String)}, so that no mapper or
 * generator setting (such as writing big decimals in scientific notation) changes them.
 */
final class Jackson3Sink implements TokenSink {

  private final JsonGenerator gen;

  Jackson3Sink(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  public void startObject() {
    gen.writeStartObject();
  }

  @Override
  public void endObject() {
    gen.writeEndObject();
  }

  @Override
  public void startArray() {
    gen.writeStartArray();
  }

  @Override
  public void endArray() {
    gen.writeEndArray();
  }

  @Override
  public void name(String name) {
    gen.writeName(name);
  }

  @Override
  public void string(String value) {
    gen.writeString(value);
  }

  @Override
  public void number(String plainDecimal) {
    gen.writeNumber(plainDecimal);
  }

  @Override
  public void bool(boolean value) {
    gen.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    gen.writeNull();
  }
}
