package com.channelportal.partner.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.identity.control.InvitationCheck;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.boundary.Teams;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The team page's keys built at run time: refusal codes, invitation checks, roles, languages. */
class TeamTranslationsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "vaadin-i18n/translations.properties",
        "vaadin-i18n/translations_zh_CN.properties"
      })
  void everyRefusalRoleAndLanguageHasAText(String bundle) throws IOException {
    var texts = new Properties();
    try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Teams.RULE_CODES.forEach(code -> assertThat(texts).containsKey(TeamView.ruleKey(code)));
    for (InvitationCheck check : InvitationCheck.values()) {
      if (!check.isOk()) {
        assertThat(texts).containsKey(PartnerForm.invalidKey("email." + check.name()));
      }
    }
    assertThat(texts)
        .containsKey(TeamView.roleKey(Role.PARTNER_USER))
        .containsKey(TeamView.roleKey(Role.PARTNER_ADMIN))
        .containsKey(TeamView.languageKey("zh-CN"))
        .containsKey(TeamView.languageKey("en"))
        .containsKey(TeamView.errorKey(new IllegalStateException()));
  }
}
