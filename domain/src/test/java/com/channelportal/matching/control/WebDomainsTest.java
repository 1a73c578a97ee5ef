package com.channelportal.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.matching.control.WebDomain.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WebDomainsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "www.litai.com.cn",
        "litai.com.cn",
        "http://www.litai.com.cn",
        "https://www.litai.com.cn/about/index.html?lang=zh#team",
        "HTTPS://WWW.LITAI.COM.CN/",
        "www.litai.com.cn:8080/shop",
        "ｗｗｗ．ｌｉｔａｉ．ｃｏｍ．ｃｎ",
        "mail.litai.com.cn",
        "  www.litai.com.cn.  "
      })
  void websitesFoldToTheRegistrableDomain(String website) {
    assertThat(WebDomains.ofWebsite(website)).contains(new WebDomain("litai.com.cn", Kind.OWN));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"wang@litai.com.cn", "wang@mail.litai.com.cn", "Wang@LiTai.com.cn"})
  void emailsFoldTheSameWay(String email) {
    assertThat(WebDomains.ofEmail(email)).contains(new WebDomain("litai.com.cn", Kind.OWN));
  }

  @Test
  void anAddressTypedIntoTheWebsiteField() {
    assertThat(WebDomains.ofWebsite("sales@litai.com.cn"))
        .contains(new WebDomain("litai.com.cn", Kind.OWN));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "litai@qq.com, qq.com",
    "15954507779@qq.com, qq.com",
    "wang@vip.163.com, 163.com",
    "litai@126.com, 126.com",
    "litai.sales@gmail.com, gmail.com",
    "litai@outlook.com, outlook.com"
  })
  void freeMailIsKeptButNoEvidence(String email, String domain) {
    var found = WebDomains.ofEmail(email).orElseThrow();

    assertThat(found).isEqualTo(new WebDomain(domain, Kind.FREE_MAIL));
    assertThat(found.isEvidence()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://shop123456.1688.com, 1688.com",
    "litai.1688.com/page/offerlist.htm, 1688.com",
    "https://litai.taobao.com, taobao.com",
    "litai.tmall.com, tmall.com",
    "https://mall.jd.com/index-1000.html, jd.com",
    "https://litai.en.alibaba.com, alibaba.com",
    "litai.wixsite.com/home, litai.wixsite.com",
    "litai.github.io, litai.github.io",
    "litai.weebly.com, weebly.com",
    "litai.blogspot.com, litai.blogspot.com",
    "litai.wordpress.com, wordpress.com",
    "blog.sina.com.cn/litai, sina.com.cn"
  })
  void sharedHostsAreNoEvidence(String website, String domain) {
    var found = WebDomains.ofWebsite(website).orElseThrow();

    assertThat(found.kind()).isEqualTo(Kind.SHARED_HOST);
    assertThat(found.domain()).isEqualTo(domain);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"alibaba-inc.com", "www.jdcloud-litai.com", "taobao.com.litai.cn"})
  void lookalikesOfSharedHostsAreOwnDomains(String website) {
    assertThat(WebDomains.ofWebsite(website).orElseThrow().kind()).isEqualTo(Kind.OWN);
  }

  @ParameterizedTest(name = "[{0}]")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "无", "litai", "http://", "wang@", "192.168.1.1", "li tai.com"})
  void whatIsNoDomain(String website) {
    assertThat(WebDomains.ofWebsite(website)).isEmpty();
  }
}
