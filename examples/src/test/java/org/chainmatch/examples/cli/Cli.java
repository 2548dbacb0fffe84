package org.chainmatch.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Runs the CLI in-process and reads what it wrote. */
final class Cli {
  final int exit;
  final String out;
  final String err;

  private Cli(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static synchronized Cli run(Object... args) {
    String[] a = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      a[i] = String.valueOf(args[i]);
    }
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = ChainmatchCli.execute(a);
      return new Cli(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** The rows of a CSV output, as maps from column to value. */
  static List<Map<String, String>> csv(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(Files.newBufferedReader(file))) {
      for (CSVRecord r : parser) {
        rows.add(new HashMap<>(r.toMap()));
      }
    }
    return rows;
  }

  static List<String> header(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    return List.of(first.split(","));
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
  }
}
