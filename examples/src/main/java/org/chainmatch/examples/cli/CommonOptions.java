package org.chainmatch.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chainmatch.index.ProductVocabulary;
import picocli.CommandLine.Option;

/** Options of the commands that match: how many, how fast, which vocabulary. */
final class CommonOptions {
  @Option(names = "--top", defaultValue = "10", paramLabel = "N",
      description = "Suppliers listed per demand (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--threads", paramLabel = "N",
      description = "Matching threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--synonyms", paramLabel = "F",
      description = "Product synonyms, Solr format: one group of equivalent names per line, comma-separated.")
  Path synonyms;

  @Option(names = "--taxonomy", paramLabel = "F",
      description = "Product taxonomy, a CSV with columns product,broader.")
  Path taxonomy;

  @Option(names = "--vocabulary", paramLabel = "F",
      description = "Product vocabulary added to the bundled one: tab-separated relation,term,other[,source,note] "
          + "with relation alias, near, broader or not (see index/VOCABULARY.md).")
  Path vocabulary;

  @Option(names = "--no-default-vocabulary",
      description = "Do not use the bundled product vocabulary (aliases, abbreviations, kinds of products).")
  boolean noDefaultVocabulary;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Keep the capability index in DIR and reuse it when built from the same enterprises.")
  Path index;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The planning date for outreach urgency, request ids and letter dates "
          + "(default: today; for demo 2020-02-17, the date of the generated city).")
  LocalDate today;

  @Option(names = "--store", paramLabel = "F",
      description = "Outreach tracking store to add new requests to (default: DIR/outreach-store.json).")
  Path store;

  /** The bundled vocabulary, extended or replaced as the options say. */
  ProductVocabulary vocabulary() throws IOException {
    ProductVocabulary base = noDefaultVocabulary ? ProductVocabulary.empty() : ProductVocabulary.bundled();
    if (vocabulary == null) {
      return base;
    }
    return base.with(ChainmatchCli.RejectedFile.read(vocabulary, ProductVocabulary::load));
  }

  @Option(names = "--store-wait", defaultValue = "30", paramLabel = "SECONDS",
      description = "How long to wait for another process to release the store (default: ${DEFAULT-VALUE}).")
  int storeWait;

  java.time.Duration storeWait() {
    return StoreWait.of(storeWait);
  }

  int threads() {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 256) {
      throw new ChainmatchCli.UsageException("--threads must be 1..256 but was " + n);
    }
    return n;
  }

  int top() {
    if (top < 1 || top > 1000) {
      throw new ChainmatchCli.UsageException("--top must be 1..1000 but was " + top);
    }
    return top;
  }

  LocalDate today() {
    return today == null ? LocalDate.now() : today;
  }
}
