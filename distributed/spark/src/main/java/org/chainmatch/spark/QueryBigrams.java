package org.chainmatch.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** A query text's distinct bigrams, each with how many of them a field must hold. */
final class QueryBigrams implements FlatMapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private transient BlockText text;

  @Override
  public Iterator<Row> call(Row query) {
    if (text == null) {
      text = new BlockText();
    }
    String u = query.getString(0);
    Set<String> bigrams = text.bigrams(u);
    int need = BlockText.needed(bigrams.size());
    List<Row> out = new ArrayList<>(bigrams.size());
    for (String b : bigrams) {
      out.add(RowFactory.create(u, b, need));
    }
    return out.iterator();
  }
}
