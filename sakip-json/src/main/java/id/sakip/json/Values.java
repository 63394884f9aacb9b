package id.sakip.json;

import java.util.Optional;

/** The member values of one object as read, for its constructor and its checks. */
final class Values {

  private final Object[] slots;
  private final boolean[] given;

  Values(int size) {
    this.slots = new Object[size];
    this.given = new boolean[size];
  }

  void set(int index, Object value) {
    slots[index] = value;
    given[index] = true;
  }

  boolean given(Member<?, ?> m) {
    return given[m.index()];
  }

  /** The value of {@code m}: as read, or what an absent member means ({@code null} for a required one). */
  @SuppressWarnings("unchecked")
  <V> V get(Member<?, V> m) {
    Object v = slots[m.index()];
    return v != null ? (V) v : m.whenAbsent();
  }

  /** The value of an optional member. */
  @SuppressWarnings("unchecked")
  <V> Optional<V> optional(Member<?, V> m) {
    return Optional.ofNullable((V) slots[m.index()]);
  }

  /** The raw slot, {@code null} when absent, null or unreadable. */
  Object raw(int index) {
    return slots[index];
  }
}
