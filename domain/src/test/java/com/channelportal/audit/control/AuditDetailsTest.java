package com.channelportal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

  enum Tier {
    GOLD
  }

  @Test
  void keysAreSortedSoTheSameDetailsGiveTheSameText() {
    var one = new LinkedHashMap<String, Object>();
    one.put("b", 1);
    one.put("a", "x");
    var other = new LinkedHashMap<String, Object>();
    other.put("a", "x");
    other.put("b", 1);

    assertThat(AuditDetails.json(one)).isEqualTo("{\"a\":\"x\",\"b\":1}");
    assertThat(AuditDetails.json(other)).isEqualTo(AuditDetails.json(one));
  }

  @Test
  void typesAreKeptAndEverythingElseIsText() {
    var details = new HashMap<String, Object>();
    details.put("id", 42L);
    details.put("open", true);
    details.put("amount", new BigDecimal("1234.50"));
    details.put("tier", Tier.GOLD);
    details.put("manager", null);

    assertThat(AuditDetails.json(details))
        .isEqualTo(
            "{\"amount\":1234.50,\"id\":42,\"manager\":null,\"open\":true,\"tier\":\"GOLD\"}");
  }

  @Test
  void textIsEscapedNotAltered() {
    assertThat(AuditDetails.json(Map.of("reason", "\"引号\" <script>\n")))
        .isEqualTo("{\"reason\":\"\\\"引号\\\" <script>\\n\"}");
  }

  @Test
  void noDetailsIsAnEmptyObject() {
    assertThat(AuditDetails.json(Map.of())).isEqualTo("{}");
  }

  @Test
  void detailsAreSmall() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AuditDetails.json(Map.of("text", "x".repeat(4000))));
  }
}
