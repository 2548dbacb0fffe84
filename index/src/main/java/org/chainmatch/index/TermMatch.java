package org.chainmatch.index;

/**
 * A query term that matched, where, and how much it contributed.
 *
 * @param field the field it matched in: {@code products}, {@code scope}, {@code name}, ...
 * @param term the matched text (a product name or query term)
 * @param weight its share of the candidate's relevance, in [0, 1]
 */
public record TermMatch(String field, String term, double weight) {}
