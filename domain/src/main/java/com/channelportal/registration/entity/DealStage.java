package com.channelportal.registration.entity;

/**
 * How far the partner has got with the deal, as it reports it. Winning and losing are not stages
 * but the registration's final states.
 */
public enum DealStage {
  /** 初步接触: first contact, need not yet confirmed. */
  PROSPECTING,
  /** 需求确认: need, budget and decision makers known. */
  QUALIFICATION,
  /** 方案设计: the solution is being worked out with the customer. */
  SOLUTION,
  /** 报价投标: quoted or bidding. */
  PROPOSAL,
  /** 商务谈判: negotiating terms. */
  NEGOTIATION
}
