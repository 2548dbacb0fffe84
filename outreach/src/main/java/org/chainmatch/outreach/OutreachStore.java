package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.chainmatch.core.io.AtomicFiles;

/**
 * Tracks outreach requests to an answer, in one JSON file: the {@link TrackingStore} the CLI uses.
 *
 * <p><b>Durability.</b> Every change is written through before the method returns: the whole
 * store is serialized and published with {@link AtomicFiles} (temporary file, sync, atomic
 * rename). A crash at any moment therefore leaves the file holding the last committed state, plus
 * perhaps a stray temporary file, which {@link #open} deletes and reports in {@link
 * #discarded()}. If a write fails, the change is not applied and the method throws {@link
 * UncheckedIOException}.
 *
 * <p><b>Threads and processes.</b> All methods synchronize on the store, so changes are applied
 * and written one at a time, and readers see the latest committed state; returned values are
 * immutable snapshots. Only one store may have a file open at a time, in this process or any
 * other: {@code open} takes an exclusive lock on a sibling {@code <name>.lock} file, held until
 * {@link #close()}.
 *
 * <p><b>Rules.</b> States move as {@link RequestState} allows; an illegal move is rejected with a
 * message naming the request and both states. A request may be RESOLVED only when every item has
 * an outcome, and outcomes can be recorded once it has been sent. Times come from the store's
 * {@link Clock}.
 */
public final class OutreachStore implements TrackingStore {

  private final Path file;
  private final Clock clock;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final ImmutableList<String> discarded;
  private ImmutableSortedMap<String, TrackedRequest> requests; // guarded by this

  private OutreachStore(
      Path file,
      Clock clock,
      FileChannel lockChannel,
      FileLock lock,
      List<String> discarded,
      List<TrackedRequest> loaded) {
    this.file = file;
    this.clock = clock;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.discarded = ImmutableList.copyOf(discarded);
    ImmutableSortedMap.Builder<String, TrackedRequest> b = ImmutableSortedMap.naturalOrder();
    loaded.forEach(r -> b.put(r.id(), r));
    this.requests = b.buildOrThrow();
  }

  /**
   * Opens the store in {@code file}, creating an empty one if the file does not exist; fails at
   * once if another store holds the file. Equivalent to {@code open(file, clock, Duration.ZERO)}.
   */
  public static OutreachStore open(Path file, Clock clock) throws IOException {
    return open(file, clock, Duration.ZERO);
  }

  /**
   * Opens the store in {@code file}, creating an empty one if the file does not exist.
   *
   * <p>If {@code file} is a symbolic link (or lies in a linked folder), the store reads, writes
   * and locks the file the link points to, and the link stays a link. If another store (in this
   * process or another) has the file open, waits up to {@code lockWait} for it to close, polling
   * the lock.
   *
   * <p>Stray temporary files of interrupted saves are deleted, and listed by {@link #discarded()}.
   *
   * @throws CorruptStoreException if the file exists but cannot be read as a store, naming line and
   *     column; the file is left alone: committed data is never discarded
   * @throws IOException if the file or its lock cannot be read or created
   * @throws IllegalStateException if another store still has the file open after {@code lockWait}
   */
  public static OutreachStore open(Path file, Clock clock, Duration lockWait) throws IOException {
    checkNotNull(file, "file");
    checkNotNull(clock, "clock");
    checkNotNull(lockWait, "lockWait");
    checkArgument(!lockWait.isNegative(), "lockWait must not be negative but was %s", lockWait);
    Path abs = realFile(file);
    Files.createDirectories(abs.getParent());
    // Load and initialise the JSON machinery before taking the lock, so that writers queueing for
    // the store each hold it only for the read and the write.
    StoreFile.serialize(List.of());
    FileChannel channel =
        FileChannel.open(
            abs.resolveSibling(abs.getFileName() + ".lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    try {
      FileLock lock = lock(channel, abs, lockWait);
      List<String> discarded = deleteStrayTemporaries(abs);
      List<TrackedRequest> loaded = Files.exists(abs) ? StoreFile.read(abs) : List.of();
      return new OutreachStore(abs, clock, channel, lock, discarded, loaded);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  // Polls rather than blocking in FileChannel.lock(): a lock held by this same JVM throws
  // OverlappingFileLockException instead of blocking, and a blocking call cannot time out.
  private static FileLock lock(FileChannel channel, Path file, Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 5;
    while (true) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock != null) {
        return lock;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new IllegalStateException(
            "outreach store " + file + " is already open elsewhere"
                + (wait.isZero() ? "" : " (waited " + wait.toMillis() + " ms for it to close)"));
      }
      try {
        Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted waiting for the lock of " + file);
      }
      pause = Math.min(50, pause * 2);
    }
  }

  /** The file a path names once symbolic links (of the file and its folders) are followed. */
  static Path realFile(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(abs); hops++) {
      if (hops == 40) {
        throw new java.nio.file.FileSystemException(file.toString(), null, "too many symbolic links");
      }
      abs = abs.resolveSibling(Files.readSymbolicLink(abs)).toAbsolutePath();
    }
    abs = abs.normalize();
    Path parent = abs.getParent();
    return Files.isDirectory(parent) ? parent.toRealPath().resolve(abs.getFileName()) : abs;
  }

