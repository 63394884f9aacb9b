package id.sakip.survei;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splits CSV text, read from a {@link Reader} as a stream, into rows of cells, one row at a time:
 * it keeps only the row being read, so a file of any length is read in memory proportional to its
 * longest row. The format is {@link SkmCsv}'s. Before the first row it reads the header line
 * ahead to count the separators it uses ({@link #hitunganPemisah()}), and takes the separator
 * from them unless one is given. Not thread-safe; one instance per reading.
 */
final class PemindaiCsv {

  /** The separators a header is searched for: comma, semicolon and tab. */
  static final String CALON_PEMISAH = ",;\t";

  /**
   * A row of cells and its number, counted as a spreadsheet counts lines (the header is 1 when it
   * is the first line).
   *
   * @param number the row's line number
   * @param cells the cells, unquoted
   */
  record Baris(int number, List<String> cells) {}

  private final Reader in;
  private final DaftarMasalah masalah;
  private final char[] buffer = new char[8192];
  private int pos;
  private int len;
  /** The header line (and any blank lines before it), read ahead to find its separators. */
  private final String awalan;
  private int awalanPos;
  private final Map<Character, Integer> hitunganPemisah;
  private final char pemisah;
  private final StringBuilder cell = new StringBuilder();
  /** The physical line being read, for a message. */
  private final StringBuilder fisik = new StringBuilder();
  private boolean fisikBaru;
  private int row = 1;
  private boolean selesai;

  /**
   * Starts reading {@code in}: with separator {@code pemisah}, or, when it is empty, with the one
   * separator of {@link #CALON_PEMISAH} that the header uses (a comma when it uses none; the most
   * used when it uses several, which {@link #hitunganPemisah()} lets the caller refuse).
   */
  PemindaiCsv(Reader in, Optional<Character> pemisah, DaftarMasalah masalah) {
    this.in = in;
    this.masalah = masalah;
    if (peekRaw() == '\uFEFF') {
      readRaw();
    }
    StringBuilder awal = new StringBuilder();
    Map<Character, Integer> hitungan = new LinkedHashMap<>();
    boolean quoted = false;
    boolean content = false;
    for (int c = peekRaw(); c >= 0; c = peekRaw()) {
      if (!quoted && (c == '\n' || c == '\r') && content) {
        break;
      }
      awal.append((char) readRaw());
      if (c == '"') {
        quoted = !quoted;
        content = true;
      } else if (!quoted && CALON_PEMISAH.indexOf(c) >= 0) {
        hitungan.merge((char) c, 1, Integer::sum);
        content = true;
      } else if (!quoted && !Character.isWhitespace(c)) {
        content = true;
      }
    }
    this.awalan = awal.toString();
    this.hitunganPemisah = Collections.unmodifiableMap(hitungan);
    this.pemisah = pemisah.orElseGet(() -> hitungan.entrySet().stream()
        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(','));
  }

  /** Returns the separator in use. */
  char pemisah() {
    return pemisah;
  }

  /**
   * Returns how often each candidate separator occurs outside quotes in the header line, in the
   * order comma, semicolon, tab; a candidate that does not occur is absent.
   */
  Map<Character, Integer> hitunganPemisah() {
    return hitunganPemisah;
  }

  /**
   * Returns the next row with content, or {@code null} at the end of the text. A blank line is
   * skipped (and counted). A broken quote is added to the problems and ends the reading.
   */
  Baris next() {
    if (selesai) {
      return null;
    }
    List<String> cells = new ArrayList<>();
    cell.setLength(0);
    boolean quoted = false;
    boolean wasQuoted = false;
    boolean lineHasContent = false;
    while (true) {
      int ci = read();
      if (ci < 0) {
        selesai = true;
        if (quoted) {
          masalah.add(new CsvProblem(row, "", cell.toString(), "a quoted cell is not closed: end it with a quote"));
          return null;
        }
        if (lineHasContent) {
          cells.add(finish(wasQuoted));
          return new Baris(row, cells);
        }
        return null;
      }
      char c = (char) ci;
      if (quoted) {
        if (c == '"' && peek() == '"') {
          read();
          cell.append('"');
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        continue;
      }
      if (c == '\r' || c == '\n') {
        int number = row++;
        if (c == '\r' && peek() == '\n') {
          read();
        }
        if (lineHasContent) {
          cells.add(finish(wasQuoted));
          return new Baris(number, cells);
        }
        cell.setLength(0);
        wasQuoted = false;
        continue;
      }
      lineHasContent |= !Character.isWhitespace(c) || c == pemisah;
      if (c == pemisah) {
        cells.add(finish(wasQuoted));
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && !wasQuoted && cell.toString().isBlank()) {
        cell.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (c == '"' || wasQuoted && !Character.isWhitespace(c)) {
        for (int x = peek(); x >= 0 && x != '\n' && x != '\r'; x = peek()) {
          read();
        }
        masalah.add(new CsvProblem(row, "", fisik.toString(),
            "a quote may only enclose a whole cell: quote the cell and write each quote inside it twice"));
        selesai = true;
        return null;
      } else if (!wasQuoted) {
        cell.append(c);
      }
    }
  }

  /** A quoted cell as written; an unquoted one without surrounding whitespace. */
  private String finish(boolean wasQuoted) {
    return wasQuoted ? cell.toString() : cell.toString().strip();
  }

  /** The next character of the text (the header read ahead, then the rest), or -1. */
  private int read() {
    int c = awalanPos < awalan.length() ? awalan.charAt(awalanPos++) : readRaw();
    if (fisikBaru) {
      fisik.setLength(0);
      fisikBaru = false;
    }
    if (c == '\n' || c == '\r') {
      fisikBaru = true;
    } else if (c >= 0) {
      fisik.append((char) c);
    }
    return c;
  }

  private int peek() {
    return awalanPos < awalan.length() ? awalan.charAt(awalanPos) : peekRaw();
  }

  private int readRaw() {
    int c = peekRaw();
    if (c >= 0) {
      pos++;
    }
    return c;
  }

  private int peekRaw() {
    if (pos == len) {
      try {
        int n;
        do {
          n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
          return -1;
        }
        pos = 0;
        len = n;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return buffer[pos];
  }
}
