package org.chainmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 18: a constructor that fails closes what it opened. */
class ChainMatchLifecycleTest {
  @TempDir Path dir;

  static List<Enterprise> enterprises() {
    RegionTable regions = RegionTable.bundled();
    return List.of(
        Enterprise.builder(Uscc.withComputedCheck("91320506MA1X00001"), "苏州康护医疗用品有限公司",
            regions.resolve("320506")).product("医用口罩")
            .status(OperatingStatus.of(OperatingState.RESUMED)).build(),
        Enterprise.builder(Uscc.withComputedCheck("91320505MA1X00002"), "苏州华昌无纺布有限公司",
            regions.resolve("320505")).product("熔喷布")
            .status(OperatingStatus.of(OperatingState.RESUMED)).build());
  }

  @Test
  void aFailingProgressCallbackLeavesTheIndexFolderUnlockedForTheNextEngine() throws Exception {
    Path index = dir.resolve("index");
    assertThatThrownBy(() -> ChainMatch.builder().homeCity("320500").enterprises(enterprises())
            .indexDirectory(index)
            .indexProgress(n -> {
              throw new IllegalStateException("progress bar broke");
            })
            .build())
        .hasMessageContaining("progress bar broke");

    try (ChainMatch engine = ChainMatch.builder().homeCity("320500").enterprises(enterprises())
        .indexDirectory(index).build()) {
      assertThat(engine.enterpriseCount()).isEqualTo(2);
    }
  }
}
