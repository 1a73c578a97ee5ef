package com.channelportal.isolation;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call an endpoint, as its code declares it with the Jakarta security annotations (and, for
 * views, Vaadin's {@code @AnonymousAllowed}). Read from the compiled classes by name, so the test
 * needs neither Vaadin nor the web module on its class path.
 */
record AccessRule(Kind kind, Set<String> roles) {

  enum Kind {
    /** {@code @AnonymousAllowed}: also without login (views only). */
    ANONYMOUS,
    /** {@code @PermitAll}: everyone logged in. */
    PERMIT_ALL,
    /** {@code @RolesAllowed}: logged in with one of the roles. */
    ROLES,
    /** {@code @DenyAll}: nobody. */
    DENY_ALL,
    /** None of the annotations: a failure of the matrix, access must be declared. */
    UNANNOTATED,
    /** More than one on the same class or method: a failure too, say one thing. */
    CONFLICTING
  }

  static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";
  static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
  static final String DENY_ALL = "jakarta.annotation.security.DenyAll";
  static final String ANONYMOUS_ALLOWED = "com.vaadin.flow.server.auth.AnonymousAllowed";

  private static final List<String> JAKARTA = List.of(ROLES_ALLOWED, PERMIT_ALL, DENY_ALL);
  private static final List<String> VAADIN =
      List.of(ROLES_ALLOWED, PERMIT_ALL, DENY_ALL, ANONYMOUS_ALLOWED);

  AccessRule {
    roles = Set.copyOf(roles);
  }

  /** A JAX-RS resource method: its own annotation wins over its class's. */
  static AccessRule ofResourceMethod(JavaMethod method) {
    var onMethod = read(method, JAKARTA);
    return onMethod.kind == Kind.UNANNOTATED ? read(method.getOwner(), JAKARTA) : onMethod;
  }

  /**
   * A Vaadin view: like Vaadin's {@code AccessAnnotationChecker}, the first class up the superclass
   * chain that carries one of the annotations decides.
   */
  static AccessRule ofView(JavaClass view) {
    for (JavaClass type = view; type != null; type = type.getRawSuperclass().orElse(null)) {
      var rule = read(type, VAADIN);
      if (rule.kind != Kind.UNANNOTATED) {
        return rule;
      }
    }
    return new AccessRule(Kind.UNANNOTATED, Set.of());
  }

  boolean declared() {
    return kind != Kind.UNANNOTATED && kind != Kind.CONFLICTING;
  }

  /** Whether someone logged in with these (effective) roles passes the rule. */
  boolean admits(Set<String> callerRoles) {
    return switch (kind) {
      case ANONYMOUS, PERMIT_ALL -> true;
      case ROLES -> roles.stream().anyMatch(callerRoles::contains);
      case DENY_ALL -> false;
      case UNANNOTATED, CONFLICTING ->
          throw new IllegalStateException("No access rule to apply: " + this);
    };
  }

  @Override
  public String toString() {
    return kind == Kind.ROLES ? "@RolesAllowed" + new TreeSet<>(roles) : kind.name();
  }

  private static AccessRule read(HasAnnotations<?> element, List<String> annotationNames) {
    var present = new ArrayList<JavaAnnotation<?>>();
    for (String name : annotationNames) {
      element.tryGetAnnotationOfType(name).ifPresent(present::add);
    }
    if (present.isEmpty()) {
      return new AccessRule(Kind.UNANNOTATED, Set.of());
    }
    if (present.size() > 1) {
      return new AccessRule(Kind.CONFLICTING, Set.of());
    }
    var annotation = present.get(0);
    return switch (annotation.getRawType().getName()) {
      case ROLES_ALLOWED -> new AccessRule(Kind.ROLES, strings(annotation.get("value").orElse("")));
      case PERMIT_ALL -> new AccessRule(Kind.PERMIT_ALL, Set.of());
      case DENY_ALL -> new AccessRule(Kind.DENY_ALL, Set.of());
      default -> new AccessRule(Kind.ANONYMOUS, Set.of());
    };
  }

  /** An annotation value that may be a single string or an array of them. */
  static Set<String> strings(Object value) {
    var result = new LinkedHashSet<String>();
    if (value instanceof Object[] array) {
      for (Object item : array) {
        result.add(String.valueOf(item));
      }
    } else {
      result.add(String.valueOf(value));
    }
    result.remove("");
    return result;
  }
}
