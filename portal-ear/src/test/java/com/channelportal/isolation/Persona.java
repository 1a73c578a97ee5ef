package com.channelportal.isolation;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who calls in the isolation matrix: a partner user and a partner admin of distributor A (litai), a
 * user of distributor B (huanan), brand staff (made by {@link BrandStaffAccounts}), and nobody.
 *
 * @param username the Keycloak user, {@code null} for "no token / not logged in"
 * @param roles the effective realm roles, composites expanded
 * @param sees the tenants whose data the persona may receive; everything else is a leak
 */
record Persona(String label, String username, Set<String> roles, Set<Tenant> sees) {

  /** Composite realm roles of the partners realm: partner-admin includes partner-user. */
  private static final Map<String, Set<String>> COMPOSITES =
      Map.of("partner-admin", Set.of("partner-user"));

  static final Persona PARTNER_USER_A =
      new Persona("partner user of A", "litai.user", roles("partner-user"), Set.of(Tenant.LITAI));
  static final Persona PARTNER_ADMIN_A =
      new Persona(
          "partner admin of A", "litai.admin", roles("partner-admin"), Set.of(Tenant.LITAI));
  static final Persona USER_B =
      new Persona("user of B", "huanan.user", roles("partner-user"), Set.of(Tenant.HUANAN));

  /** Assigned to distributor A by {@link TenantFixtures#create}, which puts back A's own after. */
  static final Persona CHANNEL_MANAGER_ASSIGNED =
      new Persona(
          "channel manager assigned to A",
          "it.cm.assigned",
          roles("channel-manager"),
          Set.of(Tenant.LITAI));

  static final Persona CHANNEL_MANAGER_OTHER =
      new Persona(
          "channel manager assigned to no distributor",
          "it.cm.other",
          roles("channel-manager"),
          Set.of());

  static final Persona BRAND_ADMIN =
      new Persona(
          "brand admin", "it.brand.admin", roles("brand-admin"), EnumSet.allOf(Tenant.class));
  static final Persona BRAND_SALES =
      new Persona(
          "brand sales", "it.brand.sales", roles("brand-sales"), EnumSet.allOf(Tenant.class));
  static final Persona NO_TOKEN = new Persona("no token", null, Set.of(), Set.of());

  static final List<Persona> MATRIX =
      List.of(
          PARTNER_USER_A,
          PARTNER_ADMIN_A,
          USER_B,
          CHANNEL_MANAGER_ASSIGNED,
          CHANNEL_MANAGER_OTHER,
          BRAND_ADMIN,
          BRAND_SALES,
          NO_TOKEN);

  /** Brand staff exist only in the brand intranet; the test creates these in the partners realm. */
  static final List<Persona> BRAND_STAFF =
      List.of(CHANNEL_MANAGER_ASSIGNED, CHANNEL_MANAGER_OTHER, BRAND_ADMIN, BRAND_SALES);

  Persona {
    roles = Set.copyOf(roles);
    sees = sees.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sees));
  }

  boolean anonymous() {
    return username == null;
  }

  boolean sees(Tenant tenant) {
    return sees.contains(tenant);
  }

  /** The given roles with the roles their composites include. */
  static Set<String> roles(String... granted) {
    var all = new LinkedHashSet<String>();
    for (String role : granted) {
      all.add(role);
      all.addAll(COMPOSITES.getOrDefault(role, Set.of()));
    }
    return all;
  }

  @Override
  public String toString() {
    return anonymous() ? label : label + " (" + username + ")";
  }
}
