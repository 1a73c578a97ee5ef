package com.channelportal.matching.control;

import java.util.Objects;

/**
 * The registrable domain of a website or e-mail address, and whether it can tell companies apart.
 */
public record WebDomain(String domain, Kind kind) {

  public WebDomain {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(kind, "kind");
  }

  public enum Kind {
    /** A domain a company registered for itself: evidence. */
    OWN,
    /** A free-mail provider ({@code qq.com}): anyone has an address there. */
    FREE_MAIL,
    /** A shop, blog or site-builder platform ({@code 1688.com}, {@code wixsite.com}). */
    SHARED_HOST
  }

  public boolean isEvidence() {
    return kind == Kind.OWN;
  }
}
