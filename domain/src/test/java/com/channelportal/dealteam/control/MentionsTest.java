package com.channelportal.dealteam.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

  @Test
  void findsMentionsRightNextToChineseText() {
    assertThat(Mentions.in("请@zhang.wei看一下报价，@huanan.user 明天回复。"))
        .containsExactly("zhang.wei", "huanan.user");
  }

  @Test
  void anEmailAddressIsNoMention() {
    assertThat(Mentions.in("发到 li.na@example.com 或 sales@brand.cn")).isEmpty();
    assertThat(Mentions.in("mail li.na@example.com, then ask @li.na")).containsExactly("li.na");
  }

  @Test
  void eachPersonOnceInOrderOfFirstMention() {
    assertThat(Mentions.in("@Zhang.Wei @huanan.user @zhang.wei"))
        .containsExactly("zhang.wei", "huanan.user");
  }

  @Test
  void punctuationEndsAName() {
    assertThat(Mentions.in("Thanks @li.na. And @zhao-lei, (@huanan_admin)"))
        .containsExactly("li.na", "zhao-lei", "huanan_admin");
  }

  @Test
  void aLoneAtSignOrDoubleAtIsNothing() {
    assertThat(Mentions.in("@ 全体 @@li.na 5 @ 10元")).isEmpty();
  }
}
