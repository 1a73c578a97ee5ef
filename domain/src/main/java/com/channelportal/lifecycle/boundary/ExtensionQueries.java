package com.channelportal.lifecycle.boundary;

import com.channelportal.lifecycle.entity.ExtensionStatus;
import com.channelportal.lifecycle.entity.ProtectionExtension;
import com.channelportal.partner.control.PartnerScope;
import com.channelportal.partner.entity.CompanyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Extension requests restricted by the caller's scope in the WHERE clause, as registrations are:
 * the request carries its registration's tenant, so the scope applies to the row alone.
 */
@ApplicationScoped
public class ExtensionQueries {

  @PersistenceContext EntityManager em;

  Optional<ProtectionExtension> find(PartnerScope scope, long id) {
    if (scope instanceof PartnerScope.Nothing) {
      return Optional.empty();
    }
    var jpql = "select e from ProtectionExtension e where e.id = :id and " + where(scope, null);
    return bind(em.createQuery(jpql, ProtectionExtension.class), scope, null)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** Unscoped: the caller has been checked against the registration. */
  List<ProtectionExtension> ofRegistration(long registrationId) {
    return em.createQuery(
            "select e from ProtectionExtension e where e.registrationId = :id order by e.id desc",
            ProtectionExtension.class)
        .setParameter("id", registrationId)
        .getResultList();
  }

  Optional<ProtectionExtension> openFor(long registrationId) {
    return em.createQuery(
            "select e from ProtectionExtension e where e.registrationId = :id"
                + " and e.status = :open",
            ProtectionExtension.class)
        .setParameter("id", registrationId)
        .setParameter("open", ExtensionStatus.OPEN)
        .getResultStream()
        .findFirst();
  }

  List<ProtectionExtension> list(
      PartnerScope scope, @Nullable ExtensionStatus status, int offset, int limit) {
    if (scope instanceof PartnerScope.Nothing) {
      return List.of();
    }
    var jpql =
        "select e from ProtectionExtension e where "
            + where(scope, status)
            + " order by e.requestedAt, e.id";
    return bind(em.createQuery(jpql, ProtectionExtension.class), scope, status)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  long count(PartnerScope scope, @Nullable ExtensionStatus status) {
    if (scope instanceof PartnerScope.Nothing) {
      return 0;
    }
    var jpql = "select count(e) from ProtectionExtension e where " + where(scope, status);
    return bind(em.createQuery(jpql, Long.class), scope, status).getSingleResult();
  }

  private static String where(PartnerScope scope, @Nullable ExtensionStatus status) {
    String tenant;
    if (scope instanceof PartnerScope.AllDistributors) {
      tenant = "1 = 1";
    } else if (scope instanceof PartnerScope.AssignedTo) {
      tenant =
          "e.partnerCompanyId in (select c.id from PartnerCompany c"
              + " where c.kind = :kind and c.channelManager = :manager)";
    } else if (scope instanceof PartnerScope.OwnCompany) {
      tenant = "e.organizationAlias = :alias";
    } else {
      tenant = "1 = 0";
    }
    return status == null ? tenant : tenant + " and e.status = :status";
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, PartnerScope scope, @Nullable ExtensionStatus status) {
    if (scope instanceof PartnerScope.AssignedTo assigned) {
      query.setParameter("kind", CompanyKind.DISTRIBUTOR);
      query.setParameter("manager", assigned.channelManager());
    } else if (scope instanceof PartnerScope.OwnCompany own) {
      query.setParameter("alias", own.organizationAlias());
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    return query;
  }
}
