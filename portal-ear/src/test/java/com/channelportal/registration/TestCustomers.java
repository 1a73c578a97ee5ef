package com.channelportal.registration;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers that registration tests may claim without meeting each other in conflict detection: a
 * random trade name of three uncommon characters, so no two tests share a name by accident.
 */
final class TestCustomers {

  private static final String TRADE_NAME_CHARACTERS = "鹏翎璟瑞澜珂骁琨岚琰曦砚钧霁韬璇沅翊骞珩桦楠晗煜";

  private TestCustomers() {}

  static String uniqueName(String industryAndForm) {
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("深圳");
    for (int i = 0; i < 3; i++) {
      name.append(TRADE_NAME_CHARACTERS.charAt(random.nextInt(TRADE_NAME_CHARACTERS.length())));
    }
    return name.append(industryAndForm).toString();
  }
}
