package com.channelportal.registration.boundary;

import com.channelportal.partner.control.PartnerScope;
import com.channelportal.partner.entity.CompanyKind;
import com.channelportal.registration.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registration queries, each restricted by the caller's scope in its WHERE clause, so that no
 * code path can forget the tenant filter. Sorting takes only known keys.
 */
@ApplicationScoped
public class RegistrationQueries {

  /** Sort keys and the attribute each one orders by. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "number", "r.number",
          "customerName", "r.customer.name",
          "status", "r.status",
          "estimatedAmount", "r.estimatedAmount",
          "expectedCloseDate", "r.expectedCloseDate",
          "submittedAt", "r.submittedAt",
          "createdAt", "r.createdAt",
          "updatedAt", "r.updatedAt");

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject DealLiveliness liveliness;

  List<Registration> list(PartnerScope scope, RegistrationFilter filter, int offset, int limit) {
    if (scope instanceof PartnerScope.Nothing) {
      return List.of();
    }
    var order = SORTABLE.getOrDefault(filter.sort() == null ? "" : filter.sort(), "r.updatedAt");
    var direction = filter.ascending() ? " asc" : " desc";
    var jpql =
        "select r from Registration r where "
            + where(scope, filter)
            + " order by "
            + order
            + direction
            + ", r.id"
            + direction;
    return bind(em.createQuery(jpql, Registration.class), scope, filter)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  long count(PartnerScope scope, RegistrationFilter filter) {
    if (scope instanceof PartnerScope.Nothing) {
      return 0;
    }
    var jpql = "select count(r) from Registration r where " + where(scope, filter);
    return bind(em.createQuery(jpql, Long.class), scope, filter).getSingleResult();
  }

  Optional<Registration> find(PartnerScope scope, long id) {
    if (scope instanceof PartnerScope.Nothing) {
      return Optional.empty();
    }
    var jpql =
        "select r from Registration r where r.id = :id and "
            + where(scope, RegistrationFilter.NONE);
    return bind(em.createQuery(jpql, Registration.class), scope, RegistrationFilter.NONE)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /**
   * The registration locked until the transaction ends ({@code SELECT … FOR UPDATE}). A locking
   * read, so it does not fix the transaction's snapshot; see {@code Registrations#submit}. Its
   * lines and history are loaded lazily, by plain reads, only when touched.
   */
  Optional<Registration> locked(long id) {
    return Optional.ofNullable(em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  private String where(PartnerScope scope, RegistrationFilter filter) {
    String tenant;
    if (scope instanceof PartnerScope.AllDistributors) {
      tenant = "1 = 1";
    } else if (scope instanceof PartnerScope.AssignedTo) {
      tenant =
          "r.partnerCompanyId in (select c.id from PartnerCompany c"
              + " where c.kind = :kind and c.channelManager = :manager)";
    } else if (scope instanceof PartnerScope.OwnCompany) {
      tenant = "r.organizationAlias = :alias";
    } else {
      tenant = "1 = 0";
    }
    var where = filter.status() == null ? tenant : tenant + " and r.status = :status";
    if (filter.inactiveOnly()) {
      where += " and " + inactive().jpql();
    }
    return hasText(filter)
        ? where
            + " and (r.number like :text or lower(r.customer.name) like :text"
            + " or r.customer.uscc like :text)"
        : where;
  }

  private <T> TypedQuery<T> bind(
      TypedQuery<T> query, PartnerScope scope, RegistrationFilter filter) {
    if (scope instanceof PartnerScope.AssignedTo assigned) {
      query.setParameter("kind", CompanyKind.DISTRIBUTOR);
      query.setParameter("manager", assigned.channelManager());
    } else if (scope instanceof PartnerScope.OwnCompany own) {
      query.setParameter("alias", own.organizationAlias());
    }
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (filter.inactiveOnly()) {
      inactive().parameters().forEach(query::setParameter);
    }
    if (hasText(filter)) {
      var text = filter.text().strip().toLowerCase(Locale.ROOT);
      query.setParameter("text", "%" + escapeLike(text) + "%");
    }
    return query;
  }

  /** Its text is the same at every call; only its parameters follow the clock. */
  private DealLiveliness.Condition inactive() {
    return liveliness.inactive(LocalDateTime.now(clock));
  }

  private static boolean hasText(RegistrationFilter filter) {
    return filter.text() != null && !filter.text().isBlank();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
