package id.sakip.examples.tabel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders {@link Tabel tables} as aligned text, Markdown or CSV (RFC 4180). */
public final class Render {

  /** Cells longer than this are not padded to: one very long name does not widen every row. */
  static final int MAX_PAD = 80;

  private static final java.util.regex.Pattern NUMERIC =
      java.util.regex.Pattern.compile("-?(Rp)?[0-9][0-9.,]*%?");

  private Render() {}

  /** Aligned plain text: the title, a header, a rule, the rows; numbers right-aligned. */
  public static String text(List<Tabel> tables) {
    StringBuilder out = new StringBuilder();
    for (Tabel t : tables) {
      int[] width = new int[t.kolom().size()];
      boolean[] numeric = new boolean[width.length];
      for (int c = 0; c < width.length; c++) {
        width[c] = Math.min(MAX_PAD, t.kolom().get(c).length());
        numeric[c] = !t.baris().isEmpty();
        for (List<String> row : t.baris()) {
          width[c] = Math.max(width[c], Math.min(MAX_PAD, row.get(c).length()));
          numeric[c] &= isNumeric(row.get(c));
        }
      }
      out.append(t.judul()).append('\n');
      out.append(line(t.kolom(), width, numeric)).append('\n');
      List<String> rule = new ArrayList<>();
      for (int w : width) {
        rule.add("-".repeat(w));
      }
      out.append(String.join("  ", rule)).append('\n');
      for (List<String> row : t.baris()) {
        out.append(line(row, width, numeric)).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String line(List<String> cells, int[] width, boolean[] numeric) {
    List<String> padded = new ArrayList<>();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(Math.max(0, width[c] - cell.length()));
      padded.add(numeric[c] ? pad + cell : cell + pad);
    }
    return String.join("  ", padded).stripTrailing();
  }

  /** A cell is numeric when it is a figure (either notation), n/a or empty, with an optional printed figure beside. */
  private static boolean isNumeric(String s) {
    int beside = s.indexOf(" [");
    String value = beside < 0 ? s : s.substring(0, beside);
    return value.isEmpty() || value.equals("-") || value.equals("n/a") || NUMERIC.matcher(value).matches();
  }

  /** GitHub-flavoured Markdown: a heading per table and a pipe table. */
  public static String markdown(List<Tabel> tables) {
    StringBuilder out = new StringBuilder();
    for (Tabel t : tables) {
      out.append("### ").append(t.judul()).append("\n\n");
      out.append("| ").append(t.kolom().stream().map(Render::md).collect(Collectors.joining(" | "))).append(" |\n");
      out.append("|").append(t.kolom().stream().map(k -> "---").collect(Collectors.joining("|"))).append("|\n");
      for (List<String> row : t.baris()) {
        out.append("| ").append(row.stream().map(Render::md).collect(Collectors.joining(" | "))).append(" |\n");
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String md(String cell) {
    return cell.replace("|", "\\|");
  }

  /**
   * CSV (RFC 4180, comma-separated, CRLF line ends): one record per row with the table title as
   * the first field, preceded by one header record per table ({@code tabel} then the columns).
   */
  public static String csv(List<Tabel> tables) {
    StringBuilder out = new StringBuilder();
    for (Tabel t : tables) {
      List<String> header = new ArrayList<>();
      header.add("tabel");
      header.addAll(t.kolom());
      out.append(record(header));
      for (List<String> row : t.baris()) {
        List<String> r = new ArrayList<>();
        r.add(t.judul());
        r.addAll(row);
        out.append(record(r));
      }
    }
    return out.toString();
  }

  private static String record(List<String> fields) {
    return fields.stream().map(Render::quote).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String quote(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
