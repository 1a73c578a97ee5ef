package com.channelportal.registration.boundary;

import com.channelportal.registration.control.RegistrationNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out registration numbers from one counter row per year. The row stays locked until the
 * submission commits, so a number is used exactly once and a rolled-back submission gives its
 * number back: the sequence has no gaps apart from nothing at all. Submissions are audited, and the
 * audit chain serializes them anyway, so the lock costs no extra waiting.
 */
@ApplicationScoped
public class RegistrationNumbers {

  @PersistenceContext EntityManager em;

  String next(int year) {
    em.createNativeQuery(
            "INSERT INTO registration_number_sequence (number_year, last_value) VALUES (?1, 1)"
                + " ON DUPLICATE KEY UPDATE last_value = last_value + 1")
        .setParameter(1, year)
        .executeUpdate();
    var value =
        (Number)
            em.createNativeQuery(
                    "SELECT last_value FROM registration_number_sequence"
                        + " WHERE number_year = ?1 FOR UPDATE")
                .setParameter(1, year)
                .getSingleResult();
    return RegistrationNumber.of(year, value.longValue());
  }
}
