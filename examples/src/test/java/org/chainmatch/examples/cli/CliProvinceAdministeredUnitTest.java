package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionLevel;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14 item 1: every province-administered county-level unit of the bundled table (仙桃 429004,
 * 济源 419001, 石河子 659001, …), which the README names valid for {@code --city}, works in every
 * command that takes {@code --city}.
 */
class CliProvinceAdministeredUnitTest {
  @TempDir Path dir;

  static Stream<String> provinceAdministeredUnits() {
    return RegionTable.bundled().all().stream()
        .filter(r -> r.level() == RegionLevel.COUNTY && r.city().equals(r))
        .map(RegionCode::code);
  }

  @ParameterizedTest
  @MethodSource("provinceAdministeredUnits")
  void analyzeRunAndMatchAcceptTheUnitAsHomeCity(String unit) throws Exception {
    String maker = Uscc.withComputedChecks("91" + unit + "MA000001").value();
    String stopped = Uscc.withComputedChecks("91" + unit + "MA000002").value();
    String buyer = Uscc.withComputedChecks("91" + unit + "MA000003").value();
    Path e = write("e.csv", "uscc,name,region,products,status",
        maker + ",本地熔喷布厂," + unit + ",熔喷布,RESUMED",
        stopped + ",停工熔喷布厂," + unit + ",熔喷布,SUSPENDED",
        buyer + ",本地口罩厂," + unit + ",医用口罩,RESUMED");
    Path r = write("r.csv", "supplier,customer,product", stopped + "," + buyer + ",熔喷布");
    Path d = write("d.csv", "id,requester,product", "D1," + buyer + ",熔喷布");

    Cli analyze = Cli.run("analyze", "--enterprises", e, "--relations", r, "--city", unit,
        "--out", dir.resolve("analyze"));
    Cli run = Cli.run("run", "--enterprises", e, "--relations", r, "--city", unit,
        "--out", dir.resolve("run"), "--threads", "1");
    Cli match = Cli.run("match", "--enterprises", e, "--demands", d, "--city", unit,
        "--out", dir.resolve("match"), "--threads", "1");

    assertThat(analyze.exit).as(analyze.toString()).isZero();
    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(match.exit).as(match.toString()).isZero();
    assertThat(Cli.csv(dir.resolve("run/breakpoints.csv"))).hasSize(1);
    assertThat(Cli.csv(dir.resolve("run/matches.csv")).get(0)).containsEntry("supplier", maker)
        .containsEntry("in_city", "true");
  }

  private Path write(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
  }
}
