package org.chainmatch.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * An enterprise's distinct bigrams per field (0 business scope, 1 name), as the index holds them
 * (a blank scope is not indexed), keeping only those some query holds.
 */
final class FieldBigrams implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final Broadcast<Set<String>> asked;
  private transient BlockText text;

  FieldBigrams(Broadcast<Set<String>> asked) {
    this.asked = asked;
  }

  @Override
  public Iterator<Row> call(Row enterprise) {
    if (text == null) {
      text = new BlockText();
    }
    long ord = enterprise.getLong(0);
    String name = enterprise.getString(1);
    String scope = enterprise.getString(2);
    Set<String> wanted = asked.value();
    List<Row> out = new ArrayList<>();
    if (!scope.isBlank()) {
      for (String b : text.bigrams(scope)) {
        if (wanted.contains(b)) {
          out.add(RowFactory.create(ord, 0, b));
        }
      }
    }
    for (String b : text.bigrams(name)) {
      if (wanted.contains(b)) {
        out.add(RowFactory.create(ord, 1, b));
      }
    }
    return out.iterator();
  }
}
