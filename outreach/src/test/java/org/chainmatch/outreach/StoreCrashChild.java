package org.chainmatch.outreach;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link OutreachStoreTest}: adds requests to the store given as the first
 * argument as fast as it can, printing {@code committed <n>} after the n-th add has returned, until
 * it is killed.
 */
public final class StoreCrashChild {
  private StoreCrashChild() {}

  public static void main(String[] args) throws Exception {
    OutreachStore store = OutreachStore.open(Path.of(args[0]), Clock.systemUTC());
    for (int n = 1; ; n++) {
      OutreachRequest r = Fixtures.request("320200",
          Fixtures.working(100 + n, "无锡供应商" + n + "有限公司", "320205"));
      store.add(new OutreachRequest(
          String.format("OR-%06d", n), r.target(), r.authority(), r.date(), r.items()), "王明");
      System.out.println("committed " + n);
      System.out.flush();
    }
  }
}
