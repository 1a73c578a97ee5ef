package com.channelportal.direct.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.direct.control.DirectOpportunityRules;
import com.channelportal.direct.entity.DirectOpportunity;
import com.channelportal.direct.entity.DirectOpportunityConflict;
import com.channelportal.direct.entity.DirectOpportunityForm;
import com.channelportal.direct.entity.DirectOpportunityStatus;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Direct opportunities: brand sales record their own, edit and close them, brand admins any; all
 * brand staff read them. Partners never see them: they learn of one only as "served by the brand"
 * from the availability check, and as a review of their conflicting registration. Every opportunity
 * is checked for conflicts like a partner's claim when it is entered and when its customer changes.
 */
@Stateless
public class DirectOpportunities {

  public static final String SUBJECT = "direct-opportunity";
  public static final String NOT_OPEN = "direct-opportunity.NOT_OPEN";
  static final String WHAT = "Direct opportunity";

  /**
   * @param created false when the import key named an opportunity entered before, which is returned
   *     unchanged
   */
  public record Entry(DirectOpportunity opportunity, boolean created) {}

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject DirectSettings settings;

  @Inject DirectConflicts conflicts;

  @Inject DirectOpportunityQueries queries;

  @Inject Event<DirectOpportunity> changed;

  public DirectOpportunity create(Caller caller, DirectOpportunityForm form) {
    return enter(caller, form).opportunity();
  }

  /** Creates an opportunity, or returns the one entered before under the same import key. */
  public Entry enter(Caller caller, DirectOpportunityForm form) {
    requireSales(caller);
    var valid = valid(caller, form, null);
    if (valid.externalSource() != null) {
      var known = queries.byImportKey(valid.externalSource(), valid.externalRef());
      if (known.isPresent()) {
        return new Entry(known.get(), false);
      }
    }
    var now = LocalDateTime.now(clock);
    var opportunity =
        new DirectOpportunity(
            valid.title(),
            valid.customerId(),
            new CustomerDetails(valid.customer()),
            Objects.requireNonNull(valid.owner()),
            caller.username(),
            now);
    describe(opportunity, valid);
    if (valid.externalSource() != null) {
      opportunity.importedFrom(valid.externalSource(), Objects.requireNonNull(valid.externalRef()));
    }
    em.persist(opportunity);
    em.flush();
    var found = conflicts.check(opportunity, now);
    changed.fire(opportunity);
    var details = new HashMap<String, Object>(found);
    details.put("owner", opportunity.getOwner());
    audit.append(caller, "direct-opportunity.created", SUBJECT, opportunity.getId(), details);
    return new Entry(opportunity, true);
  }

  /** Replaces the content; a changed customer is checked for conflicts again. */
  public DirectOpportunity update(
      Caller caller, long id, long version, DirectOpportunityForm form) {
    var opportunity = writable(caller, id, version);
    var valid = valid(caller, form, opportunity);
    var now = LocalDateTime.now(clock);
    var customer = new CustomerDetails(valid.customer());
    var customerChanged =
        !Objects.equals(valid.customerId(), opportunity.getCustomerId())
            || !customer.toForm(null).equals(opportunity.getCustomer().toForm(null));
    opportunity.edit(
        valid.title(), valid.customerId(), customer, Objects.requireNonNull(valid.owner()), now);
    describe(opportunity, valid);
    em.flush();
    Map<String, Object> details = new HashMap<>();
    if (customerChanged) {
      details.putAll(conflicts.check(opportunity, now));
      changed.fire(opportunity);
    }
    details.put("customerChanged", customerChanged);
    details.put("owner", opportunity.getOwner());
    audit.append(caller, "direct-opportunity.updated", SUBJECT, id, details);
    return opportunity;
  }

  /** Won or lost; brand admins and the owner only. */
  public DirectOpportunity close(
      Caller caller, long id, long version, DirectOpportunityStatus outcome) {
    var opportunity = writable(caller, id, version);
    if (outcome != DirectOpportunityStatus.WON && outcome != DirectOpportunityStatus.LOST) {
      throw new InvalidField("outcome", "outcome.UNKNOWN", "outcome: WON or LOST");
    }
    opportunity.close(outcome, LocalDateTime.now(clock));
    em.flush();
    changed.fire(opportunity);
    audit.append(caller, "direct-opportunity.closed", SUBJECT, id, Map.of("outcome", outcome));
    return opportunity;
  }

  public DirectOpportunity get(Caller caller, long id) {
    requireBrand(caller);
    var opportunity = em.find(DirectOpportunity.class, id);
    if (opportunity == null) {
      throw new RecordNotFound(WHAT, id);
    }
    return opportunity;
  }

