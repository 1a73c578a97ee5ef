package com.channelportal.direct.boundary;

import com.channelportal.audit.boundary.AuditLog;
import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.base.boundary.InvalidField;
import com.channelportal.base.boundary.InvalidFields;
import com.channelportal.base.boundary.RecordNotFound;
import com.channelportal.base.boundary.RuleViolation;
import com.channelportal.base.boundary.StaleRecord;
import com.channelportal.customer.control.CustomerRules;
import com.channelportal.customer.control.FieldChecks;
import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import com.channelportal.customer.entity.CustomerOrigin;
import com.channelportal.direct.entity.DirectOpportunity;
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
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Direct opportunities: brand sales record their own and close them, brand admins any; all brand
 * staff read them. Partners never see them: they learn of one only as "served by the brand" from
 * the availability check, and as a review of their conflicting registration.
 */
@Stateless
public class DirectOpportunities {

  public static final String SUBJECT = "direct-opportunity";
  public static final String NOT_OPEN = "direct-opportunity.NOT_OPEN";
  static final String WHAT = "Direct opportunity";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Event<DirectOpportunity> changed;

  public DirectOpportunity create(Caller caller, DirectOpportunityForm form) {
    requireSales(caller);
    var checks = new FieldChecks();
    var title =
        checks.text(
            DirectOpportunityForm.TITLE, form.title(), DirectOpportunity.TITLE_MAX_LENGTH, false);
    var owner = owner(caller, form.owner(), checks);
    var customer = customer(form, checks);
    if (!checks.problems().isEmpty()) {
      throw new InvalidFields(
          checks.problems().stream()
              .map(p -> new InvalidField.Problem(p.field(), p.reason(), p.message()))
              .toList());
    }
    var opportunity =
        new DirectOpportunity(
            title, form.customerId(), customer, owner, caller.username(), LocalDateTime.now(clock));
    em.persist(opportunity);
    em.flush();
    changed.fire(opportunity);
    audit.append(
        caller, "direct-opportunity.created", SUBJECT, opportunity.getId(), Map.of("owner", owner));
    return opportunity;
  }

  /** Won or lost; brand admins and the owner only. */
  public DirectOpportunity close(
      Caller caller, long id, long version, DirectOpportunityStatus outcome) {
    requireSales(caller);
    var opportunity = em.find(DirectOpportunity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (opportunity == null) {
      throw new RecordNotFound(WHAT, id);
    }
    if (!caller.hasRole(Role.BRAND_ADMIN) && !caller.username().equals(opportunity.getOwner())) {
      throw new AccessDenied("Only its owner or a brand admin closes an opportunity");
    }
    if (opportunity.getVersion() != version) {
      throw new StaleRecord(WHAT, id, opportunity.getVersion());
    }
    if (!opportunity.isOpen() || outcome == DirectOpportunityStatus.OPEN) {
      throw new RuleViolation(NOT_OPEN, "Only an open opportunity is won or lost");
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
    requireBrand(caller);
    var query =
        em.createQuery(
            "select d from DirectOpportunity d where "
                + where(status)
                + " order by d.createdAt desc, d.id desc",
            DirectOpportunity.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  public long count(Caller caller, @Nullable DirectOpportunityStatus status) {
    requireBrand(caller);
    var query =
        em.createQuery(
            "select count(d) from DirectOpportunity d where " + where(status), Long.class);
    if (status != null) {
      query.setParameter("status", status);
    }
    return query.getSingleResult();
  }

  private static String where(@Nullable DirectOpportunityStatus status) {
    return status == null ? "1 = 1" : "d.status = :status";
  }

  /** Brand sales open opportunities for themselves; a brand admin may name any owner. */
  private static String owner(Caller caller, @Nullable String owner, FieldChecks checks) {
    var named = checks.text(DirectOpportunityForm.OWNER, owner, 255, false);
    if (named == null || named.equals(caller.username())) {
      return caller.username();
    }
    if (!caller.hasRole(Role.BRAND_ADMIN)) {
      checks.fail(DirectOpportunityForm.OWNER, "NOT_SELF", "brand sales open their own");
    }
    return named;
  }

  private CustomerDetails customer(DirectOpportunityForm form, FieldChecks checks) {
    if (form.customerId() != null) {
      var record = em.find(Customer.class, form.customerId());
      if (record == null || record.getOrigin() != CustomerOrigin.BRAND) {
        checks.fail(DirectOpportunityForm.CUSTOMER_ID, "NOT_FOUND", "no such brand customer");
        return new CustomerDetails(CustomerForm.named("?"));
      }
      return new CustomerDetails(record.getDetails().toForm(null));
    }
    var typed =
        CustomerRules.check(
            form.customer() == null ? CustomerForm.EMPTY : form.customer(),
            DirectOpportunityForm.CUSTOMER + ".",
            CustomerRules.Required.NAME,
            false,
            checks);
    return new CustomerDetails(typed);
  }

  private static void requireSales(Caller caller) {
    if (!caller.hasRole(Role.BRAND_SALES) && !caller.hasRole(Role.BRAND_ADMIN)) {
      throw new AccessDenied("Only brand sales and brand admins keep direct opportunities");
    }
  }

  private static void requireBrand(Caller caller) {
    if (!caller.isBrandStaff()) {
      throw new AccessDenied("Only brand staff see direct opportunities");
    }
  }
}
