package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same input gives the same outputs: two runs of {@code demo} on one seed write identical
 * rankings. Why it needs a test: makers of one product score alike, the index cuts a pool through
 * such a plateau, and while it was built on two threads the pool (and so the ranked suppliers)
 * changed from one run to the next at this size.
 */
class CliReproducibleTest {
  @TempDir static Path dir;

  @BeforeAll
  static void runTheDemoTwice() {
    for (String run : new String[] {"first", "second"}) {
      Cli demo = Cli.run("demo", "--size", 3000, "--seed", 3, "--threads", 2, "--out", dir.resolve(run));
      assertThat(demo.exit).as(demo.toString()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"matches.csv", "customers.csv", "outreach.csv", "priorities.csv"})
  void aSecondRunWritesTheSameFile(String file) throws Exception {
    byte[] first = Files.readAllBytes(dir.resolve("first").resolve(file));

    assertThat(first).isNotEmpty();
    assertThat(dir.resolve("second").resolve(file)).hasBinaryContent(first);
  }
}
