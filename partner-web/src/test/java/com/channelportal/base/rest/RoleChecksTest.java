package com.channelportal.base.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The JAX-RS side of the security annotations, which the isolation matrix relies on while Payara
 * skips {@code @RolesAllowed} on some CDI resources (payara/Payara#7987): which filter each method
 * gets, and whom that filter lets through.
 */
class RoleChecksTest {

  @RolesAllowed({"partner-user", "brand-admin"})
  static class Guarded {
    public void inherits() {}

    @RolesAllowed("brand-admin")
    public void narrower() {}

    @PermitAll
    public void open() {}

    @DenyAll
    public void closed() {}
  }

  static class Unguarded {
    public void plain() {}

    @RolesAllowed("channel-manager")
    public void own() {}
  }

  @DenyAll
  static class Closed {
    public void any() {}
  }

  @Test
  void aMethodWithoutAnnotationTakesItsClasssRoles() {
    assertThat(filterOf(Guarded.class, "inherits").roles())
        .containsExactly("partner-user", "brand-admin");
  }

  @Test
  void theMethodsOwnAnnotationWins() {
    assertThat(filterOf(Guarded.class, "narrower").roles()).containsExactly("brand-admin");
    assertThat(registered(Guarded.class, "open")).as("@PermitAll on the method").isEmpty();
    assertThat(filterOf(Guarded.class, "closed").roles()).as("@DenyAll on the method").isEmpty();
    assertThat(filterOf(Unguarded.class, "own").roles()).containsExactly("channel-manager");
  }

  @Test
  void denyAllOnTheClassAdmitsNobody() {
    var filter = filterOf(Closed.class, "any");
    assertThat(filter.admits(caller("li.na", "brand-admin", "partner-user"))).isFalse();
  }

  @Test
  void nothingDeclaredRegistersNothing() {
    // the isolation matrix fails such an endpoint: access must be declared
    assertThat(registered(Unguarded.class, "plain")).isEmpty();
  }

  @Test
  void theFilterAdmitsACallerWithOneOfTheRolesOnly() {
    var filter = filterOf(Guarded.class, "inherits");
    assertThat(filter.admits(caller("litai.user", "partner-user"))).isTrue();
    assertThat(filter.admits(caller("li.na", "channel-manager", "brand-admin"))).isTrue();
    assertThat(filter.admits(caller("zhang.wei", "channel-manager"))).isFalse();
    assertThat(filter.admits(anonymous())).as("no principal, roles or not").isFalse();
  }

  private static RoleChecks.RoleFilter filterOf(Class<?> type, String method) {
    var registered = registered(type, method);
    assertThat(registered).hasSize(1);
    return (RoleChecks.RoleFilter) registered.get(0);
  }

  private static List<Object> registered(Class<?> type, String name) {
    Method method;
    try {
      method = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(e);
    }
    var resource =
        new ResourceInfo() {
          @Override
          public Method getResourceMethod() {
            return method;
          }

          @Override
          public Class<?> getResourceClass() {
            return type;
          }
        };
    var registered = new ArrayList<Object>();
    var context =
        (FeatureContext)
            Proxy.newProxyInstance(
                FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class},
                (proxy, called, args) -> {
                  if (called.getName().equals("register") && args.length == 1) {
                    registered.add(args[0]);
                    return proxy;
                  }
                  throw new UnsupportedOperationException(called.getName());
                });
    new RoleChecks().configure(resource, context);
    return registered;
  }

  private static SecurityContext caller(String name, String... roles) {
    return security(() -> name, Set.of(roles));
  }

  private static SecurityContext anonymous() {
    return security(null, Set.of("partner-user"));
  }

  private static SecurityContext security(@Nullable Principal principal, Set<String> roles) {
    return new SecurityContext() {
      @Override
      public @Nullable Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return roles.contains(role);
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return "Bearer";
      }
    };
  }
}
