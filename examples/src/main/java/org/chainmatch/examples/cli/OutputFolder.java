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
 */
final class OutputFolder {
  private final Path dir;
  private final List<Path> written = new ArrayList<>();

  private OutputFolder(Path dir) {
    this.dir = dir;
  }

  static OutputFolder create(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ChainmatchCli.UsageException("--out " + dir + " exists and is not a folder");
    }
    Files.createDirectories(dir);
    return new OutputFolder(dir);
  }

  Path dir() {
    return dir;
  }

  Path file(String name) {
    return dir.resolve(name);
  }

  void published(Path file) {
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
