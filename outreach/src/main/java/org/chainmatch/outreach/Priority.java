package org.chainmatch.outreach;

/** How soon an outreach item or request should be acted on; see {@link PriorityRule}. */
public enum Priority {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String chinese;

  Priority(String chinese) {
    this.chinese = chinese;
  }

  /** The Chinese word, 高/中/低. */
  public String chinese() {
    return chinese;
  }
}
