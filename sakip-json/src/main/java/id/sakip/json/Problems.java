package id.sakip.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns a parser's refusal into a problem with a JSON path and the bound or rule broken. */
final class Problems {

  private Problems() {}

  /**
   * The problem for a parser's refusal. {@code parser} is the one that read the document: a bound
   * exceeded ({@link StreamConstraintsException}) names no parser of its own, and its path and
   * place are then taken from it.
   */
  static SakipJsonException fromParser(JsonProcessingException e, InputLimits limits, JsonParser parser) {
    JsonParser p = e.getProcessor() instanceof JsonParser own ? own : parser;
    String path = "$";
    if (p != null && p.getParsingContext() != null) {
      path = toPath(p.getParsingContext().pathAsPointer().toString());
    }
    JsonLocation loc = e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
    String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return new SakipJsonException(new JsonProblem(path, measured(original, limits) + where, bound(original, limits)), e);
    }
    return new SakipJsonException(new JsonProblem(path, "(unreadable)" + where, "not valid JSON: " + original), e);
  }

  /**
   * What exceeded a bound. The parser stops as soon as a bound is passed, so the size it reports is
   * how far it got, not the size of the input: the problem names the bound passed instead ("a
   * string of more than 100000 characters").
   */
  private static String measured(String message, InputLimits limits) {
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return "nesting more than " + limits.maxDepth() + " levels deep";
    }
    if (lower.contains("number value length") || lower.contains("number length")) {
      return "a number of more than " + limits.maxNumberLength() + " characters";
    }
    if (lower.contains("string value length")) {
      return "a string of more than " + limits.maxStringLength() + " characters";
    }
    if (lower.contains("name length")) {
      return "a property name of more than " + limits.maxStringLength() + " characters";
    }
    return lower.contains("document length") ? "a document of more than " + limits.maxDocumentBytes() + " bytes"
        : "(unreadable)";
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
