package id.sakip.json;

/**
 * A JSON path such as {@code $.rkt.anggaran[1].anak[0].pagu}, built one step at a time while a
 * document is read and rendered as text only when a problem names it: reading a valid document
 * never builds the strings.
 */
final class JsonPath {

  /** The document root, {@code $}. */
  static final JsonPath ROOT = new JsonPath(null, "$", -1, false);

  private final JsonPath parent;
  private final String name;
  private final int index;
  private final boolean quoted;

  private JsonPath(JsonPath parent, String name, int index, boolean quoted) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.quoted = quoted;
  }

  /** A root rendered as {@code rendered}, e.g. the path of the value a Jackson parser is at. */
  static JsonPath of(String rendered) {
    return new JsonPath(null, rendered, -1, false);
  }

  /** The member {@code name}: {@code .name}. */
  JsonPath child(String name) {
    return new JsonPath(this, name, -1, false);
  }

  /** The member {@code member} declares: {@code .name}. */
  JsonPath child(Member<?, ?> member) {
    return child(member.name());
  }

  /** The array element {@code i}: {@code [i]}. */
  JsonPath index(int i) {
    return new JsonPath(this, null, i, false);
  }

  /** The member keyed by a value such as a code: {@code ["7.01.02"]}. */
  JsonPath key(String key) {
    return new JsonPath(this, key, -1, true);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    render(out);
    return out.toString();
  }

  private void render(StringBuilder out) {
    if (parent == null) {
      out.append(name);
      return;
    }
    parent.render(out);
    String name = this.name == null || this.name.length() <= 100 ? this.name : this.name.substring(0, 99) + "…";
    if (name == null) {
      out.append('[').append(index).append(']');
    } else if (quoted) {
      out.append("[\"").append(name).append("\"]");
    } else {
      out.append('.').append(name);
    }
  }
}
