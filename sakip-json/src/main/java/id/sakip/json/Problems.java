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
    Teks where = loc == null ? Teks.EMPTY : Teks.of(" (baris " + loc.getLineNr() + ", kolom " + loc.getColumnNr() + ")",
        " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")");
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return problem(path, measured(original, limits).plus(where), bound(original, limits), e);
    }
    return problem(path, Teks.of("(tak terbaca)", "(unreadable)").plus(where),
        Teks.of("bukan JSON yang sah: ", "not valid JSON: ").plus(original), e);
  }

  /** One problem, as the exception a document gives. */
  static SakipJsonException problem(String path, Teks value, Teks rule, Throwable cause) {
    return new SakipJsonException(new JsonProblem(path, value.istilah(), rule.istilah()), cause);
  }

  /**
   * What exceeded a bound. The parser stops as soon as a bound is passed, so the size it reports is
   * how far it got, not the size of the input: the problem names the bound passed instead ("a
   * string of more than 100000 characters").
   */
  private static Teks measured(String message, InputLimits limits) {
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("nesting depth")) {
      Teks n = Teks.count(limits.maxDepth());
      return Teks.of("bersarang lebih dari " + n.id() + " tingkat", "nesting more than " + n.en() + " levels deep");
    }
    if (lower.contains("number value length") || lower.contains("number length")) {
      Teks n = Teks.count(limits.maxNumberLength());
      return Teks.of("angka lebih dari " + n.id() + " karakter", "a number of more than " + n.en() + " characters");
    }
    if (lower.contains("string value length")) {
      Teks n = Teks.count(limits.maxStringLength());
      return Teks.of("string lebih dari " + n.id() + " karakter", "a string of more than " + n.en() + " characters");
    }
    if (lower.contains("name length")) {
      Teks n = Teks.count(limits.maxStringLength());
      return Teks.of("nama anggota lebih dari " + n.id() + " karakter",
          "a property name of more than " + n.en() + " characters");
    }
    if (lower.contains("document length")) {
      return documentOfMore(limits.maxDocumentBytes());
    }
    return Teks.of("(tak terbaca)", "(unreadable)");
  }

  /** "a document of more than N bytes". */
  static Teks documentOfMore(long max) {
    Teks n = Teks.count(max);
    return Teks.of("dokumen lebih dari " + n.id() + " bita", "document of more than " + n.en() + " bytes");
  }

  /** "a document may hold at most N bytes (InputLimits.maxDocumentBytes)". */
  static Teks documentBound(long max) {
    Teks n = Teks.count(max);
    return Teks.of("sebuah dokumen paling besar " + n.id() + " bita (InputLimits.maxDocumentBytes)",
        "a document may hold at most " + n.en() + " bytes (InputLimits.maxDocumentBytes)");
  }

  private static Teks bound(String message, InputLimits limits) {
    String m = message.toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nesting depth")) {
      Teks n = Teks.count(limits.maxDepth());
      return Teks.of("bersarang lebih dalam dari " + n.id() + " tingkat (InputLimits.maxDepth)",
          "nesting deeper than " + n.en() + " levels (InputLimits.maxDepth)");
    }
    if (m.contains("number value length") || m.contains("number length")) {
      Teks n = Teks.count(limits.maxNumberLength());
      return Teks.of("angka lebih panjang dari " + n.id() + " karakter (InputLimits.maxNumberLength)",
          "a number longer than " + n.en() + " characters (InputLimits.maxNumberLength)");
    }
    if (m.contains("string value length") || m.contains("name length")) {
      Teks n = Teks.count(limits.maxStringLength());
      return Teks.of("string lebih panjang dari " + n.id() + " karakter (InputLimits.maxStringLength)",
          "a string longer than " + n.en() + " characters (InputLimits.maxStringLength)");
    }
    if (m.contains("document length")) {
      Teks n = Teks.count(limits.maxDocumentBytes());
      return Teks.of("dokumen lebih besar dari " + n.id() + " bita (InputLimits.maxDocumentBytes)",
          "a document larger than " + n.en() + " bytes (InputLimits.maxDocumentBytes)");
    }
    return Teks.of("sebuah batas masukan terlampaui: ", "an input bound was exceeded: ").plus(message);
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
