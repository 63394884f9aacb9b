package id.sakip.survei;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes an SKM as CSV: a header row, then one row per respondent and one column per
 * unsur, headed by the unsur code ({@code U1} … {@code U9}), plus an optional {@code layanan}
 * column naming each respondent's service.
 *
 * <pre>
 * layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9
 * KTP,4,3,4,4,3,4,4,3,4
 * KK,3,3,,4,3,3,4,3,3
 * </pre>
 *
 * <p>The format, strictly: cells separated by {@linkplain #withPemisah(char) the separator} (a
 * comma unless set; spreadsheets with a decimal comma often write {@code ;}); a cell may be quoted
 * with {@code "} (a quote inside written twice); rows end with LF, CRLF or CR; a UTF-8 byte-order mark is
 * ignored; whitespace around an unquoted cell is ignored; a blank line is skipped (and counted).
 * The header names every unsur of the survey once, in any order, and {@code layanan} (any case) at
 * most once; any other column is refused. Every row has as many cells as the header. An answer is
 * a whole number from 1 to 4; an empty answer cell is a missing answer, refused under {@link
 * KebijakanJawabanKosong#TOLAK} (the default) and read as missing under {@link
 * KebijakanJawabanKosong#KELUARKAN}. A blank {@code layanan} cell means no service.
 *
 * <p>Rows are counted as a spreadsheet counts them: the header is row 1. Every problem of a file is
 * reported at once in a {@link SkmCsvException} naming row, column, value and rule; no survey is
 * built from a file with problems. Immutable.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class SkmCsv {

  /** The header of the service column: {@code layanan}. */
  public static final String KOLOM_LAYANAN = "layanan";

  private final List<Unsur> unsur;
  private final char pemisah;
  private final KebijakanJawabanKosong kebijakan;

  private SkmCsv(List<Unsur> unsur, char pemisah, KebijakanJawabanKosong kebijakan) {
    this.unsur = List.copyOf(unsur);
    this.pemisah = pemisah;
    this.kebijakan = kebijakan;
    SurveiSkm.periksaUnsur(this.unsur);
    for (Unsur u : this.unsur) {
      if (u.kode().equalsIgnoreCase(KOLOM_LAYANAN)) {
        throw new IllegalArgumentException(
            "unsur kode '" + u.kode() + "' is the header of the service column: rename the unsur");
      }
    }
  }

  /** Returns a reader of the standard unsur of {@code metode}: comma-separated, blanks refused. */
  public static SkmCsv of(MetodeSkm metode) {
    Objects.requireNonNull(metode, "metode");
    return of(metode.unsur());
  }

  /**
   * Returns a reader of the given unsur: comma-separated, blanks refused.
   *
   * @throws IllegalArgumentException if there are no unsur, two share a code, or one is coded
   *     {@code layanan}
   */
  public static SkmCsv of(List<Unsur> unsur) {
    Objects.requireNonNull(unsur, "unsur");
    return new SkmCsv(unsur, ',', KebijakanJawabanKosong.TOLAK);
  }

  /**
   * Returns a copy with separator {@code value}, such as {@code ';'} or {@code '\t'}.
   *
   * @throws IllegalArgumentException if the separator is a quote, a line end or a letter or digit
   */
  public SkmCsv withPemisah(char value) {
    if (value == '"' || value == '\n' || value == '\r' || Character.isLetterOrDigit(value)) {
      throw new IllegalArgumentException(
          "separator '" + value + "' would be read as part of a cell: use , ; or a tab");
    }
    return new SkmCsv(unsur, value, kebijakan);
  }

  /** Returns a copy that treats an empty answer cell under {@code value}. */
  public SkmCsv withKebijakanJawabanKosong(KebijakanJawabanKosong value) {
    return new SkmCsv(unsur, pemisah, Objects.requireNonNull(value, "kebijakanJawabanKosong"));
  }

  /** Returns the unsur the file must have a column for. */
  public List<Unsur> unsur() {
    return unsur;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a survey from CSV text.
   *
   * @throws SkmCsvException listing every problem of the file
   */
  public SurveiSkm read(String csv) {
    Objects.requireNonNull(csv, "csv");
    List<CsvProblem> problems = new ArrayList<>();
    List<Baris> rows = parse(csv, problems);
    if (!problems.isEmpty()) {
      throw new SkmCsvException(problems);
    }
    if (rows.isEmpty()) {
      throw new SkmCsvException(List.of(new CsvProblem(1, "", "",
          "the file is empty: it starts with a header row naming the columns "
              + expectedColumns())));
    }
    Baris header = rows.get(0);
    Map<String, Integer> columns = header(header, problems);
    if (!problems.isEmpty()) {
      throw new SkmCsvException(problems);
    }
    List<Responden> responden = new ArrayList<>();
    for (Baris row : rows.subList(1, rows.size())) {
      if (row.cells().size() != header.cells().size()) {
        problems.add(new CsvProblem(row.number(), "", String.join(String.valueOf(pemisah), row.cells()),
            "the row has " + row.cells().size() + " cells and the header " + header.cells().size()
                + ": every row gives one cell per column"));
        continue;
      }
      responden.add(respondent(row, columns, problems));
    }
    if (!problems.isEmpty()) {
      throw new SkmCsvException(problems);
    }
    return new SurveiSkm(unsur, responden);
  }

  /**
   * Reads a survey from a stream of CSV text (not closed).
   *
   * @throws SkmCsvException listing every problem of the file
   * @throws UncheckedIOException if reading fails
   */
  public SurveiSkm read(Reader csv) {
    Objects.requireNonNull(csv, "csv");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = csv.read(buffer); n >= 0; n = csv.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(text.toString());
  }

  /** A row of cells and its number (header = 1). */
  private record Baris(int number, List<String> cells) {}

  private Map<String, Integer> header(Baris header, List<CsvProblem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    Map<String, Unsur> byKode = new LinkedHashMap<>();
    unsur.forEach(u -> byKode.put(u.kode(), u));
    for (int i = 0; i < header.cells().size(); i++) {
      String cell = header.cells().get(i).strip();
      String key = cell.equalsIgnoreCase(KOLOM_LAYANAN) ? KOLOM_LAYANAN : cell;
      if (!key.equals(KOLOM_LAYANAN) && !byKode.containsKey(key)) {
        problems.add(new CsvProblem(1, cell.isEmpty() ? "(column " + (i + 1) + ")" : cell, cell,
            "unknown column: the columns are " + expectedColumns()));
      } else if (columns.putIfAbsent(key, i) != null) {
        problems.add(new CsvProblem(1, cell, cell,
            "the column appears twice: each column appears once"));
      }
    }
    for (Unsur u : unsur) {
      if (!columns.containsKey(u.kode())) {
        problems.add(new CsvProblem(1, "", String.join(String.valueOf(pemisah), header.cells()),
            "no column for unsur " + u + ": the header names every unsur of the survey"));
      }
    }
    return columns;
  }

  private Responden respondent(Baris row, Map<String, Integer> columns, List<CsvProblem> problems) {
    Optional<String> layanan = Optional.ofNullable(columns.get(KOLOM_LAYANAN))
        .map(i -> row.cells().get(i))
        .filter(s -> !s.isBlank());
    Map<String, Integer> jawaban = new LinkedHashMap<>();
    for (Unsur u : unsur) {
      String cell = row.cells().get(columns.get(u.kode())).strip();
      if (cell.isEmpty()) {
        if (kebijakan == KebijakanJawabanKosong.TOLAK) {
          problems.add(new CsvProblem(row.number(), u.kode(), cell,
              "no answer to unsur " + u + "; under TOLAK a missing answer is refused (read with"
                  + " KELUARKAN to exclude the respondent from that unsur)"));
        }
        continue;
      }
      if (!cell.matches("[0-9]{1,9}")) {
        problems.add(new CsvProblem(row.number(), u.kode(), cell,
            "not a whole number: an SKM answer is a whole number from 1 to 4"));
        continue;
      }
      int nilai = Integer.parseInt(cell);
      if (nilai < MetodeSkm.JAWABAN_TERENDAH || nilai > MetodeSkm.JAWABAN_TERTINGGI) {
        problems.add(new CsvProblem(row.number(), u.kode(), cell,
            Responden.salahJawaban("unsur " + u, cell)));
        continue;
      }
      jawaban.put(u.kode(), nilai);
    }
    return new Responden(layanan, jawaban);
  }

  /** Splits the text into rows of cells, skipping empty lines; problems go to {@code problems}. */
  private List<Baris> parse(String text, List<CsvProblem> problems) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Baris> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    boolean lineHasContent = false;
    int row = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          cell.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (lineHasContent) {
          cells.add(finish(cell, wasQuoted));
          rows.add(new Baris(row, List.copyOf(cells)));
        }
        cells.clear();
        cell.setLength(0);
        wasQuoted = false;
        lineHasContent = false;
        row++;
        i += c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1;
        continue;
      }
      lineHasContent |= !Character.isWhitespace(c) || c == pemisah;
      if (c == pemisah) {
        cells.add(finish(cell, wasQuoted));
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
        cell.setLength(0);
        quoted = true;
        wasQuoted = true;
      } else if (c == '"' || wasQuoted && !Character.isWhitespace(c)) {
        problems.add(new CsvProblem(row, "", line(s, i),
            "a quote may only enclose a whole cell: quote the cell and write each quote inside it twice"));
        return rows;
      } else if (!wasQuoted) {
        cell.append(c);
      }
      i++;
    }
    if (quoted) {
      problems.add(new CsvProblem(row, "", cell.toString(),
          "a quoted cell is not closed: end it with a quote"));
    } else if (lineHasContent) {
      cells.add(finish(cell, wasQuoted));
      rows.add(new Baris(row, List.copyOf(cells)));
    }
    return rows;
  }

  /** A quoted cell as written; an unquoted one without surrounding whitespace. */
  private static String finish(StringBuilder cell, boolean wasQuoted) {
    return wasQuoted ? cell.toString() : cell.toString().strip();
  }

  /** The line of {@code s} around position {@code at}, for a message. */
  private static String line(String s, int at) {
    int start = Math.max(s.lastIndexOf('\n', at) + 1, s.lastIndexOf('\r', at) + 1);
    int end = s.length();
    for (int j = at; j < s.length(); j++) {
      if (s.charAt(j) == '\n' || s.charAt(j) == '\r') {
        end = j;
        break;
      }
    }
    return s.substring(start, end);
  }

  private String expectedColumns() {
    return KOLOM_LAYANAN + " (optional) and the unsur codes "
        + unsur.stream().map(Unsur::kode).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a survey as CSV with {@code \n} line ends: a {@code layanan} column first when a
   * respondent names a service, then the unsur in the survey's order; a missing answer is an empty
   * cell. Reading the text back with {@link KebijakanJawabanKosong#KELUARKAN} (or with any policy
   * when no answer is missing) gives an equal survey.
   *
   * @throws IllegalArgumentException if the survey's unsur differ from this reader's
   */
  public String write(SurveiSkm survei) {
    Objects.requireNonNull(survei, "survei");
    if (!survei.unsur().equals(unsur)) {
      throw new IllegalArgumentException(
          "survey asks " + survei.unsur().stream().map(Unsur::kode).toList() + " but this CSV has"
              + " columns for " + unsur.stream().map(Unsur::kode).toList()
              + ": write with SkmCsv.of(survei.unsur())");
    }
    boolean withLayanan = survei.responden().stream().anyMatch(r -> r.layanan().isPresent());
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    if (withLayanan) {
      header.add(KOLOM_LAYANAN);
    }
    unsur.forEach(u -> header.add(u.kode()));
    appendRow(out, header);
    for (Responden r : survei.responden()) {
      List<String> cells = new ArrayList<>();
      if (withLayanan) {
        cells.add(r.layanan().orElse(""));
      }
      unsur.forEach(u -> cells.add(r.jawaban(u.kode()).map(String::valueOf).orElse("")));
      appendRow(out, cells);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(pemisah);
      }
      out.append(quote(cells.get(i)));
    }
    out.append('\n');
  }

  private String quote(String cell) {
    boolean plain = cell.strip().equals(cell)
        && cell.chars().noneMatch(c -> c == pemisah || c == '"' || c == '\n' || c == '\r');
    return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }
}
