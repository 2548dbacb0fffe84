package org.chainmatch.outreach;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
   * @throws CorruptStoreException naming the file, line and column if it is not JSON, of another
   *     format or version, or a request breaks a record's invariants
   * @throws IOException if it cannot be read at all
   */
  static List<TrackedRequest> read(Path file) throws IOException {
    String format = null;
    Integer version = null;
    List<TrackedRequest> requests = null;
    JsonLocation where = null;
    try (JsonParser p = MAPPER.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw corrupt(file, p.currentTokenLocation(), "expected a JSON object {\"format\": …}", null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        where = p.currentTokenLocation();
        switch (name) {
          case "format" -> {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              throw corrupt(file, where, "\"format\" must be a string but was " + p.getText(), null);
            }
            format = p.getText();
          }
          case "version" -> {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
              throw corrupt(file, where, "\"version\" must be an integer but was " + p.getText(), null);
            }
            version = p.getIntValue();
          }
          case "requests" -> requests = requests(file, p);
          default -> throw corrupt(file, where, "unknown field \"" + name + "\"", null);
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw corrupt(file, p.currentTokenLocation(), "unexpected content after the store", null);
      }
      if (!FORMAT.equals(format) || version == null || version != VERSION) {
        throw corrupt(file, p.currentTokenLocation(),
            String.format("format %s version %s; expected %s version %s", format, version, FORMAT,
                VERSION), null);
      }
      if (requests == null) {
        throw corrupt(file, p.currentTokenLocation(), "no \"requests\" field", null);
      }
      return requests;
    } catch (JsonProcessingException e) {
      // Syntax errors, a truncated file, a value of the wrong type: Jackson knows where.
      throw corrupt(file, e.getLocation(), e.getOriginalMessage(), e);
    }
  }

  private static List<TrackedRequest> requests(Path file, JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw corrupt(file, p.currentTokenLocation(), "\"requests\" must be an array", null);
    }
    List<TrackedRequest> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      JsonLocation start = p.currentTokenLocation();
      RequestJson json = MAPPER.readValue(p, RequestJson.class);
      TrackedRequest r;
      try {
        r = fromJson(json);
      } catch (RuntimeException e) {
        throw corrupt(file, start, "request " + (json == null ? null : json.id()) + ": "
            + e.getMessage(), e);
      }
      if (!ids.add(r.id())) {
        throw corrupt(file, start, "request " + r.id() + " appears twice", null);
      }
      out.add(r);
    }
    return out;
  }

  private static CorruptStoreException corrupt(
      Path file, JsonLocation at, String reason, Throwable cause) {
    long line = at == null ? 0 : at.getLineNr();
    long column = at == null ? 0 : at.getColumnNr();
    return new CorruptStoreException(file, line, column, reason, cause);
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
