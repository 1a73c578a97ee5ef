package com.channelportal.onboarding.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.audit.entity.Actor;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.onboarding.control.ApplicationCheck;
import com.channelportal.onboarding.control.ApplicationRules;
import com.channelportal.onboarding.control.FieldProblem;
import com.channelportal.onboarding.control.SubmissionLimiter;
import com.channelportal.onboarding.control.SubmissionLimiter.Admission;
import com.channelportal.onboarding.entity.ApplicationForm;
import com.channelportal.onboarding.entity.ApplicationSource;
import com.channelportal.onboarding.entity.ApplicationStatus;
import com.channelportal.onboarding.entity.PartnerApplication;
import com.channelportal.partner.entity.PartnerCompany;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applications to the partner programme: submitted by anyone, decided by brand admins. Each step is
 * audited in the transaction that takes it, so an entry exists exactly when the step took effect.
 */
@Stateless
public class PartnerApplications {

  public static final String SUBJECT = "partner-application";
  static final String WHAT = "Application";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject SubmissionLimiter limiter;

  @Inject ApplicationQueries queries;

  @Inject Duplicates duplicates;

  @Inject Onboarding onboarding;

  /**
   * The public form, without login. Only forms that pass the field rules count against the limits
   * of {@code clientKey}: a typo costs nothing, while probing for duplicates does.
   *
   * @param clientKey who is submitting as far as the web layer can tell, e.g. the remote address
   * @throws InvalidFields if fields break rules; {@code …DUPLICATE} if the company is known
   * @throws TooManyRequests if this client or everybody submitted too often
   */
  public PartnerApplication submit(ApplicationForm form, @Nullable String clientKey) {
    var valid = valid(form);
    var admission = limiter.admit(clientKey == null ? "unknown" : clientKey);
    if (admission instanceof Admission.Refused refused) {
      throw new TooManyRequests("Partner application", refused.retryAfter());
    }
    return store(valid, ApplicationSource.PUBLIC_FORM, Actor.ANONYMOUS);
  }

  /** A brand admin enters an application on a distributor's behalf; no rate limit. */
  public PartnerApplication create(Caller caller, ApplicationForm form) {
    requireBrandAdmin(caller);
    return store(valid(form), ApplicationSource.BRAND_ADMIN, Actor.of(caller));
  }

  public List<PartnerApplication> list(
      Caller caller, ApplicationFilter filter, int offset, int limit) {
    requireBrandAdmin(caller);
    return queries.list(filter, offset, limit);
  }

  public long count(Caller caller, ApplicationFilter filter) {
    requireBrandAdmin(caller);
    return queries.count(filter);
  }

  public PartnerApplication get(Caller caller, long id) {
    requireBrandAdmin(caller);
    return queries.find(id).orElseThrow(() -> new RecordNotFound(WHAT, id));
  }

  /**
   * Admits the distributor: creates its organization and partner company, invites the applicant as
   * partner admin. All in this transaction; see the package comment on retries.
   */
  public PartnerApplication approve(Caller caller, long id, long version, Approval approval) {
    requireBrandAdmin(caller);
    var terms = onboarding.validTerms(approval);
    var application = decidable(id, version);
    var company = onboarding.createCompany(application, terms);
    var admin = onboarding.inviteAdmin(company, application);
    application.approve(caller.username(), company.getId(), LocalDateTime.now(clock));
    flushed(application);
    // audited only now: the first append locks the chain head until commit, and every other
    // audited transaction would wait on Keycloak's calls (and its invitation mail) while it is held
    audit.append(
        caller,
        "application.approved",
        SUBJECT,
        id,
        Map.of("partnerCompanyId", company.getId(), "tier", terms.tier()));
    audit.append(
        caller,
        "partner.created",
        "partner-company",
        company.getId(),
        companyDetails(company, id, terms));
    audit.append(
        caller,
        "member.invited",
        "user",
        admin.id(),
        Map.of(
            "organizationAlias", company.getOrganizationAlias(),
            "role", Role.PARTNER_ADMIN.roleName(),
            "applicationId", id));
    return application;
  }

  /** Turns the application down for good, with a reason the applicant can be told. */
  public PartnerApplication reject(Caller caller, long id, long version, @Nullable String reason) {
    requireBrandAdmin(caller);
    var problems = ApplicationRules.rejectionReason(reason);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    var application = decidable(id, version);
    application.reject(caller.username(), reason.strip(), LocalDateTime.now(clock));
    flushed(application);
    audit.append(
        caller,
        "application.rejected",
        SUBJECT,
        id,
        Map.of("reason", application.getRejectionReason()));
    return application;
  }

  private ApplicationCheck.Valid valid(ApplicationForm form) {
    var check = ApplicationRules.check(form);
    if (check instanceof ApplicationCheck.Invalid invalid) {
      throw invalid(invalid.problems());
    }
    return (ApplicationCheck.Valid) check;
  }

  private PartnerApplication store(
      ApplicationCheck.Valid valid, ApplicationSource source, Actor actor) {
    duplicates.refuse(valid.form().uscc(), valid.nameKey());
    var submittedBy = source == ApplicationSource.BRAND_ADMIN ? actor.name() : null;
    var application =
        new PartnerApplication(
            valid.form(),
            valid.emailDomain(),
            valid.nameKey(),
            source,
            submittedBy,
            LocalDateTime.now(clock));
    duplicates.insert(application);
    audit.append(
        actor,
        "application.submitted",
        SUBJECT,
        application.getId(),
        Map.of("source", source, "uscc", application.getUscc()));
    return application;
  }

  /** The open application at {@code version}, locked against a simultaneous decision. */
  private PartnerApplication decidable(long id, long version) {
    var application = queries.findForDecision(id).orElseThrow(() -> new RecordNotFound(WHAT, id));
    if (application.getVersion() != version) {
      throw new StaleRecord(WHAT, id, application.getVersion());
    }
    if (application.getStatus() != ApplicationStatus.SUBMITTED) {
      throw new InvalidField(
          "status", "status.TRANSITION", "status: already " + application.getStatus());
    }
    return application;
  }

  private void flushed(PartnerApplication application) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleRecord(WHAT, application.getId(), application.getVersion());
    }
  }

  private static InvalidFields invalid(List<FieldProblem> problems) {
    return new InvalidFields(
        problems.stream()
            .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
            .toList());
  }

  /** Not Map.of, which refuses nulls: a partner may have no channel manager yet. */
  private static Map<String, Object> companyDetails(
      PartnerCompany company, long applicationId, Approval terms) {
    var details = new HashMap<String, Object>();
    details.put("organizationAlias", company.getOrganizationAlias());
    details.put("keycloakOrganizationId", company.getKeycloakOrganizationId());
    details.put("applicationId", applicationId);
    details.put("tier", terms.tier());
    details.put("channelManager", terms.channelManager());
    return details;
  }

  private static void requireBrandAdmin(Caller caller) {
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand admins handle partner applications");
    }
  }
}
