package com.channelportal.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.entity.MatchReason;
import com.channelportal.registration.control.ConflictReasons;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonTextsTest {

  private static final Map<String, String> TEXTS =
      Map.of(
          "match.reason.USCC_EQUAL", "统一社会信用代码 {uscc} 相同",
          "match.reason.DOMAIN_NO_EVIDENCE", "域名 {domain} 是{why}，不作为证据",
          "match.why.free-mail", "免费邮箱");

  @Test
  void storedReasonsAreTranslatedWithTheirNamedParameters() {
    var stored =
        ConflictReasons.json(
            List.of(
                new MatchReason(
                    MatchReason.Code.USCC_EQUAL, 0.95, Map.of("uscc", "91440300MA5DLT2K0P")),
                new MatchReason(
                    MatchReason.Code.DOMAIN_NO_EVIDENCE,
                    0,
                    Map.of("domain", "qq.com", "why", "free mail"))));

    assertThat(ReasonTexts.describe(stored, ReasonTextsTest::translate))
        .containsExactly("统一社会信用代码 91440300MA5DLT2K0P 相同", "域名 qq.com 是免费邮箱，不作为证据");
  }

  @Test
  void anUnknownCodeIsShownRawRatherThanAsAMissingKey() {
    assertThat(ReasonTexts.describe("NEW_CODE", Map.of("a", "b"), ReasonTextsTest::translate))
        .isEqualTo("NEW_CODE {a=b}");
  }

  @Test
  void refusalsAreKeyedByCodeUnlessTheFieldChangesTheirMeaning() {
    assertThat(RegistrationTexts.invalidKey("lines[2].quantity", "lines[2].quantity.RANGE"))
        .isEqualTo("registration.invalid.lines.quantity.RANGE");
    assertThat(RegistrationTexts.invalidKey("notes", "notes.TOO_LONG"))
        .isEqualTo("registration.invalid.TOO_LONG");
    assertThat(RegistrationTexts.invalidKey("customer.uscc", "customer.uscc.CHECK_CHARACTER"))
        .isEqualTo("invalid.uscc.CHECK_CHARACTER");
    assertThat(RegistrationTexts.invalidKey("query", "query.LENGTH"))
        .isEqualTo("invalid.uscc.LENGTH");
    assertThat(RegistrationTexts.invalidKey("query", "query.REQUIRED"))
        .isEqualTo("registration.invalid.REQUIRED");
  }

  private static String translate(String key) {
    return TEXTS.getOrDefault(key, "!" + key);
  }
}
