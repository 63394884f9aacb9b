package id.sakip.temuan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Every rule of every package, found through {@link PenyediaAturan} services: one list to
 * document, to render and to read findings back by id. Thread-safe; the list is loaded once and
 * never changes.
 */
public final class RegistriAturan {

  private static final class Holder {
    static final Map<String, Aturan> BY_ID = load();
  }

  private RegistriAturan() {}

  /** Returns every rule, in the order the providers list them. */
  public static List<Aturan> semua() {
    return List.copyOf(Holder.BY_ID.values());
  }

  /** Returns the rule with id {@code id}, if any package declares it. */
  public static Optional<Aturan> cari(String id) {
    return Optional.ofNullable(Holder.BY_ID.get(Objects.requireNonNull(id, "id")));
  }

  private static Map<String, Aturan> load() {
    Map<String, Aturan> out = new LinkedHashMap<>();
    List<String> clashes = new ArrayList<>();
    for (PenyediaAturan p : ServiceLoader.load(PenyediaAturan.class, RegistriAturan.class.getClassLoader())) {
      for (Aturan a : p.aturan()) {
        Aturan before = out.putIfAbsent(a.id(), a);
        if (before != null && before != a) {
          clashes.add(a.id());
        }
      }
    }
    if (!clashes.isEmpty()) {
      throw new IllegalStateException("rule ids declared twice: " + clashes + "; every rule id must be unique");
    }
    return out;
  }
}
