package com.channelportal.customer.boundary;

import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The customer queries, each restricted by a {@link CustomerScope} in its WHERE clause. Sorting
 * takes only known attribute names: a sort parameter never reaches the query text unchecked.
 */
@ApplicationScoped
public class CustomerQueries {

  /** Sort keys and the attribute each one orders by. */
  public static final Map<String, String> SORTABLE =
      Map.of(
          "name", "c.details.name",
          "uscc", "c.details.uscc",
          "city", "c.details.city",
          "industry", "c.details.industry",
          "masterDataNumber", "c.masterDataNumber",
          "createdAt", "c.createdAt");

  @PersistenceContext EntityManager em;

  List<Customer> list(CustomerScope scope, CustomerFilter filter, int offset, int limit) {
    if (scope instanceof CustomerScope.Nothing) {
      return List.of();
    }
    var order = SORTABLE.getOrDefault(filter.sort() == null ? "" : filter.sort(), "c.details.name");
    var jpql =
        "select c from Customer c where "
            + where(scope, filter)
            + " order by "
            + order
            + (filter.ascending() ? " asc" : " desc")
            + ", c.id asc";
    return bind(em.createQuery(jpql, Customer.class), scope, filter)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  long count(CustomerScope scope, CustomerFilter filter) {
    if (scope instanceof CustomerScope.Nothing) {
      return 0;
    }
    var jpql = "select count(c) from Customer c where " + where(scope, filter);
    return bind(em.createQuery(jpql, Long.class), scope, filter).getSingleResult();
  }

  Optional<Customer> find(CustomerScope scope, long id) {
    if (scope instanceof CustomerScope.Nothing) {
      return Optional.empty();
    }
    var jpql = "select c from Customer c where c.id = :id and " + where(scope, CustomerFilter.NONE);
    return bind(em.createQuery(jpql, Customer.class), scope, CustomerFilter.NONE)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  boolean brandRecordExists(String attribute, String value) {
    var jpql =
        "select count(c) from Customer c where c.origin = :brand and c." + attribute + " = :value";
    return em.createQuery(jpql, Long.class)
            .setParameter("brand", CustomerOrigin.BRAND)
            .setParameter("value", value)
            .getSingleResult()
        > 0;
  }

  private static String where(CustomerScope scope, CustomerFilter filter) {
    var tenant = tenant(scope);
    return hasText(filter)
        ? tenant
            + " and (lower(c.details.name) like :text or c.details.uscc like :text"
            + " or c.masterDataNumber like :text or lower(c.details.city) like :text)"
        : tenant;
  }

  private static String tenant(CustomerScope scope) {
    if (scope instanceof CustomerScope.OwnedBy) {
      return "c.ownerCompanyId = :company";
    }
    if (scope instanceof CustomerScope.BrandAndAssignedTo) {
      return "(c.ownerCompanyId is null or c.ownerCompanyId in (select p.id from PartnerCompany p"
          + " where p.channelManager = :manager))";
    }
    return "1 = 1";
  }

  private static <T> TypedQuery<T> bind(
      TypedQuery<T> query, CustomerScope scope, CustomerFilter f) {
    if (scope instanceof CustomerScope.OwnedBy owned) {
      query.setParameter("company", owned.companyId());
    }
    if (scope instanceof CustomerScope.BrandAndAssignedTo assigned) {
      query.setParameter("manager", assigned.channelManager());
    }
    if (hasText(f)) {
      var text = f.text().strip().toLowerCase(Locale.ROOT);
      query.setParameter("text", "%" + escapeLike(text) + "%");
    }
    return query;
  }

  private static boolean hasText(CustomerFilter filter) {
    return filter.text() != null && !filter.text().isBlank();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
