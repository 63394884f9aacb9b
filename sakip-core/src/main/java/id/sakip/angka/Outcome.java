package id.sakip.angka;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of a calculation that may be <em>not computable</em>, such as a ratio whose
 * denominator is zero or a capaian without realisasi.
 *
 * <p>The library never signals "not computable" with {@code null}, {@code NaN} or an exception
 * thrown from deep inside a report: the caller receives either a {@link Computed} value or a
 * {@link NotComputable} outcome carrying a {@link Reason} and a sentence that explains it, and
 * must handle both. With Java 17 pattern matching:
 *
 * <pre>{@code
 * Outcome<Persentase> serapan = Persentase.ratio(realisasi, pagu);
 * if (serapan instanceof Outcome.Computed<Persentase> c) {
 *   System.out.println(c.value().format());
 * } else {
 *   System.out.println(serapan.explanation());
 * }
 * }</pre>
 *
 * @param <T> the type of the computed value
 */
public sealed interface Outcome<T> permits Outcome.Computed, Outcome.NotComputable {

  /** Why a figure could not be computed. */
  enum Reason {
    /** A ratio formula met a zero denominator (for example a target of 0 under {@code R/T}). */
    ZERO_DENOMINATOR,
    /** An input the formula needs has no value (no realisasi reported, printed as {@code n/a}). */
    NO_VALUE,
    /** The formula does not apply to these inputs (for example a text target under a ratio). */
    NOT_APPLICABLE,
    /** The exact result lies outside the range of its type (a sum of Rupiah beyond ±9,2 × 10^16). */
    OUT_OF_RANGE
  }

  /**
   * A computed value.
   *
   * @param value the value, never null
   * @param <T> the type of the value
   */
  record Computed<T>(T value) implements Outcome<T> {
    /** Creates a computed outcome; {@code value} must not be null. */
    public Computed {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * An outcome that has no value.
   *
   * @param reason the kind of problem
   * @param explanation one sentence naming the input and the rule, for people
   * @param <T> the type the value would have had
   */
  record NotComputable<T>(Reason reason, String explanation) implements Outcome<T> {
    /** Creates a not-computable outcome; both arguments are required. */
    public NotComputable {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String toString() {
      return "not computable (" + reason + "): " + explanation;
    }
  }

  /** Returns a computed outcome holding {@code value}. */
  static <T> Outcome<T> of(T value) {
    return new Computed<>(value);
  }

  /** Returns a not-computable outcome with the given reason and explanation. */
  static <T> Outcome<T> notComputable(Reason reason, String explanation) {
    return new NotComputable<>(reason, explanation);
  }

  /** Returns true when this outcome holds a value. */
  default boolean isComputable() {
    return this instanceof Computed;
  }

  /**
   * Returns the value.
   *
   * @throws IllegalStateException if this outcome is not computable; the message carries the
   *     reason. Check {@link #isComputable()} or use {@link #toOptional()} first.
   */
  default T value() {
    if (this instanceof Computed<T> c) {
      return c.value();
    }
    throw new IllegalStateException("No value: " + this);
  }

  /** Returns the value, or an empty optional when not computable. */
  default Optional<T> toOptional() {
    return this instanceof Computed<T> c ? Optional.of(c.value()) : Optional.empty();
  }

  /** Returns the value, or {@code other} when not computable. */
  default T orElse(T other) {
    return this instanceof Computed<T> c ? c.value() : other;
  }

  /** Returns the reason when not computable, or an empty optional when computed. */
  default Optional<Reason> notComputableReason() {
    return this instanceof NotComputable<T> n ? Optional.of(n.reason()) : Optional.empty();
  }

  /** Returns the explanation when not computable, or an empty string when computed. */
  default String explanation() {
    return this instanceof NotComputable<T> n ? n.explanation() : "";
  }

  /** Applies {@code f} to a computed value; a not-computable outcome passes through unchanged. */
  default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
    Objects.requireNonNull(f, "f");
    if (this instanceof Computed<T> c) {
      return new Computed<>(f.apply(c.value()));
    }
    NotComputable<T> n = (NotComputable<T>) this;
    return new NotComputable<>(n.reason(), n.explanation());
  }

  /** Applies a calculation that may itself be not computable to a computed value. */
  default <U> Outcome<U> flatMap(Function<? super T, Outcome<U>> f) {
    Objects.requireNonNull(f, "f");
    if (this instanceof Computed<T> c) {
      return Objects.requireNonNull(f.apply(c.value()), "result of f");
    }
    NotComputable<T> n = (NotComputable<T>) this;
    return new NotComputable<>(n.reason(), n.explanation());
  }
}
