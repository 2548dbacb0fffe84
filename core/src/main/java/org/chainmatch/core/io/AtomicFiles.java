package org.chainmatch.core.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.chainmatch.core.Internal;

/**
 * Publishing files all at once: write to a temporary file in the target's folder, sync, then
 * rename over the target. A crash leaves the old file (and perhaps a stray temporary file, named
 * {@code .<name>.*.tmp}), never a half-written target.
 */
@Internal
public final class AtomicFiles {
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target} atomically. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    try (Pending p = begin(target);
        FileChannel ch = FileChannel.open(p.temp(), StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
      p.commit();
    }
  }

  /** Creates the temporary file for {@code target}; the caller writes it, then commits. */
  public static Pending begin(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: it makes owner-only files, and the published file keeps the
    // temporary file's permissions. createFile honours the umask like any other output.
    Path temp = null;
    while (temp == null) {
      Path candidate =
          dir.resolve("." + abs.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        temp = Files.createFile(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another writer drew the same name; draw again
      }
    }
    return new Pending(abs, temp);
  }

  /** A file being written; {@link #close()} without {@link #commit()} deletes it. */
  public static final class Pending implements Closeable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private Pending(Path target, Path temp) {
      this.target = target;
      this.temp = temp;
    }

    /** The temporary file to write. */
    public Path temp() {
      return temp;
    }

    /** Moves the temporary file over the target. */
    public void commit() throws IOException {
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
