package org.chainmatch.spark;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The bigram tokens the capability index compares business scopes and names with: overlapping CJK
 * bigrams after width folding and lower-casing, the same Lucene chain as the index's own (which is
 * not public). Blocking uses them to find every enterprise whose scope or name holds at least half
 * of a query's bigrams, the index's rule for scope and name evidence. Thread-confined: one
 * instance per task.
 */
final class BlockText {
  private final Analyzer bigrams = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(source);
      return new TokenStreamComponents(source, new CJKBigramFilter(stream));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new CJKWidthCharFilter(reader);
    }
  };

  /** The distinct bigram tokens of {@code text}, in order of first appearance. */
  Set<String> bigrams(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = bigrams.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return out;
  }

  /** How many of a query's {@code n} bigrams a field must hold to count: at least half. */
  static int needed(int n) {
    return (n + 1) / 2;
  }
}
