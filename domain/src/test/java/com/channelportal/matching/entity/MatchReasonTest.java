package com.channelportal.matching.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelportal.matching.entity.MatchReason.Code;
import com.channelportal.matching.entity.MatchReason.Effect;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MatchReasonTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  @Test
  void describeFillsTheTemplate() {
    var reason =
        new MatchReason(
            Code.TRADE_NAME_EQUAL, 0.6, Map.of("tradeName", "利泰", "removed", "深圳市, 有限公司"));

    assertThat(reason.describe()).isEqualTo("trade name 利泰 equal after removing 深圳市, 有限公司");
  }

  @Test
  void everyTemplateNamesItsParametersInBraces() {
    for (Code code : Code.values()) {
      var params = new LinkedHashMap<String, String>();
      PLACEHOLDER.matcher(template(code)).results().forEach(m -> params.put(m.group(1), "v"));

      assertThat(new MatchReason(code, 0, params).describe()).as(code.name()).doesNotContain("{");
    }
  }

  @Test
  void parametersKeepTheirOrderAndCannotBeChanged() {
    var params = new LinkedHashMap<String, String>();
    params.put("probe", "a");
    params.put("candidate", "b");
    var reason = new MatchReason(Code.OTHER_CITY, 0.5, params);
    params.put("probe", "changed");

    assertThat(reason.params().keySet()).containsExactly("probe", "candidate");
    assertThat(reason.params()).containsEntry("probe", "a");
    assertThatThrownBy(() -> reason.params().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void effectsAreDeclaredInTheOrderReasonsAreShown() {
    assertThat(Arrays.asList(Effect.values()))
        .containsExactly(
            Effect.FLOORS, Effect.CAPS, Effect.ADDS, Effect.DISCOUNTS_NAME, Effect.INFORMS);
    assertThat(Code.USCC_EQUAL.effect()).isEqualTo(Effect.FLOORS);
    assertThat(Code.KEY_UNSELECTIVE.effect()).isEqualTo(Effect.INFORMS);
  }

  @Test
  void aMatchScoreIsBetweenZeroAndOne() {
    var candidate = new Candidate("1", CandidateKind.CUSTOMER, MatchSubject.named("利泰"));

    assertThatIllegalArgumentException().isThrownBy(() -> new Match(candidate, 1.01, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> new Match(candidate, -0.1, List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Match(candidate, Double.NaN, List.of()));
    assertThat(new Match(candidate, 1, List.of()).score()).isEqualTo(1);
  }

  @Test
  void subjectWithersChangeOneFieldEach() {
    var subject =
        MatchSubject.named("深圳利泰")
            .withUscc("u")
            .withWebsite("w")
            .withEmail("e")
            .withPhone("p")
            .withLocation("广东", "深圳")
            .withIndustry("i", "s");

    assertThat(subject)
        .isEqualTo(new MatchSubject("深圳利泰", "u", "w", "e", "p", "广东", "深圳", "i", "s"));
  }

  /** The template through describe() with each placeholder named as itself. */
  private static String template(Code code) {
    return new MatchReason(code, 0, Map.of()).describe();
  }
}
