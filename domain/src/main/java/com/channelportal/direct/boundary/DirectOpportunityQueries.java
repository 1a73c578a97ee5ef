package com.channelportal.direct.boundary;

import com.channelportal.direct.entity.DirectOpportunity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The list queries of direct opportunities. No tenant filter: they are the brand's own records and
 * only brand staff reach these queries (the boundary checks the role first).
 */
@ApplicationScoped
public class DirectOpportunityQueries {

  @PersistenceContext EntityManager em;

  List<DirectOpportunity> list(DirectOpportunityFilter filter, int offset, int limit) {
    var jpql =
        "select d from DirectOpportunity d where "
            + where(filter)
            + " order by d.createdAt desc, d.id desc";
    return bind(em.createQuery(jpql, DirectOpportunity.class), filter)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  long count(DirectOpportunityFilter filter) {
    var jpql = "select count(d) from DirectOpportunity d where " + where(filter);
    return bind(em.createQuery(jpql, Long.class), filter).getSingleResult();
  }

  Optional<DirectOpportunity> byImportKey(String source, String reference) {
    return em.createQuery(
            "select d from DirectOpportunity d where d.externalSource = :source"
                + " and d.externalRef = :reference",
            DirectOpportunity.class)
        .setParameter("source", source)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  private static String where(DirectOpportunityFilter filter) {
    var conditions = new ArrayList<String>(List.of("1 = 1"));
    if (filter.status() != null) {
      conditions.add("d.status = :status");
    }
    if (hasText(filter.owner())) {
      conditions.add("d.owner = :owner");
    }
    if (hasText(filter.customerName())) {
      conditions.add("lower(d.customer.name) like :name");
    }
    return String.join(" and ", conditions);
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, DirectOpportunityFilter filter) {
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (hasText(filter.owner())) {
      query.setParameter("owner", filter.owner().strip());
    }
    if (hasText(filter.customerName())) {
      var text = filter.customerName().strip().toLowerCase(Locale.ROOT);
      query.setParameter("name", "%" + escapeLike(text) + "%");
    }
    return query;
  }

  private static boolean hasText(String text) {
    return text != null && !text.isBlank();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
