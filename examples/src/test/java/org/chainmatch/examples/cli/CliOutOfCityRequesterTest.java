package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 3: a requester outside the home city is warned about, counted in summary.json, and
 * never called one of 我市's enterprises in a letter.
 */
class CliOutOfCityRequesterTest {
  static final String FAR_MAKER = uscc("330106", 1); // 杭州
  static final String WUXI_BUYER = uscc("320211", 2); // 无锡, not the home city 苏州
  static final String LOCAL_BUYER = uscc("320506", 3); // 苏州吴中

  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  Path write(String name, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  Cli runWith(String... demandRows) throws Exception {
    Path enterprises = write("enterprises.csv", "uscc,name,region,products,status",
        FAR_MAKER + ",杭州西湖无纺布有限公司,330106,熔喷布,RESUMED",
        WUXI_BUYER + ",无锡滨湖口罩有限公司,320211,医用口罩,RESUMED",
        LOCAL_BUYER + ",苏州吴中口罩厂,320506,医用口罩,RESUMED");
    String[] demands = new String[demandRows.length + 1];
    demands[0] = "id,requester,product";
    System.arraycopy(demandRows, 0, demands, 1, demandRows.length);
    return Cli.run("match", "--enterprises", enterprises, "--demands", write("demands.csv", demands),
        "--city", "320500", "--out", dir.resolve("out"), "--today", "2020-02-17");
  }

  String letters() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(dir.resolve("out/letters"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        all.append(Files.readString(f));
      }
    }
    return all.toString();
  }

  JsonNode summary() throws Exception {
    return new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
  }

  @Test
  void anOutOfCityRequesterIsWarnedAboutCountedAndNotCalledOurs() throws Exception {
    Cli r = runWith("D1," + WUXI_BUYER + ",熔喷布");

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(summary().path("out_of_city_requesters").asInt(-1)).isEqualTo(1);
    assertThat(r.err).contains("warning:").contains(WUXI_BUYER).contains("不是本市企业");
    assertThat(letters()).contains("关于商请协助保障熔喷布供应的函").doesNotContain("我市1家企业");
  }

  @Test
  void homeCityRequestersAreNotCounted() throws Exception {
    Cli r = runWith("D1," + LOCAL_BUYER + ",熔喷布");

    assertThat(r.exit).as(r.toString()).isZero();
    assertThat(summary().path("out_of_city_requesters").asInt(-1)).isZero();
    assertThat(r.err).doesNotContain("不是本市企业");
  }
}