  /** Opens the store with the system clock in UTC. */
  public static OutreachStore open(Path file) throws IOException {
    return open(file, Clock.systemUTC());
  }

  /** The store's file. */
  public Path file() {
    return file;
  }

  /**
   * What {@link #open} had to discard, one message per thing (e.g. a stray temporary file of an
   * interrupted save); empty after a clean shutdown.
   */
  public List<String> discarded() {
    return discarded;
  }

  /**
   * Adds {@code request} as a DRAFT, with its items and no outcomes.
   *
   * @throws IllegalArgumentException if a request with the same id is already tracked; {@link
   *     #track} is the way to add a planned request that may have been added before
   */
  public synchronized TrackedRequest add(OutreachRequest request, String officer) {
    checkNotNull(request, "request");
    checkOfficer(officer);
    TrackedRequest existing = requests.get(request.id());
    if (existing != null) {
      throw new IllegalArgumentException(
          "request " + request.id() + " is already tracked (state " + existing.state() + ")");
    }
    List<TrackedItem> items =
        request.items().stream()
            .map(i -> new TrackedItem(
                i.supplier().uscc().value(), i.supplier().name(), i.product(), i.reason(),
                Optional.empty()))
            .toList();
    TrackedRequest tracked =
        new TrackedRequest(
            request.id(), request.target().code(), request.authority(), request.date(),
            request.priority(), RequestState.DRAFT, clock.instant(), officer, items, List.of());
    commit(tracked);
    return tracked;
  }

  /**
   * Tracks a planned request and returns it as tracked; its id is the one to print on the letter.
   *
   * <p>Planned ids are {@code <base>-<sequence>} ({@code OR-<sender>-<target>-<yyyyMMdd>-1}, see
   * {@link OutreachPlanner}). If a request with the same base (the same sender, target and day)
   * and the same items (supplier and product, in any order) is tracked, it is the same request
   * planned again and is returned unchanged. Otherwise {@code request} is added as a DRAFT under
   * its own id if that is free, else under {@code <base>-<n>} with {@code n} one more than the
   * largest sequence tracked for the base. So after any sequence of plans tracked into one store,
   * every item of every planned request is in the store under the id returned for it.
   */
  public synchronized TrackedRequest track(OutreachRequest request, String officer) {
    checkNotNull(request, "request");
    checkOfficer(officer);
    String id = request.id();
    int dash = id.lastIndexOf('-');
    boolean sequenced = dash > 0 && dash < id.length() - 1
        && id.substring(dash + 1).chars().allMatch(c -> c >= '0' && c <= '9');
    String base = sequenced ? id.substring(0, dash) : id;
    java.util.Set<String> items = new java.util.HashSet<>();
    request.items().forEach(i -> items.add(i.supplier().uscc().value() + "\u0000" + i.product()));
    long largest = 0;
    for (TrackedRequest r : requests.tailMap(base, true).values()) {
      if (!r.id().startsWith(base)) {
        break;
      }
      String rest = r.id().substring(base.length());
      if (!rest.isEmpty() && !(rest.length() > 1 && rest.charAt(0) == '-'
          && rest.substring(1).chars().allMatch(c -> c >= '0' && c <= '9'))) {
        continue;
      }
      java.util.Set<String> tracked = new java.util.HashSet<>();
      r.items().forEach(i -> tracked.add(i.supplier() + "\u0000" + i.product()));
      if (tracked.equals(items)) {
        return r;
      }
      if (!rest.isEmpty() && rest.length() < 10) {
        largest = Math.max(largest, Long.parseLong(rest.substring(1)));
      }
    }
    String free = !requests.containsKey(id) ? id : base + "-" + (largest + 1);
    return add(free.equals(id) ? request : request.withId(free), officer);
  }

  /**
   * Moves request {@code id} to state {@code to}.
   *
   * @param officer who records the move, responsible from then on
   * @param note free text, may be empty
   * @throws IllegalArgumentException if no such request is tracked
   * @throws IllegalStateException if the move is not allowed, or if {@code to} is RESOLVED while
   *     some item has no outcome; the message names the request and the states
   */
  public synchronized TrackedRequest transition(
      String id, RequestState to, String officer, String note) {
    checkNotNull(to, "to");
    checkOfficer(officer);
    checkNotNull(note, "note");
    TrackedRequest r = get(id);
    if (!r.state().canMoveTo(to)) {
      throw new IllegalStateException(
          String.format(
              "request %s cannot move from %s to %s; from %s it may move to %s",
              id, r.state(), to, r.state(), r.state().next()));
    }
    if (to == RequestState.RESOLVED && !r.itemsWithoutOutcome().isEmpty()) {
      throw new IllegalStateException(
          String.format(
              "request %s cannot move from %s to RESOLVED: items without an outcome: %s",
              id, r.state(), r.itemsWithoutOutcome()));
    }
    TrackedRequest moved = r.moved(new StateChange(r.state(), to, clock.instant(), officer, note));
    commit(moved);
    return moved;
  }

