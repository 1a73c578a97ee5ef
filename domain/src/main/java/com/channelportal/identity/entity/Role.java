package com.channelportal.identity.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of the {@code partners} realm. The token carries them in the flat {@code groups}
 * claim; the container maps each group to the role of the same name.
 */
public enum Role {
  PARTNER_USER("partner-user", false),
  PARTNER_ADMIN("partner-admin", false),
  CHANNEL_MANAGER("channel-manager", true),
  BRAND_SALES("brand-sales", true),
  BRAND_ADMIN("brand-admin", true);

  private final String roleName;
  private final boolean brand;

  Role(String roleName, boolean brand) {
    this.roleName = roleName;
    this.brand = brand;
  }

  public String roleName() {
    return roleName;
  }

  /** Brand roles see across tenants (within their own limits); partner roles never do. */
  public boolean isBrand() {
    return brand;
  }

  public static Optional<Role> byName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
  }
}
