package com.channelportal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.base.ui.Translations;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.entity.CompanyKind;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HomeViewTest {

  final Translations translations = new Translations();

  @Test
  void everyRoleHasAName() {
    for (Role role : Role.values()) {
      for (Locale language : Translations.LOCALES) {
        assertThat(translations.getTranslation(HomeView.roleKey(role), language))
            .as("%s in %s", role, language)
            .doesNotStartWith("!");
      }
    }
  }

  @Test
  void rolesReadAsAgreed() {
    assertThat(HomeView.roleKey(Role.PARTNER_USER)).isEqualTo("role.partner-user");
    assertThat(translations.getTranslation("role.partner-user", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("合作伙伴用户");
    assertThat(translations.getTranslation("role.brand-sales", Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("品牌直销");
    assertThat(translations.getTranslation("role.channel-manager", Locale.ENGLISH))
        .isEqualTo("Channel manager");
  }

  @Test
  void everyCompanyKindHasAName() {
    for (CompanyKind kind : CompanyKind.values()) {
      for (Locale language : Translations.LOCALES) {
        assertThat(translations.getTranslation(HomeView.kindKey(kind), language))
            .as("%s in %s", kind, language)
            .doesNotStartWith("!");
      }
    }
  }
}