  /**
   * Records the outcome of the item of request {@code id} for {@code supplierUscc} and {@code
   * product}, replacing an earlier outcome.
   *
   * @throws IllegalArgumentException if no such request or item is tracked
   * @throws IllegalStateException if the request is still a DRAFT
   */
  public synchronized TrackedRequest recordOutcome(
      String id, String supplierUscc, String product, Outcome outcome, String officer, String note) {
    checkNotNull(supplierUscc, "supplierUscc");
    checkNotNull(product, "product");
    checkNotNull(outcome, "outcome");
    checkOfficer(officer);
    checkNotNull(note, "note");
    TrackedRequest r = get(id);
    if (r.state() == RequestState.DRAFT) {
      throw new IllegalStateException(
          "request " + id + " is a DRAFT: it has not been sent, so no item can have an outcome");
    }
    List<TrackedItem> items = new ArrayList<>(r.items());
    int index = -1;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).is(supplierUscc, product)) {
        index = i;
      }
    }
    checkArgument(
        index >= 0, "request %s has no item for supplier %s and product %s", id, supplierUscc,
        product);
    items.set(index, items.get(index).withOutcome(
        new ItemOutcome(outcome, clock.instant(), officer, note)));
    TrackedRequest updated = r.withItems(items);
    commit(updated);
    return updated;
  }

  /** The request with this id, if tracked. */
  public synchronized Optional<TrackedRequest> find(String id) {
    checkNotNull(id, "id");
    return Optional.ofNullable(requests.get(id));
  }

  /** Every tracked request, by id. */
  public synchronized List<TrackedRequest> all() {
    return requests.values().asList();
  }

  /**
   * The requests still SENT without an answer at least {@code after} after they were sent, as of
   * the store's clock; oldest first.
   */
  public synchronized List<TrackedRequest> overdue(Duration after) {
    checkNotNull(after, "after");
    checkArgument(!after.isNegative(), "after must not be negative but was %s", after);
    Instant now = clock.instant();
    return requests.values().stream()
        .filter(r -> r.state() == RequestState.SENT)
        .filter(r -> !r.sentAt().orElseThrow().plus(after).isAfter(now))
        .sorted(Comparator.comparing((TrackedRequest r) -> r.sentAt().orElseThrow())
            .thenComparing(TrackedRequest::id))
        .collect(ImmutableList.toImmutableList());
  }

  /** Releases the file lock. The store must not be used afterwards. */
  @Override
  public synchronized void close() throws IOException {
    try {
      lock.release();
    } finally {
      lockChannel.close();
    }
  }

  private TrackedRequest get(String id) {
    checkNotNull(id, "id");
    TrackedRequest r = requests.get(id);
    checkArgument(r != null, "no outreach request %s is tracked in %s", id, file);
    return r;
  }

  private static void checkOfficer(String officer) {
    checkNotNull(officer, "officer");
    checkArgument(!officer.isBlank(), "officer must not be blank");
  }

  // Writes the state with `changed` in place, then makes it current: memory never runs ahead of
  // the file.
  private void commit(TrackedRequest changed) {
    TreeMap<String, TrackedRequest> copy = new TreeMap<>(requests);
    copy.put(changed.id(), changed);
    ImmutableSortedMap<String, TrackedRequest> next = ImmutableSortedMap.copyOfSorted(copy);
    try {
      AtomicFiles.write(file, StoreFile.serialize(next.values()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save outreach store " + file, e);
    }
    requests = next;
  }

  private static List<String> deleteStrayTemporaries(Path file) throws IOException {
    // AtomicFiles names its temporaries ".<target name>.<random>.tmp" beside the target.
    String prefix = "." + file.getFileName() + ".";
    DirectoryStream.Filter<Path> temporary =
        p -> p.getFileName().toString().startsWith(prefix)
            && p.getFileName().toString().endsWith(".tmp");
    List<String> discarded = new ArrayList<>();
    try (DirectoryStream<Path> stray = Files.newDirectoryStream(file.getParent(), temporary)) {
      for (Path p : stray) {
        long size = Files.size(p);
        Files.delete(p);
        discarded.add(
            "deleted " + p.getFileName() + " (" + size + " bytes): a save interrupted before it"
                + " was committed; the store holds the last committed state");
      }
    }
    discarded.sort(Comparator.naturalOrder());
    return discarded;
  }
}
