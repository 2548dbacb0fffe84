package org.chainmatch.matching;

/**
 * The factors a match score is made of, each with a short label in Chinese and English for the
 * officials who read the ranking.
 */
public enum Factor {
  /** How well the supplier's products and scope match what is needed. */
  RELEVANCE("能力匹配", "capability"),
  /** Whether the supplier works today and how much capacity it has. */
  READINESS("复工与产能", "readiness"),
  /** How near the supplier is to the requester. */
  PROXIMITY("距离", "proximity"),
  /** Existing supply relations: to the requester, to its peers, or two hops away. */
  RELATIONSHIP("既有供应关系", "existing relationship"),
  /** Whether the supplier's industry fits what is needed. */
  INDUSTRY("行业相符", "industry fit"),
  /** Whether the supplier is a key enterprise of its city. */
  KEY_ENTERPRISE("重点企业", "key enterprise");

  private final String chinese;
  private final String english;

  Factor(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** Short Chinese label. */
  public String chinese() {
    return chinese;
  }

  /** Short English label. */
  public String english() {
    return english;
  }
}
