package com.channelportal.base.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Enforces the resources' {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} in JAX-RS
 * itself, before the resource method runs. Payara 6.2025.6 and later skip the check on some CDI
 * resources of a WAR inside an EAR (payara/Payara#7987): which ones depends on the classes
 * deployed, so adding an unrelated feature silently opened old endpoints (the isolation matrix
 * caught it). The method's own annotation wins over its class's, as in Jakarta Annotations.
 */
@Provider
public class RoleChecks implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method == null || type == null) {
      return;
    }
    var filter = filterFor(method);
    if (filter == null && !declaresAccess(method)) {
      filter = filterFor(type);
    }
    if (filter != null) {
      context.register(filter);
    }
  }

  private static boolean declaresAccess(Method method) {
    return method.isAnnotationPresent(PermitAll.class)
        || method.isAnnotationPresent(RolesAllowed.class)
        || method.isAnnotationPresent(DenyAll.class);
  }

  private static RoleFilter filterFor(java.lang.reflect.AnnotatedElement element) {
    if (element.isAnnotationPresent(DenyAll.class)) {
      return new RoleFilter(List.of());
    }
    var roles = element.getAnnotation(RolesAllowed.class);
    return roles == null ? null : new RoleFilter(List.of(roles.value()));
  }

  /** Lets the request through if its caller has one of the roles; nobody for an empty list. */
  @Priority(Priorities.AUTHORIZATION)
  static final class RoleFilter implements ContainerRequestFilter {

    private final List<String> roles;

    RoleFilter(List<String> roles) {
      this.roles = roles;
    }

    List<String> roles() {
      return roles;
    }

    boolean admits(SecurityContext security) {
      return security.getUserPrincipal() != null && roles.stream().anyMatch(security::isUserInRole);
    }

    @Override
    public void filter(ContainerRequestContext request) {
      if (!admits(request.getSecurityContext())) {
        throw new ForbiddenException("Your roles do not allow this");
      }
    }
  }
}
