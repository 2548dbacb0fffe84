package org.chainmatch.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.IndustryCode;
import org.chainmatch.core.OperatingState;
import org.chainmatch.core.OperatingStatus;
import org.chainmatch.core.RegionCode;

/**
 * The enterprise document layout.
 *
 * <p>Text is indexed as bigrams with documents only (no frequencies, positions or norms): scope
 * and name evidence is "which query bigrams occur", which keeps the index small and indexing
 * fast. Products are keyword terms naming catalogue entries (see {@link ProductCatalogue}).
 * Region and industry are keyword terms for every level, so "inside area X" is one term. Status
 * lives only in doc values, so it changes without touching the text. Stateless.
 */
final class EnterpriseDocuments {
  /** Keyword: the USCC, for updates and exclusions. */
  static final String USCC = "uscc";
  /** Doc values copy of the USCC, read for every hit (faster than stored fields). */
  static final String USCC_DV = "uscc_dv";
  /** Keyword: product names (catalogue keys). */
  static final String PRODUCT = "product";
  /** Bigrams of the business scope. */
  static final String SCOPE = "scope";
  /** Bigrams of the registered name. */
  static final String NAME = "name";
  /** Keyword: the region code and every enclosing region's code. */
  static final String REGION = "region";
  /** Keyword: every prefix of every industry code (C, C39, C391, C3911). */
  static final String INDUSTRY = "industry";
  /** Numeric doc values: {@link OperatingState#ordinal()}. */
  static final String STATE = "state";
  /** Numeric doc values: {@link OperatingStatus#effectiveCapacity()}. */
  static final String CAPACITY = "capacity";
  /** Binary doc values: the whole status, to return it with candidates. */
  static final String STATUS = "status";

  private static final FieldType BIGRAM_PRESENCE = presenceType();

  private EnterpriseDocuments() {}

  static Document of(Enterprise e) {
    Document doc = new Document();
    String code = e.uscc().value();
    doc.add(new StringField(USCC, code, Field.Store.NO));
    doc.add(new BinaryDocValuesField(USCC_DV, new BytesRef(code)));
    for (String product : e.products()) {
      doc.add(new StringField(PRODUCT, ProductCatalogue.key(product), Field.Store.NO));
    }
    if (!e.scope().isBlank()) {
      doc.add(new Field(SCOPE, e.scope(), BIGRAM_PRESENCE));
    }
    doc.add(new Field(NAME, e.name(), BIGRAM_PRESENCE));
    for (Optional<RegionCode> r = Optional.of(e.region()); r.isPresent(); r = r.get().parent()) {
      doc.add(new StringField(REGION, r.get().code(), Field.Store.NO));
    }
    for (IndustryCode industry : e.industries()) {
      for (String prefix : industry.prefixes()) {
        doc.add(new StringField(INDUSTRY, prefix, Field.Store.NO));
      }
    }
    for (Field f : statusFields(e.status())) {
      doc.add(f);
    }
    return doc;
  }

  /** The doc values that hold a status; updated together by {@code updateDocValues}. */
  static Field[] statusFields(OperatingStatus status) {
    return new Field[] {
      new NumericDocValuesField(STATE, status.state().ordinal()),
      new NumericDocValuesField(CAPACITY, status.effectiveCapacity()),
      new BinaryDocValuesField(STATUS, encode(status))
    };
  }

  static BytesRef encode(OperatingStatus status) {
    byte[] source = status.source().getBytes(StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.allocate(2 + 8 + 4 + source.length);
    buf.put((byte) status.state().ordinal());
    buf.put((byte) status.capacity());
    buf.putLong(status.reportedAt().getEpochSecond());
    buf.putInt(status.reportedAt().getNano());
    buf.put(source);
    return new BytesRef(buf.array());
  }

  static OperatingStatus decode(BytesRef bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    OperatingState state = OperatingState.values()[buf.get()];
    int capacity = buf.get();
    Instant at = Instant.ofEpochSecond(buf.getLong(), buf.getInt());
    String source = new String(bytes.bytes, buf.position(), buf.remaining(), StandardCharsets.UTF_8);
    return new OperatingStatus(state, capacity, at, source);
  }

  private static FieldType presenceType() {
    FieldType type = new FieldType();
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }
}
