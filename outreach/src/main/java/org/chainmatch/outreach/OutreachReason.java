package org.chainmatch.outreach;

/**
 * What the target authority is asked to do: for a supplier there, decided by its status; for a
 * buyer there of a home-city enterprise's product, {@link #TAKE}.
 */
public enum OutreachReason {
  /** The supplier does not work (SUSPENDED, or no report of working): help it resume. */
  RESUME("协调复工", "协调推动相关企业尽快复工复产"),
  /** The supplier works below the low-capacity threshold: help it expand. */
  EXPAND("协调扩产", "协调支持相关企业提升产能、扩大供应"),
  /** The supplier works: help its goods leave, with transport and a green channel. */
  SHIP("物流保障/绿色通道", "为相关企业产品运输提供物流保障，开通绿色通道"),
  /**
   * The enterprise there would use a product the home city's enterprise cannot sell at home (its
   * usual customers are closed): help them meet and trade.
   */
  TAKE("协调采购", "协调相关企业与我市企业对接，采购我市企业的产品");

  private final String label;
  private final String ask;

  OutreachReason(String label, String ask) {
    this.label = label;
    this.ask = ask;
  }

  /** The short Chinese label used in tables and in {@code outreach.csv}, e.g. 协调复工. */
  public String label() {
    return label;
  }

  /** The request as a letter phrases it. */
  public String ask() {
    return ask;
  }
}
