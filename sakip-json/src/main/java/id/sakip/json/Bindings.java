package id.sakip.json;

import static id.sakip.json.Member.required;

import id.sakip.angka.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Every model type with a JSON binding, in one list, and the {@code Outcome} of each. */
final class Bindings {

  static final List<Binding<?>> ALL = Stream.of(
      AngkaShapes.BINDINGS,
      KinerjaShapes.BINDINGS,
      AnggaranShapes.BINDINGS,
      PerencanaanShapes.BINDINGS,
      LaporanShapes.BINDINGS,
      TercetakShapes.BINDINGS,
      TemuanShapes.BINDINGS,
      SkalaShapes.BINDINGS,
      SurveiShapes.BINDINGS,
      EvaluasiShapes.BINDINGS)
      .flatMap(List::stream).toList();

  private static final Map<Class<?>, Binding<?>> FOUND = new ConcurrentHashMap<>();

  private Bindings() {}

  /** Returns the binding of {@code type} or of a supertype of it (for Immutables implementations). */
  static Optional<Binding<?>> find(Class<?> type) {
    Binding<?> cached = FOUND.get(type);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<Binding<?>> found = ALL.stream().filter(b -> b.type().equals(type)).findFirst()
        .or(() -> ALL.stream().filter(b -> b.type().isAssignableFrom(type)).findFirst());
    found.ifPresent(b -> {
      if (FOUND.size() < 1_000) { // bounded: a caller cannot make it grow with generated classes
        FOUND.put(type, b);
      }
    });
    return found;
  }

  @SuppressWarnings("unchecked")
  static <T> Binding<T> require(Class<T> type) {
    return (Binding<T>) find(type).orElseThrow(() -> new IllegalArgumentException(
        "type " + type.getName() + " has no SAKIP JSON binding; bound types: "
            + ALL.stream().map(b -> b.type().getSimpleName()).toList()));
  }

  // ------------------------------------------------------------------ Outcome

  private static final Map<Class<?>, Shape<?>> OUTCOMES = new ConcurrentHashMap<>();

  static final Shape<Outcome.Reason> REASON = Shapes.enumOf(Outcome.Reason.class, "AlasanTakTerhitung",
      "Why a figure could not be computed (alasan): ZERO_DENOMINATOR, NO_VALUE, NOT_APPLICABLE, OUT_OF_RANGE.");

  /** The shape of an {@code Outcome} of the bound type {@code type}: {@code {"nilai": …}} or {@code {"alasan", "penjelasan"}}. */
  @SuppressWarnings("unchecked")
  static <T> Shape<Outcome<T>> outcome(Class<T> type) {
    Binding<T> value = require(type);
    return (Shape<Outcome<T>>) OUTCOMES.computeIfAbsent(value.type(), t -> outcome(value.shape()));
  }

  /** The shape of any {@code Outcome} for writing: a computed one by its value's binding. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Shape<Outcome<?>> outcomeOf(Outcome<?> value) {
    Class<?> type = value instanceof Outcome.Computed<?> c ? c.value().getClass() : id.sakip.angka.Rupiah.class;
    return (Shape) outcome(require(type).type());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Shape<Outcome<T>> outcome(Shape<T> shape) {
    Member<Outcome.Computed<T>, T> nilai = required("nilai", shape, Outcome.Computed::value,
        "The computed value (nilai).");
    ObjectShape<Outcome.Computed<T>> computed = ObjectShape.of((Class) Outcome.Computed.class, "Terhitung",
        "A computed figure (terhitung).", v -> new Outcome.Computed<>(v.get(nilai)), nilai);
    Member<Outcome.NotComputable<T>, Outcome.Reason> alasan = required("alasan", REASON,
        Outcome.NotComputable::reason, "Why it could not be computed (alasan).");
    Member<Outcome.NotComputable<T>, String> penjelasan = required("penjelasan", Shapes.TEXT,
        Outcome.NotComputable::explanation, "One sentence naming the input and the rule (penjelasan).");
    ObjectShape<Outcome.NotComputable<T>> notComputable = ObjectShape.of((Class) Outcome.NotComputable.class,
        "TakTerhitung", "A figure that could not be computed (tak terhitung).",
        v -> new Outcome.NotComputable<>(v.get(alasan), v.get(penjelasan)), alasan, penjelasan);
    return Shapes.union("outcome", computed, notComputable);
  }

  /** The bound types, for documentation and tests. */
  static List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>();
    ALL.forEach(b -> types.add(b.type()));
    return types;
  }
}
