package id.sakip.json;

/**
 * A model type and its shape.
 *
 * @param type the model type (an implementation of it binds too)
 * @param shape its JSON shape
 * @param <T> the model type
 */
record Binding<T>(Class<T> type, Shape<T> shape) {

  static <T> Binding<T> of(Class<T> type, Shape<T> shape) {
    return new Binding<>(type, shape);
  }

  void write(Object value, TokenSink out, WriteContext w) {
    shape.write(type.cast(value), out, w);
  }
}
