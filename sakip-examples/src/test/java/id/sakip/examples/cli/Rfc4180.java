package id.sakip.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests: fields separated by commas, records ended by CRLF,
 * fields with a comma, a quote or a line break enclosed in double quotes, a quote inside doubled.
 * Anything else (a bare LF or CR, a quote inside an unquoted field, text after a closing quote, an
 * unterminated quoted field, a last record without CRLF) is refused.
 */
final class Rfc4180 {

  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean fieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unterminated quoted field at offset " + i);
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at offset " + i);
        }
        fieldStart = false;
        continue;
      }
      if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("bare CR at offset " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(List.copyOf(record));
        record.clear();
        fieldStart = true;
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("bare LF at offset " + i + ": records end with CRLF");
      } else if (c == '"') {
        throw new IllegalArgumentException("quote inside an unquoted field at offset " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (!record.isEmpty() || field.length() > 0) {
      throw new IllegalArgumentException("the last record does not end with CRLF");
    }
    return records;
  }
}
