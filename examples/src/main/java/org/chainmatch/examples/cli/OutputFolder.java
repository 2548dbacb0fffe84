package org.chainmatch.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.io.InputProblem;
import org.chainmatch.core.io.TableWriter;

/**
 * The folder a command writes into. Every file is published atomically (temporary file, then
 * move), and nothing is written before all input has been accepted.
 *
 * <p>The run owns the folder: it holds a lock on {@code .chainmatch-out.lock} (a second run into
 * the same folder at the same time fails with exit 3), removes the stray temporary files of
 * interrupted writes ({@code .<name>.*.tmp}, the outreach store's own excepted: the store cleans
 * those under its lock), and replaces the previous run's outputs as a whole: the files listed in
 * {@code .chainmatch-files} (every file a run publishes is appended to it) are deleted, summary.json
 * first, before this run writes anything. A folder written before that list existed has its known
 * output names removed instead. Other files in the folder (inputs, the tracking store) are left.
 * A run that fails part-way leaves no summary.json, so a complete set is one with a summary.
 */
final class OutputFolder {
  static final String LOCK = ".chainmatch-out.lock";
  static final String MANIFEST = ".chainmatch-files";
  /** What earlier versions wrote, removed when a folder has no manifest yet. */
  private static final List<String> KNOWN_OUTPUTS = List.of(
      "summary.json", "matches.csv", "outreach.csv", "outreach.json", "rejects.csv",
      "breakpoints.csv", "blocked.csv", "priorities.csv", "stalled.csv", "at-risk.csv",
      "what-if.csv", "customers.csv", "report.html", "report.xlsx");

  private final Path dir;
  private final List<Path> written = new ArrayList<>();
  private final java.nio.channels.FileChannel lockChannel;

  private OutputFolder(Path dir, java.nio.channels.FileChannel lockChannel) {
    this.dir = dir;
    this.lockChannel = lockChannel;
  }

  static OutputFolder create(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ChainmatchCli.UsageException("--out " + dir + " exists and is not a folder");
    }
    Files.createDirectories(dir);
    java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dir.resolve(LOCK),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
    java.nio.channels.FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new ChainmatchCli.Failure("--out " + dir + " is in use by another chainmatch run;"
          + " wait for it to finish or choose another folder");
    }
    OutputFolder out = new OutputFolder(dir, channel);
    out.removeStrayTemporaries(dir);
    out.removeStrayTemporaries(dir.resolve("letters"));
    out.removePreviousRun();
    return out;
  }

  private void removeStrayTemporaries(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") && n.endsWith(".tmp") && !n.startsWith(".outreach-store")
            && Files.isRegularFile(f)) {
          Files.delete(f);
        }
      }
    }
  }

  private void removePreviousRun() throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    List<String> previous = new ArrayList<>();
    if (Files.exists(manifest)) {
      previous.addAll(Files.readAllLines(manifest, java.nio.charset.StandardCharsets.UTF_8));
    } else {
      previous.addAll(KNOWN_OUTPUTS);
      Path letters = dir.resolve("letters");
      if (Files.isDirectory(letters)) {
        try (var files = Files.list(letters)) {
          files.filter(f -> f.getFileName().toString().startsWith("OR-"))
              .forEach(f -> previous.add("letters/" + f.getFileName()));
        }
      }
    }
    previous.remove("summary.json");
    previous.add(0, "summary.json"); // first: a summary never describes a half-replaced set
    Path root = dir.toAbsolutePath().normalize();
    for (String rel : previous) {
      if (rel.isBlank()) {
        continue;
      }
      Path f = root.resolve(rel).normalize();
      if (f.startsWith(root) && !f.equals(root) && Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && !f.getFileName().toString().startsWith("outreach-store")) {
        Files.delete(f);
      }
    }
    Files.deleteIfExists(manifest);
  }

  /** Releases the folder's lock (also released when the process ends). */
  void close() throws IOException {
    lockChannel.close();
  }

  Path dir() {
    return dir;
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  /** Records a file this run wrote into the folder: listed in summary.json, replaced next run. */
  void published(Path file) {
    written.add(file);
    Path root = dir.toAbsolutePath().normalize();
    Path abs = file.toAbsolutePath().normalize();
    if (abs.startsWith(root)) {
      try {
        Files.writeString(dir.resolve(MANIFEST),
            root.relativize(abs).toString().replace('\\', '/') + "\n",
            java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** Records a file this run wrote that it does not own (the tracking store): listed only. */
  void listed(Path file) {
    written.add(file);
  }

  List<Path> written() {
    return written;
  }

  /** Writes rejects.csv: every skipped row with file, line, column, value and reason. */
  void writeRejects(List<InputProblem> rejections) throws IOException {
    Path target = file("rejects.csv");
    try (TableWriter w = TableWriter.create(target, List.of("file", "line", "column", "value", "reason"))) {
      for (InputProblem p : rejections) {
        w.row(List.of(p.file(), p.line(), p.column(), p.value(), p.reason()));
      }
      w.commit();
    }
    published(target);
  }
}
