package com.channelportal.registration.boundary;

import com.channelportal.registration.control.RegistrationNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Hands out registration numbers from one counter row per year, each in a transaction of its own
 * that commits at once (decision 30). A number is used once; a submission that rolls back after
 * taking one leaves a gap, which a deal number may have. Held until the submission committed, the
 * counter row made every submission wait for the one before it to finish all its writes.
 *
 * <p>The caller's transaction is suspended meanwhile and a second pooled connection is used for the
 * moment; the pool (see {@code DatabaseSchema}) is sized well above the request threads.
 */
@ApplicationScoped
public class RegistrationNumbers {

  @PersistenceContext EntityManager em;

  @Transactional(TxType.REQUIRES_NEW)
  public String next(int year) {
    em.createNativeQuery(
            "INSERT INTO registration_number_sequence (number_year, last_value) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE last_value = last_value + 1")
        .setParameter(1, year)
        .executeUpdate();
    var value =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM registration_number_sequence WHERE number_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
    return RegistrationNumber.of(year, value.longValue());
  }
}
