package id.sakip.jackson3;

/** JSON Pointers as the JSON paths {@code sakip-json} names problems with. */
final class JsonPaths {

  private JsonPaths() {}

  /**
   * {@code /rkt/anggaran/1/pagu} → {@code $.rkt.anggaran[1].pagu} (as {@code sakip-json}'s own
   * conversion): a part of digits only is an array index.
   */
  static String fromPointer(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return "$";
    }
    StringBuilder out = new StringBuilder("$");
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9')) {
        out.append('[').append(name).append(']');
      } else {
        out.append('.').append(name);
      }
    }
    return out.toString();
  }
}
