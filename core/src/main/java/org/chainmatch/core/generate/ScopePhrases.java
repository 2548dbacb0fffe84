package org.chainmatch.core.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Phrases business scopes (经营范围) are written with, and the writing of a scope from them and an
 * enterprise's products.
 *
 * <p>PROVISIONAL format: {@code kind<TAB>text}; kind {@code verbs} or {@code general}.
 */
final class ScopePhrases {
  static final String BUNDLED_RESOURCE = "scope-phrases.tsv";

  private static final Splitter TABS = Splitter.on('\t');

  private final ImmutableListMultimap<String, String> byKind;

  private ScopePhrases(ImmutableListMultimap<String, String> byKind) {
    this.byKind = byKind;
  }

  private static final class Bundled {
    static final ScopePhrases INSTANCE = loadBundled();

    private static ScopePhrases loadBundled() {
      try (InputStream in = ScopePhrases.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        checkNotNull(in, "bundled scope phrases missing: %s", BUNDLED_RESOURCE);
        return load(in, BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled scope phrases " + BUNDLED_RESOURCE, e);
      }
    }
  }

  static ScopePhrases bundled() {
    return Bundled.INSTANCE;
  }

  static ScopePhrases load(InputStream tsv, String source) {
    ImmutableListMultimap.Builder<String, String> byKind = ImmutableListMultimap.builder();
    BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
    try {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        List<String> f = TABS.splitToList(line);
        checkArgument(f.size() == 2, "scope phrases %s: bad line %s", source, line);
        byKind.put(f.get(0).strip(), f.get(1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read scope phrases " + source, e);
    }
    return new ScopePhrases(byKind.build());
  }

  /** Writes the business scope of an enterprise that makes {@code products}. */
  String scope(List<CatalogueProduct> products, SplittableRandom random) {
    ImmutableList<String> verbs = byKind.get("verbs");
    ImmutableList<String> general = byKind.get("general");
    StringBuilder scope = new StringBuilder(96);
    scope.append(verbs.get(random.nextInt(verbs.size()))).append('：');
    for (int k = 0; k < products.size(); k++) {
      scope.append(k == 0 ? "" : "、").append(products.get(k).name());
    }
    int extra = random.nextInt(3);
    for (int k = 0; k < extra; k++) {
      scope.append('；').append(general.get(random.nextInt(general.size())));
    }
    return scope.append('。').toString();
  }
}
