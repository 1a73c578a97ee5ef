package com.channelportal.onboarding;

import com.channelportal.partner.control.UnifiedSocialCreditCode;
import java.util.concurrent.ThreadLocalRandom;

/** Companies that tests may apply with, without colliding with each other or the demo data. */
public final class TestCompanies {

  private TestCompanies() {}

  /** A valid code nobody else uses: Shenzhen, enterprise, random organization code. */
  public static String randomUscc() {
    var allowed = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    var code = new StringBuilder("91440300");
    var random = ThreadLocalRandom.current();
    for (int i = 0; i < 9; i++) {
      code.append(allowed.charAt(random.nextInt(allowed.length())));
    }
    return UnifiedSocialCreditCode.withCheckCharacter(code.toString());
  }
}
