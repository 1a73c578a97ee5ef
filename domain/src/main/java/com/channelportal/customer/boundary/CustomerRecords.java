package com.channelportal.customer.boundary;

import com.channelportal.customer.entity.Customer;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.customer.entity.CustomerForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A partner's customer records as the registration boundary uses them, in its transaction. The
 * caller's tenant has been checked there; these methods only ever touch records of the company they
 * are given.
 */
@ApplicationScoped
public class CustomerRecords {

  @PersistenceContext EntityManager em;

  @Inject Event<Customer> recorded;

  /** A record the partner company may pick for a registration: one of its own. */
  public Optional<Customer> ownedBy(long companyId, long customerId) {
    return Optional.ofNullable(em.find(Customer.class, customerId))
        .filter(customer -> customer.isOwnedBy(companyId));
  }

  /**
   * The company's record of the customer a registration describes: its existing record with the
   * same USCC, or a new one. So a partner that registers one customer again, without picking it,
   * still has one record of it.
   *
   * @param customer checked for submission; it has a name and a valid USCC
   */
  public Customer recordFor(
      long companyId, CustomerForm customer, String createdBy, LocalDateTime nowUtc) {
    var uscc = Objects.requireNonNull(customer.uscc(), "uscc");
    var existing =
        em.createQuery(
                "select c from Customer c where c.ownerCompanyId = :company"
                    + " and c.details.uscc = :uscc order by c.id",
                Customer.class)
            .setParameter("company", companyId)
            .setParameter("uscc", uscc)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      return existing.get();
    }
    var created = Customer.ofPartner(new CustomerDetails(customer), companyId, createdBy, nowUtc);
    em.persist(created);
    em.flush();
    recorded.fire(created);
    return created;
  }
}
