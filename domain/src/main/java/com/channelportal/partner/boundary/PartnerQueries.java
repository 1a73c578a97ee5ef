package com.channelportal.partner.boundary;

import com.channelportal.partner.control.PartnerScope;
import com.channelportal.partner.entity.CompanyKind;
import com.channelportal.partner.entity.PartnerCompany;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The partner queries, each restricted by a {@link PartnerScope} in its WHERE clause, so that no
 * code path can forget the tenant filter. Sorting takes only known attribute names: a sort
 * parameter never reaches the query text unchecked.
 */
@ApplicationScoped
public class PartnerQueries {

  public static final Set<String> SORTABLE =
      Set.of("name", "region", "tier", "status", "channelManager", "createdAt");

  @PersistenceContext EntityManager em;

  List<PartnerCompany> list(PartnerScope scope, PartnerFilter filter, int offset, int limit) {
    if (scope instanceof PartnerScope.Nothing) {
      return List.of();
    }
    var order = filter.sort() != null && SORTABLE.contains(filter.sort()) ? filter.sort() : "name";
    var jpql =
        "select c from PartnerCompany c where "
            + where(scope, filter)
            + " order by c."
            + order
            + (filter.ascending() ? " asc" : " desc")
            + ", c.id asc";
    return bind(em.createQuery(jpql, PartnerCompany.class), scope, filter)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  long count(PartnerScope scope, PartnerFilter filter) {
    if (scope instanceof PartnerScope.Nothing) {
      return 0;
    }
    var jpql = "select count(c) from PartnerCompany c where " + where(scope, filter);
    return bind(em.createQuery(jpql, Long.class), scope, filter).getSingleResult();
  }

  Optional<PartnerCompany> find(PartnerScope scope, long id) {
    if (scope instanceof PartnerScope.Nothing) {
      return Optional.empty();
    }
    var jpql =
        "select c from PartnerCompany c where c.id = :id and " + where(scope, PartnerFilter.NONE);
    return bind(em.createQuery(jpql, PartnerCompany.class), scope, PartnerFilter.NONE)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private static String where(PartnerScope scope, PartnerFilter filter) {
    String tenant;
    if (scope instanceof PartnerScope.AllDistributors) {
      tenant = "c.kind = :kind";
    } else if (scope instanceof PartnerScope.AssignedTo) {
      tenant = "c.kind = :kind and c.channelManager = :manager";
    } else if (scope instanceof PartnerScope.OwnCompany) {
      tenant = "c.organizationAlias = :alias";
    } else {
      tenant = "1 = 0";
    }
    return hasText(filter)
        ? tenant
            + " and (lower(c.name) like :text or c.uscc like :text"
            + " or c.organizationAlias like :text)"
        : tenant;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, PartnerScope scope, PartnerFilter f) {
    if (scope instanceof PartnerScope.AllDistributors) {
      query.setParameter("kind", CompanyKind.DISTRIBUTOR);
    } else if (scope instanceof PartnerScope.AssignedTo assigned) {
      query.setParameter("kind", CompanyKind.DISTRIBUTOR);
      query.setParameter("manager", assigned.channelManager());
    } else if (scope instanceof PartnerScope.OwnCompany own) {
      query.setParameter("alias", own.organizationAlias());
    }
    if (hasText(f)) {
      var text = f.text().strip().toLowerCase(Locale.ROOT);
      query.setParameter("text", "%" + escapeLike(text) + "%");
    }
    return query;
  }

  private static boolean hasText(PartnerFilter filter) {
    return filter.text() != null && !filter.text().isBlank();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
