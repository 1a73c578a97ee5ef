package com.channelportal.dealteam.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DealTaskTest {

  /** 2026-11-27 17:30 UTC: already the 28th in Shanghai, still the 27th in Berlin. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), ZoneId.of("UTC"));

  private static final LocalDateTime NOW = LocalDateTime.now(CLOCK);

  @Test
  void overdueDependsOnTheViewersToday() {
    var task = task(LocalDate.of(2026, 11, 27));
    var inShanghai = LocalDate.now(CLOCK.withZone(ZoneId.of("Asia/Shanghai")));
    var inBerlin = LocalDate.now(CLOCK.withZone(ZoneId.of("Europe/Berlin")));

    assertThat(task.isOverdue(inShanghai)).isTrue();
    assertThat(task.isOverdue(inBerlin)).isFalse();
  }

  @Test
  void aTaskThatIsNoLongerOpenIsNeverOverdue() {
    var task = task(LocalDate.of(2026, 11, 1));
    task.change(new TaskForm(null, null, null, null, TaskStatus.DONE), NOW);
    assertThat(task.isOverdue(LocalDate.of(2026, 11, 27))).isFalse();
  }

  @Test
  void openGoesToDoneOrCancelledAndBackToOpenOnly() {
    var task = task(LocalDate.of(2026, 12, 1));
    task.change(new TaskForm(null, null, null, null, TaskStatus.CANCELLED), NOW);
    assertThat(task.getStatus()).isEqualTo(TaskStatus.CANCELLED);
    assertThatThrownBy(
            () -> task.change(new TaskForm(null, null, null, null, TaskStatus.DONE), NOW))
        .isInstanceOf(IllegalStateException.class);
    task.change(new TaskForm(null, null, null, null, TaskStatus.OPEN), NOW);
    assertThat(task.getStatus()).isEqualTo(TaskStatus.OPEN);
  }

  @ParameterizedTest
  @EnumSource(TaskStatus.class)
  void noStatusBecomesItself(TaskStatus status) {
    assertThat(status.canBecome(status)).isFalse();
    assertThat(status.next()).isNotEmpty();
  }

  @Test
  void aChangeKeepsWhatItLeavesOutAndClearsAnEmptyDescription() {
    var task = task(LocalDate.of(2026, 12, 1));
    task.change(new TaskForm("新标题", "", "zhang.wei", null, null), NOW);
    assertThat(task.getTitle()).isEqualTo("新标题");
    assertThat(task.getDescription()).isNull();
    assertThat(task.getAssignee()).isEqualTo("zhang.wei");
    assertThat(task.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
  }

  private static DealTask task(LocalDate due) {
    return new DealTask(7, 3, "发报价", "含安装", "huanan.user", due, "zhang.wei", NOW);
  }
}
