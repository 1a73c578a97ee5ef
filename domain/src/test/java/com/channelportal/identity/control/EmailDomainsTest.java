package com.channelportal.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDomainsTest {

  @Nested
  class DomainOf {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "wang.jianxin@litai.com, litai.com",
      "Wang.Jianxin@LiTai.COM.CN, litai.com.cn",
      "'  sales@litai.com  ', litai.com",
      "sales@mail.litai.com., mail.litai.com",
      "wang@中文.com, xn--fiq228c.com",
      "wang@xn--fiq228c.com, xn--fiq228c.com",
      "ｗａｎｇ＠ｌｉｔａｉ。ｃｏｍ, litai.com",
      "first+tag@ex-ample.org, ex-ample.org",
      "王建新@litai.com, litai.com"
    })
    void isFoundInLowerCaseAscii(String email, String domain) {
      assertThat(EmailDomains.domainOf(email)).contains(domain);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(
        strings = {
          "   ",
          "no-at-sign.com",
          "@litai.com",
          "wang@",
          "wang@@litai.com",
          "wang@li@tai.com",
          "wang@localhost",
          "wang@.",
          "wang@.litai.com",
          "wang@litai..com",
          "wang jianxin@litai.com",
          "wang@lit ai.com",
          "wang@-litai.com",
          "wang@li_tai.com",
          "wang@192.168.1.1"
        })
    void isEmptyForWhatIsNoAddress(String email) {
      assertThat(EmailDomains.domainOf(email)).isEmpty();
    }
  }

  @Nested
  class RegistrableDomain {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "litai.com, litai.com",
      "sales.litai.com, litai.com",
      "a.b.sales.litai.com, litai.com",
      "mail.litai.com.cn, litai.com.cn",
      "litai.com.cn, litai.com.cn",
      "WWW.LiTai.Com., litai.com",
      "www.mof.gov.cn, mof.gov.cn",
      "shenzhen.edu.cn, shenzhen.edu.cn",
      "mail.example.co.uk, example.co.uk",
      "邮件.中文.com, xn--fiq228c.com",
      "com.cn, com.cn",
      "alice.github.io, alice.github.io",
      "sales.litai.internal, sales.litai.internal"
    })
    void foldsSubdomainsToWhatTheOwnerRegistered(String domain, String registrable) {
      assertThat(EmailDomains.registrableDomain(domain)).isEqualTo(registrable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "litai..com", "li tai.com"})
    void refusesWhatIsNoDomain(String domain) {
      assertThatIllegalArgumentException().isThrownBy(() -> EmailDomains.registrableDomain(domain));
    }
  }

  @Nested
  class FreeMail {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "qq.com",
          "foxmail.com",
          "163.com",
          "126.com",
          "yeah.net",
          "188.com",
          "sina.com",
          "sina.cn",
          "sohu.com",
          "aliyun.com",
          "139.com",
          "189.cn",
          "wo.cn",
          "gmail.com",
          "googlemail.com",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "msn.com",
          "yahoo.com",
          "yahoo.com.cn",
          "icloud.com",
          "me.com",
          "proton.me",
          "protonmail.com",
          "gmx.com",
          "gmx.de",
          "mail.ru",
          "yandex.com",
          "aol.com",
          "zoho.com"
        })
    void theWellKnownProvidersAreListed(String domain) {
      assertThat(EmailDomains.isFreeMail(domain)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"vip.qq.com", "vip.163.com", "VIP.Sina.COM", "mail.yahoo.com.cn"})
    void subdomainsOfProvidersCountToo(String domain) {
      assertThat(EmailDomains.isFreeMail(domain)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"litai.com", "litai.com.cn", "tencent.com", "163.com.cn", "qq.com.cn"})
    void companyDomainsAreNot(String domain) {
      assertThat(EmailDomains.isFreeMail(domain)).isFalse();
    }

    @Test
    void everyListedEntryIsARegistrableDomainSoNoEntryWidensSilently() throws IOException {
      for (String entry : rawEntries()) {
        assertThat(EmailDomains.registrableDomain(entry)).as(entry).isEqualTo(entry);
      }
      assertThat(EmailDomains.freeMailDomains()).hasSameSizeAs(Set.copyOf(rawEntries()));
    }

    private List<String> rawEntries() throws IOException {
      var in = EmailDomains.class.getResourceAsStream("free-mail-domains.txt");
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader
            .lines()
            .map(line -> line.replaceFirst("#.*", "").strip())
            .filter(line -> !line.isEmpty())
            .toList();
      }
    }
  }

  @Nested
  class MayInvite {

    private static final Set<String> LITAI = Set.of("litai.com", "litai.com.cn");

    @ParameterizedTest
    @ValueSource(
        strings = {
          "wang@litai.com",
          "wang@sales.litai.com",
          "WANG@LITAI.COM.CN",
          "li@mail.litai.com.cn"
        })
    void addressesAtTheCompanysDomains(String email) {
      assertThat(EmailDomains.mayInvite(email, LITAI, false)).isEqualTo(InvitationCheck.OK);
    }

    @Test
    void companyDomainsAreComparedIgnoringCaseAndSubdomains() {
      var given = Set.of("LiTai.COM", "mail.litai.com.cn.");

      assertThat(EmailDomains.mayInvite("wang@litai.com", given, false))
          .isEqualTo(InvitationCheck.OK);
      assertThat(EmailDomains.mayInvite("wang@litai.com.cn", given, false))
          .isEqualTo(InvitationCheck.OK);
    }

    @Test
    void internationalizedCompanyDomain() {
      assertThat(EmailDomains.mayInvite("wang@中文.com", Set.of("中文.com"), false))
          .isEqualTo(InvitationCheck.OK);
      assertThat(EmailDomains.mayInvite("wang@xn--fiq228c.com", Set.of("中文.com"), false))
          .isEqualTo(InvitationCheck.OK);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "wang@huanan.com",
          "wang@notlitai.com",
          "wang@litai.com.evil.cn",
          "wang@litai.net"
        })
    void otherDomainsAreForeign(String email) {
      assertThat(EmailDomains.mayInvite(email, LITAI, false))
          .isEqualTo(InvitationCheck.FOREIGN_DOMAIN);
    }

    @Test
    void foreignDomainsCanBeAllowed() {
      assertThat(EmailDomains.mayInvite("wang@huanan.com", LITAI, true))
          .isEqualTo(InvitationCheck.OK);
      assertThat(EmailDomains.mayInvite("wang@huanan.com", Set.of(), true))
          .isEqualTo(InvitationCheck.OK);
    }

    @Test
    void withoutCompanyDomainsEverythingIsForeign() {
      assertThat(EmailDomains.mayInvite("wang@litai.com", Set.of(), false))
          .isEqualTo(InvitationCheck.FOREIGN_DOMAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15954507779@qq.com", "wang@vip.163.com", "Wang@Gmail.com"})
    void freeMailIsRefusedEvenWhereForeignDomainsAreAllowed(String email) {
      assertThat(EmailDomains.mayInvite(email, LITAI, true)).isEqualTo(InvitationCheck.FREE_MAIL);
    }

    @Test
    void freeMailIsRefusedEvenIfTheCompanyListsItAsItsDomain() {
      assertThat(EmailDomains.mayInvite("boss@qq.com", Set.of("qq.com"), false))
          .isEqualTo(InvitationCheck.FREE_MAIL);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"wang", "wang@litai", "wang@@litai.com"})
    void invalidAddresses(String email) {
      assertThat(EmailDomains.mayInvite(email, LITAI, true))
          .isEqualTo(InvitationCheck.INVALID_ADDRESS);
    }

    @Test
    void aCompanyDomainThatIsNoDomainMatchesNothing() {
      var broken = Set.of("litai", "", "li tai.com");

      assertThat(EmailDomains.mayInvite("wang@litai.com", broken, false))
          .isEqualTo(InvitationCheck.FOREIGN_DOMAIN);
    }
  }
}
