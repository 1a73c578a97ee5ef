package com.channelportal.confirmation.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.confirmation.control.ConfirmationRules;
import com.channelportal.confirmation.control.ConfirmationTokens;
import com.channelportal.confirmation.entity.ConfirmationAnswer;
import com.channelportal.confirmation.entity.ConfirmationForm;
import com.channelportal.confirmation.entity.ConfirmationRequested;
import com.channelportal.confirmation.entity.ConfirmationState;
import com.channelportal.confirmation.entity.CustomerConfirmation;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.identity.entity.Caller;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationLine;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Customer confirmation: a partner's user asks the customer's contact of one of the company's
 * registrations; the contact answers once through the link, without an account. Both the partner
 * and brand staff (in scope) see the requests and answers of a registration they may see.
 */
@Stateless
public class Confirmations {

  public static final String SUBJECT = "customer-confirmation";
  public static final String NOT_ASKABLE = "confirmation.NOT_ASKABLE";
  static final String WHAT = "Customer confirmation";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Registrations registrations;

  @Inject ConfirmationSettings settings;

  @Inject Event<ConfirmationRequested> requested;

  /**
   * Stores the request and sends the e-mail after commit.
   *
   * @throws InvalidFields for a missing or bad address, name or language
   * @throws RuleViolation if the registration is a draft or over
   * @throws TooManyRequests past the open requests per registration or the requests per day
   */
  public CustomerConfirmation request(Caller caller, long registrationId, ConfirmationForm form) {
    if (!caller.isPartner()) {
      throw new AccessDenied("Only the registration's partner asks its customer");
    }
    // not found for another tenant's id, before anything about the request is looked at
    registrations.get(caller, registrationId);
    var registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
    var checked = ConfirmationRules.check(form);
    if (!checked.valid()) {
      throw new InvalidFields(
          checked.problems().stream()
              .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
              .toList());
    }
    if (!ConfirmationRules.askable(registration.getStatus())) {
      throw new RuleViolation(
          NOT_ASKABLE,
          "A customer is asked about a submitted, reviewed or approved registration; this one is "
              + registration.getStatus());
    }
    var now = LocalDateTime.now(clock);
    requireWithinLimits(registration, now);
    var token = ConfirmationTokens.newToken();
    var valid = checked.form();
    var confirmation =
        new CustomerConfirmation(
            registrationId,
            registration.getPartnerCompanyId(),
            registration.getOrganizationAlias(),
            valid.name(),
            valid.email(),
            valid.language(),
            ConfirmationTokens.hash(token),
            caller.username(),
            now,
            now.plus(settings.lifetime()));
    em.persist(confirmation);
    em.flush();
    audit.append(
        caller,
        "confirmation.requested",
        SUBJECT,
        confirmation.getId(),
        Map.of("registration", registrationId, "language", valid.language()));
    requested.fire(
        new ConfirmationRequested(
            confirmation.getId(),
            token,
            valid.email(),
            valid.name(),
            valid.language(),
            partnerName(registration),
            customerName(registration),
            registration.getNumber(),
            products(registration),
            confirmation.getExpiresAt()));
    return confirmation;
  }

  /** A registration's requests, newest first, for whoever may see the registration. */
  public List<CustomerConfirmation> of(Caller caller, long registrationId) {
    registrations.get(caller, registrationId);
    return ofRegistration(registrationId);
  }

  /** Without access check: for the evidence export, which checks access itself. */
  public List<CustomerConfirmation> ofRegistration(long registrationId) {
    return em.createQuery(
            "select c from CustomerConfirmation c where c.registrationId = :id order by c.id desc",
            CustomerConfirmation.class)
        .setParameter("id", registrationId)
        .getResultList();
  }

  public ConfirmationState stateOf(CustomerConfirmation confirmation) {
    return confirmation.state(LocalDateTime.now(clock));
  }

  /** What the public page shows for a token: unknown, forged and malformed look the same. */
  public ConfirmationPage open(String token) {
    return find(token, LockModeType.NONE).map(this::page).orElseGet(ConfirmationPage::unknown);
  }

