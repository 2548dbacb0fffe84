package org.chainmatch.outreach;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.chainmatch.core.io.AtomicFiles;

/**
 * Exports requests as JSON for other systems: an array of requests, each with its items and
 * needs, snake_case keys, ISO dates, absent values omitted. Unlike a letter this is an internal
 * record and carries priorities and demand ids. Thread-safe.
 */
public final class OutreachJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private OutreachJson() {}

  /** The JSON text for {@code requests}, in their order. */
  public static String toJson(Collection<OutreachRequest> requests) {
    checkNotNull(requests, "requests");
    try {
      return MAPPER.writeValueAsString(requests.stream().map(OutreachJson::view).toList());
    } catch (JsonProcessingException e) {
      // Only plain records of strings and numbers are written; failing here is a bug.
      throw new UncheckedIOException("cannot write outreach JSON", e);
    }
  }

  /** Writes {@link #toJson} to {@code target} atomically. */
  public static void write(Path target, Collection<OutreachRequest> requests) throws IOException {
    checkNotNull(target, "target");
    AtomicFiles.writeString(target, toJson(requests) + "\n");
  }

  private static RequestView view(OutreachRequest r) {
    return new RequestView(
        r.id(),
        r.target().code(),
        r.target().fullName(),
        r.authority(),
        r.date(),
        r.priority().name(),
        r.priorityScore(),
        r.items().stream().map(OutreachJson::view).toList());
  }

  private static ItemView view(OutreachItem i) {
    return new ItemView(
        i.supplier().uscc().value(),
        i.supplier().name(),
        i.supplier().region().code(),
        i.supplier().status().state().name(),
        i.product(),
        i.reason().name(),
        i.reason().label(),
        i.priority().name(),
        i.priorityScore(),
        i.needs().stream().map(OutreachJson::view).toList());
  }

  private static NeedView view(Need n) {
    return new NeedView(
        n.demand().id(),
        n.requester().uscc().value(),
        n.requester().name(),
        n.requester().key(),
        n.demand().quantity().isPresent() ? n.demand().quantity().getAsDouble() : null,
        n.demand().unit().isEmpty() ? null : n.demand().unit(),
        n.demand().neededBy().orElse(null));
  }

  record RequestView(
      String id,
      String targetRegion,
      String targetName,
      String targetAuthority,
      LocalDate date,
      String priority,
      double priorityScore,
      List<ItemView> items) {}

  record ItemView(
      String supplier,
      String supplierName,
      String supplierRegion,
      String supplierState,
      String product,
      String reason,
      String reasonLabel,
      String priority,
      double priorityScore,
      List<NeedView> needs) {}

  record NeedView(
      String demandId,
      String requester,
      String requesterName,
      boolean keyRequester,
      Double quantity,
      String unit,
      LocalDate neededBy) {}
}
