package org.chainmatch.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.chainmatch.core.Offer;
import org.chainmatch.core.Uscc;

/**
 * Reads and writes {@code offers.csv} (contract v1.1): what enterprises can supply and want buyers
 * for. The rows follow the rules of {@code demands.csv} (unique {@code id}, a known enterprise, a
 * required {@code product}, an optional {@code quantity} ≥ 0, an ISO date), with {@code supplier}
 * for {@code requester} and {@code available_from} for {@code needed_by}; the modes are those of
 * {@link EnterpriseCsv#read(Path, LoadOptions, Consumer)}. Stateless and thread-safe.
 */
public final class OfferCsv {
  /** The columns, in the order the writer uses. */
  public static final List<String> HEADER =
      List.of("id", "supplier", "product", "quantity", "unit", "available_from", "note");

  private OfferCsv() {}

  /**
   * Reads a file.
   *
   * @param knownEnterprises the canonical code of a known enterprise, null for an unknown one
   * @throws InputRejectedException in strict mode when any row is bad; in both modes when the file
   *     is not readable as contract CSV
   */
  public static LoadReport read(
      Path file,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super Offer> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(file, options, mapper(options, knownEnterprises), sink);
  }

  private static PostingMapper<Offer> mapper(LoadOptions options, Function<String, Uscc> known) {
    return new PostingMapper<>(
        HEADER, "offer", "supplier", "available_from", options, known,
        p -> new Offer(p.id(), p.party(), p.product(), p.quantity(), p.unit(), p.date(), p.note()));
  }

  /** Reads from a stream; {@code fileName} is used in problems. The stream is not closed. */
  public static LoadReport read(
      InputStream in,
      String fileName,
      LoadOptions options,
      Function<String, Uscc> knownEnterprises,
      Consumer<? super Offer> sink)
      throws IOException, InputRejectedException {
    return ContractCsv.read(in, fileName, options, mapper(options, knownEnterprises), sink);
  }

  /** Opens an atomic writer of offers. */
  public static EntityWriter<Offer> writer(Path file) throws IOException {
    return new EntityWriter<>(TableWriter.create(file, HEADER), o -> List.of(
        o.id(),
        o.supplier().value(),
        o.product(),
        PostingMapper.quantityText(o.quantity()),
        o.unit(),
        o.availableFrom().map(LocalDate::toString).orElse(""),
        o.note()));
  }
}
