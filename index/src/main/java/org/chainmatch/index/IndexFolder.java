package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Iterables;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.io.AtomicFiles;

/**
 * A {@link LuceneCapabilityIndex} kept in a folder for one set of enterprises: the index built
 * there earlier is reused when it was built from the same enterprises (same codes and texts;
 * statuses may differ and are brought up to date), and rebuilt otherwise.
 *
 * <p>Whether it is the same is told by a fingerprint file ({@value #FINGERPRINT_FILE}) written,
 * atomically, only after the rebuilt index is committed; so a crash during a rebuild leaves no
 * fingerprint and the next open rebuilds again. A non-empty folder that holds no index is refused
 * rather than emptied: a mistyped path must not delete someone's files.
 *
 * <p>Opening costs one pass over the enterprises for the fingerprint (SHA-256 of their texts), then
 * either one status update per enterprise (reuse) or a full build (see {@link
 * LuceneCapabilityIndex#addAll}). Not thread-safe while opening; the returned index is.
 */
public final class IndexFolder {

  /** The name of the fingerprint file inside the folder. */
  public static final String FINGERPRINT_FILE = "chainmatch-fingerprint.txt";

  /** How many enterprises are indexed between two progress calls. */
  private static final int PROGRESS_STEP = 1000;

  private final LuceneCapabilityIndex index;
  private final boolean reused;

  private IndexFolder(LuceneCapabilityIndex index, boolean reused) {
    this.index = index;
    this.reused = reused;
  }

  /**
   * Opens the index in {@code dir} for {@code enterprises}, reusing or rebuilding it, and commits.
   * The folder is created if missing.
   *
   * @param progress called with the number of enterprises indexed so far while rebuilding (at
   *     least once at the end); not called on reuse
   * @throws IllegalArgumentException if {@code dir} is not empty and holds no index
   * @throws IOException if the folder cannot be read or written
   */
  public static IndexFolder open(
      Path dir, IndexOptions options, Collection<Enterprise> enterprises, LongConsumer progress)
      throws IOException {
    checkNotNull(dir, "dir");
    checkNotNull(options, "options");
    checkNotNull(enterprises, "enterprises");
    checkNotNull(progress, "progress");
    Files.createDirectories(dir);
    String fingerprint = fingerprint(enterprises);
    Path stamp = dir.resolve(FINGERPRINT_FILE);
    boolean same = Files.exists(stamp) && Files.readString(stamp).strip().equals(fingerprint);
    if (!same) {
      clear(dir);
    }
    LuceneCapabilityIndex index = LuceneCapabilityIndex.open(dir, options);
    try {
      if (same && index.size() == enterprises.size()) {
        // Same enterprises and texts as when it was built: only statuses may have changed.
        for (Enterprise e : enterprises) {
          index.updateStatus(e.uscc(), e.status());
        }
        index.commit();
        return new IndexFolder(index, true);
      }
      Files.deleteIfExists(stamp);
      addAll(index, enterprises, progress);
      index.commit();
      AtomicFiles.writeString(stamp, fingerprint + "\n");
      return new IndexFolder(index, false);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
  }

  /**
   * Upserts {@code enterprises} into {@code index} with {@link CapabilityIndex#addAll}, calling
   * {@code progress} every {@value #PROGRESS_STEP} enterprises and once at the end. Neither
   * refreshes nor commits.
   */
  public static void addAll(
      CapabilityIndex index, Iterable<Enterprise> enterprises, LongConsumer progress)
      throws IOException {
    checkNotNull(index, "index");
    checkNotNull(progress, "progress");
    long[] done = {0};
    // A lazy view: the count moves as the index pulls enterprises, on whichever thread pulls.
    index.addAll(Iterables.transform(enterprises, e -> {
      if (++done[0] % PROGRESS_STEP == 0) {
        progress.accept(done[0]);
      }
      return e;
    }));
    progress.accept(done[0]);
  }

  /** The opened index; the caller closes it. */
  public LuceneCapabilityIndex index() {
    return index;
  }

  /** True when the index in the folder was reused instead of rebuilt. */
  public boolean reused() {
    return reused;
  }

  /** Empties a folder that holds an index built from other data (see the class comment). */
  private static void clear(Path dir) throws IOException {
    List<Path> files;
    try (var list = Files.list(dir)) {
      files = list.toList();
    }
    if (files.isEmpty()) {
      return;
    }
    boolean isIndex = files.stream().anyMatch(f -> f.getFileName().toString().startsWith("segments"));
    checkArgument(isIndex, "index folder %s is not empty and holds no index; refusing to overwrite it", dir);
    for (Path f : files) {
      if (Files.isRegularFile(f)) {
        Files.delete(f);
      }
    }
  }

  /** A digest of everything the index holds except statuses, to tell whether it can be reused. */
  static String fingerprint(Collection<Enterprise> enterprises) {
    Hasher h = Hashing.sha256().newHasher();
    h.putInt(enterprises.size());
    for (Enterprise e : enterprises) {
      h.putString(e.uscc().value(), StandardCharsets.UTF_8).putByte((byte) 0);
      h.putString(e.name(), StandardCharsets.UTF_8).putByte((byte) 0);
      h.putString(e.region().code(), StandardCharsets.UTF_8).putByte((byte) 0);
      for (IndustryCode c : e.industries()) {
        h.putString(c.code(), StandardCharsets.UTF_8).putByte((byte) 1);
      }
      for (String p : e.products()) {
        h.putString(p, StandardCharsets.UTF_8).putByte((byte) 2);
      }
      h.putString(e.scope(), StandardCharsets.UTF_8).putByte((byte) 3);
      h.putBoolean(e.key());
    }
    return "v1:" + h.hash();
  }
}
