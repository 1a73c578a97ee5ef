package com.channelportal.review.boundary;

import com.channelportal.base.boundary.AccessDenied;
import com.channelportal.identity.entity.Caller;
import com.channelportal.identity.entity.Role;
import com.channelportal.partner.control.PartnerScope;
import com.channelportal.partner.entity.CompanyKind;
import com.channelportal.partner.entity.PartnerCompany;
import com.channelportal.registration.entity.Registration;
import com.channelportal.registration.entity.RegistrationStatus;
import com.channelportal.review.control.ServiceLevel;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The claims waiting for the desk, oldest first: a channel manager's are those under review of the
 * distributors assigned to them; a brand admin sees every claim under review and the appeals.
 */
@Stateless
public class ReviewQueue {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject ReviewSettings settings;

  public List<QueueEntry> list(Caller caller, ReviewFilter filter, int offset, int limit) {
    var scope = deskScope(caller);
    var now = LocalDateTime.now(clock);
    var jpql =
        "select r from Registration r where "
            + where(scope, filter)
            + " order by r.waitingSince asc, r.id asc";
    var page =
        bind(em.createQuery(jpql, Registration.class), caller, scope, filter, now)
            .setFirstResult(Math.max(0, offset))
            .setMaxResults(Math.max(1, Math.min(limit, 500)))
            .getResultList();
    return entries(page, now);
  }

  public long count(Caller caller, ReviewFilter filter) {
    var scope = deskScope(caller);
    var jpql = "select count(r) from Registration r where " + where(scope, filter);
    return bind(em.createQuery(jpql, Long.class), caller, scope, filter, LocalDateTime.now(clock))
        .getSingleResult();
  }

  /** The badge in the navigation: everything waiting for the caller. */
  public long waiting(Caller caller) {
    return isDesk(caller) ? count(caller, ReviewFilter.NONE) : 0;
  }

  public static boolean isDesk(Caller caller) {
    return caller.hasRole(Role.CHANNEL_MANAGER) || caller.hasRole(Role.BRAND_ADMIN);
  }

  /** The statuses the caller's queue holds: appeals are decided by brand admins only. */
  static Set<RegistrationStatus> statuses(Caller caller) {
    return caller.hasRole(Role.BRAND_ADMIN)
        ? EnumSet.of(RegistrationStatus.UNDER_REVIEW, RegistrationStatus.APPEALED)
        : EnumSet.of(RegistrationStatus.UNDER_REVIEW);
  }

  static PartnerScope deskScope(Caller caller) {
    if (!isDesk(caller)) {
      throw new AccessDenied("Only channel managers and brand admins work at the desk");
    }
    return PartnerScope.of(caller);
  }

  /** The registration's id if it is in the caller's scope, without loading it. */
  public Optional<Long> visible(PartnerScope scope, long id) {
    var jpql = "select r.id from Registration r where r.id = :id and " + tenant(scope);
    var query = em.createQuery(jpql, Long.class).setParameter("id", id);
    tenantParameters(query, scope);
    return query.getResultStream().findFirst();
  }

  private List<QueueEntry> entries(List<Registration> page, LocalDateTime now) {
    if (page.isEmpty()) {
      return List.of();
    }
    var ids = page.stream().map(Registration::getId).toList();
    var stats = new HashMap<Long, Object[]>();
    em.createQuery(
            "select c.registrationId, count(c), max(c.score) from RegistrationConflict c"
                + " where c.registrationId in :ids group by c.registrationId",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> stats.put((Long) row[0], row));
    var names = new HashMap<Long, String>();
    var level = settings.serviceLevel();
    return page.stream()
        .map(
            r -> {
              var row = stats.get(r.getId());
              var since = r.getWaitingSince() == null ? r.getUpdatedAt() : r.getWaitingSince();
              return new QueueEntry(
                  r,
                  names.computeIfAbsent(r.getPartnerCompanyId(), this::companyName),
                  row == null ? 0 : ((Number) row[1]).longValue(),
                  row == null ? null : (BigDecimal) row[2],
                  ServiceLevel.waited(since, now),
                  level.isEscalated(since, now));
            })
        .toList();
  }

  private String companyName(Long id) {
    var company = em.find(PartnerCompany.class, id);
    return company == null ? String.valueOf(id) : company.getName();
  }

  private static String where(PartnerScope scope, ReviewFilter filter) {
    var where = new StringBuilder("r.status in :statuses and ").append(tenant(scope));
    if (filter.partnerCompanyId() != null) {
      where.append(" and r.partnerCompanyId = :partner");
    }
    if (filter.escalatedOnly()) {
      where.append(" and r.waitingSince < :escalatedSince");
    }
    if (filter.minScore() != null) {
      where.append(
          " and exists (select c.id from RegistrationConflict c"
              + " where c.registrationId = r.id and c.score >= :minScore)");
    }
    return where.toString();
  }

  private static String tenant(PartnerScope scope) {
    if (scope instanceof PartnerScope.AllDistributors) {
      return "1 = 1";
    }
    if (scope instanceof PartnerScope.AssignedTo) {
      return "r.partnerCompanyId in (select c.id from PartnerCompany c"
          + " where c.kind = :kind and c.channelManager = :manager)";
    }
    return "1 = 0";
  }

  private <T> TypedQuery<T> bind(
      TypedQuery<T> query,
      Caller caller,
      PartnerScope scope,
      ReviewFilter filter,
      LocalDateTime now) {
    query.setParameter("statuses", statuses(caller));
    tenantParameters(query, scope);
    if (filter.partnerCompanyId() != null) {
      query.setParameter("partner", filter.partnerCompanyId());
    }
    if (filter.escalatedOnly()) {
      query.setParameter("escalatedSince", settings.serviceLevel().cutoff(now));
    }
    if (filter.minScore() != null) {
      query.setParameter("minScore", filter.minScore());
    }
    return query;
  }

  private static void tenantParameters(TypedQuery<?> query, PartnerScope scope) {
    if (scope instanceof PartnerScope.AssignedTo assigned) {
      query.setParameter("kind", CompanyKind.DISTRIBUTOR);
      query.setParameter("manager", assigned.channelManager());
    }
  }
}
