package id.sakip.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns a parser's refusal into a problem with a JSON path and the bound or rule broken. */
final class Problems {

  private Problems() {}

  static SakipJsonException fromParser(JsonProcessingException e, InputLimits limits) {
    String path = "$";
    if (e.getProcessor() instanceof JsonParser p && p.getParsingContext() != null) {
      path = toPath(p.getParsingContext().pathAsPointer().toString());
    }
    JsonLocation loc = e.getLocation();
    String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    String original = String.valueOf(e.getOriginalMessage());
    String rule = e instanceof StreamConstraintsException ? bound(original, limits) : "not valid JSON: " + original;
    return new SakipJsonException(new JsonProblem(path, "(unreadable)" + where, rule), e);
  }

  private static String bound(String message, InputLimits limits) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "nesting deeper than " + limits.maxDepth() + " levels (InputLimits.maxDepth)";
    }
    if (m.contains("number value length") || m.contains("number length")) {
      return "a number longer than " + limits.maxNumberLength() + " characters (InputLimits.maxNumberLength)";
    }
    if (m.contains("string value length") || m.contains("name length")) {
      return "a string longer than " + limits.maxStringLength() + " characters (InputLimits.maxStringLength)";
    }
    if (m.contains("document length")) {
      return "a document larger than " + limits.maxDocumentBytes() + " bytes (InputLimits.maxDocumentBytes)";
    }
    return "an input bound was exceeded: " + message;
  }

  /** {@code /rkt/anggaran/1/pagu} → {@code $.rkt.anggaran[1].pagu}. */
  static String toPath(String pointer) {
    StringBuilder out = new StringBuilder("$");
    if (pointer.isEmpty()) {
      return "$";
    }
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (name.matches("[0-9]+")) {
        out.append('[').append(name).append(']');
      } else {
        out.append('.').append(name);
      }
    }
    return out.toString();
  }
}
