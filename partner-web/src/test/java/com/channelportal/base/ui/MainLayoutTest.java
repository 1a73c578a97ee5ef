package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MainLayoutTest {

  @Test
  void menuKeyFollowsTheRoute() {
    assertThat(MainLayout.menuKey("/")).isEqualTo("menu.home");
    assertThat(MainLayout.menuKey("")).isEqualTo("menu.home");
    assertThat(MainLayout.menuKey("/partners")).isEqualTo("menu.partners");
    assertThat(MainLayout.menuKey("/admin/users/")).isEqualTo("menu.admin.users");
  }

  @Test
  void languageKeyUsesTheLanguageTag() {
    assertThat(MainLayout.languageKey(Locale.SIMPLIFIED_CHINESE)).isEqualTo("language.zh-CN");
    assertThat(MainLayout.languageKey(Locale.ENGLISH)).isEqualTo("language.en");
  }

  @Test
  void theLinkedStylesheetIsServed() {
    assertThat(Path.of("src/main/webapp/styles/portal.css")).isRegularFile();
  }
}
