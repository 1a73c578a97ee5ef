package com.channelportal.followup.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.followup.entity.ActivityContent;
import com.channelportal.followup.entity.AuthorSide;
import com.channelportal.followup.entity.DealActivity;
import com.channelportal.followup.entity.DealActivityKind;
import com.channelportal.followup.entity.DealAttachment;
import com.channelportal.followup.entity.Visibility;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTableTest {

  private static final LocalDateTime UTC = LocalDateTime.of(2026, 11, 27, 16, 30, 59);

  @Test
  void aRowHasTheReadersTimeToTheMinuteTheCodesAndTheNamesJoined() {
    var content =
        new ActivityContent(
            DealActivityKind.VISIT,
            UTC,
            List.of("王伟", "陈经理"),
            List.of("李总"),
            "客户认可方案",
            null,
            "下周演示");
    var activity =
        new DealActivity(
            7, Visibility.SHARED, content, "litai.user", "王建新", AuthorSide.PARTNER, UTC);
    var files =
        List.of(
            new DealAttachment(1, "方案.pdf", "application/pdf", 10, "ab", "litai.user", UTC),
            new DealAttachment(1, "照片.jpg", "image/jpeg", 10, "cd", "litai.user", UTC));

    var row = TimelineTable.row(activity, files, ZoneId.of("Asia/Shanghai"));

    assertThat(row)
        .containsExactly(
            "2026-11-28 00:30",
            "VISIT",
            "王建新",
            "PARTNER",
            "SHARED",
            "王伟; 陈经理",
            "李总",
            "客户认可方案",
            "",
            "下周演示",
            "方案.pdf; 照片.jpg");
    assertThat(row).hasSize(TimelineTable.COLUMNS.size());
  }

  @Test
  void theSameActivityReadsInTheZoneOfItsReader() {
    var content =
        new ActivityContent(DealActivityKind.NOTE, UTC, List.of(), List.of(), "x", null, null);
    var activity =
        new DealActivity(
            7, Visibility.BRAND_INTERNAL, content, "li.na", "李娜", AuthorSide.BRAND, UTC);

    assertThat(TimelineTable.row(activity, List.of(), ZoneId.of("Europe/Berlin")).get(0))
        .isEqualTo("2026-11-27 17:30");
  }
}
