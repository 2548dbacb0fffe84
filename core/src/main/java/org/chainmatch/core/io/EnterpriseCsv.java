package org.chainmatch.core.io;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.core.Uscc;

/**
 * Reads and writes {@code enterprises.csv} as the data contract (formats v1) describes it.
 *
 * <p>Reading streams: rows are passed to the sink one by one and the raw text is not kept. Only
 * the set of codes seen is held, to reject duplicates. Stateless and thread-safe.
 *
 * <p>A large CSV file read by path is read by {@link LoadOptions#threads()} threads, each parsing
 * and checking a chunk of about {@value ParallelCsv#CHUNK_BYTES} bytes that starts and ends at a
 * line break; the chunks' rows reach the sink, the report and the exception in file order, on the
 * caller's thread, with the lines and problems a sequential read gives (duplicates are found in
 * file order too). A chunk is trusted only once the chunk before it ended on a record boundary:
 * when a quoted cell holding a line break crosses a chunk's end, or a chunk cannot be read as
 * CSV, the rest of the file is read sequentially from that chunk on, so quoting, structural
 * faults and the record bound behave exactly as in a sequential read. Streams are read
 * sequentially.
 */
public final class EnterpriseCsv {
  /** The columns, in the order the writer uses. */
  public static final List<String> HEADER =
      List.of("uscc", "name", "region", "industry", "products", "scope", "status", "capacity", "key");

  private EnterpriseCsv() {}

  /**
   * Reads a file.
   *
   * @throws InputRejectedException in strict mode when any row is bad; in both modes when the file
   *     is not readable as contract CSV
   * @throws IOException when the file cannot be read
   */
  public static LoadReport read(Path file, LoadOptions options, Consumer<? super Enterprise> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(file, options, new Mapper(options), sink);
  }

  /** Reads from a stream; {@code fileName} is used in problems. The stream is not closed. */
  public static LoadReport read(
      InputStream in, String fileName, LoadOptions options, Consumer<? super Enterprise> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(in, fileName, options, new Mapper(options), sink);
  }

  /** Opens an atomic writer of enterprises; call {@link TableWriter#commit()} to publish. */
  public static EntityWriter<Enterprise> writer(Path file) throws IOException {
    TableWriter table = TableWriter.create(file, HEADER);
    return new EntityWriter<>(table, e -> List.of(
        e.uscc().value(),
        e.name(),
        e.region().code(),
        join(e.industries().stream().map(IndustryCode::code).toList()),
        join(e.products()),
        e.scope(),
        e.status().state().name(),
        e.status().hasKnownCapacity() ? String.valueOf(e.status().capacity()) : "",
        String.valueOf(e.key())));
  }

  /** The row mapper of the enterprises file, one per file read. */
  static RowMapper<Enterprise> mapper(LoadOptions options) {
    return new Mapper(options);
  }

  static String join(List<String> values) {
    return String.join(";", values);
  }

  private static final class Mapper implements RowMapper<Enterprise> {
    /** Distinct product names and industry codes shared across rows; bounded against hostile input. */
    static final int MAX_SHARED = 200_000;

    private final LoadOptions options;
    // Shared instances: a million enterprises name a few thousand products and industries, and
    // every object kept is one more for the collector to copy while the file loads.
    private final ConcurrentMap<String, String> products = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, IndustryCode> industries = new ConcurrentHashMap<>();
    private final OperatingStatus[][] statuses =
        new OperatingStatus[OperatingState.values().length][102];

    Mapper(LoadOptions options) {
      this.options = options;
      for (OperatingState state : OperatingState.values()) {
        for (int capacity = -1; capacity <= 100; capacity++) {
          statuses[state.ordinal()][capacity + 1] = OperatingStatus.of(state, capacity);
        }
      }
    }

    private <V> V shared(ConcurrentMap<String, V> values, String key, V value) {
      if (values.size() < MAX_SHARED) {
        V known = values.putIfAbsent(key, value);
        return known != null ? known : value;
      }
      return value;
    }

