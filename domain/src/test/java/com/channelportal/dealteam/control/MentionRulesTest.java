package com.channelportal.dealteam.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.control.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionRulesTest {

  private static final Map<String, Side> SIDES =
      Map.of(
          "huanan.user", Side.PARTNER,
          "zhang.wei", Side.BRAND,
          "litai.user", Side.OUTSIDER);

  @Test
  void aSharedItemMayMentionEveryReaderOfTheDeal() {
    assertThat(MentionRules.problems(List.of("huanan.user", "zhang.wei"), SIDES, false)).isEmpty();
  }

  @Test
  void aBrandInternalItemMayNotMentionThePartnersPeople() {
    assertThat(MentionRules.problems(List.of("zhang.wei", "huanan.user"), SIDES, true))
        .extracting(FieldProblem::reason)
        .containsExactly(MentionRules.NOT_VISIBLE);
  }

  @Test
  void anotherDistributorAndNobodyAreRefused() {
    assertThat(MentionRules.problems(List.of("litai.user", "no.body"), SIDES, false))
        .extracting(FieldProblem::field, FieldProblem::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("mention", MentionRules.NOT_VISIBLE),
            org.assertj.core.groups.Tuple.tuple("mention", MentionRules.UNKNOWN));
  }

  @Test
  void theWriterIsNotToldOfTheirOwnMention() {
    assertThat(MentionRules.toTell(List.of("zhang.wei", "huanan.user"), "Zhang.Wei"))
        .containsExactly("huanan.user");
  }
}
