package com.channelportal.review.boundary;

import com.channelportal.confirmation.entity.ConfirmationState;
import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.entity.Registration;
import com.channelportal.review.entity.Ruling;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A claim with everything it conflicts with, for the desk's side-by-side view.
 *
 * @param partnerName the claim's distributor
 * @param claims the conflicting records, best score first
 * @param earliest the kind and id of the earliest claim of all, the registration itself included
 * @param rulings on the registration, oldest first
 * @param followUps the follow-up recorded so far for the registration and for each claim that has a
 *     timeline (registrations and direct opportunities); a record without any is absent
 */
public record ReviewCase(
    Registration registration,
    String partnerName,
    List<Claim> claims,
    Claim.Key earliest,
    List<Ruling> rulings,
    Map<Claim.Key, FollowUp> followUps,
    Map<Claim.Key, CustomerAnswer> answers) {

  /** The customer's answer for a claim, if its partner asked for one. */
  public Optional<CustomerAnswer> answerOf(Claim.Key key) {
    return Optional.ofNullable(answers.get(key));
  }

  /**
   * What the customer's contact said to the latest confirmation request: evidence from outside both
   * parties (issue 5, item 8).
   *
   * @param at when it was answered, or when the request was made if not
   */
  public record CustomerAnswer(ConfirmationState state, LocalDateTime at) {}

  /**
   * The follow-up of one claim: whether it is being worked, as evidence of who pursued the deal.
   */
  public FollowUp followUpOf(Claim.Key key) {
    return followUps.getOrDefault(key, FollowUp.NONE);
  }

  /**
   * How much follow-up a claim has: activities recorded (deleted ones and the deal's own field
   * changes not counted) and when the latest took place.
   */
  public record FollowUp(long activities, @Nullable LocalDateTime lastAt) {

    public static final FollowUp NONE = new FollowUp(0, null);
  }

  /**
   * One conflicting record.
   *
   * @param score and {@code reasons} (JSON, as stored) of the match between the two
   * @param claimedAt when this record's claim was made: a registration's submission stamp, a direct
   *     opportunity's creation, a brand customer's entry into the master
   * @param registration another partner's registration, with its history; null for other kinds
   * @param partnerName that registration's distributor
   * @param title a direct opportunity's title or a brand customer's master-data number
   * @param owner a direct opportunity's sales person
   */
  public record Claim(
      Key key,
      BigDecimal score,
      String reasons,
      CustomerDetails customer,
      LocalDateTime claimedAt,
      @Nullable Registration registration,
      @Nullable String partnerName,
      @Nullable String title,
      @Nullable String owner,
      @Nullable String status) {

    public record Key(CandidateKind kind, long id) {}
  }
}
