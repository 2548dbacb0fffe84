package org.chainmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableWriterTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1"})
  void neutralisesCellsASpreadsheetWouldEvaluate(String cell) {
    assertThat(TableWriter.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "熔喷布", "1-2", "a=b", "'quoted"})
  void leavesOtherCellsAlone(String cell) {
    assertThat(TableWriter.neutralise(cell)).isEqualTo(cell);
  }

  @Test
  void publishesNothingUntilCommitted() throws Exception {
    Path target = dir.resolve("t.csv");
    try (TableWriter w = TableWriter.create(target, List.of("a", "b"))) {
      w.row(List.of("1", "=2"));
      assertThat(target).doesNotExist();
    }
    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void commitReplacesTheTargetWithTheWholeTable() throws Exception {
    Path target = dir.resolve("t.csv");
    Files.writeString(target, "old");
    try (TableWriter w = TableWriter.create(target, List.of("a", "b"))) {
      w.row(List.of("x,y", "=2"));
      w.commit();
    }
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("a,b\n\"x,y\",'=2\n");
    assertThat(Files.list(dir)).containsExactly(target);
  }

  @Test
  void sharesAreWrittenToFourDecimalsWithoutTrailingZeros() {
    assertThat(RelationCsv.shareText(0.25)).isEqualTo("0.25");
    assertThat(RelationCsv.shareText(1.0)).isEqualTo("1");
    assertThat(RelationCsv.shareText(1.0 / 3)).isEqualTo("0.3333");
    assertThat(RelationCsv.shareText(0.0)).isEqualTo("0");
  }

  @Test
  void publishedFilesAreNotOwnerOnly() throws Exception {
    Path target = dir.resolve("t.csv");
    AtomicFiles.writeString(target, "x");
    var perms = Files.getPosixFilePermissions(target);
    assertThat(perms).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
  }
}
