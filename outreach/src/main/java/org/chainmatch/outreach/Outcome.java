package org.chainmatch.outreach;

/** What came of one requested item. */
public enum Outcome {
  /** The supplier resumed, expanded or shipped as asked (已解决). */
  FULFILLED("已解决"),
  /** Part of what was asked was achieved (部分解决). */
  PARTLY_FULFILLED("部分解决"),
  /** The target authority or the supplier could not help (无法协调). */
  DECLINED("无法协调"),
  /** The local need went away, e.g. met elsewhere (需求已撤销). */
  WITHDRAWN("需求已撤销");

  private final String chinese;

  Outcome(String chinese) {
    this.chinese = chinese;
  }

  /** The Chinese label. */
  public String chinese() {
    return chinese;
  }
}
