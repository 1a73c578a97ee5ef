package com.channelportal.onboarding.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationAliasesTest {

  @ParameterizedTest
  @CsvSource({
    "litai.com.cn, litai",
    "LiTai.COM, litai",
    "huanan-electric.example, huanan-electric",
    "1688.com, 1688",
    "xn--fiq228c.com, xn--fiq228c",
    "my_company.cn, my-company",
    "litai, litai"
  })
  void theFirstLabelOfTheDomain(String domain, String alias) {
    assertThat(OrganizationAliases.base(domain)).isEqualTo(alias);
  }

  @Test
  void atMost64CharactersWithoutATrailingDash() {
    var label = "a".repeat(63) + "-b";

    assertThat(OrganizationAliases.base(label + ".com")).isEqualTo("a".repeat(63));
    assertThat(OrganizationAliases.base("b".repeat(70) + ".com")).hasSize(64);
  }

  @Test
  void aFreeAliasIsTakenAsItIs() {
    assertThat(OrganizationAliases.choose("litai.com.cn", Set.of("huanan", "brand")))
        .isEqualTo("litai");
  }

  @Test
  void aTakenAliasGetsTheFirstFreeNumber() {
    assertThat(OrganizationAliases.choose("litai.com.cn", Set.of("litai"))).isEqualTo("litai-2");
    assertThat(OrganizationAliases.choose("litai.com.cn", Set.of("litai", "litai-2", "litai-4")))
        .isEqualTo("litai-3");
  }

  @Test
  void theBrandsOwnAliasIsNeverHandedOut() {
    assertThat(OrganizationAliases.choose("brand.com", Set.of("brand"))).isEqualTo("brand-2");
  }

  @Test
  void aLongBaseIsShortenedSoThatTheNumberFits() {
    var base = "c".repeat(64);
    var taken = new HashSet<>(Set.of(base));
    for (int n = 2; n <= 10; n++) {
      var suffix = "-" + n;
      taken.add("c".repeat(64 - suffix.length()) + suffix);
    }

    var alias = OrganizationAliases.choose(base + ".com", taken);

    assertThat(alias).isEqualTo("c".repeat(61) + "-11").hasSize(64);
  }

  @Test
  void everyAliasFitsThePartnerCompanyPattern() {
    for (var domain : new String[] {"-x-.com", "x--y.cn", "ab.cd", "a.com"}) {
      assertThat(OrganizationAliases.choose(domain, Set.of()))
          .matches("[a-z0-9][a-z0-9-]*")
          .doesNotEndWith("-");
    }
  }
}
