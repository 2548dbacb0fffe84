package org.chainmatch.opensearch;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;
import org.chainmatch.index.CapabilityScoring;
import org.chainmatch.opensearch.plugin.ChainmatchAnalysisPlugin;

/**
 * The two indices' settings, mappings and documents; the cluster-side twin of the embedded
 * index's document layout.
 *
 * <p>Enterprises: {@code _id} is the USCC. Products are keyword terms naming catalogue entries,
 * region and industry keyword terms for every level (so "inside area X" is one term), scope and
 * name CJK bigrams with documents only (presence, no frequencies or norms), state and effective
 * capacity numeric with doc values for the filters, the whole status in {@code _source} only.
 *
 * <p>Products: one document per distinct product name (a {@link CapabilityScoring#productKey}),
 * its three token streams scored with the plugin's token-set similarity. One shard: the
 * catalogue is small (names, not enterprises), and one shard scores it exactly like the embedded
 * catalogue. Stateless.
 */
final class IndexLayout {
  static final String USCC = "uscc";
  static final String PRODUCT = "product";
  static final String SCOPE = "scope";
  static final String NAME = "name";
  static final String REGION = "region";
  static final String INDUSTRY = "industry";
  static final String STATE = "state";
  static final String CAPACITY = "capacity";
  static final String STATUS = "status";

  static final String PRODUCT_NAME = "name";
  static final String WORDS = "pw";
  static final String BIGRAMS = "pb";
  static final String UNIGRAMS = "pu";

  private IndexLayout() {}

  /**
   * Enterprise index body. Refresh is manual ({@code refresh_interval: -1}): changes become
   * visible exactly when {@code refresh()} is called, as the interface states. Every acknowledged
   * write is fsynced to the translog ({@code durability: request}).
   */
  static String enterpriseIndex(int shards, int replicas) {
    return """
        {
          "settings": {
            "index": {
              "number_of_shards": %d,
              "number_of_replicas": %d,
              "refresh_interval": "-1",
              "translog.durability": "request"
            }
          },
          "mappings": {
            "dynamic": "strict",
            "properties": {
              "uscc": {"type": "keyword"},
              "product": {"type": "keyword", "doc_values": false},
              "scope": {"type": "text", "analyzer": "%s", "index_options": "docs", "norms": false},
              "name": {"type": "text", "analyzer": "%s", "index_options": "docs", "norms": false},
              "region": {"type": "keyword", "doc_values": false},
              "industry": {"type": "keyword", "doc_values": false},
              "state": {"type": "byte", "doc_values": true},
              "capacity": {"type": "short", "doc_values": true},
              "status": {"type": "object", "enabled": false}
            }
          }
        }
        """.formatted(shards, replicas, ChainmatchAnalysisPlugin.BIGRAMS, ChainmatchAnalysisPlugin.BIGRAMS);
  }

  /** Product catalogue index body. */
  static String productIndex(int replicas) {
    String stream = """
        {"type": "text", "analyzer": "%s", "index_options": "docs", "norms": true, "similarity": "token_set"}""";
    return """
        {
          "settings": {
            "index": {
              "number_of_shards": 1,
              "number_of_replicas": %d,
              "refresh_interval": "-1",
              "translog.durability": "request",
              "similarity": {"token_set": {"type": "%s"}}
            }
          },
          "mappings": {
            "dynamic": "strict",
            "properties": {
              "name": {"type": "keyword"},
              "pw": %s,
              "pb": %s,
              "pu": %s
            }
          }
        }
        """.formatted(
            replicas,
            ChainmatchAnalysisPlugin.TOKEN_SET,
            stream.formatted(ChainmatchAnalysisPlugin.WORDS),
            stream.formatted(ChainmatchAnalysisPlugin.BIGRAMS),
            stream.formatted(ChainmatchAnalysisPlugin.UNIGRAMS));
  }

  static Map<String, Object> enterprise(Enterprise e) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(USCC, e.uscc().value());
    doc.put(PRODUCT, e.products().stream().map(CapabilityScoring::productKey).distinct().toList());
    if (!e.scope().isBlank()) {
      doc.put(SCOPE, e.scope());
    }
    doc.put(NAME, e.name());
    List<String> regions = new ArrayList<>();
    for (Optional<RegionCode> r = Optional.of(e.region()); r.isPresent(); r = r.get().parent()) {
      regions.add(r.get().code());
    }
    doc.put(REGION, regions);
    List<String> industries = new ArrayList<>();
    for (IndustryCode industry : e.industries()) {
      industries.addAll(industry.prefixes());
    }
    doc.put(INDUSTRY, industries.stream().distinct().toList());
    doc.putAll(status(e.status()));
    return doc;
  }

  /** The fields that hold a status; a partial update with them changes the status only. */
  static Map<String, Object> status(OperatingStatus status) {
    Map<String, Object> whole = new LinkedHashMap<>();
    whole.put("state", status.state().name());
    whole.put("capacity", status.capacity());
    whole.put("reported_at", status.reportedAt().toString());
    whole.put("source", status.source());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(STATE, status.state().ordinal());
    fields.put(CAPACITY, status.effectiveCapacity());
    fields.put(STATUS, whole);
    return fields;
  }

  /** The status held in a {@link #STATUS} source object; unknown if absent. */
  static OperatingStatus status(Map<?, ?> whole) {
    if (whole == null) {
      return OperatingStatus.unknown();
    }
    return new OperatingStatus(
        OperatingState.valueOf((String) whole.get("state")),
        ((Number) whole.get("capacity")).intValue(),
        Instant.parse((String) whole.get("reported_at")),
        (String) whole.get("source"));
  }

  static Map<String, Object> product(String key) {
    return Map.of(PRODUCT_NAME, key, WORDS, key, BIGRAMS, key, UNIGRAMS, key);
  }

  /** Product names can be longer than an {@code _id} may be (512 bytes); ids are their hash. */
  static String productId(String key) {
    return Hashing.murmur3_128().hashString(key, StandardCharsets.UTF_8).toString();
  }
}
