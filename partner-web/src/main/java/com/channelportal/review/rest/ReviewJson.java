package com.channelportal.review.rest;

import com.channelportal.base.control.JsonSupport;
import com.channelportal.matching.entity.CandidateKind;
import com.channelportal.registration.rest.RegistrationJson;
import com.channelportal.registration.rest.RegistrationJson.CustomerJson;
import com.channelportal.registration.rest.RegistrationJson.StatusChangeJson;
import com.channelportal.review.boundary.ReviewCase;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The side-by-side case: the registration, its distributor, and every record it conflicts with,
 * best score first, each with its customer as described, its claim time, the matcher's score and
 * reasons ({@code {"code", "weight", "params"}}, as in the conflicts), and for another partner's
 * registration its number, status and history.
 *
 * @param earliestKind with {@code earliestId}: the earliest claim of all, the registration included
 */
public record ReviewJson(
    RegistrationJson registration,
    String partnerName,
    List<ClaimJson> claims,
    CandidateKind earliestKind,
    long earliestId,
    List<RulingJson> rulings,
    FollowUpJson followUp,
    @Nullable CustomerAnswerJson customerAnswer) {

  /**
   * The customer's answer to the latest confirmation request of a registration.
   *
   * @param state CONFIRMED, DENIED, OPEN or EXPIRED
   * @param at when answered, or when asked if not, UTC
   */
  public record CustomerAnswerJson(String state, String at) {

    static @Nullable CustomerAnswerJson of(ReviewCase c, ReviewCase.Claim.Key key) {
      return c.answerOf(key)
          .map(a -> new CustomerAnswerJson(a.state().name(), RegistrationJson.utc(a.at())))
          .orElse(null);
    }
  }

  /**
   * The follow-up recorded on a claim so far; a brand customer has none.
   *
   * @param lastAt when the latest activity took place, UTC
   */
  public record FollowUpJson(long activities, @Nullable String lastAt) {

    static FollowUpJson of(ReviewCase.FollowUp followUp) {
      return new FollowUpJson(
          followUp.activities(),
          followUp.lastAt() == null ? null : RegistrationJson.utc(followUp.lastAt()));
    }
  }

  /**
   * @param reference a registration's number, a direct opportunity's title or a brand customer's
   *     master-data number
   * @param owner a direct opportunity's sales person
   */
  public record ClaimJson(
      CandidateKind kind,
      long id,
      String score,
      JsonArray reasons,
      CustomerJson customer,
      String claimedAt,
      boolean earliest,
      @Nullable String partnerName,
      @Nullable String reference,
      @Nullable String owner,
      @Nullable String status,
      List<StatusChangeJson> history,
      FollowUpJson followUp,
      @Nullable CustomerAnswerJson customerAnswer) {}

  static ReviewJson of(ReviewCase c) {
    var own = new ReviewCase.Claim.Key(CandidateKind.REGISTRATION, c.registration().getId());
    var claims =
        c.claims().stream()
            .map(
                claim -> {
                  try (var reader =
                      JsonSupport.PROVIDER.createReader(new StringReader(claim.reasons()))) {
                    return new ClaimJson(
                        claim.key().kind(),
                        claim.key().id(),
                        claim.score().toPlainString(),
                        reader.readArray(),
                        CustomerJson.of(claim.customer()),
                        RegistrationJson.utc(claim.claimedAt()),
                        claim.key().equals(c.earliest()),
                        claim.partnerName(),
                        claim.title(),
                        claim.owner(),
                        claim.status(),
                        claim.registration() == null
                            ? List.of()
                            : claim.registration().getHistory().stream()
                                .map(StatusChangeJson::of)
                                .toList(),
                        FollowUpJson.of(c.followUpOf(claim.key())),
                        CustomerAnswerJson.of(c, claim.key()));
                  }
                })
            .toList();
    return new ReviewJson(
        RegistrationJson.of(c.registration()),
        c.partnerName(),
        claims,
        c.earliest().kind(),
        c.earliest().id(),
        c.rulings().stream().map(r -> RulingJson.of(r, true)).toList(),
        FollowUpJson.of(c.followUpOf(own)),
        CustomerAnswerJson.of(c, own));
  }
}
