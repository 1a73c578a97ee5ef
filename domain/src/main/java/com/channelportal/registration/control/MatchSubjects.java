package com.channelportal.registration.control;

import com.channelportal.customer.entity.CustomerDetails;
import com.channelportal.matching.control.MatchKey;
import com.channelportal.matching.control.SubjectProfile;
import com.channelportal.matching.entity.MatchSubject;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer description as conflict matching sees it, and the identity keys a submission claims.
 */
public final class MatchSubjects {

  private MatchSubjects() {}

  /** The fax counts as one more phone number: a company's fax shares its switchboard. */
  public static MatchSubject of(CustomerDetails customer) {
    return new MatchSubject(
        Objects.requireNonNullElse(customer.getName(), ""),
        customer.getUscc(),
        customer.getWebsite(),
        customer.getEmail(),
        phones(customer.getPhone(), customer.getFax()),
        customer.getProvince(),
        customer.getCity(),
        customer.getIndustry(),
        customer.getSubIndustry());
  }

  /**
   * The keys a submission of this customer locks (see {@code Claims}): its USCC and its trade name
   * as matching normalizes them, e.g. {@code USCC:91440300MA5DLT2K0P} and {@code TRADE_NAME:利泰}.
   * Registrations of one company by different partners share at least the USCC, so they queue; a
   * namesake that only shares the trade name queues needlessly but briefly.
   */
  public static List<String> claimKeys(CustomerDetails customer) {
    return claimKeys(SubjectProfile.of(of(customer)));
  }

  public static List<String> claimKeys(SubjectProfile profile) {
    return profile.keys().stream()
        .filter(k -> k.kind() == MatchKey.Kind.USCC || k.kind() == MatchKey.Kind.TRADE_NAME)
        .map(k -> k.kind() + ":" + k.value())
        .sorted()
        .toList();
  }

  private static @Nullable String phones(@Nullable String phone, @Nullable String fax) {
    if (fax == null) {
      return phone;
    }
    return phone == null ? fax : phone + " / " + fax;
  }
}
