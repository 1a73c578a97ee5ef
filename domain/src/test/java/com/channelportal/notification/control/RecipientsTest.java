package com.channelportal.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.notification.control.Recipients.BrandAdmins;
import com.channelportal.notification.control.Recipients.CompanyAdmins;
import com.channelportal.notification.control.Recipients.Person;
import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.notification.entity.Recipient;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecipientsTest {

  private static final Person SUBMITTER = new Person("huanan.user", Audience.PARTNER);
  private static final CompanyAdmins ADMINS = new CompanyAdmins("huanan");
  private static final Person MANAGER = new Person("zhang.wei", Audience.BRAND);

  @Test
  void aSubmissionToReviewTellsThePartnerItArrivedAndTheChannelManagerToReview() {
    assertThat(Recipients.of(NotificationKind.SENT_TO_REVIEW, Facts.submitted("zhang.wei")))
        .containsExactly(SUBMITTER, ADMINS, MANAGER);
  }

  @Test
  void withoutAnAssignedChannelManagerTheBrandAdminsReview() {
    assertThat(Recipients.of(NotificationKind.SENT_TO_REVIEW, Facts.submitted(null)))
        .containsExactly(SUBMITTER, ADMINS, new BrandAdmins());
    assertThat(Recipients.of(NotificationKind.EXTENSION_REQUESTED, Facts.submitted(null)))
        .containsExactly(new BrandAdmins());
  }

  @Test
  void anInactiveDealIsTheChannelManagersAndNeverThePartners() {
    assertThat(Recipients.of(NotificationKind.DEAL_INACTIVE, Facts.submitted("zhang.wei")))
        .containsExactly(MANAGER);
    assertThat(Recipients.kindsFor(Audience.PARTNER))
        .doesNotContain(NotificationKind.DEAL_INACTIVE);
  }

  @ParameterizedTest
  @EnumSource(
      names = {
        "APPROVED_AUTOMATICALLY",
        "APPROVED",
        "REJECTED",
        "SHARED",
        "INFORMATION_REQUESTED",
        "APPEAL_DECIDED",
        "EXPIRY_REMINDER",
        "EXPIRED",
        "EXTENSION_DECIDED"
      })
  void decisionsOnAClaimGoToThePartnerSideOnly(NotificationKind kind) {
    assertThat(Recipients.of(kind, Facts.submitted("zhang.wei")))
        .containsExactly(SUBMITTER, ADMINS);
  }

  /**
   * A hold may come from another partner's manager approving their claim: the held partner's own
   * manager hears of it (and is left out as the actor when they held it themselves).
   */
  @Test
  void aHoldTellsThePartnerAndItsChannelManager() {
    assertThat(Recipients.of(NotificationKind.PUT_ON_HOLD, Facts.submitted("zhang.wei")))
        .containsExactly(SUBMITTER, ADMINS, MANAGER);
  }

  @ParameterizedTest
  @EnumSource(names = {"RESUBMITTED", "EXTENSION_REQUESTED"})
  void requestsGoToTheChannelManager(NotificationKind kind) {
    assertThat(Recipients.of(kind, Facts.submitted("zhang.wei"))).containsExactly(MANAGER);
  }

  @ParameterizedTest
  @EnumSource(names = {"APPEALED", "ESCALATED"})
  void appealsAndEscalationsAlsoGoToTheBrandAdmins(NotificationKind kind) {
    assertThat(Recipients.of(kind, Facts.submitted("zhang.wei")))
        .containsExactly(MANAGER, new BrandAdmins());
    assertThat(Recipients.of(kind, Facts.submitted(null))).containsExactly(new BrandAdmins());
  }

  @ParameterizedTest
  @EnumSource(names = {"WITHDRAWN", "WON", "LOST"})
  void theEndOfASubmittedClaimTellsTheChannelManagerAndADraftNobody(NotificationKind kind) {
    assertThat(Recipients.of(kind, Facts.submitted("zhang.wei"))).containsExactly(MANAGER);
    assertThat(Recipients.of(kind, Facts.draft())).isEmpty();
  }

  @Test
  void everyKindReachesSomeoneOnceSubmitted() {
    for (var kind : NotificationKind.values()) {
      if (kind.isPersonal()) {
        // told to the people its notice names, see PersonalFactsTest
        assertThat(Recipients.of(kind, Facts.submitted("zhang.wei"))).as(kind.name()).isEmpty();
        continue;
      }
      assertThat(Recipients.of(kind, Facts.submitted("zhang.wei"))).as(kind.name()).isNotEmpty();
    }
  }

  @Test
  void theKindsOfEachSideCoverEveryKind() {
    var all = EnumSet.copyOf(Recipients.kindsFor(Audience.PARTNER));
    all.addAll(Recipients.kindsFor(Audience.BRAND));
    assertThat(all).containsExactlyInAnyOrder(NotificationKind.values());
    assertThat(Recipients.kindsFor(Audience.PARTNER))
        .contains(NotificationKind.SENT_TO_REVIEW, NotificationKind.EXPIRY_REMINDER)
        .doesNotContain(NotificationKind.ESCALATED, NotificationKind.EXTENSION_REQUESTED);
  }

  @Test
  void aPersonInTwoGroupsIsToldOnceAsTheFirst() {
    var submitter = recipient("1", "huanan.admin", Audience.PARTNER);
    var asAdmin = recipient("1", "huanan.admin", Audience.PARTNER);
    var manager = recipient("2", "li.na", Audience.BRAND);
    var asBrandAdmin = recipient("2", "li.na", Audience.BRAND);
    assertThat(
            Recipients.select(
                NotificationKind.SENT_TO_REVIEW,
                "huanan.admin",
                List.of(submitter, asAdmin, manager, asBrandAdmin)))
        .containsExactly(submitter, manager);
  }

  @Test
  void whoeverCausedTheEventIsNotToldExceptOfTheirSubmission() {
    var partner = recipient("1", "huanan.user", Audience.PARTNER);
    var admin = recipient("2", "huanan.admin", Audience.PARTNER);
    var resolved = List.of(partner, admin);
    assertThat(Recipients.select(NotificationKind.APPROVED_AUTOMATICALLY, "huanan.user", resolved))
        .containsExactly(partner, admin);
    assertThat(Recipients.select(NotificationKind.EXTENSION_DECIDED, "huanan.admin", resolved))
        .containsExactly(partner);
    assertThat(Recipients.select(NotificationKind.WON, "huanan.user", resolved))
        .containsExactly(admin);
  }

  private static Recipient recipient(String id, String username, Audience audience) {
    return new Recipient(id, username, username + "@example.com", Locale.ENGLISH, audience);
  }
}
