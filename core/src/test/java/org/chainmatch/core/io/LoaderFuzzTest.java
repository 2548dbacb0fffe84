package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chainmatch.core.io.Rows.uscc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every input ends in a result or a located {@link InputRejectedException}: never an unchecked
 * exception, a hang or unbounded memory.
 *
 * <p>The seeded mutation loop runs {@value #DEFAULT_ROUNDS} mutants per loader in the default
 * build and {@value #LONG_ROUNDS} in the {@code long} profile; both print how many inputs they
 * tried and how long it took.
 */
class LoaderFuzzTest {
  static final int DEFAULT_ROUNDS = 1_500;
  static final int LONG_ROUNDS = 100_000;
  static final String A = uscc("320505", 1);
  static final String B = uscc("320506", 2);
  static final Map<String, Uscc> KNOWN = Map.of(A, Uscc.parse(A), B, Uscc.parse(B));

  static final String ENTERPRISES = String.join("\n",
      "uscc,name,region,industry,products,scope,status,capacity,key",
      A + ",苏州恒力新材料有限公司,320505,C1781,熔喷布;无纺布,\"非织造布制造，销售\",RESUMED,80,true",
      B + ",吴中口罩厂,320506,C2770,医用口罩,,部分复工,40,false", "");
  static final String RELATIONS = String.join("\n",
      "supplier,customer,product,share", A + "," + B + ",熔喷布,0.5", "");
  static final String DEMANDS = String.join("\n",
      "id,requester,product,quantity,unit,needed_by,note",
      "D1," + B + ",\"急购熔喷布二十吨，三天内到厂\",20,吨,2020-02-20,", "");

  enum Loader { ENTERPRISES, RELATIONS, DEMANDS }

  /** Runs one loader; returns normally or with InputRejectedException, anything else fails. */
  /**
   * Loads {@code input} leniently; returns how many records were accepted, or -1 if the file was
   * rejected as a whole. Every accepted enterprise must carry a valid code: a loader that let a
   * broken row through would fail here.
   */
  static long load(Loader loader, byte[] input) throws Exception {
    InputStream in = new ByteArrayInputStream(input);
    LoadOptions options = LoadOptions.lenientDefaults();
    long[] accepted = {0};
    try {
      switch (loader) {
        case ENTERPRISES -> EnterpriseCsv.read(in, "e.csv", options, e -> {
          assertThat(org.chainmatch.core.Uscc.isValid(e.uscc().value())).as(e.uscc().value()).isTrue();
          accepted[0]++;
        });
        case RELATIONS -> RelationCsv.read(in, "r.csv", options, KNOWN::get, r -> accepted[0]++);
        case DEMANDS -> DemandCsv.read(in, "d.csv", options, KNOWN::get, d -> accepted[0]++);
      }
      return accepted[0];
    } catch (InputRejectedException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems().get(0).file()).isNotEmpty();
      return -1;
    }
  }

  @Property(tries = 300)
  void randomBytesEndInAResultOrARejection(@ForAll @Size(max = 2000) byte[] bytes) throws Exception {
    for (Loader l : Loader.values()) {
      load(l, bytes);
    }
  }

  @Property(tries = 300)
  void randomTextAfterAValidHeaderEndsInAResultOrARejection(@ForAll @Size(max = 500) String text)
      throws Exception {
    load(Loader.ENTERPRISES, ("uscc,name,region,products\n" + text).getBytes(StandardCharsets.UTF_8));
    load(Loader.RELATIONS, ("supplier,customer,product\n" + text).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void seededMutationsOfValidFilesEndInAResultOrARejection() throws Exception {
    fuzz(DEFAULT_ROUNDS, 20260101L);
  }

  @Test
  @Tag("long")
  void manySeededMutations() throws Exception {
    fuzz(LONG_ROUNDS, 20260102L);
  }

  private static void fuzz(int rounds, long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    Map<Loader, String> seeds = Map.of(
        Loader.ENTERPRISES, ENTERPRISES, Loader.RELATIONS, RELATIONS, Loader.DEMANDS, DEMANDS);
    long start = System.nanoTime();
    int tried = 0;
    for (Loader loader : Loader.values()) {
      byte[] base = seeds.get(loader).getBytes(StandardCharsets.UTF_8);
      long acceptedRecords = 0;
      int rejectedFiles = 0;
      for (int i = 0; i < rounds; i++) {
        long accepted = load(loader, mutate(base, random));
        if (accepted < 0) {
          rejectedFiles++;
        } else {
          acceptedRecords += accepted;
        }
        tried++;
      }
      // Mutations of a valid file must leave some records loadable and break some files: a loader
      // that accepted nothing, or rejected nothing, would not be reading its input.
      assertThat(acceptedRecords).as("%s: records accepted", loader).isPositive();
      assertThat(rejectedFiles).as("%s: files rejected", loader).isPositive();
    }
    System.out.printf("fuzz: %d inputs in %.1f s%n", tried, (System.nanoTime() - start) / 1e9);
  }

  /** One to four random edits of the kinds real exports suffer. */
  static byte[] mutate(byte[] base, SplittableRandom r) {
    byte[] cur = base;
    int edits = 1 + r.nextInt(4);
    for (int e = 0; e < edits; e++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(cur.length + 16);
      int at = cur.length == 0 ? 0 : r.nextInt(cur.length);
      out.write(cur, 0, at);
      switch (r.nextInt(9)) {
        case 0 -> out.write((byte) r.nextInt(256)); // insert a random byte
        case 1 -> at = Math.min(cur.length, at + 1); // delete a byte
        case 2 -> out.write('"');
        case 3 -> out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        case 4 -> out.writeBytes(List.of("\r", "\n", "\r\n").get(r.nextInt(3)).getBytes(StandardCharsets.UTF_8));
        case 5 -> out.write(',');
        case 6 -> out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // invalid UTF-8
        case 7 -> { // duplicate a slice, e.g. a header name or a whole row
          int len = Math.min(cur.length - at, 1 + r.nextInt(40));
          out.write(cur, at, len);
        }
        default -> out.writeBytes("；、=+-@".getBytes(StandardCharsets.UTF_8));
      }
      out.write(cur, at, cur.length - at);
      cur = out.toByteArray();
    }
    return cur;
  }

  @Test
  void aTenMegabyteCellIsRejectedAsTooLarge() {
    String cell = "熔".repeat(10 * 1024 * 1024 / 3);
    byte[] input = ("uscc,name,region,products\n" + A + ",某公司,320505," + cell + "\n").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EnterpriseCsv.read(new ByteArrayInputStream(input), "e.csv",
            LoadOptions.lenientDefaults(), e -> {}))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("e.csv:2")
        .hasMessageContaining("longer than");
  }

  @Test
  void aMillionColumnsAreRejectedWithoutBeingHeld() {
    StringBuilder header = new StringBuilder("uscc,name,region,products");
    for (int i = 0; i < 1_000_000; i++) {
      header.append(",c").append(i);
    }
    byte[] input = header.append('\n').toString().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> EnterpriseCsv.read(new ByteArrayInputStream(input), "e.csv",
            LoadOptions.lenientDefaults(), e -> {}))
        .isInstanceOf(InputRejectedException.class)
        .hasMessageContaining("e.csv:1");
  }

  @Test
  void aByteOrderMarkInTheMiddleIsTreatedAsSpace() throws Exception {
    String text = "uscc,name,region,products\n" + A + ",\uFEFF某公司,320505,熔喷布\n\uFEFF" + B + ",乙,320506,口罩\n";
    List<String> names = new java.util.ArrayList<>();
    EnterpriseCsv.read(Rows.bytes(text), "e.csv", LoadOptions.strict(), e -> names.add(e.name()));

    assertThat(names).containsExactly("某公司", "乙");
  }

  @Test
  void mixedLineEndingsAllSeparateRows() throws Exception {
    String text = "uscc,name,region,products\r\n" + A + ",甲,320505,熔喷布\r" + B + ",乙,320506,口罩\n";
    List<String> names = new java.util.ArrayList<>();
    EnterpriseCsv.read(Rows.bytes(text), "e.csv", LoadOptions.strict(), e -> names.add(e.name()));

    assertThat(names).containsExactly("甲", "乙");
  }

  @Test
  void aHostileInputFinishesQuickly() {
    byte[] quotes = "\"".repeat(200_000).getBytes(StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      for (Loader l : Loader.values()) {
        load(l, quotes);
      }
    });
  }
}
