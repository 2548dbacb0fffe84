package org.chainmatch.matching.outreach;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The JSON layout of an {@link OutreachStore} file, kept apart from the public records so that
 * they can change without breaking stored files:
 *
 * <pre>
 * {"format": "chainmatch-outreach-store", "version": 1, "requests": [ ... ]}
 * </pre>
 */
final class StoreFile {
  static final String FORMAT = "chainmatch-outreach-store";
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private StoreFile() {}

  static byte[] serialize(Collection<TrackedRequest> requests) throws IOException {
    List<RequestJson> rows = requests.stream().map(StoreFile::toJson).toList();
    return MAPPER.writeValueAsBytes(new FileJson(FORMAT, VERSION, rows));
  }

  /**
   * Reads a store file.
   *
   * @throws IOException naming the file if it is unreadable, not JSON, of another format or
   *     version, or breaks a record's invariants
   */
  static List<TrackedRequest> read(Path file) throws IOException {
    FileJson json;
    try {
      json = MAPPER.readValue(file.toFile(), FileJson.class);
    } catch (IOException e) {
      throw new IOException("outreach store " + file + " is not readable: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(json.format()) || json.version() != VERSION) {
      throw new IOException(
          String.format(
              "outreach store %s has format %s version %s; expected %s version %s",
              file, json.format(), json.version(), FORMAT, VERSION));
    }
    try {
      return json.requests().stream().map(StoreFile::fromJson).toList();
    } catch (RuntimeException e) {
      throw new IOException("outreach store " + file + " is inconsistent: " + e.getMessage(), e);
    }
  }

  private static RequestJson toJson(TrackedRequest r) {
    return new RequestJson(
        r.id(), r.targetRegion(), r.authority(), r.date(), r.priority(), r.state(),
        r.createdAt(), r.createdBy(),
        r.items().stream()
            .map(i -> new ItemJson(
                i.supplier(), i.supplierName(), i.product(), i.reason(), i.outcome().orElse(null)))
            .toList(),
        r.history());
  }

  private static TrackedRequest fromJson(RequestJson r) {
    return new TrackedRequest(
        r.id(), r.targetRegion(), r.authority(), r.date(), r.priority(), r.state(),
        r.createdAt(), r.createdBy(),
        r.items().stream()
            .map(i -> new TrackedItem(
                i.supplier(), i.supplierName(), i.product(), i.reason(),
                Optional.ofNullable(i.outcome())))
            .toList(),
        r.history());
  }

  record FileJson(String format, int version, List<RequestJson> requests) {}

  record RequestJson(
      String id,
      String targetRegion,
      String authority,
      LocalDate date,
      Priority priority,
      RequestState state,
      Instant createdAt,
      String createdBy,
      List<ItemJson> items,
      List<StateChange> history) {}

  record ItemJson(
      String supplier,
      String supplierName,
      String product,
      OutreachReason reason,
      ItemOutcome outcome) {}
}
