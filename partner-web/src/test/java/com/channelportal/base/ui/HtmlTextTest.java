package com.channelportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void everyCharacterThatCouldOpenMarkupOrLeaveAnAttributeIsEscaped() {
    assertThat(HtmlText.escape("<script>alert('x')</script> & \"q\""))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
  }

  @Test
  void chineseTextPassesUnchanged() {
    assertThat(HtmlText.escape("深圳星达电子有限公司")).isEqualTo("深圳星达电子有限公司");
  }
}
