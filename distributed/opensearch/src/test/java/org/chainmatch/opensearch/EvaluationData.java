package org.chainmatch.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmatch.evaluation.EvaluationSet;

/** The team's labelled evaluation set at {@code <repo>/evaluation}. */
final class EvaluationData {
  static final Path FOLDER = Path.of("../../evaluation");

  private EvaluationData() {}

  /** The set; the calling test is skipped (with the reason) when it is absent. */
  static EvaluationSet load() throws Exception {
    assumeTrue(Files.isDirectory(FOLDER), "no evaluation set at " + FOLDER.toAbsolutePath());
    return EvaluationSet.load(FOLDER);
  }
}
