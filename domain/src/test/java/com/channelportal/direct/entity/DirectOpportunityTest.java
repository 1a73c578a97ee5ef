package com.channelportal.direct.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DirectOpportunityTest {

  private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 1, 2, 0);

  private final DirectOpportunity cut =
      new DirectOpportunity(
          "t",
          null,
          new CustomerDetails(CustomerForm.named("佛山翰墨机电设备有限公司")),
          "zhao.lei",
          "zhao.lei",
          CREATED);

  @Test
  void protectionCountsFromTheLatestActivityNeverFromAnEarlierOne() {
    assertEquals(CREATED, cut.lastSignOfLife());

    cut.activityOccurred(CREATED.minusDays(3), CREATED.plusDays(1));
    assertEquals(CREATED, cut.lastSignOfLife());
    cut.activityOccurred(CREATED.plusDays(10), CREATED.plusDays(10));
    cut.activityOccurred(CREATED.plusDays(5), CREATED.plusDays(11));
    assertEquals(CREATED.plusDays(10), cut.lastSignOfLife());
  }

  @Test
  void aLapsedOpportunityIsFinal() {
    cut.lapse(CREATED.plusDays(40));

    assertEquals(DirectOpportunityStatus.LAPSED, cut.getStatus());
    assertFalse(cut.isOpen());
    assertThrows(
        IllegalStateException.class,
        () -> cut.activityOccurred(CREATED.plusDays(41), CREATED.plusDays(41)));
    assertThrows(
        IllegalStateException.class,
        () -> cut.close(DirectOpportunityStatus.WON, CREATED.plusDays(41)));
    assertThrows(
        IllegalStateException.class,
        () -> cut.edit("t", null, cut.getCustomer(), "zhao.lei", CREATED.plusDays(41)));
  }

  @Test
  void onlyWonAndLostClose() {
    assertThrows(
        IllegalStateException.class, () -> cut.close(DirectOpportunityStatus.LAPSED, CREATED));
    assertThrows(
        IllegalStateException.class, () -> cut.close(DirectOpportunityStatus.OPEN, CREATED));
    cut.close(DirectOpportunityStatus.LOST, CREATED.plusDays(1));
    assertEquals(DirectOpportunityStatus.LOST, cut.getStatus());
  }
}
