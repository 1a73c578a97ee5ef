package com.channelportal.notification.control;

import java.time.LocalDate;

/** Facts of a registration of 华南电气 for the tests. */
final class Facts {

  static final String PARTNER_NAME = "华南电气有限公司";

  private Facts() {}

  static DispatchFacts submitted(String channelManager) {
    return new DispatchFacts(
        "DR-2026-000042",
        "深圳利泰仪器仪表有限公司",
        PARTNER_NAME,
        "huanan",
        "huanan.user",
        "huanan.user",
        channelManager,
        LocalDate.of(2027, 2, 25));
  }

  static DispatchFacts draft() {
    return new DispatchFacts(
        null, "深圳利泰", PARTNER_NAME, "huanan", null, "huanan.user", "zhang.wei", null);
  }
}
