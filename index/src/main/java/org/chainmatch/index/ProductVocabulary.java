package org.chainmatch.index;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.collect.SetMultimap;
import com.google.common.collect.MultimapBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmatch.core.io.TsvRows;

/**
 * What product names mean: which names are the same product (烧碱 = 氢氧化钠, PVC = 聚氯乙烯,
 * 硫磺 = 硫黄), which are loosely synonymous, which are kinds of which (光伏银浆 → 银浆), and which
 * look alike but are different products (PE ≠ PET, 氨 ≠ 氨纶, 原油 ≠ 油).
 *
 * <p>{@link #bundled()} is the vocabulary shipped with the library (built from open data by
 * {@code index/src/build/build-vocabulary.py}; each entry names its source), used by {@link
 * IndexOptions#defaults()}. A caller replaces it ({@link IndexOptions#withVocabulary}) or extends
 * it ({@link #with}) with its own files in the same format ({@link #load}).
 *
 * <h2>Format</h2>
 *
 * UTF-8, tab-separated (read with commons-csv, no quoting), lines starting with {@code #} and
 * blank lines ignored, a header row {@code
 * relation	term	other[	source[	note]]}, then one link per line:
 *
 * <ul>
 *   <li>{@code alias}: term and other name the same product; symmetric and transitive (names form
 *       equivalence classes);
 *   <li>{@code near}: a loose synonym, symmetric, not transitive;
 *   <li>{@code broader}: other is a broader product than term;
 *   <li>{@code not}: term and other look alike but are different products.
 * </ul>
 *
 * Names are compared after NFKC folding and lower-casing ({@link ProductCatalogue#key}). A name
 * made of letters and digits at an edge matches only as a whole run: PE is found in {@code PE管}
 * but not in {@code PET} or {@code HDPE}.
 *
 * <p>Immutable and thread-safe; the bundled instance is loaded once per class loader and shared.
 */
public final class ProductVocabulary {
  /** Most names a query is expanded to through narrower links. */
  static final int MAX_NARROWER = 32;

  /** A comment line starting so names the edition ({@code # chainmatch product vocabulary, edition …; …}). */
  private static final String EDITION_LINE = "chainmatch product vocabulary, edition ";

  private static final ProductVocabulary EMPTY = new Builder("empty").build();

  private final String edition;
  private final int links;
  /** Each name of an alias class → the class's names (including itself). */
  private final ImmutableMap<String, ImmutableSet<String>> classes;
  private final ImmutableSetMultimap<String, String> near;
  private final ImmutableSetMultimap<String, String> narrower;
  private final ImmutableSetMultimap<String, String> broader;
  /** Class representative → representatives of the classes it must not be taken for. */
  private final ImmutableSetMultimap<String, String> distinct;
  /** Every name the vocabulary knows, for finding names inside a longer text. */
  private final ImmutableSet<String> terms;
  private final int longestTerm;

