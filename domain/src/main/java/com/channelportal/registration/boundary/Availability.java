package com.channelportal.registration.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.TooManyRequests;
import com.channelportal.identity.entity.Caller;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.matching.entity.Match;
import com.channelportal.onboarding.control.SubmissionLimiter.Admission;
import com.channelportal.registration.control.AvailabilityQuery;
import com.channelportal.registration.control.ConflictReasons;
import com.channelportal.registration.entity.AvailabilityAnswer;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The partners' blind availability check: may we register this customer? It answers free, protected
 * until a date, or served by the brand, and never by whom. The answer considers approved claims of
 * every partner (the caller's own included) and the brand's open direct opportunities at the review
 * threshold; brand customers without an opportunity are free, since the brand may well want a
 * partner to sell to them (the submission still sends such a claim to review).
 *
 * <p>Each check is audited with the kind of query and the answer, not the text: the text may be a
 * person's name or phone number, and the audit trail can never forget.
 */
@Stateless
public class Availability {

  public static final String SUBJECT = "availability";

  @Inject AuditLog audit;

  @Inject AvailabilityLimits limits;

  @Inject Candidates candidates;

  @Inject RegistrationSettings settings;

  /**
   * @param query a company name, a USCC, or an e-mail address or web domain
   * @throws com.channelportal.base.boundary.InvalidField if the query is blank or malformed
   * @throws TooManyRequests if the caller checked too often (20 an hour by default)
   */
  public AvailabilityAnswer check(Caller caller, @Nullable String query) {
    if (!caller.isPartner()) {
      throw new AccessDenied("The availability check is for partners");
    }
    var parsed = AvailabilityQuery.parse(query);
    if (parsed.query() == null) {
      throw Registrations.invalid(parsed.problems());
    }
    if (limits.admit(caller.subject()) instanceof Admission.Refused refused) {
      throw new TooManyRequests("Availability check", refused.retryAfter());
    }
    var today = settings.today();
    var answer = answer(parsed.query(), today);
    audit.append(
        caller,
        "availability.checked",
        SUBJECT,
        caller.organizationAlias().orElseThrow(),
        Map.of("queryKind", parsed.query().kind(), "answer", answer.kind()));
    return answer;
  }

  private AvailabilityAnswer answer(AvailabilityQuery query, LocalDate today) {
    var threshold = ConflictReasons.rounded(settings.reviewThreshold());
    List<Match> matches =
        candidates.matches(query.subject(), new Candidates.Scope(false, null, today)).stream()
            .filter(m -> ConflictReasons.rounded(m.score()).compareTo(threshold) >= 0)
            .toList();
    if (matches.stream().anyMatch(m -> m.candidate().kind() == CandidateKind.DIRECT_OPPORTUNITY)) {
      return new AvailabilityAnswer.ServedByBrand();
    }
    return candidates.registrationsOf(matches).values().stream()
        .filter(r -> r.getStatus() == RegistrationStatus.APPROVED)
        .map(Registration::getProtectedUntil)
        .filter(Objects::nonNull)
        .max(LocalDate::compareTo)
        .<AvailabilityAnswer>map(AvailabilityAnswer.ProtectedUntil::new)
        .orElseGet(AvailabilityAnswer.Free::new);
  }
}
