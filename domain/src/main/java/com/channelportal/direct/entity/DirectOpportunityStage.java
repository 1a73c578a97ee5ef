package com.channelportal.direct.entity;

/**
 * How far the brand's sales person has got; the same steps partners report on registrations (kept
 * apart from the registration's own enum so that direct sales and deal registration do not depend
 * on each other both ways).
 */
public enum DirectOpportunityStage {
  /** 初步接触. */
  PROSPECTING,
  /** 需求确认. */
  QUALIFICATION,
  /** 方案设计. */
  SOLUTION,
  /** 报价投标. */
  PROPOSAL,
  /** 商务谈判. */
  NEGOTIATION
}
