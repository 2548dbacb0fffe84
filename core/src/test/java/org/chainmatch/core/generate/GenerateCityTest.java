package org.chainmatch.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCityTest {
  @Test
  void writesTheThreeFilesWithTheRequestedEnterpriseCount(@TempDir Path dir) throws Exception {
    GenerateCity.main(new String[] {"300", "5", dir.toString(), "2"});

    // Header plus one line per enterprise: names and scopes hold no line breaks.
    assertThat(Files.readAllLines(dir.resolve(CityFiles.ENTERPRISES))).hasSize(301);
    // At most about 2 x 300; fewer in so small a city, where many inputs have no maker.
    assertThat(Files.readAllLines(dir.resolve(CityFiles.RELATIONS)).size() - 1)
        .isBetween(1, 660);
    assertThat(Files.readAllLines(dir.resolve(CityFiles.DEMANDS))).hasSize(4);
  }
}
