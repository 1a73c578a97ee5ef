package com.channelportal.dealteam.boundary;

import com.channelportal.dealteam.control.MentionRules;
import com.channelportal.dealteam.control.Mentions;
import com.channelportal.followup.entity.DealText;
import com.channelportal.notification.entity.Notice;
import com.channelportal.notification.entity.NotificationKind;
import com.channelportal.registration.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;

/**
 * Checks the {@code @mentions} of every text written on a deal (activities, task comments) in the
 * transaction that saves it, and tells the people mentioned. A mention of someone who may not see
 * the item is refused with the whole text: silently dropping it would let the writer believe a
 * partner was told of a brand-internal note, or that a typo reached somebody.
 */
@ApplicationScoped
public class Mentioning {

  @PersistenceContext EntityManager em;

  @Inject DealReaders readers;

  @Inject Event<Notice> notices;

  void check(@Observes(during = TransactionPhase.IN_PROGRESS) DealText text) {
    var mentioned = Mentions.in(text.text());
    if (mentioned.isEmpty()) {
      return;
    }
    var deal = em.find(Registration.class, text.registrationId());
    var sides = readers.sides(deal, mentioned);
    var problems = MentionRules.problems(mentioned, sides, text.brandInternal());
    if (!problems.isEmpty()) {
      throw Invalid.fields(problems);
    }
    var to = new ArrayList<Notice.Addressee>();
    for (var username : MentionRules.toTell(mentioned, text.author().username())) {
      to.add(new Notice.Addressee(username, DealTeams.audienceOf(sides.get(username))));
    }
    if (!to.isEmpty()) {
      notices.fire(
          new Notice(
              NotificationKind.MENTIONED,
              text.registrationId(),
              text.author().username(),
              to,
              DealTasks.excerpt(text.text()),
              text.brandInternal()));
    }
  }
}
