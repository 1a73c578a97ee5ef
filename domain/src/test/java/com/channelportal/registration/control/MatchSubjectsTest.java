package com.channelportal.registration.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import org.junit.jupiter.api.Test;

class MatchSubjectsTest {

  @Test
  void oneCompanyInTwoSpellingsClaimsTheSameKeys() {
    var one = details("深圳利泰机电有限公司", "91440300MA5DLT2K0P");
    var other = details("利泰（深圳）机电有限公司", "９１４４０３００ＭＡ５ＤＬＴ２Ｋ０Ｐ");

    assertThat(MatchSubjects.claimKeys(one))
        .containsExactly("TRADE_NAME:利泰", "USCC:91440300MA5DLT2K0P")
        .isEqualTo(MatchSubjects.claimKeys(other));
  }

  @Test
  void aCustomerWithoutUsccClaimsItsTradeName() {
    assertThat(MatchSubjects.claimKeys(details("深圳亿和源", null))).containsExactly("TRADE_NAME:亿和源");
  }

  @Test
  void theFaxIsOneMorePhoneNumber() {
    var form =
        new CustomerForm(
            "高朋集团",
            null,
            "制造",
            "机床",
            "010-82254848",
            "010-82254849",
            "a@gaopeng.cn",
            "https://www.gaopeng.cn",
            "北京市",
            "北京市",
            null,
            null);

    var subject = MatchSubjects.of(new CustomerDetails(form));

    assertThat(subject.phone()).isEqualTo("010-82254848 / 010-82254849");
    assertThat(subject.website()).isEqualTo("https://www.gaopeng.cn");
    assertThat(subject.industry()).isEqualTo("制造");
    assertThat(subject.subIndustry()).isEqualTo("机床");
    assertThat(subject.city()).isEqualTo("北京市");
  }

  private static CustomerDetails details(String name, String uscc) {
    return new CustomerDetails(
        new CustomerForm(name, uscc, null, null, null, null, null, null, null, null, null, null));
  }
}