  private ProductVocabulary(Builder b) {
    this.edition = b.edition;
    this.links = b.links;
    Map<String, String> root = new HashMap<>();
    for (String name : b.names) {
      root.put(name, b.find(name));
    }
    Map<String, Set<String>> members = new HashMap<>();
    root.forEach((name, r) -> members.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(name));
    ImmutableMap.Builder<String, ImmutableSet<String>> cls = ImmutableMap.builder();
    for (Set<String> m : members.values()) {
      if (m.size() > 1) {
        ImmutableSet<String> set = ImmutableSet.copyOf(m);
        m.forEach(name -> cls.put(name, set));
      }
    }
    this.classes = cls.buildOrThrow();
    this.near = ImmutableSetMultimap.copyOf(b.near);
    this.narrower = ImmutableSetMultimap.copyOf(b.narrower);
    this.broader = ImmutableSetMultimap.copyOf(b.broader);
    ImmutableSetMultimap.Builder<String, String> d = ImmutableSetMultimap.builder();
    b.distinct.forEach((x, y) -> {
      d.put(representative(x), representative(y));
      d.put(representative(y), representative(x));
    });
    this.distinct = d.build();
    this.terms = ImmutableSet.copyOf(b.names);
    this.longestTerm = b.names.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The vocabulary shipped with the library; loaded on first use, then shared. */
  public static ProductVocabulary bundled() {
    return Bundled.INSTANCE;
  }

  /** A vocabulary that knows nothing: queries are matched by their text alone. */
  public static ProductVocabulary empty() {
    return EMPTY;
  }

  /**
   * Reads a UTF-8 vocabulary file (format above).
   *
   * @throws IllegalArgumentException naming the file, line and value of a malformed line
   */
  public static ProductVocabulary load(Path file) throws IOException {
    checkNotNull(file, "file");
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Parses vocabulary lines (format above); {@code origin} names the text in error messages and
   * in {@link #edition()}.
   *
   * @throws IllegalArgumentException naming origin, line and value of a malformed line
   */
  public static ProductVocabulary parse(Reader text, String origin) throws IOException {
    checkNotNull(text, "text");
    checkNotNull(origin, "origin");
    Builder b = new Builder(origin);
    boolean header = false;
    for (TsvRows.Row row : TsvRows.read(text)) {
      int number = row.line();
      for (String comment : row.comment().split("\n")) {
        if (comment.startsWith(EDITION_LINE)) {
          b.edition = comment.split(";")[0].trim();
        }
      }
      if (!header) {
        checkArgument(
            row.fields().size() >= 3 && row.field(0).strip().equals("relation"),
            "%s:%s: expected the header 'relation<TAB>term<TAB>other' but found '%s'",
            origin, number, row.text());
        header = true;
        continue;
      }
      checkArgument(row.fields().size() >= 3,
          "%s:%s: expected at least 3 tab-separated columns in '%s'", origin, number, row.text());
      String relation = row.field(0).strip();
      String term = ProductCatalogue.key(row.field(1));
      String other = ProductCatalogue.key(row.field(2));
      checkArgument(!term.isEmpty(), "%s:%s: column 'term' is empty", origin, number);
      checkArgument(!other.isEmpty(), "%s:%s: column 'other' is empty", origin, number);
      switch (relation) {
        case "alias" -> b.alias(term, other);
        case "near" -> b.near(term, other);
        case "broader" -> b.broader(term, other);
        case "not" -> b.distinct(term, other);
        default -> throw new IllegalArgumentException(String.format(
            "%s:%s: column 'relation', value '%s': expected alias, near, broader or not",
            origin, number, relation));
      }
    }
    return b.build();
  }

  /**
   * This vocabulary extended by {@code more}: every link of both (aliases of the two merge into
   * one class where they share a name).
   */
  public ProductVocabulary with(ProductVocabulary more) {
    checkNotNull(more, "more");
    if (more.links == 0) {
      return this;
    }
    if (links == 0) {
      return more;
    }
    Builder b = new Builder(edition + " + " + more.edition);
    for (ProductVocabulary v : List.of(this, more)) {
      v.classes.forEach((name, cls) -> b.alias(cls.iterator().next(), name));
      v.near.forEach(b::near);
      v.narrower.forEach((broad, narrow) -> b.broader(narrow, broad));
      v.distinct.forEach(b::distinct);
      v.terms.forEach(b::name);
    }
    b.links = links + more.links;
    return b.build();
  }

  /** Where the vocabulary comes from: its edition line, or the file it was read from. */
  public String edition() {
    return edition;
  }

  /** How many links it holds (alias, near, broader and not lines). */
  public int size() {
    return links;
  }

  /** Other names of the same product ({@code name} is a {@link ProductCatalogue#key}). */
  Set<String> aliases(String name) {
    ImmutableSet<String> cls = classes.get(name);
    if (cls == null) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>(cls);
    out.remove(name);
    return out;
  }

  /** Loose synonyms of any name of the product. */
  Set<String> near(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : namesOf(name)) {
      out.addAll(near.get(n));
    }
    out.removeAll(namesOf(name));
    return out;
  }

  /** Narrower products (with their aliases), nearest first, at most {@link #MAX_NARROWER}. */
  List<String> narrower(String name) {
    Set<String> own = namesOf(name);
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    own.forEach(n -> queue.addAll(narrower.get(n)));
    while (!queue.isEmpty() && seen.size() < MAX_NARROWER) {
      String next = queue.removeFirst();
      if (own.contains(next)) {
        continue;
      }
      for (String alias : namesOf(next)) {
        if (seen.size() < MAX_NARROWER && seen.add(alias)) {
          queue.addAll(narrower.get(alias));
        }
      }
    }
    return ImmutableList.copyOf(seen);
  }

  /** Directly broader products (with their aliases). */
  Set<String> broader(String name) {
    Set<String> own = namesOf(name);
    Set<String> out = new LinkedHashSet<>();
    for (String n : own) {
      for (String b : broader.get(n)) {
        out.addAll(namesOf(b));
      }
    }
    out.removeAll(own);
    return out;
  }

  /** Whether the vocabulary knows {@code name}. */
  boolean knows(String name) {
    return terms.contains(name);
  }

  private Set<String> namesOf(String name) {
    ImmutableSet<String> cls = classes.get(name);
    return cls == null ? Set.of(name) : cls;
  }

  private String representative(String name) {
    ImmutableSet<String> cls = classes.get(name);
    return cls == null ? name : cls.iterator().next();
  }

  /**
   * The known names inside {@code text} (a {@link ProductCatalogue#key}), leftmost-longest and
   * not overlapping; letter-digit names only as whole runs.
   */
  List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int len = Math.min(longestTerm, text.length() - i);
      Found hit = null;
      for (; len > 0; len--) {
        String part = text.substring(i, i + len);
        if (terms.contains(part) && wholeRun(text, i, i + len)) {
          hit = new Found(part, i, i + len);
          break;
        }
      }
      if (hit == null) {
        i++;
      } else {
        out.add(hit);
        i = hit.end();
      }
    }
    return out;
  }

