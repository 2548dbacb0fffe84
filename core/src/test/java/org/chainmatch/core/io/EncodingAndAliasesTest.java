package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.core.io.Rows.uscc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as Chinese Excel exports them: GBK bytes, Chinese headers. */
class EncodingAndAliasesTest {
  static final Charset GBK = Charset.forName("GBK");
  static final String A = uscc("320505", 1);
  static final String B = uscc("320506", 2);
  static final String CHINESE_HEADER = "统一社会信用代码,企业名称,所在地区,行业代码,主要产品,经营范围,复工状态,产能,重点企业";

  @TempDir Path dir;
  final List<Enterprise> loaded = new ArrayList<>();

  Path write(String name, Charset charset, String... lines) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, (String.join("\n", lines) + "\n").getBytes(charset));
    return f;
  }

  LoadReport load(Path file, LoadOptions options) throws Exception {
    return EnterpriseCsv.read(file, options, loaded::add);
  }

  @Test
  void aGbkFileWithChineseHeadersLoadsEveryColumn() throws Exception {
    Path f = write("企业.csv", GBK, CHINESE_HEADER,
        A + ",苏州恒力新材料有限公司,320505,C1781,熔喷布；无纺布,,已复工,80%,是");

    load(f, LoadOptions.strict());

    assertThat(loaded).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("苏州恒力新材料有限公司");
      assertThat(e.region().code()).isEqualTo("320505");
      assertThat(e.products()).containsExactly("熔喷布", "无纺布");
      assertThat(e.status().state()).isEqualTo(OperatingState.RESUMED);
      assertThat(e.status().capacity()).isEqualTo(80);
      assertThat(e.key()).isTrue();
    });
  }

  @Test
  void aUtf8FileIsReadAsUtf8EvenWhenItWouldDecodeAsGb18030Too() throws Exception {
    Path f = write("e.csv", StandardCharsets.UTF_8, "uscc,name,region,products", A + ",某公司,320505,熔喷布");

    load(f, LoadOptions.strict());

    assertThat(loaded).singleElement().extracting(Enterprise::name).isEqualTo("某公司");
  }

  @Test
  void aGivenEncodingIsUsedWithoutDetection() throws Exception {
    Path f = write("e.csv", GBK, "uscc,name,region,products", A + ",某公司,320505,熔喷布");

    load(f, LoadOptions.strict().withEncoding(StandardCharsets.ISO_8859_1));

    assertThat(loaded).singleElement().extracting(Enterprise::name).isNotEqualTo("某公司");
  }

  @Test
  void aFewDamagedBytesInAUtf8FileRejectOnlyTheirRowLocatedToLineAndColumn() throws Exception {
    StringBuilder text = new StringBuilder("uscc,name,region,products\n");
    for (int i = 1; i <= 20; i++) {
      text.append(uscc("320505", i)).append(",苏州某某新材料有限公司").append(i).append(",320505,熔喷布\n");
    }
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes((uscc("320505", 99) + ",X").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28});
    bytes.writeBytes(",320505,熔喷布\n".getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("e.csv");
    Files.write(f, bytes.toByteArray());

    LoadReport report = load(f, LoadOptions.lenientDefaults());

    assertThat(loaded).hasSize(20);
    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(22);
      assertThat(p.column()).isEqualTo("name");
      assertThat(p.reason()).isEqualTo("bytes that are not valid UTF-8");
      assertThat(p.isUndecodable()).isTrue();
    });
  }

  @Test
  void aFileInNeitherEncodingIsRejectedAsAWholeWithAnEncodingReason() throws Exception {
    Path f = dir.resolve("e.csv");
    byte[] head = ("uscc,name,region,products\n" + A + ",").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 3);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = (byte) 0xFE;
    bytes[head.length + 2] = '\n';
    Files.write(f, bytes);

    assertThatThrownBy(() -> load(f, LoadOptions.lenientDefaults()))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> {
          assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.value()).isEqualTo("FF");
            assertThat(p.isUndecodable()).isTrue();
            assertThat(p.reason()).contains("UTF-8", "GB18030").doesNotContain("lenient");
          });
        });
    assertThat(loaded).isEmpty();
  }

  @Test
  void problemsNameAColumnAsTheHeaderWritesIt() throws Exception {
    Path f = write("e.csv", StandardCharsets.UTF_8, CHINESE_HEADER,
        A + ",某公司,999999,,熔喷布,,已复工,,");

    LoadReport report = load(f, LoadOptions.lenientDefaults());

    assertThat(report.rejections()).singleElement().satisfies(p -> {
      assertThat(p.column()).isEqualTo("所在地区");
      assertThat(p.value()).isEqualTo("999999");
    });
  }

  @Test
  void aColumnNamedTwiceOnceInEachLanguageIsADuplicate() throws Exception {
    Path f = write("e.csv", StandardCharsets.UTF_8, "uscc,统一社会信用代码,name,region,products",
        A + "," + B + ",某公司,320505,熔喷布");

    assertThatThrownBy(() -> load(f, LoadOptions.lenientDefaults()))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.column()).isEqualTo("统一社会信用代码");
              assertThat(p.reason()).contains("duplicate column", "uscc");
            }));
  }

  @Test
  void aMissingRequiredColumnNamesItsChineseAliasesToo() throws Exception {
    Path f = write("e.csv", StandardCharsets.UTF_8, "企业名称,所在地区,主要产品", "某公司,320505,熔喷布");

    assertThatThrownBy(() -> load(f, LoadOptions.strict()))
        .isInstanceOfSatisfying(InputRejectedException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> {
              assertThat(p.column()).isEqualTo("uscc");
              assertThat(p.reason()).contains("统一社会信用代码");
            }));
  }

  @Test
  void relationsAndDemandsTakeTheirChineseHeadersToo() throws Exception {
    Path r = write("r.csv", GBK, "供应方,需求方,产品,份额", A + "," + B + ",熔喷布,0.5");
    Path d = write("d.csv", GBK, "需求编号,需求企业,需求内容,数量,单位,需求日期,备注",
        "D1," + B + ",急购熔喷布,20,吨,2020-02-20,加急");
    Path e = write("e.csv", GBK, CHINESE_HEADER, A + ",甲,320505,,熔喷布,,已复工,,否",
        B + ",乙,320506,,口罩,,已复工,,否");

    Dataset data = Dataset.load(e, r, d, LoadOptions.strict());

    assertThat(data.relations()).singleElement().satisfies(x -> {
      assertThat(x.product()).isEqualTo("熔喷布");
      assertThat(x.share()).isEqualTo(0.5);
    });
    assertThat(data.demands()).singleElement().satisfies(x -> {
      assertThat(x.product()).isEqualTo("急购熔喷布");
      assertThat(x.unit()).isEqualTo("吨");
      assertThat(x.note()).isEqualTo("加急");
      assertThat(x.neededBy()).hasValue(java.time.LocalDate.of(2020, 2, 20));
    });
  }
}
