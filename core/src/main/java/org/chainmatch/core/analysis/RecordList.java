package org.chainmatch.core.analysis;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list of analysis records that holds only the ids of what it lists, in order, and
 * builds each record when it is read.
 *
 * <p>Why: a city of a million enterprises has hundreds of thousands of blocked inputs, breakpoints
 * and enterprises at risk. Building every record up front cost five times the analysis itself,
 * while most callers count, page, or stream the list once into a file. Here the order is decided
 * once (on ids) and a record costs its allocation only when it is read; reading an element twice
 * builds two equal records. Four bytes per element.
 *
 * <p>The builder must be a pure function of the id over state that no longer changes. Thread-safe
 * when it is: the list itself is immutable.
 */
final class RecordList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<T> atIndex;

  private RecordList(int size, IntFunction<T> atIndex) {
    this.size = size;
    this.atIndex = atIndex;
  }

  /** The records of {@code ids}, in that order. */
  static <T> RecordList<T> of(int[] ids, IntFunction<T> record) {
    return new RecordList<>(ids.length, i -> record.apply(ids[i]));
  }

  /** {@code size} records, the one at index {@code i} being {@code atIndex.apply(i)}. */
  static <T> RecordList<T> ofIndices(int size, IntFunction<T> atIndex) {
    return new RecordList<>(size, atIndex);
  }

  @Override
  public T get(int index) {
    java.util.Objects.checkIndex(index, size);
    return atIndex.apply(index);
  }

  @Override
  public int size() {
    return size;
  }
}
