package com.channelportal.onboarding.boundary;

import static com.channelportal.onboarding.entity.ApplicationForm.COMPANY_NAME;
import static com.channelportal.onboarding.entity.ApplicationForm.USCC;

import com.channelportal.base.boundary.InvalidField;
import com.channelportal.onboarding.control.CompanyNameKey;
import com.channelportal.onboarding.control.UniqueKeys;
import com.channelportal.onboarding.entity.PartnerApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * A company applies once: its USCC and its name key may belong to no partner company and to no open
 * application. Rejected applications do not count, so a rejected company can apply again.
 */
@ApplicationScoped
public class Duplicates {

  static final String OPEN_USCC_KEY = "uk_partner_application_open_uscc";
  static final String OPEN_NAME_KEY = "uk_partner_application_open_name_key";
  static final String COMPANY_USCC_KEY = "uk_partner_company_uscc";

  @PersistenceContext EntityManager em;

  /** Refuses a USCC or name key that is taken; the USCC is reported first. */
  void refuse(String uscc, String nameKey) {
    if (usccTaken(uscc)) {
      throw duplicate(USCC);
    }
    if (nameTaken(nameKey)) {
      throw duplicate(COMPANY_NAME);
    }
  }

  /** Stores the application; a race lost on a unique index answers like {@link #refuse}. */
  void insert(PartnerApplication application) {
    em.persist(application);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (UniqueKeys.violated(e, OPEN_USCC_KEY)) {
        throw duplicate(USCC);
      }
      if (UniqueKeys.violated(e, OPEN_NAME_KEY)) {
        throw duplicate(COMPANY_NAME);
      }
      throw e;
    }
  }

  /** The same answer for a partner and an open application: who it is stays undisclosed. */
  static InvalidField duplicate(String field) {
    return new InvalidField(
        field, field + ".DUPLICATE", field + ": this company is already registered or applied");
  }

  private boolean usccTaken(String uscc) {
    var partners =
        em.createQuery("select count(c) from PartnerCompany c where c.uscc = :uscc", Long.class)
            .setParameter("uscc", uscc)
            .getSingleResult();
    var open =
        em.createQuery(
                "select count(a) from PartnerApplication a where a.openUscc = :uscc", Long.class)
            .setParameter("uscc", uscc)
            .getSingleResult();
    return partners + open > 0;
  }

  /**
   * Partner companies have no stored name key (their names change in the programme form), so their
   * names are folded here: a few thousand short strings per submission, which the rate limit keeps
   * rare. The richer matcher of a later issue will need an index of its own anyway.
   */
  private boolean nameTaken(String nameKey) {
    var open =
        em.createQuery(
                "select count(a) from PartnerApplication a where a.openNameKey = :key", Long.class)
            .setParameter("key", nameKey)
            .getSingleResult();
    return open > 0
        || em.createQuery("select c.name from PartnerCompany c", String.class)
            .getResultStream()
            .anyMatch(name -> CompanyNameKey.of(name).equals(nameKey));
  }
}
