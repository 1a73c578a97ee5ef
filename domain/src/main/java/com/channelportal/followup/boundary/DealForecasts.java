package com.channelportal.followup.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.followup.entity.DealForm;
import com.channelportal.identity.entity.Caller;
import com.channelportal.registration.boundary.RegistrationSettings;
import com.channelportal.registration.boundary.Registrations;
import com.channelportal.registration.control.RegistrationCheck;
import com.channelportal.registration.control.RegistrationRules;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationForm;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The partner's stage and forecast of an approved deal. Each change is checked by the registration
 * form's rules (a complete registration's, since an approved one is complete), lands on the
 * timeline as a shared system entry naming old and new values, and is audited.
 */
@Stateless
public class DealForecasts {

  /** Only an approved deal is being worked on. */
  public static final String NOT_APPROVED = "deal.NOT_APPROVED";

  private static final Set<String> FIELDS =
      Set.of(
          RegistrationForm.STAGE,
          RegistrationForm.ESTIMATED_AMOUNT,
          RegistrationForm.EXPECTED_CLOSE_DATE,
          RegistrationForm.WIN_PROBABILITY);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Deals deals;

  @Inject DealActivities activities;

  @Inject RegistrationSettings settings;

  public Registration update(Caller caller, long registrationId, long version, DealForm form) {
    var registration = deals.readable(caller, registrationId);
    if (!caller.isPartner()) {
      throw new AccessDenied("Only the partner keeps its deal's forecast");
    }
    em.lock(registration, LockModeType.PESSIMISTIC_WRITE);
    if (registration.getVersion() != version) {
      throw new StaleRecord(Deals.WHAT, registrationId, registration.getVersion());
    }
    if (registration.getStatus() != RegistrationStatus.APPROVED) {
      throw new RuleViolation(
          NOT_APPROVED, "Deal " + registrationId + " is " + registration.getStatus());
    }
    var valid = checked(registration, form);
    var change = change(registration, valid);
    if (change.isEmpty()) {
      return registration;
    }
    registration.forecast(
        valid.stage(),
        valid.estimatedAmount(),
        valid.expectedCloseDate(),
        valid.winProbability(),
        LocalDateTime.now(clock));
    flushed(registration);
    var entry = activities.recordDealUpdate(caller, registrationId, change);
    audit.append(
        caller,
        "deal.forecast-changed",
        Registrations.SUBJECT,
        registrationId,
        Map.of("activityId", entry.getId(), "stage", String.valueOf(valid.stage())));
    return registration;
  }

  private RegistrationForm checked(Registration registration, DealForm form) {
    var current = registration.toForm();
    var changed =
        new RegistrationForm(
            current.customerId(),
            current.customer(),
            current.contactName(),
            current.contactPhone(),
            current.contactEmail(),
            current.lines(),
            form.estimatedAmount(),
            current.currency(),
            form.expectedCloseDate(),
            current.bidDate(),
            current.customerBudget(),
            form.winProbability(),
            form.stage(),
            current.notes());
    var check = RegistrationRules.submission(changed, settings.today());
    if (check instanceof RegistrationCheck.Invalid invalid) {
      // the rest was checked at submission; rules added since must not block the forecast
      var own = invalid.problems().stream().filter(p -> FIELDS.contains(p.field())).toList();
      if (!own.isEmpty()) {
        throw DealActivities.invalid(own);
      }
      return changed;
    }
    return ((RegistrationCheck.Valid) check).form();
  }

  /** Old and new values of what changed, e.g. {@code stage: SOLUTION → PROPOSAL}; codes only. */
  static String change(Registration before, RegistrationForm after) {
    var lines = new ArrayList<String>();
    line(lines, RegistrationForm.STAGE, before.getStage(), after.stage());
    line(
        lines,
        RegistrationForm.ESTIMATED_AMOUNT,
        before.getEstimatedAmount(),
        after.estimatedAmount());
    line(
        lines,
        RegistrationForm.EXPECTED_CLOSE_DATE,
        before.getExpectedCloseDate(),
        after.expectedCloseDate());
    line(
        lines,
        RegistrationForm.WIN_PROBABILITY,
        before.getWinProbability(),
        after.winProbability());
    return String.join("\n", lines);
  }

  private static void line(ArrayList<String> lines, String field, Object before, Object after) {
    var same =
        before instanceof java.math.BigDecimal b && after instanceof java.math.BigDecimal a
            ? b.compareTo(a) == 0
            : Objects.equals(before, after);
    if (!same) {
      lines.add(
          field + ": " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
    }
  }

  private void flushed(Registration registration) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecord(Deals.WHAT, registration.getId(), registration.getVersion());
    }
  }
}
