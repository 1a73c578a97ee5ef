package com.channelportal.dealteam.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.dealteam.boundary.DealTeams;
import com.channelportal.dealteam.control.MentionRules;
import com.channelportal.dealteam.control.TaskRules;
import com.channelportal.dealteam.control.TeamRules;
import com.channelportal.dealteam.entity.DealRole;
import com.channelportal.dealteam.entity.TaskStatus;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The panels build keys from codes at run time; each needs a text in both languages. */
class DealTeamTranslationsTest {

  /** Every reason the team and task rules give, as the forms look them up. */
  static final List<String> REASONS =
      List.of(
          "username.REQUIRED",
          "role.REQUIRED",
          TeamRules.ALREADY,
          TeamRules.WRONG_SIDE,
          TeamRules.UNKNOWN,
          TeamRules.ROLE_WRONG_SIDE,
          "title" + TaskRules.REQUIRED,
          "title" + TaskRules.TOO_LONG,
          "description" + TaskRules.TOO_LONG,
          "assignee" + TaskRules.REQUIRED,
          TaskRules.NOT_ON_TEAM,
          "dueDate" + TaskRules.REQUIRED,
          TaskRules.TRANSITION,
          "text" + TaskRules.REQUIRED,
          "text" + TaskRules.TOO_LONG,
          MentionRules.NOT_VISIBLE,
          MentionRules.UNKNOWN);

  @ParameterizedTest
  @ValueSource(strings = {"translations.properties", "translations_zh_CN.properties"})
  void everyCodeHasAText(String bundle) throws IOException {
    var texts = load(bundle);
    var keys = new ArrayList<String>();
    REASONS.forEach(r -> keys.add(DealTeamTexts.problemKey(r)));
    DealTeams.RULE_CODES.forEach(c -> keys.add(DealTeamTexts.ruleKey(c)));
    for (var role : DealRole.values()) {
      keys.add(DealTeamTexts.roleKey(role));
    }
    for (var status : TaskStatus.values()) {
      keys.add(DealTeamTexts.statusKey(status));
      keys.add(DealTeamTexts.transitionKey(status));
    }
    keys.add(DealTeamTexts.myStatusKey(MyTasksView.OPEN));
    keys.add(DealTeamTexts.myStatusKey(MyTasksView.DONE));
    assertThat(keys).allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
  }

  @Test
  void aMentionProblemNamesTheMentionedPerson() {
    assertThat(DealTeamTexts.mentionOf("@litai.user may not see this item"))
        .isEqualTo("@litai.user");
    assertThat(DealTeamTexts.mentionOf("@no.body: nobody of that name")).isEqualTo("@no.body");
    assertThat(DealTeamTexts.mentionOf("text: is required")).isEmpty();
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (var in = DealTeamTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
