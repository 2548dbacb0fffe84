package org.chainmatch.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The three token streams the index is built from. All fold full-width forms to half-width
 * (ＫＮ９５ → KN95) before tokenising and lower-case after, so width and case never decide a match.
 *
 * <ul>
 *   <li>{@link #words()}: smartcn's HMM word segmentation. Good on dictionary words, but it has no
 *       user dictionary and splits unknown product names into single characters. Letter-digit
 *       runs it splits (N95 → n, 95) are rejoined by {@link LetterDigitJoinFilter}.
 *   <li>{@link #bigrams()}: overlapping CJK bigrams (a lone ideograph stays a unigram); runs of
 *       letters and digits stay whole, so N95 and KN95 are different tokens. Dictionary-free, so
 *       it finds unknown names (碳化硅 in 碳化硅衬底), and about ten times faster than smartcn.
 *   <li>{@link #unigrams()}: single ideographs, letter-digit runs whole.
 * </ul>
 *
 * <p>Analyzers are thread-safe (Lucene reuses per-thread components).
 */
final class TextAnalyzers {
  private TextAnalyzers() {}

  /** The terms {@code analyzer} makes of {@code text}, in order, repeats kept. */
  static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
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

  static Analyzer words() {
    return widthFolded(HMMChineseTokenizer::new, s -> new LowerCaseFilter(new LetterDigitJoinFilter(s)));
  }

  static Analyzer bigrams() {
    return widthFolded(StandardTokenizer::new, s -> new CJKBigramFilter(new LowerCaseFilter(s)));
  }

  static Analyzer unigrams() {
    // StandardTokenizer already emits each ideograph as its own token.
    return widthFolded(StandardTokenizer::new, LowerCaseFilter::new);
  }

  /**
   * The one way every analysis chain of the index is made: full-width forms folded before the
   * {@code tokenizer}, then {@code filters} on its tokens. Components are made once per thread and
   * reused (Lucene's reuse strategy), so the factories cost nothing per text analysed.
   */
  static Analyzer widthFolded(
      Supplier<Tokenizer> tokenizer, Function<Tokenizer, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filters.apply(source));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new CJKWidthCharFilter(reader);
      }
    };
  }
}
