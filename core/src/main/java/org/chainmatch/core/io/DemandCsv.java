package org.chainmatch.core.io;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Uscc;

/** Reads and writes {@code demands.csv}; the requester must be a known enterprise. */
public final class DemandCsv {
  /** The columns, in the order the writer uses. */
  public static final List<String> HEADER =
      List.of("id", "requester", "product", "quantity", "unit", "needed_by", "note");

  private DemandCsv() {}

  /** Reads a file; see {@link EnterpriseCsv#read(Path, LoadOptions, Consumer)} for the modes. */
  public static LoadReport read(
      Path file,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super Demand> sink)
      throws IOException, InputRejectedException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), options, knownEnterprises, sink);
    }
  }

  /** Reads from a stream; {@code fileName} is used in problems. The stream is not closed. */
  public static LoadReport read(
      InputStream in,
      String fileName,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super Demand> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(in, fileName, options, new Mapper(options, knownEnterprises), sink);
  }

  /** Opens an atomic writer of demands. */
  public static EntityWriter<Demand> writer(Path file) throws IOException {
    return new EntityWriter<>(TableWriter.create(file, HEADER), d -> List.of(
        d.id(),
        d.requester().value(),
        d.product(),
        d.quantity().isPresent() ? quantityText(d.quantity().getAsDouble()) : "",
        d.unit(),
        d.neededBy().map(LocalDate::toString).orElse(""),
        d.note()));
  }

  private static String quantityText(double q) {
    return q == Math.rint(q) && Math.abs(q) < 1e15 ? String.valueOf((long) q) : String.valueOf(q);
  }

  private static final class Mapper implements RowMapper<Demand> {
    private final LoadOptions options;
    private final Function<String, Uscc> known;
    private final Set<String> ids = new HashSet<>();

    Mapper(LoadOptions options, Function<String, Uscc> known) {
      this.options = options;
      this.known = known;
    }

    @Override
    public Set<String> required() {
      return ImmutableSet.of("id", "requester", "product");
    }

    @Override
    public Set<String> known() {
      return ImmutableSet.copyOf(HEADER);
    }

    @Override
    public Demand map(CsvRows row, RowErrors errors) {
      String id = row.get("id");
      if (id.isEmpty()) {
        errors.add("id", "", "id is required");
      } else if (!ids.add(id)) {
        errors.add("id", id, "duplicate demand id: it appears on an earlier row");
      }
      Uscc requester = RelationCsv.knownEnd("requester", row.get("requester"), options, known, errors);
      String product = row.get("product");
      if (product.isEmpty()) {
        errors.add("product", "", "product is required");
      }
      String qText = row.get("quantity");
      OptionalDouble quantity = OptionalDouble.empty();
      if (!qText.isEmpty()) {
        double q = Cells.number("quantity", qText, 0, Double.MAX_VALUE, errors);
        if (!Double.isNaN(q)) {
          quantity = OptionalDouble.of(q);
        }
      }
      String dText = row.get("needed_by");
      Optional<LocalDate> neededBy = Optional.empty();
      if (!dText.isEmpty()) {
        neededBy = Optional.ofNullable(Cells.date("needed_by", dText, errors));
      }
      if (!errors.isEmpty()) {
        return null;
      }
      return new Demand(id, requester, product, quantity, row.get("unit"), neededBy, row.get("note"));
    }
  }
}
