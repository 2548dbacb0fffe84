package org.chainmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 items 10 and 16: rows the loader used to accept and the engine then failed on (exit 3,
 * no location), and values that reached outputs and the terminal as they were.
 */
class CliInputHygieneTest {
  @TempDir Path dir;

  static String uscc(String region, int n) {
    return Uscc.withComputedChecks(String.format("91%s%08d", region, n)).value();
  }

  Path write(String name, String... lines) throws Exception {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  Path enterprises(String thirdRow) throws Exception {
    return write("e.csv", "uscc,name,region,products,status",
        uscc("320505", 1) + ",苏州熔喷布厂,320505,熔喷布,RESUMED",
        uscc("320506", 3) + ",吴中口罩厂,320506,医用口罩,RESUMED",
        thirdRow);
  }

  Path goodEnterprises() throws Exception {
    return enterprises(uscc("320507", 4) + ",相城纸箱厂,320507,纸箱,RESUMED");
  }

  Cli match(Path enterprises, Path demands, String... more) throws Exception {
    String[] base = {"match", "--enterprises", enterprises.toString(), "--demands", demands.toString(),
        "--city", "320500", "--out", dir.resolve("out").toString()};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return Cli.run((Object[]) all);
  }

  Path demand(String product, String more) throws Exception {
    return write("d.csv", "id,requester,product,quantity,unit,needed_by", "D1," + uscc("320506", 3) + "," + product + more);
  }

  /** {@code n} distinct CJK characters, each its own word. */
  static String distinctCharacters(int n) {
    return IntStream.range(0, n).mapToObj(i -> String.valueOf((char) (0x4E00 + i * 7)))
        .collect(Collectors.joining());
  }

  @Test
  void aProductNameLongerThanLuceneCanIndexIsRejectedAtItsLineAndColumn() throws Exception {
    String immense = "熔".repeat(12_000); // 36,000 bytes of UTF-8, over Lucene's 32,766
    Cli r = match(enterprises(uscc("320507", 4) + ",相城厂,320507," + immense + ",RESUMED"),
        demand("熔喷布", ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("e.csv:4").contains("products").contains("12000 characters");
  }

  @Test
  void aProductNameLongerThanLuceneCanIndexGoesToRejectsInLenientMode() throws Exception {
    String immense = "熔".repeat(12_000);
    Cli r = match(enterprises(uscc("320507", 4) + ",相城厂,320507," + immense + ",RESUMED"),
        demand("熔喷布", ",,,"), "--lenient");

    assertThat(r.exit).as(r.toString()).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("out/rejects.csv"))).contains("e.csv").contains(",4,");
  }

  @Test
  void aDemandOfOverAThousandDistinctWordsIsRejectedAtItsLine() throws Exception {
    Cli r = match(goodEnterprises(), demand(distinctCharacters(1_500), ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("d.csv:2").contains("product");
  }

  @Test
  void aDemandAsLongAsAllowedIsMatchedWithoutFailing() throws Exception {
    Cli r = match(goodEnterprises(), demand("熔喷布" + distinctCharacters(197), ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(0);
  }

  @Test
  void aNulInANameIsRejectedNamingTheCharacterAndItsPlace() throws Exception {
    Cli r = match(enterprises(uscc("320507", 4) + ",相城\u0000纸箱厂,320507,纸箱,RESUMED"),
        demand("熔喷布", ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("e.csv:4").contains("name").contains("U+0000").doesNotContain("\u0000");
  }

  @Test
  void anAnsiEscapeNeverReachesTheTerminal() throws Exception {
    Cli r = match(enterprises(uscc("320507", 4) + ",\u001B[2J\u001B[31m相城纸箱厂,320507,纸箱,RESUMED"),
        demand("熔喷布", ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("U+001B").contains("\\u001B[2J").doesNotContain("\u001B");
    assertThat(r.out).doesNotContain("\u001B");
  }

  @Test
  void aBidirectionalOverrideInANameIsRejected() throws Exception {
    Cli r = match(enterprises(uscc("320507", 4) + ",相城\u202E厂箱纸,320507,纸箱,RESUMED"),
        demand("熔喷布", ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("U+202E");
  }

  @Test
  void aLineBreakInsideAQuotedScopeIsFoldedIntoOneLine() throws Exception {
    Path e = write("e.csv", "uscc,name,region,products,scope,status",
        uscc("320505", 1) + ",苏州熔喷布厂,320505,熔喷布,\"熔喷布生产\n销售\",RESUMED",
        uscc("320506", 3) + ",吴中口罩厂,320506,医用口罩,,RESUMED");
    Cli r = match(e, demand("熔喷布", ",,,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(0);
  }

  @Test
  void aQuantityBeyondAnyRealOrderIsRejected() throws Exception {
    Cli r = match(goodEnterprises(), demand("熔喷布", ",9223372036854775807,吨,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("d.csv:2").contains("quantity").contains("out of range");
  }

  @Test
  void theLargestAllowedQuantityIsWrittenExactly() throws Exception {
    Cli r = match(goodEnterprises(), demand("熔喷布", ",1000000000000,吨,"));

    assertThat(r.exit).as(r.toString()).isEqualTo(0);
    assertThat(r.err + r.out).doesNotContain("E12");
  }

  @Test
  void aNeededByDateOfYearOneIsRejected() throws Exception {
    Cli r = match(goodEnterprises(), demand("熔喷布", ",20,吨,0001-01-01"));

    assertThat(r.exit).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("d.csv:2").contains("needed_by").contains("2000-01-01");
  }
}
