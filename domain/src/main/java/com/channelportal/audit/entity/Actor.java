package com.channelportal.audit.entity;

import com.channelportal.identity.entity.Caller;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who did something, as the audit trail names them: a username with its organization, or one of the
 * two actors without an account.
 */
public record Actor(String name, @Nullable String organization) {

  /** Someone without an account, e.g. a distributor applying through the public form. */
  public static final Actor ANONYMOUS = new Actor("anonymous", null);

  /** The portal itself, e.g. a scheduled job. */
  public static final Actor SYSTEM = new Actor("system", null);

  public Actor {
    Objects.requireNonNull(name, "name");
  }

  public static Actor of(Caller caller) {
    return new Actor(caller.username(), caller.organization());
  }
}
