package org.chainmatch.examples.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;
import picocli.CommandLine.Option;

/** --offers: what enterprises offer and want buyers for (offers.csv, contract v1.1). */
final class OfferInput {
  @Option(names = "--offers", paramLabel = "O.csv",
      description = "Offers file (contract v1.1): id, supplier, product, quantity, unit, available_from, note.")
  Path offers;

  /** The canonical code of each enterprise by its text, for resolving the supplier column. */
  static Function<String, Uscc> codes(List<Enterprise> enterprises) {
    Map<String, Uscc> codes = new HashMap<>(enterprises.size() * 2);
    for (Enterprise e : enterprises) {
      codes.put(e.uscc().value(), e.uscc());
    }
    return codes::get;
  }
}
