package id.sakip.examples.cli;

import id.sakip.json.SakipJson;
import id.sakip.json.SakipJsonException;
import id.sakip.laporan.LaporanKinerja;
import id.sakip.temuan.Bahasa;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the {@code sakip-lkj/1} document named on the command line, or standard input for {@code -}. */
final class Documents {

  /** The FILE that means standard input. */
  static final String STDIN = "-";

  private Documents() {}

  /**
   * Reads and validates the document in {@code file}, or from {@code stdin} when {@code file} is
   * {@code -}. A document larger than {@link SakipJson} accepts is refused with its size ("document
   * of 52,428,800 bytes"): a file unread, standard input after one byte more than the bound.
   *
   * @throws UsageException if the file cannot be read (one line) or is not a valid document (the
   *     reader's message: every problem on its own line with its JSON path, value and rule)
   */
  static LaporanKinerja read(String file, InputStream stdin) throws UsageException {
    SakipJson json = SakipJson.standar();
    try {
      if (file.equals(STDIN)) {
        return json.readLaporan(stdin);
      }
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw cannotRead(file, "ia sebuah direktori", "it is a directory");
      }
      return json.readLaporan(path);
    } catch (InvalidPathException e) {
      throw cannotRead(file, "bukan jalur yang sah (" + e.getReason() + ")", "not a valid path (" + e.getReason() + ")");
    } catch (NoSuchFileException e) {
      throw cannotRead(file, "berkas tidak ada", "no such file");
    } catch (AccessDeniedException e) {
      throw cannotRead(file, "izin ditolak", "permission denied");
    } catch (IOException e) {
      throw cannotRead(file, e.toString(), e.toString());
    } catch (UncheckedIOException e) {
      throw cannotRead(file, e.getCause().toString(), e.getCause().toString());
    } catch (SakipJsonException e) {
      throw new UsageException(named(file, Bahasa.INDONESIA) + " bukan dokumen sakip-lkj/1 yang sah: " + e.pesan(Bahasa.INDONESIA),
          named(file, Bahasa.INGGRIS) + " is not a valid sakip-lkj/1 document: " + e.pesan(Bahasa.INGGRIS));
    }
  }

  /** "cannot read FILE 'x': why", or "cannot read standard input: why" for {@code -}. */
  static UsageException cannotRead(String file, String whyId, String whyEn) {
    return new UsageException("tidak dapat membaca " + named(file, Bahasa.INDONESIA) + ": " + whyId,
        "cannot read " + named(file, Bahasa.INGGRIS) + ": " + whyEn);
  }

  /** How a message names FILE: {@code FILE 'kromengan.json'}, or standard input for {@code -}. */
  static String named(String file, Bahasa bahasa) {
    return file.equals(STDIN) ? bahasa.pilih("masukan standar", "standard input") : "FILE '" + file + "'";
  }
}