  /**
   * Records the answer if the link is still open; otherwise changes nothing. Either way the page to
   * show follows: answered, expired or unknown.
   */
  public ConfirmationPage answer(
      String token,
      ConfirmationAnswer answer,
      @Nullable String comment,
      @Nullable String clientAddress) {
    var found = find(token, LockModeType.PESSIMISTIC_WRITE);
    if (found.isEmpty()) {
      return ConfirmationPage.unknown();
    }
    var confirmation = found.get();
    var now = LocalDateTime.now(clock);
    if (confirmation.state(now) != ConfirmationState.OPEN) {
      return page(confirmation);
    }
    var checks = new FieldChecks();
    var text = checks.multiline("comment", comment, CustomerConfirmation.COMMENT_MAX_LENGTH);
    if (!checks.problems().isEmpty()) {
      throw new InvalidField("comment", "comment.INVALID", "comment: too long or not text");
    }
    var address = truncated(clientAddress, CustomerConfirmation.ADDRESS_MAX_LENGTH);
    confirmation.answer(answer, text, now, address);
    em.flush();
    var details = new LinkedHashMap<String, Object>();
    details.put("registration", confirmation.getRegistrationId());
    details.put("answer", answer);
    details.put("clientAddress", address);
    audit.append(
        new Actor("customer-contact", null),
        answer == ConfirmationAnswer.CONFIRMED ? "confirmation.confirmed" : "confirmation.denied",
        SUBJECT,
        confirmation.getId(),
        details);
    return page(confirmation);
  }

  private Optional<CustomerConfirmation> find(String token, LockModeType lock) {
    if (!ConfirmationTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return em.createQuery(
            "select c from CustomerConfirmation c where c.tokenHash = :hash",
            CustomerConfirmation.class)
        .setParameter("hash", ConfirmationTokens.hash(token))
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private ConfirmationPage page(CustomerConfirmation confirmation) {
    var registration = em.find(Registration.class, confirmation.getRegistrationId());
    return new ConfirmationPage(
        confirmation.state(LocalDateTime.now(clock)),
        confirmation.getLanguage(),
        partnerName(registration),
        customerName(registration),
        registration.getNumber(),
        products(registration),
        confirmation.getExpiresAt());
  }

  private void requireWithinLimits(Registration registration, LocalDateTime now) {
    var open =
        em.createQuery(
                "select c.expiresAt from CustomerConfirmation c where c.registrationId = :id"
                    + " and c.answer is null and c.expiresAt > :now order by c.expiresAt",
                LocalDateTime.class)
            .setParameter("id", registration.getId())
            .setParameter("now", now)
            .getResultList();
    if (open.size() >= settings.openPerRegistration()) {
      throw new TooManyRequests(
          "open confirmation requests of registration " + registration.getId(),
          Duration.between(now, open.get(0)));
    }
    var dayAgo = now.minusDays(1);
    var today =
        em.createQuery(
                "select c.requestedAt from CustomerConfirmation c"
                    + " where c.partnerCompanyId = :company and c.requestedAt > :since"
                    + " order by c.requestedAt",
                LocalDateTime.class)
            .setParameter("company", registration.getPartnerCompanyId())
            .setParameter("since", dayAgo)
            .getResultList();
    if (today.size() >= settings.perPartnerPerDay()) {
      throw new TooManyRequests(
          "confirmation requests of partner " + registration.getPartnerCompanyId() + " per day",
          Duration.between(dayAgo, today.get(0)));
    }
  }

  private String partnerName(Registration registration) {
    var company = em.find(PartnerCompany.class, registration.getPartnerCompanyId());
    return company == null ? registration.getOrganizationAlias() : company.getName();
  }

  private static String customerName(Registration registration) {
    var name = registration.getCustomer().getName();
    return name == null ? "" : name;
  }

  private static List<String> products(Registration registration) {
    return registration.getLines().stream().map(RegistrationLine::getProduct).toList();
  }

  private static @Nullable String truncated(@Nullable String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
