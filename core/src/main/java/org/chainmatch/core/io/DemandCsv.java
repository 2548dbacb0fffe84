package org.chainmatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
    return ContractCsv.read(file, options, mapper(options, knownEnterprises), sink);
  }

  /** Reads from a stream; {@code fileName} is used in problems. The stream is not closed. */
  public static LoadReport read(
      InputStream in,
      String fileName,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super Demand> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(in, fileName, options, mapper(options, knownEnterprises), sink);
  }

  /** Opens an atomic writer of demands. */
  public static EntityWriter<Demand> writer(Path file) throws IOException {
    return new EntityWriter<>(TableWriter.create(file, HEADER), d -> List.of(
        d.id(),
        d.requester().value(),
        d.product(),
        PostingMapper.quantityText(d.quantity()),
        d.unit(),
        d.neededBy().map(LocalDate::toString).orElse(""),
        d.note()));
  }

  private static PostingMapper<Demand> mapper(LoadOptions options, Function<String, Uscc> known) {
    return new PostingMapper<>(HEADER, "demand", "requester", "needed_by", options, known,
        p -> new Demand(p.id(), p.party(), p.product(), p.quantity(), p.unit(), p.date(), p.note()));
  }
}
