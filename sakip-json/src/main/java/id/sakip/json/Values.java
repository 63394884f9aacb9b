package id.sakip.json;

import java.util.Optional;

/** The member values of one object as read, for its constructor and its checks. */
final class Values {

  /** A member given whose value could not be read. */
  private static final Object FAILED = new Object();

  private final Object[] slots;

  Values(int size) {
    this.slots = new Object[size];
  }

  /** Sets a member given in the document; {@code value} is {@code null} when it could not be read. */
  void set(int index, Object value) {
    slots[index] = value == null ? FAILED : value;
  }

  boolean given(Member<?, ?> m) {
    return slots[m.index()] != null;
  }

  /** The value of {@code m}: as read, or what an absent member means ({@code null} for a required one). */
  @SuppressWarnings("unchecked")
  <V> V get(Member<?, V> m) {
    Object v = raw(m.index());
    return v != null ? (V) v : m.whenAbsent();
  }

  /** The value of an optional member. */
  @SuppressWarnings("unchecked")
  <V> Optional<V> optional(Member<?, V> m) {
    return Optional.ofNullable((V) raw(m.index()));
  }

  /** The value read, {@code null} when absent, null or unreadable. */
  Object raw(int index) {
    Object v = slots[index];
    return v == FAILED ? null : v;
  }
}
