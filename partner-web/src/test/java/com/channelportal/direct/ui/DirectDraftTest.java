package com.channelportal.direct.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DirectDraftTest {

  @Test
  void anEmptyFormSendsNothingButTheDefaultCurrency() {
    var form = new DirectDraft().toForm();

    assertThat(form.title()).isNull();
    assertThat(form.customer().name()).isNull();
    assertThat(form.owner()).isNull();
    assertThat(form.currency()).isEqualTo("CNY");
    assertThat(form.externalRef()).isNull();
  }

  @Test
  void anOpportunityIsEditedAsItIs() {
    var customer =
        new CustomerDetails(
            new CustomerForm(
                "佛山翰墨机电设备有限公司",
                "91440300MA5DLT2K0P",
                null,
                null,
                "0757-8888 6666",
                null,
                null,
                null,
                "广东省",
                "佛山",
                null,
                null));
    var opportunity =
        new DirectOpportunity(
            "产线改造", 7L, customer, "zhao.lei", "zhao.lei", LocalDateTime.of(2026, 11, 1, 2, 0));
    opportunity.describe(
        new BigDecimal("880000.00"),
        "USD",
        LocalDate.of(2027, 1, 31),
        DirectOpportunityStage.PROPOSAL,
        "<b>备注</b>");

    var form = DirectDraft.of(opportunity).toForm();

    assertThat(form.title()).isEqualTo("产线改造");
    assertThat(form.customerId()).isEqualTo(7L);
    assertThat(form.customer().name()).isEqualTo("佛山翰墨机电设备有限公司");
    assertThat(form.customer().uscc()).isEqualTo("91440300MA5DLT2K0P");
    assertThat(form.customer().phone()).isEqualTo("0757-8888 6666");
    assertThat(form.customer().city()).isEqualTo("佛山");
    assertThat(form.owner()).isEqualTo("zhao.lei");
    assertThat(form.estimatedAmount()).isEqualByComparingTo("880000");
    assertThat(form.currency()).isEqualTo("USD");
    assertThat(form.expectedCloseDate()).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(form.stage()).isEqualTo(DirectOpportunityStage.PROPOSAL);
    assertThat(form.notes()).isEqualTo("<b>备注</b>");
  }
}
