package org.chainmatch.examples.cli;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.RegionTable;
import org.chainmatch.core.Uscc;
import picocli.CommandLine.Option;

/**
 * {@code --what-if-resume} and {@code --what-if-suspend}: the status changes a what-if applies.
 * A code is a 6-digit region code, meaning every enterprise in that province, city or county, or
 * an enterprise's code. Suspensions apply after resumptions, so a district under lockdown can be
 * carved out of a city that resumes.
 */
final class WhatIfScope {
  private static final OperatingStatus RESUMED = OperatingStatus.of(OperatingState.RESUMED);
  private static final OperatingStatus SUSPENDED = OperatingStatus.of(OperatingState.SUSPENDED);

  @Option(names = "--what-if-resume", split = ",", paramLabel = "CODE",
      description = "Also report what resuming these would change (what-if.csv): region codes "
          + "(every non-working enterprise there resumes at full capacity) or enterprise codes.")
  List<String> resume = List.of();

  @Option(names = "--what-if-suspend", split = ",", paramLabel = "CODE",
      description = "Also report what suspending these would change: region codes (every "
          + "working enterprise there stops) or enterprise codes. Applied after --what-if-resume.")
  List<String> suspend = List.of();

  boolean isEmpty() {
    return resume.isEmpty() && suspend.isEmpty();
  }

  /**
   * The new statuses, only for enterprises whose status would change.
   *
   * @throws ChainmatchCli.UsageException naming the option and code that is neither a known
   *     region nor an enterprise of {@code enterprises}
   */
  Map<Uscc, OperatingStatus> changes(Collection<Enterprise> enterprises) {
    Map<String, Enterprise> byCode = new HashMap<>();
    for (Enterprise e : enterprises) {
      byCode.put(e.uscc().value(), e);
    }
    Map<Uscc, OperatingStatus> changes = new LinkedHashMap<>();
    apply("--what-if-resume", resume, RESUMED, false, enterprises, byCode, changes);
    apply("--what-if-suspend", suspend, SUSPENDED, true, enterprises, byCode, changes);
    changes.entrySet().removeIf(c -> byCode.get(c.getKey().value()).status().equals(c.getValue()));
    return changes;
  }

  // In a region only the enterprises on the other side change (resuming leaves PARTIAL ones as
  // they are); a named enterprise takes the new status whatever it had.
  private static void apply(
      String option, List<String> codes, OperatingStatus status, boolean whenWorking,
      Collection<Enterprise> enterprises, Map<String, Enterprise> byCode,
      Map<Uscc, OperatingStatus> changes) {
    for (String raw : codes) {
      String code = raw.strip();
      if (code.matches("\\d{6}")) {
        RegionCode region;
        try {
          region = RegionTable.bundled().resolve(code);
        } catch (IllegalArgumentException e) {
          throw new ChainmatchCli.UsageException(option + " " + code + ": " + e.getMessage());
        }
        for (Enterprise e : enterprises) {
          if (e.region().isWithin(region) && e.status().isWorking() == whenWorking) {
            changes.put(e.uscc(), status);
          }
        }
      } else {
        Enterprise e = byCode.get(code);
        if (e == null) {
          throw new ChainmatchCli.UsageException(option + " " + code + ": neither a 6-digit "
              + "region code nor the code of an enterprise in --enterprises");
        }
        changes.put(e.uscc(), status);
      }
    }
  }
}
