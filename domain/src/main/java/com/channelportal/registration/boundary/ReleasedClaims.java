package com.channelportal.registration.boundary;

import com.channelportal.matching.entity.CandidateKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Frees a customer when a registration's claim ends other than by withdrawal (expiry, won, lost):
 * the registration stops being a conflict candidate in the transaction that ends the claim.
 */
@ApplicationScoped
public class ReleasedClaims {

  @Inject CandidateKeys keys;

  public void release(long registrationId) {
    keys.forget(CandidateKind.REGISTRATION, registrationId);
  }
}
