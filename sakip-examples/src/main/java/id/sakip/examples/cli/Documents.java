package id.sakip.examples.cli;

import id.sakip.json.SakipJson;
import id.sakip.json.SakipJsonException;
import id.sakip.laporan.LaporanKinerja;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the {@code sakip-lkj/1} document named on the command line. */
final class Documents {

  private Documents() {}

  /**
   * Reads and validates the document in {@code file}. A file larger than {@link SakipJson} accepts
   * is refused unread, with its size ("document of 52,428,800 bytes").
   *
   * @throws UsageException if the file cannot be read (one line) or is not a valid document (the
   *     reader's message: every problem on its own line with its JSON path, value and rule)
   */
  static LaporanKinerja read(String file) throws UsageException {
    SakipJson json = SakipJson.standar();
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new UsageException("cannot read FILE '" + file + "': it is a directory");
      }
      return json.readLaporan(path);
    } catch (InvalidPathException e) {
      throw new UsageException("cannot read FILE '" + file + "': not a valid path (" + e.getReason() + ")");
    } catch (NoSuchFileException e) {
      throw new UsageException("cannot read FILE '" + file + "': no such file");
    } catch (AccessDeniedException e) {
      throw new UsageException("cannot read FILE '" + file + "': permission denied");
    } catch (IOException e) {
      throw new UsageException("cannot read FILE '" + file + "': " + e);
    } catch (SakipJsonException e) {
      throw new UsageException("FILE '" + file + "' is not a valid sakip-lkj/1 document: " + e.getMessage());
    }
  }
}
