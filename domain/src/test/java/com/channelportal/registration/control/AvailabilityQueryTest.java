package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.registration.control.AvailabilityQuery.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AvailabilityQueryTest {

  @ParameterizedTest
  @CsvSource({
    "91440300MA5DLT2K0P, USCC",
    "９１４４０３００ＭＡ５ＤＬＴ２Ｋ０Ｐ, USCC",
    "litai.com.cn, DOMAIN",
    "https://www.litai.com.cn/about, DOMAIN",
    "sales@litai.com.cn, DOMAIN",
    "深圳利泰机电有限公司, NAME",
    "Litai Electric Co. Ltd, NAME",
    "高朋集团, NAME"
  })
  void theKindIsTakenFromTheText(String text, Kind kind) {
    var parsed = AvailabilityQuery.parse(text);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.query().kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource({
    "91440300MA5DLT2K0Q, query.CHECK_CHARACTER",
    "有限公司, query.NOT_DISTINCTIVE",
    "'a@b', query.FORMAT"
  })
  void malformedQueriesAreRefusedWithTheReason(String text, String reason) {
    assertThat(AvailabilityQuery.parse(text).problems())
        .extracting(p -> p.reason())
        .containsExactly(reason);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\u3000"})
  void aQueryIsRequired(String text) {
    assertThat(AvailabilityQuery.parse(text).problems())
        .extracting(p -> p.reason())
        .containsExactly("query.REQUIRED");
  }

  @ParameterizedTest
  @ValueSource(strings = {"利泰\u0007", "\u202E利泰"})
  void controlCharactersAreRefused(String text) {
    assertThat(AvailabilityQuery.parse(text).problems())
        .extracting(p -> p.reason())
        .containsExactly("query.CONTROL_CHARACTER");
  }

  @ParameterizedTest
  @ValueSource(ints = {201})
  void atMostANamesLength(int length) {
    assertThat(AvailabilityQuery.parse("利".repeat(length)).problems())
        .extracting(p -> p.reason())
        .containsExactly("query.TOO_LONG");
  }
}