    @Override
    public Set<String> required() {
      return ImmutableSet.of("uscc", "name", "region");
    }

    @Override
    public Set<String> known() {
      return ImmutableSet.copyOf(HEADER);
    }

    @Override
    public Map<String, String> aliases() {
      return ColumnAliases.ENTERPRISES;
    }

    @Override
    public UniqueColumn uniqueColumn() {
      return new UniqueColumn("uscc", "duplicate USCC: the code appears on an earlier row");
    }

    @Override
    public boolean concurrent() {
      return true;
    }

    @Override
    public Enterprise map(CsvRows row, RowErrors errors) {
      Uscc uscc = UsccCell.parse("uscc", row.get("uscc"), options, errors);
      if (uscc != null) {
        errors.claim(uscc.value());
      }
      String name = row.get("name");
      if (name.isEmpty()) {
        errors.add("name", "", "name is required");
      }
      RegionCode region = region(row.get("region"), errors);
      List<IndustryCode> industries = new ArrayList<>(1);
      for (String code : CsvRows.splitMulti(row.get("industry"))) {
        IndustryCode known = this.industries.get(code);
        if (known != null) {
          industries.add(known);
          continue;
        }
        try {
          industries.add(shared(this.industries, code, IndustryCode.parse(code)));
        } catch (IllegalArgumentException e) {
          errors.add("industry", code, e.getMessage());
        }
      }
      List<String> products = CsvRows.splitMulti(row.get("products"));
      for (int i = 0; i < products.size(); i++) {
        String p = products.get(i);
        if (Cells.product("products", p, errors) != null) {
          String known = this.products.get(p);
          products.set(i, known != null ? known : shared(this.products, p, p));
        }
      }
      String scope = row.get("scope");
      if (products.isEmpty() && scope.isEmpty()) {
        errors.add("products", "", "products and scope are both empty; at least one is required");
      }
      OperatingStatus status = status(row, errors);
      Boolean key = Cells.bool("key", row.get("key"), errors);
      if (!errors.isEmpty()) {
        return null;
      }
      try {
        return new Enterprise(uscc, name, region, industries, products, scope, status, key);
      } catch (IllegalArgumentException e) {
        errors.add("", "", e.getMessage());
        return null;
      }
    }

    private RegionCode region(String code, RowErrors errors) {
      if (code.isEmpty()) {
        errors.add("region", "", "region is required");
        return null;
      }
      if (!isSixDigits(code)) {
        errors.add("region", code, "not a 6-digit administrative division code");
        return null;
      }
      return options.regions().find(code).orElseGet(() -> {
        errors.add("region", code, "unknown division code in table " + options.regions().edition());
        return null;
      });
    }

    private static boolean isSixDigits(String code) {
      if (code.length() != 6) {
        return false;
      }
      for (int i = 0; i < 6; i++) {
        char c = code.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
      }
      return true;
    }

    private OperatingStatus status(CsvRows row, RowErrors errors) {
      String text = row.get("status");
      OperatingState state = OperatingState.UNKNOWN;
      if (!text.isEmpty()) {
        var parsed = OperatingState.parse(text);
        if (parsed.isEmpty()) {
          errors.add("status", text, "not one of RESUMED, PARTIAL, SUSPENDED, UNKNOWN (已复工, 部分复工, 未复工, 未知)");
          return null;
        }
        state = parsed.get();
      }
      String capText = row.get("capacity");
      int capacity = OperatingStatus.defaultCapacity(state);
      if (!capText.isEmpty()) {
        double v = Cells.number("capacity", capText, 0, 100, errors);
        if (Double.isNaN(v)) {
          return null;
        }
        capacity = (int) Math.round(v);
        if (state == OperatingState.SUSPENDED && capacity > 0) {
          errors.warn("capacity", capText,
              "SUSPENDED with capacity above 0: kept as reported, but counted as 0 available now");
        }
      }
      return statuses[state.ordinal()][capacity + 1];
    }
  }
}
