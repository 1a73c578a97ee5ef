package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.entity.MatchReason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConflictReasonsTest {

  @Test
  void codesWeightsAndParametersInOrder() {
    var reasons =
        List.of(
            new MatchReason(
                MatchReason.Code.USCC_EQUAL, 0.99, Map.of("uscc", "91440300MA5DLT2K0P")),
            new MatchReason(
                MatchReason.Code.TRADE_NAME_EQUAL,
                0.6,
                params("tradeName", "利泰", "removed", "深圳 机电")));

    assertThat(ConflictReasons.json(reasons))
        .isEqualTo(
            "[{\"code\":\"USCC_EQUAL\",\"weight\":0.990,\"params\":{\"uscc\":\"91440300MA5DLT2K0P\"}},"
                + "{\"code\":\"TRADE_NAME_EQUAL\",\"weight\":0.600,"
                + "\"params\":{\"tradeName\":\"利泰\",\"removed\":\"深圳 机电\"}}]");
  }

  @Test
  void scoresAreRoundedToThreeDecimals() {
    assertThat(ConflictReasons.rounded(0.87654)).isEqualByComparingTo("0.877");
    assertThat(ConflictReasons.rounded(0.5995)).isEqualByComparingTo("0.600");
    assertThat(ConflictReasons.rounded(1.0)).hasScaleOf(3);
  }

  /** In the order given, as the matcher's reasons keep them. */
  private static Map<String, String> params(String... keysAndValues) {
    var params = new LinkedHashMap<String, String>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return params;
  }
}
