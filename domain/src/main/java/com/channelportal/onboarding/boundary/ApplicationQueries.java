package com.channelportal.onboarding.boundary;

import com.channelportal.onboarding.entity.PartnerApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The application queries of the brand admin's list; access is checked by the caller. */
@ApplicationScoped
public class ApplicationQueries {

  @PersistenceContext EntityManager em;

  List<PartnerApplication> list(ApplicationFilter filter, int offset, int limit) {
    var jpql =
        "select a from PartnerApplication a where "
            + where(filter)
            + " order by a.submittedAt desc, a.id desc";
    return bind(em.createQuery(jpql, PartnerApplication.class), filter)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, Math.min(limit, 500)))
        .getResultList();
  }

  long count(ApplicationFilter filter) {
    var jpql = "select count(a) from PartnerApplication a where " + where(filter);
    return bind(em.createQuery(jpql, Long.class), filter).getSingleResult();
  }

  Optional<PartnerApplication> find(long id) {
    return Optional.ofNullable(em.find(PartnerApplication.class, id));
  }

  /** Locked until the transaction ends, so that two decisions on one application queue. */
  Optional<PartnerApplication> findForDecision(long id) {
    return Optional.ofNullable(
        em.find(PartnerApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  private static String where(ApplicationFilter filter) {
    var where = filter.status() == null ? "1 = 1" : "a.status = :status";
    return hasText(filter)
        ? where
            + " and (lower(a.companyName) like :text or a.uscc like :text"
            + " or lower(a.email) like :text)"
        : where;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, ApplicationFilter filter) {
    if (filter.status() != null) {
      query.setParameter("status", filter.status());
    }
    if (hasText(filter)) {
      var text = filter.text().strip().toLowerCase(Locale.ROOT);
      query.setParameter("text", "%" + escapeLike(text) + "%");
    }
    return query;
  }

  private static boolean hasText(ApplicationFilter filter) {
    return filter.text() != null && !filter.text().isBlank();
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
