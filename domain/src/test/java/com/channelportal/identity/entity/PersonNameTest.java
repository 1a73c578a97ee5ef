package com.channelportal.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNameTest {

  @Test
  void chineseNamesAreFamilyNameFirstWithoutSpace() {
    assertThat(new PersonName("建新", "王", "建新 王").display()).contains("王建新");
  }

  @Test
  void westernNamesKeepTheProvidersFullName() {
    assertThat(new PersonName("Anna", "Schmidt", "Anna Schmidt").display())
        .contains("Anna Schmidt");
  }

  @Test
  void fullNameIsUsedWhenPartsAreMissing() {
    assertThat(new PersonName(null, "王", "王 先生").display()).contains("王 先生");
  }

  @Test
  void nothingGivenMeansNoName() {
    assertThat(new PersonName(" ", null, "").display()).isEmpty();
  }
}
