package org.chainmatch.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.io.AtomicFiles;

/**
 * What a command did: counts, timings per phase, the configuration used and the files written;
 * saved as {@code summary.json} and printed briefly at the end.
 */
final class Summary {
  private final Map<String, Object> counts = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private final Map<String, Long> timingsMs = new LinkedHashMap<>();
  private final Map<String, Object> configuration = new LinkedHashMap<>();
  private final Map<String, Object> files = new LinkedHashMap<>();
  private final long started = System.nanoTime();
  private long phaseStart = System.nanoTime();

  Summary count(String name, Object value) {
    counts.put(name, value);
    return this;
  }

  Summary config(String name, Object value) {
    configuration.put(name, value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString());
    return this;
  }

  /** Ends the current phase under {@code name} and starts the next. */
  void phase(String name) {
    long now = System.nanoTime();
    timingsMs.put(name, (now - phaseStart) / 1_000_000);
    phaseStart = now;
  }

  void file(String name, Path path) {
    files.put(name, path.toString());
  }

  /** The counts so far, in insertion order; read-only. */
  Map<String, Object> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }

  /** A reading of a count printed beside it on the console, e.g. what its unit is. */
  Summary note(String name, String text) {
    notes.put(name, text);
    return this;
  }

  Object count(String name) {
    return counts.get(name);
  }

  /** Writes summary.json into the folder atomically. */
  void write(OutputFolder out) throws IOException {
    timingsMs.put("total", (System.nanoTime() - started) / 1_000_000);
    Map<String, Object> root = new LinkedHashMap<>(counts);
    root.put("timings_ms", timingsMs);
    root.put("configuration", configuration);
    Path target = out.file("summary.json");
    // Every file this run published (relative to the folder; the store by its own path when it
    // lives elsewhere), summary.json included, and nothing else.
    java.util.Set<String> written = new java.util.TreeSet<>();
    Path dir = out.dir().toAbsolutePath().normalize();
    for (Path p : out.written()) {
      Path abs = p.toAbsolutePath().normalize();
      written.add(abs.startsWith(dir) ? dir.relativize(abs).toString().replace('\\', '/')
          : abs.toString());
    }
    written.add("summary.json");
    root.put("files", List.copyOf(written));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    AtomicFiles.writeString(target, json.writeValueAsString(root) + "\n");
    out.published(target);
  }

  void print(PrintStream to, OutputFolder out) {
    to.println("done in " + String.format("%.1f s", (System.nanoTime() - started) / 1e9));
    counts.forEach((k, v) -> to.println("  " + k + ": " + v
        + (notes.containsKey(k) ? " (" + notes.get(k) + ")" : "")));
    to.println("  timings (ms): " + timingsMs);
    to.println("  output: " + out.dir().toAbsolutePath());
    for (Path p : out.written()) {
      to.println("    " + out.dir().toAbsolutePath().relativize(p.toAbsolutePath()));
    }
  }
}