  /** Newest first, narrowed to one status if given. */
  public List<DirectOpportunity> list(
      Caller caller, @Nullable DirectOpportunityStatus status, int offset, int limit) {
    return list(caller, new DirectOpportunityFilter(status, null, null), offset, limit);
  }

  /** Newest first. */
  public List<DirectOpportunity> list(
      Caller caller, DirectOpportunityFilter filter, int offset, int limit) {
    requireBrand(caller);
    return queries.list(filter, offset, limit);
  }

  public long count(Caller caller, @Nullable DirectOpportunityStatus status) {
    return count(caller, new DirectOpportunityFilter(status, null, null));
  }

  public long count(Caller caller, DirectOpportunityFilter filter) {
    requireBrand(caller);
    return queries.count(filter);
  }

  /** What the last conflict check found, best first; brand staff only. */
  public List<DirectOpportunityConflict> conflicts(Caller caller, long id) {
    get(caller, id);
    return conflicts.of(id);
  }

  /**
   * The opportunity locked until the transaction ends, if it is open and the caller may change it;
   * at {@code version} unless that is null (adding to its activity log needs none).
   */
  public DirectOpportunity writable(Caller caller, long id, @Nullable Long version) {
    requireSales(caller);
    var opportunity = em.find(DirectOpportunity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (opportunity == null) {
      throw new RecordNotFound(WHAT, id);
    }
    if (!caller.hasRole(Role.BRAND_ADMIN) && !caller.username().equals(opportunity.getOwner())) {
      throw new AccessDenied("Only its owner or a brand admin changes an opportunity");
    }
    if (version != null && opportunity.getVersion() != version) {
      throw new StaleRecord(WHAT, id, opportunity.getVersion());
    }
    if (!opportunity.isOpen()) {
      throw new RuleViolation(NOT_OPEN, "Only an open opportunity changes");
    }
    return opportunity;
  }

  private DirectOpportunityForm valid(
      Caller caller, DirectOpportunityForm form, @Nullable DirectOpportunity previous) {
    var checks = new FieldChecks();
    var owner = owner(caller, form.owner(), previous, checks);
    var described = form.customerId() == null ? form : picked(form, checks);
    var valid =
        DirectOpportunityRules.check(
            described,
            settings.today(),
            previous == null ? null : previous.getExpectedCloseDate(),
            checks);
    if (!checks.problems().isEmpty()) {
      throw new InvalidFields(
          checks.problems().stream()
              .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
              .toList());
    }
    return new DirectOpportunityForm(
        valid.title(),
        valid.customerId(),
        valid.customer(),
        owner,
        valid.estimatedAmount(),
        valid.currency(),
        valid.expectedCloseDate(),
        valid.stage(),
        valid.notes(),
        valid.externalSource(),
        valid.externalRef());
  }

  private static void describe(DirectOpportunity opportunity, DirectOpportunityForm valid) {
    opportunity.describe(
        valid.estimatedAmount(),
        Objects.requireNonNull(valid.currency()),
        valid.expectedCloseDate(),
        valid.stage(),
        valid.notes());
  }

  /**
   * Brand sales keep their own opportunities; a brand admin may name any owner. Editing keeps the
   * owner unless a brand admin names another.
   */
  private static String owner(
      Caller caller,
      @Nullable String owner,
      @Nullable DirectOpportunity previous,
      FieldChecks checks) {
    var named =
        checks.text(DirectOpportunityForm.OWNER, owner, DirectOpportunity.OWNER_MAX_LENGTH, false);
    var current = previous == null ? caller.username() : previous.getOwner();
    if (named == null || named.equals(current)) {
      return current;
    }
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      checks.fail(DirectOpportunityForm.OWNER, "NOT_SELF", "brand sales keep their own");
    }
    return named;
  }

  /** The form with a picked brand customer's description in place of whatever was typed. */
  private DirectOpportunityForm picked(DirectOpportunityForm form, FieldChecks checks) {
    var record = em.find(Customer.class, form.customerId());
    if (record == null || record.getOrigin() != CustomerOrigin.BRAND) {
      checks.fail(DirectOpportunityForm.CUSTOMER_ID, "NOT_FOUND", "no such brand customer");
      return form;
    }
    return form.withCustomer(record.getDetails().toForm(null));
  }

  private static void requireSales(Caller caller) {
    if (!caller.hasRole(Role.BRAND_SALES) && !caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand sales and brand admins keep direct opportunities");
    }
  }

  static void requireBrand(Caller caller) {
    if (!caller.isBrandStaff()) {
      throw new AccessDenied("Only brand staff see direct opportunities");
    }
  }
}
