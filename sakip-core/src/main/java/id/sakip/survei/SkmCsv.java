package id.sakip.survei;

import id.sakip.survei.PemindaiCsv.Baris;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * <p>The format, strictly: cells separated by the separator, which is read from the header line
 * unless {@linkplain #withPemisah(char) set}: the one of comma, semicolon and tab that the header
 * uses outside quotes (spreadsheets in Indonesian, with a decimal comma, export {@code ;}), a comma
 * when it uses none, and a refused file when it uses two; a cell may be quoted with {@code "} (a
 * quote inside written twice); rows end with LF, CRLF or CR; a UTF-8 byte-order mark is ignored;
 * whitespace around an unquoted cell is ignored; a blank line is skipped (and counted). The header
 * names every unsur of the survey once, in any order and in any case ({@code u1} is {@code U1}),
 * and {@code layanan} (any case) at most once; any other column is refused, with a hint when the
 * header seems to use another separator. Every row has as many cells as the header. An answer is
 * a whole number from 1 to 4; an empty answer cell is a missing answer, refused under {@link
 * KebijakanJawabanKosong#TOLAK} (the default) and read as missing under {@link
 * KebijakanJawabanKosong#KELUARKAN}. A blank {@code layanan} cell means no service.
 *
 * <p>Rows are counted as a spreadsheet counts them: the header is row 1. The problems of a file
 * are reported at once in a {@link SkmCsvException} naming row, column, value and rule (the first
 * 1 000 of them, all counted); nothing is built from a file with problems. {@link #read(Reader)}
 * builds the survey; {@link #hitung(Reader, KalkulatorSkm)} computes its SKM as it reads, keeping
 * no row, so a file of a million respondents needs a few megabytes.
 *
 * <p>Immutable and thread-safe: one instance may be shared by any number of threads.
 */
public final class SkmCsv {

  /** The header of the service column: {@code layanan}. */
  public static final String KOLOM_LAYANAN = "layanan";

  private final List<Unsur> unsur;
  private final Optional<Character> pemisah;
  private final KebijakanJawabanKosong kebijakan;

  private SkmCsv(List<Unsur> unsur, Optional<Character> pemisah, KebijakanJawabanKosong kebijakan) {
    this.unsur = List.copyOf(unsur);
    this.pemisah = pemisah;
    this.kebijakan = kebijakan;
    SurveiSkm.periksaUnsur(this.unsur);
    Map<String, Unsur> byKey = new HashMap<>();
    for (Unsur u : this.unsur) {
      if (u.kode().equalsIgnoreCase(KOLOM_LAYANAN)) {
        throw new IllegalArgumentException(
            "unsur kode '" + u.kode() + "' is the header of the service column: rename the unsur");
      }
      Unsur other = byKey.put(key(u.kode()), u);
      if (other != null) {
        throw new IllegalArgumentException(
            "unsur kode '" + other.kode() + "' and '" + u.kode() + "' differ only in case, and a CSV"
                + " header is read case-insensitively: give the unsur codes that differ in more");
      }
    }
  }

  /**
   * Returns a reader of the standard unsur of {@code metode}: separator read from the header,
   * blanks refused.
   */
  public static SkmCsv of(MetodeSkm metode) {
    Objects.requireNonNull(metode, "metode");
    return of(metode.unsur());
  }

  /**
   * Returns a reader of the given unsur: separator read from the header, blanks refused.
   *
   * @throws IllegalArgumentException if there are no unsur, two share a code (in any case), or one
   *     is coded {@code layanan}
   */
  public static SkmCsv of(List<Unsur> unsur) {
    Objects.requireNonNull(unsur, "unsur");
    return new SkmCsv(unsur, Optional.empty(), KebijakanJawabanKosong.TOLAK);
  }

  /**
   * Returns a copy with separator {@code value}, such as {@code ';'} or {@code '\t'}, used however
   * the header looks.
   *
   * @throws IllegalArgumentException if the separator is a quote, a line end or a letter or digit
   */
  public SkmCsv withPemisah(char value) {
    if (value == '"' || value == '\n' || value == '\r' || Character.isLetterOrDigit(value)) {
      throw new IllegalArgumentException(
          "separator '" + value + "' would be read as part of a cell: use , ; or a tab");
    }
    return new SkmCsv(unsur, Optional.of(value), kebijakan);
  }

  /**
   * Returns a copy that reads the separator from the header line, as {@link #of(List)} does: the
   * one of comma, semicolon and tab the header uses.
   */
  public SkmCsv withPemisahTerdeteksi() {
    return new SkmCsv(unsur, Optional.empty(), kebijakan);
  }

  /** Returns a copy that treats an empty answer cell under {@code value}. */
  public SkmCsv withKebijakanJawabanKosong(KebijakanJawabanKosong value) {
    return new SkmCsv(unsur, pemisah, Objects.requireNonNull(value, "kebijakanJawabanKosong"));
  }

  /** Returns the unsur the file must have a column for. */
  public List<Unsur> unsur() {
    return unsur;
  }

  /** Returns the separator set with {@link #withPemisah(char)}, or empty when read from the header. */
  public Optional<Character> pemisah() {
    return pemisah;
  }

  /** Returns what an empty answer cell means. */
  public KebijakanJawabanKosong kebijakanJawabanKosong() {
    return kebijakan;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a survey from CSV text.
   *
   * @throws SkmCsvException listing the problems of the file
   */
  public SurveiSkm read(String csv) {
    Objects.requireNonNull(csv, "csv");
    return read(new StringReader(csv));
  }

  /**
   * Reads a survey from a stream of CSV text (not closed). The survey holds every respondent; to
   * compute the SKM of a large file, use {@link #hitung(Reader, KalkulatorSkm)}.
   *
   * @throws SkmCsvException listing the problems of the file
   * @throws UncheckedIOException if reading fails
   */
  public SurveiSkm read(Reader csv) {
    Objects.requireNonNull(csv, "csv");
    List<Responden> responden = new ArrayList<>();
    baca(csv, (layanan, jawaban) -> {
      Map<String, Integer> map = new LinkedHashMap<>();
      for (int u = 0; u < jawaban.length; u++) {
        if (jawaban[u] != 0) {
          map.put(unsur.get(u).kode(), jawaban[u]);
        }
      }
      responden.add(new Responden(layanan, map));
    });
    return new SurveiSkm(unsur, responden);
  }

  /**
   * Computes the SKM of a stream of CSV text (not closed) as it reads, keeping no row: per service
   * and unsur only the total of the answers and the respondents are kept, so memory does not grow
   * with the number of rows (a million respondents fit in a 256 MB heap). The result equals {@code
   * kalkulator.hitung(read(csv))}: the unit's figure from all answers and each service's from its
   * own, blank cells read under this reader's {@link #kebijakanJawabanKosong()} and blank answers
   * judged under the calculator's. Nothing is returned from a file with problems.
   *
   * <pre>{@code
   * KalkulatorSkm kalkulator = KalkulatorSkm.standar();
   * try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
   *   HasilSurveiSkm hasil = SkmCsv.of(kalkulator.metode()).hitung(in, kalkulator);
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException before reading, if the calculator's method or weights do not
   *     fit this reader's unsur (see {@link KalkulatorSkm#hitung(SurveiSkm)})
   * @throws SkmCsvException listing the problems of the file
   * @throws UncheckedIOException if reading fails
   */
  public HasilSurveiSkm hitung(Reader csv, KalkulatorSkm kalkulator) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(kalkulator, "kalkulator");
    PenghitungSkm penghitung = kalkulator.penghitung(unsur);
    baca(csv, penghitung::tambah);
    return penghitung.hasil();
  }

  /** Receives a valid row: its service and its answers by unsur position, 0 for a blank; not kept. */
  @FunctionalInterface
  private interface Penerima {
    void terima(Optional<String> layanan, int[] jawaban);
  }

  /** Reads the file, giving each valid row to {@code penerima}; throws the problems at the end. */
  private void baca(Reader csv, Penerima penerima) {
    DaftarMasalah masalah = new DaftarMasalah();
    PemindaiCsv pemindai = new PemindaiCsv(csv, pemisah, masalah);
    Baris header = pemindai.next();
    masalah.lempar();
    if (header == null) {
      masalah.add(new CsvProblem(1, "", "",
          "the file is empty: it starts with a header row naming the columns " + expectedColumns()));
      masalah.lempar();
    }
    Map<String, Integer> columns = header(header, pemindai, masalah);
    masalah.lempar();
    int[] posisi = unsur.stream().mapToInt(u -> columns.get(u.kode())).toArray();
    Integer kolomLayanan = columns.get(KOLOM_LAYANAN);
    String sep = String.valueOf(pemindai.pemisah());
    int[] jawaban = new int[unsur.size()];
    int jumlah = 0;
    for (Baris row = pemindai.next(); row != null; row = pemindai.next()) {
      if (row.cells().size() != header.cells().size()) {
        masalah.add(new CsvProblem(row.number(), "", String.join(sep, row.cells()),
            "the row has " + row.cells().size() + " cells and the header " + header.cells().size()
                + ": every row gives one cell per column"));
        continue;
      }
      if (jumlah == Integer.MAX_VALUE - 1) {
        masalah.add(new CsvProblem(row.number(), "", "",
            "more than " + (Integer.MAX_VALUE - 1) + " respondents: split the file"));
        break;
      }
      if (jawaban(row, posisi, jawaban, masalah) && masalah.isEmpty()) {
        jumlah++;
        String layanan = kolomLayanan == null ? "" : row.cells().get(kolomLayanan);
        penerima.terima(layanan.isBlank() ? Optional.empty() : Optional.of(layanan), jawaban);
      }
    }
    masalah.lempar();
  }

  /** The column of {@code layanan} and of each unsur code, or problems naming the header's faults. */
  private Map<String, Integer> header(Baris header, PemindaiCsv pemindai, DaftarMasalah masalah) {
    Map<Character, Integer> hitungan = pemindai.hitunganPemisah();
    if (pemisah.isEmpty() && hitungan.size() > 1) {
      masalah.add(new CsvProblem(header.number(), "", String.join(String.valueOf(pemindai.pemisah()),
          header.cells()), "the header uses " + daftarPemisah(hitungan) + " outside quotes, so the"
              + " separator cannot be told: set it with withPemisah"));
      return Map.of();
    }
    Map<String, Unsur> byKey = new HashMap<>();
    unsur.forEach(u -> byKey.put(key(u.kode()), u));
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      String cell = header.cells().get(i).strip();
      Unsur u = byKey.get(key(cell));
      String kolom = cell.equalsIgnoreCase(KOLOM_LAYANAN) ? KOLOM_LAYANAN : u == null ? null : u.kode();
      if (kolom == null) {
        masalah.add(new CsvProblem(header.number(), cell.isEmpty() ? "(column " + (i + 1) + ")" : cell,
            cell, "unknown column: the columns are " + expectedColumns() + ", in any case"
                + petunjukPemisah(cell, pemindai.pemisah())));
      } else if (columns.putIfAbsent(kolom, i) != null) {
        masalah.add(new CsvProblem(header.number(), cell, cell,
            "the column appears twice: each column appears once (in any case)"));
      }
    }
    for (Unsur u : unsur) {
      if (!columns.containsKey(u.kode())) {
        masalah.add(new CsvProblem(header.number(), "", String.join(String.valueOf(pemindai.pemisah()),
            header.cells()), "no column for unsur " + u + ": the header names every unsur of the survey"));
      }
    }
    return columns;
  }

  /**
   * A hint for an unknown header cell that holds another candidate separator: the file seems to
   * use it ({@code "layanan;U1;U2"} read with a comma).
   */
  private static String petunjukPemisah(String cell, char dipakai) {
    for (char c : PemindaiCsv.CALON_PEMISAH.toCharArray()) {
      if (c != dipakai && cell.indexOf(c) >= 0) {
        return "; the separator looks like " + nama(c) + ", not " + nama(dipakai) + ": read with"
            + " withPemisah('" + (c == '\t' ? "\\t" : String.valueOf(c)) + "') or let the reader"
            + " detect it (withPemisahTerdeteksi())";
      }
    }
    return "";
  }

  private static String daftarPemisah(Map<Character, Integer> hitungan) {
    return hitungan.entrySet().stream().map(e -> nama(e.getKey()) + " (" + e.getValue() + "×)")
        .collect(Collectors.joining(" and "));
  }

  private static String nama(char pemisah) {
    return pemisah == '\t' ? "a tab" : "'" + pemisah + "'";
  }

  /**
   * Reads a row's answers into {@code jawaban} (0 for a blank); returns false, with the problems
   * added, when a cell is not a valid answer.
   */
  private boolean jawaban(Baris row, int[] posisi, int[] jawaban, DaftarMasalah masalah) {
    boolean sah = true;
    for (int u = 0; u < posisi.length; u++) {
      Unsur un = unsur.get(u);
      String cell = row.cells().get(posisi[u]).strip();
      jawaban[u] = 0;
      if (cell.isEmpty()) {
        if (kebijakan == KebijakanJawabanKosong.TOLAK) {
          masalah.add(new CsvProblem(row.number(), un.kode(), cell,
              "no answer to unsur " + un + "; under TOLAK a missing answer is refused (read with"
                  + " KELUARKAN to exclude the respondent from that unsur)"));
          sah = false;
        }
        continue;
      }
      if (!bilanganBulat(cell)) {
        masalah.add(new CsvProblem(row.number(), un.kode(), cell,
            "not a whole number: an SKM answer is a whole number from 1 to 4"));
        sah = false;
        continue;
      }
      int nilai = Integer.parseInt(cell);
      if (nilai < MetodeSkm.JAWABAN_TERENDAH || nilai > MetodeSkm.JAWABAN_TERTINGGI) {
        masalah.add(new CsvProblem(row.number(), un.kode(), cell, Responden.salahJawaban("unsur " + un, cell)));
        sah = false;
        continue;
      }
      jawaban[u] = nilai;
    }
    return sah;
  }

  /** One to nine ASCII digits. */
  private static boolean bilanganBulat(String cell) {
    if (cell.length() > 9) {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The key a header cell and an unsur code are matched by: the code in lower case. */
  private static String key(String kode) {
    return kode.toLowerCase(Locale.ROOT);
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
        out.append(pemisahTulis());
      }
      out.append(quote(cells.get(i)));
    }
    out.append('\n');
  }

  private String quote(String cell) {
    boolean plain = cell.strip().equals(cell)
        && cell.chars().noneMatch(c -> c == pemisahTulis() || c == '"' || c == '\n' || c == '\r');
    return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
  }

  /** The separator written: the one set, or a comma. */
  private char pemisahTulis() {
    return pemisah.orElse(',');
  }
}
