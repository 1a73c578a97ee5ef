package com.channelportal.confirmation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmPageTest {

  @Test
  void whatACustomerOrPartnerTypedCannotOpenMarkupOrLeaveAnAttribute() {
    assertThat(ConfirmPage.escape("<img src=x onerror='a'> & \"q\""))
        .isEqualTo("&lt;img src=x onerror=&#39;a&#39;&gt; &amp; &quot;q&quot;");
  }

  @Test
  void chineseNamesPassUnchanged() {
    assertThat(ConfirmPage.escape("深圳利泰机电有限公司")).isEqualTo("深圳利泰机电有限公司");
  }
}
