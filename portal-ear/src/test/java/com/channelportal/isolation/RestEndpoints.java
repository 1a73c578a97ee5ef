package com.channelportal.isolation;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The REST endpoints of partner-web: what the running portal documents at {@code /openapi}, matched
 * to the JAX-RS resource methods in the compiled classes, whose annotations say who may call them.
 */
final class RestEndpoints {

  /** An operation of the OpenAPI document, e.g. GET {@code /api/v1/me}. */
  record Operation(String method, String path) {}

  record RestEndpoint(String method, PathTemplate path, AccessRule rule, String source) {
    @Override
    public String toString() {
      return method + " " + path + " (" + source + ")";
    }
  }

  private static final String APPLICATION_PATH = "jakarta.ws.rs.ApplicationPath";
  private static final String PATH = "jakarta.ws.rs.Path";
  private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";
  private static final Set<String> OPENAPI_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Set<String> JAX_RS_METHODS =
      Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH");

  private RestEndpoints() {}

  /** Every path × method of an OpenAPI document. */
  static List<Operation> operations(JsonObject openApi) {
    var operations = new ArrayList<Operation>();
    var paths = openApi.getJsonObject("paths");
    if (paths == null) {
      return operations;
    }
    paths.forEach(
        (path, item) ->
            item.asJsonObject().keySet().stream()
                .filter(OPENAPI_METHODS::contains)
                .forEach(
                    m ->
                        operations.add(
                            new Operation(
                                m.toUpperCase(Locale.ROOT), PathTemplate.rest(path).template()))));
    return operations;
  }

  /** Every JAX-RS resource method of the classes, with the application path in front. */
  static List<RestEndpoint> scan(JavaClasses classes, List<String> problems) {
    var applications = classes.stream().filter(c -> c.isAnnotatedWith(APPLICATION_PATH)).toList();
    if (applications.size() != 1) {
      throw new IllegalStateException(
          "Expected one @ApplicationPath class in partner-web, found " + applications);
    }
    var applicationPath = value(applications.get(0).getAnnotationOfType(APPLICATION_PATH));
    var endpoints = new ArrayList<RestEndpoint>();
    for (JavaClass resource : classes) {
      if (!resource.isAnnotatedWith(PATH) || resource.isInterface()) {
        continue;
      }
      var resourcePath = value(resource.getAnnotationOfType(PATH));
      for (JavaMethod method : resource.getMethods()) {
        if (method.getModifiers().contains(JavaModifier.SYNTHETIC)
            || method.getModifiers().contains(JavaModifier.BRIDGE)) {
          continue;
        }
        var subPath = method.tryGetAnnotationOfType(PATH).map(RestEndpoints::value).orElse("");
        var httpMethod = httpMethod(method);
        if (httpMethod.isEmpty()) {
          if (method.isAnnotatedWith(PATH)) {
            problems.add(
                method.getFullName()
                    + " is a sub-resource locator, which the isolation matrix cannot follow;"
                    + " declare the sub-resource's methods on a root resource instead");
          }
          continue;
        }
        endpoints.add(
            new RestEndpoint(
                httpMethod.get(),
                PathTemplate.rest(applicationPath, resourcePath, subPath),
                AccessRule.ofResourceMethod(method),
                resource.getSimpleName() + "#" + method.getName()));
      }
    }
    return endpoints;
  }

  /**
   * The scanned endpoints whose access is declared. Reports documented operations that no resource
   * method serves (the matrix would not know who may call them) and endpoints without a declared
   * access rule.
   */
  static List<RestEndpoint> resolve(
      List<RestEndpoint> scanned, Collection<Operation> documented, List<String> problems) {
    for (Operation operation : documented) {
      var served =
          scanned.stream()
              .anyMatch(
                  e ->
                      e.method().equals(operation.method())
                          && e.path().template().equals(operation.path()));
      if (!served) {
        problems.add(
            "OpenAPI documents "
                + operation.method()
                + " "
                + operation.path()
                + ", but no JAX-RS resource method of partner-web matches it");
      }
    }
    var declared = new ArrayList<RestEndpoint>();
    for (RestEndpoint endpoint : scanned) {
      if (endpoint.rule().declared()) {
        declared.add(endpoint);
      } else {
        problems.add(undeclared(endpoint.toString(), endpoint.rule()));
      }
    }
    return declared;
  }

  static String undeclared(String endpoint, AccessRule rule) {
    return (rule.kind() == AccessRule.Kind.CONFLICTING
            ? "conflicting access annotations on "
            : "unannotated endpoint ")
        + endpoint
        + ": declare who may call it with exactly one of @RolesAllowed, @PermitAll, @DenyAll"
        + " (a view may also say @AnonymousAllowed)";
  }

  private static Optional<String> httpMethod(JavaMethod method) {
    for (JavaAnnotation<?> annotation : method.getAnnotations()) {
      var type = annotation.getRawType();
      var declared = type.tryGetAnnotationOfType(HTTP_METHOD).map(RestEndpoints::value);
      if (declared.isPresent()) {
        return declared;
      }
      if (type.getPackageName().equals("jakarta.ws.rs")
          && JAX_RS_METHODS.contains(type.getSimpleName())) {
        return Optional.of(type.getSimpleName());
      }
    }
    return Optional.empty();
  }

  private static String value(JavaAnnotation<?> annotation) {
    return annotation.get("value").map(String::valueOf).orElse("");
  }
}
