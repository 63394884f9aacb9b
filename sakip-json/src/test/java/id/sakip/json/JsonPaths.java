package id.sakip.json;

import com.fasterxml.jackson.databind.JsonNode;

/** Evaluates the JSON paths this library writes ({@code $.a.b[0]["7.01.02"].2022}) against a tree, for tests. */
final class JsonPaths {

  private JsonPaths() {}

  /** Returns the node at {@code path} in {@code root}, or a missing node if there is none. */
  static JsonNode resolve(JsonNode root, String path) {
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("a path starts with $: " + path);
    }
    JsonNode n = root;
    int i = 1;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int j = i + 1;
        while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') {
          j++;
        }
        n = n.path(path.substring(i + 1, j));
        i = j;
      } else if (path.startsWith("[\"", i)) {
        int j = path.indexOf("\"]", i + 2);
        n = n.path(path.substring(i + 2, j));
        i = j + 2;
      } else if (c == '[') {
        int j = path.indexOf(']', i);
        n = n.path(Integer.parseInt(path.substring(i + 1, j)));
        i = j + 1;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' at " + i + " in " + path);
      }
    }
    return n;
  }
}
