package org.chainmatch.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether an enterprise is working, as reported by the latest resumption survey.
 *
 * <p>Parsing accepts the English constant names (any case) and the Chinese words used in survey
 * exports: 已复工, 部分复工, 未复工, 未知.
 */
public enum OperatingState {
  /** Fully back at work (已复工). */
  RESUMED("已复工"),
  /** Working at reduced capacity (部分复工). */
  PARTIAL("部分复工"),
  /** Not working (未复工). */
  SUSPENDED("未复工"),
  /** No report (未知). */
  UNKNOWN("未知");

  private final String chinese;

  OperatingState(String chinese) {
    this.chinese = chinese;
  }

  /** The Chinese word for this state, as used in letters and survey exports. */
  public String chinese() {
    return chinese;
  }

  /** True for states in which the enterprise produces something today (RESUMED, PARTIAL). */
  public boolean isWorking() {
    return this == RESUMED || this == PARTIAL;
  }

  /**
   * Parses a state from its English name (case-insensitive) or its Chinese word.
   *
   * @return the state, or empty if the text names none
   */
  public static Optional<OperatingState> parse(String text) {
    String t = text.strip();
    for (OperatingState s : values()) {
      if (s.name().equals(t.toUpperCase(Locale.ROOT)) || s.chinese.equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