  /** A name found in a text, at [start, end). */
  record Found(String name, int start, int end) {}

  /** Whether {@code text} holds {@code name} as a whole letter-digit run (both keys). */
  static boolean holds(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (wholeRun(text, at, at + name.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean wholeRun(String text, int start, int end) {
    boolean before = start > 0
        && isLetterOrDigit(text.charAt(start - 1)) && isLetterOrDigit(text.charAt(start));
    boolean after = end < text.length()
        && isLetterOrDigit(text.charAt(end - 1)) && isLetterOrDigit(text.charAt(end));
    return !before && !after;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * A test of product names against {@code query}: rejects a name that holds a product the
   * vocabulary says {@code query}'s products must not be taken for (query 氨, name 氨纶丝), unless
   * the query names that product too. Empty (accepting everything) when the query's products have
   * no such look-alikes, which is almost always.
   */
  LookAlikes lookAlikes(String query) {
    if (distinct.isEmpty()) {
      return LookAlikes.NONE;
    }
    Set<String> own = new LinkedHashSet<>();
    for (Found f : find(query)) {
      own.add(representative(f.name()));
    }
    Set<String> rejected = new LinkedHashSet<>();
    for (String r : own) {
      rejected.addAll(distinct.get(r));
    }
    rejected.removeAll(own);
    if (rejected.isEmpty()) {
      return LookAlikes.NONE;
    }
    Set<String> names = new LinkedHashSet<>();
    for (String r : rejected) {
      names.addAll(namesOf(r));
    }
    return new LookAlikes(this, ImmutableSet.copyOf(names), ImmutableSet.copyOf(rejected));
  }

  /** See {@link #lookAlikes}. */
  static final class LookAlikes {
    static final LookAlikes NONE = new LookAlikes(null, ImmutableSet.of(), ImmutableSet.of());

    private final ProductVocabulary vocabulary;
    private final ImmutableSet<String> names;
    private final ImmutableSet<String> classes;

    private LookAlikes(
        ProductVocabulary vocabulary, ImmutableSet<String> names, ImmutableSet<String> classes) {
      this.vocabulary = vocabulary;
      this.names = names;
      this.classes = classes;
    }

    boolean isEmpty() {
      return names.isEmpty();
    }

    /** Whether {@code product} (a key) holds one of the rejected products. */
    boolean rejects(String product) {
      if (names.isEmpty()) {
        return false;
      }
      boolean mayHold = false;
      for (String n : names) {
        if (product.contains(n)) {
          mayHold = true;
          break;
        }
      }
      if (!mayHold) {
        return false;
      }
      for (Found f : vocabulary.find(product)) {
        if (classes.contains(vocabulary.representative(f.name()))) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Bundled {
    static final String RESOURCE = "product-vocabulary.tsv";
    static final ProductVocabulary INSTANCE = load();

    private static ProductVocabulary load() {
      try (InputStream in = ProductVocabulary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled vocabulary " + RESOURCE + " missing from the class path");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Collects links; not thread-safe. */
  private static final class Builder {
    String edition;
    int links;
    final Set<String> names = new LinkedHashSet<>();
    final Map<String, String> parent = new HashMap<>();
    final SetMultimap<String, String> near = MultimapBuilder.hashKeys().linkedHashSetValues().build();
    final SetMultimap<String, String> narrower = MultimapBuilder.hashKeys().linkedHashSetValues().build();
    final SetMultimap<String, String> broader = MultimapBuilder.hashKeys().linkedHashSetValues().build();
    final SetMultimap<String, String> distinct = MultimapBuilder.hashKeys().linkedHashSetValues().build();

    Builder(String edition) {
      this.edition = edition;
    }

    void name(String n) {
      names.add(n);
    }

    void alias(String a, String b) {
      links++;
      name(a);
      name(b);
      String ra = find(a);
      String rb = find(b);
      if (!ra.equals(rb)) {
        parent.put(rb, ra);
      }
    }

    void near(String a, String b) {
      links++;
      name(a);
      name(b);
      near.put(a, b);
      near.put(b, a);
    }

    void broader(String narrow, String broad) {
      links++;
      name(narrow);
      name(broad);
      narrower.put(broad, narrow);
      broader.put(narrow, broad);
    }

    void distinct(String a, String b) {
      links++;
      name(a);
      name(b);
      distinct.put(a, b);
    }

    String find(String n) {
      String r = n;
      while (parent.containsKey(r)) {
        r = parent.get(r);
      }
      // Path compression keeps later finds short.
      String c = n;
      while (!c.equals(r)) {
        String next = parent.get(c);
        parent.put(c, r);
        c = next;
      }
      return r;
    }

    ProductVocabulary build() {
      return new ProductVocabulary(this);
    }
  }

  @Override
  public String toString() {
    return "ProductVocabulary[" + edition + ", " + links + " links]";
  }
}
