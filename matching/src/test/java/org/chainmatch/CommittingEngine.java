package org.chainmatch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;

/**
 * Child process for {@link ChainMatchCrashTest}: builds an engine over an index in {@code
 * args[0]}, then applies numbered batches of status changes, committing after each and printing
 * {@code committed N} once the commit has returned, until it is killed.
 *
 * <p>The batches are a fixed schedule, so the parent can work out the status of every enterprise
 * after any batch without hearing from the child: batch {@code b} sets {@value #PER_BATCH}
 * consecutive enterprises (wrapping around) to a status reported at second {@code b}.
 */
final class CommittingEngine {
  static final int ENTERPRISES = 200;
  static final int PER_BATCH = 20;
  static final String PRODUCT = "熔喷布";

  private CommittingEngine() {}

  public static void main(String[] args) throws Exception {
    try (ChainMatch engine = ChainMatch.builder()
        .homeCity("320500").enterprises(enterprises()).indexDirectory(Path.of(args[0])).build()) {
      engine.commit();
      System.out.println("committed 0");
      System.out.flush();
      for (int batch = 1; ; batch++) {
        for (int i : touchedBy(batch)) {
          engine.updateStatus(uscc(i), status(batch, i));
        }
        engine.commit();
        System.out.println("committed " + batch);
        System.out.flush();
      }
    }
  }

  /** Enterprises that all make {@value #PRODUCT}, each reported at batch 0. */
  static List<Enterprise> enterprises() {
    RegionTable regions = RegionTable.bundled();
    List<Enterprise> out = new ArrayList<>(ENTERPRISES);
    for (int i = 0; i < ENTERPRISES; i++) {
      out.add(Enterprise.builder(uscc(i), "苏州第" + i + "无纺布厂", regions.resolve("320505"))
          .product(PRODUCT).scope("熔喷布生产销售").status(status(0, i)).build());
    }
    return out;
  }

  static Uscc uscc(int i) {
    return Uscc.withComputedCheck(String.format("91320505%09d", i + 1));
  }

  static int[] touchedBy(int batch) {
    int[] out = new int[PER_BATCH];
    for (int k = 0; k < PER_BATCH; k++) {
      out[k] = (batch * PER_BATCH + k) % ENTERPRISES;
    }
    return out;
  }

  static OperatingStatus status(int batch, int enterprise) {
    OperatingState state = OperatingState.values()[(batch + enterprise) % OperatingState.values().length];
    int capacity = switch (state) {
      case RESUMED -> 100;
      case PARTIAL -> 1 + (batch + enterprise) % 99;
      case SUSPENDED -> 0;
      case UNKNOWN -> OperatingStatus.UNKNOWN_CAPACITY;
    };
    return new OperatingStatus(state, capacity, Instant.ofEpochSecond(batch), "batch " + batch);
  }

  /** Every enterprise's status once batches 0..{@code last} have been applied. */
  static Map<Uscc, OperatingStatus> statusesAfter(int last) {
    Map<Uscc, OperatingStatus> out = new HashMap<>();
    for (int i = 0; i < ENTERPRISES; i++) {
      out.put(uscc(i), status(0, i));
    }
    for (int batch = 1; batch <= last; batch++) {
      for (int i : touchedBy(batch)) {
        out.put(uscc(i), status(batch, i));
      }
    }
    return out;
  }
}
