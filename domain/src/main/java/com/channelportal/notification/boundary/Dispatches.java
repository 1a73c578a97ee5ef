package com.channelportal.notification.boundary;

import com.channelportal.identity.control.PeopleDirectory.Person;
import com.channelportal.identity.entity.Role;
import com.channelportal.notification.control.DispatchFacts;
import com.channelportal.notification.control.Languages;
import com.channelportal.notification.control.Mail;
import com.channelportal.notification.control.Mailer;
import com.channelportal.notification.control.NotificationParams;
import com.channelportal.notification.control.PeopleCache;
import com.channelportal.notification.control.PersonalFacts;
import com.channelportal.notification.control.Recipients;
import com.channelportal.notification.control.Recipients.BrandAdmins;
import com.channelportal.notification.control.Recipients.CompanyAdmins;
import com.channelportal.notification.control.Recipients.Who;
import com.channelportal.notification.entity.Audience;
import com.channelportal.notification.entity.Dispatch;
import com.channelportal.notification.entity.EmailOptOut;
import com.channelportal.notification.entity.Notification;
import com.channelportal.notification.entity.Recipient;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.settings.entity.UserSetting;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns a dispatch into one notification per recipient, each in its own transaction, and says which
 * mails to send once that has committed.
 */
@Stateless
public class Dispatches {

  /** A dispatch that failed this often (an hour of retries) is left for an operator. */
  static final int MAX_ATTEMPTS = 60;

  private static final Logger LOG = Logger.getLogger(Dispatches.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject PeopleCache people;

  @Inject Mailer mailer;

  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "portal.base-url")
  String portalUrl;

  /** The dispatches still waiting, oldest first. */
  public List<Long> pending(int limit) {
    return em.createQuery(
            "select d.id from Dispatch d where d.dispatchedAt is null and d.attempts < :max"
                + " order by d.id",
            Long.class)
        .setParameter("max", MAX_ATTEMPTS)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Makes the dispatch's notifications, unless another thread or server did already: the row is
   * locked for the whole transaction, and the second one finds it dispatched.
   *
   * <p>The mails (to recipients with an address who did not opt out) go into the {@link Outbox} in
   * the same transaction and are sent after it commits.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void dispatch(long id) {
    var dispatch = em.find(Dispatch.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (dispatch == null || dispatch.getDispatchedAt() != null) {
      return;
    }
    var facts = DispatchFacts.fromJson(dispatch.getFacts());
    var kind = dispatch.getKind();
    var groups =
        kind.isPersonal() ? PersonalFacts.people(dispatch.getFacts()) : Recipients.of(kind, facts);
    var recipients = Recipients.select(kind, dispatch.getActor(), resolve(groups));
    var now = LocalDateTime.now(clock);
    for (var recipient : recipients) {
      var params =
          kind.isPersonal()
              ? NotificationParams.of(
                  recipient.audience(), facts, PersonalFacts.item(dispatch.getFacts()))
              : NotificationParams.of(recipient.audience(), facts);
      em.persist(
          new Notification(
              id,
              recipient,
              kind,
              Registrations.SUBJECT,
              dispatch.getRegistrationId(),
              NotificationParams.json(params),
              now));
      var optedOut =
          em.find(EmailOptOut.class, new EmailOptOut.Key(recipient.subject(), kind)) != null;
      if (recipient.email() != null && !optedOut && mailer.enabled()) {
        var link = portalUrl + "/registrations/" + dispatch.getRegistrationId();
        outbox.queue(
            id,
            Mail.compose(
                recipient.email(), kind, recipient.audience(), params, recipient.language(), link));
      }
    }
    dispatch.dispatched(now);
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failed(long id, String error) {
    var dispatch = em.find(Dispatch.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (dispatch != null && dispatch.getDispatchedAt() == null) {
      dispatch.failed(error);
    }
  }

  private List<Recipient> resolve(List<Who> groups) {
    var resolved = new ArrayList<Recipient>();
    for (var group : groups) {
      if (group instanceof Recipients.Person person) {
        var found = people.person(person.username());
        if (found.isPresent()) {
          resolved.add(recipient(found.get(), person.audience()));
        } else if (person.audience() == Audience.BRAND) {
          // brand staff have an account here only after their first sign-in through the brand's
          // intranet, which the portal cannot search: the brand admins stand in, as they do for
          // partners without a channel manager, so that nothing waits unseen
          LOG.info(() -> "No account yet for " + person.username() + ": told the brand admins");
          resolved.addAll(brandAdmins());
        } else {
          LOG.info(() -> "No account for " + person.username() + " (deleted?): not notified");
        }
      } else if (group instanceof CompanyAdmins admins) {
        people
            .organizationAdmins(admins.organizationAlias())
            .forEach(p -> resolved.add(recipient(p, Audience.PARTNER)));
      } else if (group instanceof BrandAdmins) {
        resolved.addAll(brandAdmins());
      }
    }
    return resolved;
  }

  private List<Recipient> brandAdmins() {
    return people.withRole(Role.BRAND_ADMIN).stream()
        .map(p -> recipient(p, Audience.BRAND))
        .toList();
  }

  private Recipient recipient(Person person, Audience audience) {
    var setting = em.find(UserSetting.class, person.id());
    var chosen = setting == null ? null : setting.getLanguage();
    return new Recipient(
        person.id(),
        person.username(),
        person.email(),
        Languages.pick(chosen, person.locale()),
        audience);
  }
}
