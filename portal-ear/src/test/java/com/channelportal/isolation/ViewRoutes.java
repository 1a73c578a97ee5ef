package com.channelportal.isolation;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Vaadin routes of partner-web: every class with {@code @Route} (and its
 * {@code @RouteAlias}es), resolved to a path the way Vaadin does: the naming convention for a route
 * without value, {@code @RoutePrefix} of the view and its parent layouts unless absolute.
 */
final class ViewRoutes {

  record ViewRoute(PathTemplate path, AccessRule rule, String view) {
    @Override
    public String toString() {
      return "view " + path + " (" + view + ")";
    }
  }

  private static final String ROUTE = "com.vaadin.flow.router.Route";
  private static final String ROUTE_ALIAS = "com.vaadin.flow.router.RouteAlias";
  private static final String ROUTE_ALIASES = "com.vaadin.flow.router.RouteAlias$Container";
  private static final String ROUTE_PREFIX = "com.vaadin.flow.router.RoutePrefix";
  private static final String PARENT_LAYOUT = "com.vaadin.flow.router.ParentLayout";
  private static final String HAS_URL_PARAMETER = "com.vaadin.flow.router.HasUrlParameter";
  private static final String UI = "com.vaadin.flow.component.UI";
  private static final String NAMING_CONVENTION = "___NAMING_CONVENTION___";

  private ViewRoutes() {}

  /** Every route with a declared access rule; views without one are reported. */
  static List<ViewRoute> scan(JavaClasses classes, List<String> problems) {
    var routes = new ArrayList<ViewRoute>();
    for (JavaClass view : classes) {
      var route = view.tryGetAnnotationOfType(ROUTE);
      if (route.isEmpty()) {
        continue;
      }
      var rule = AccessRule.ofView(view);
      var annotations = new ArrayList<JavaAnnotation<?>>(List.of(route.get()));
      annotations.addAll(aliases(view));
      for (JavaAnnotation<?> annotation : annotations) {
        var path = PathTemplate.route(pathOf(view, annotation, annotation == route.get()));
        var found = new ViewRoute(path, rule, view.getSimpleName());
        if (rule.declared()) {
          routes.add(found);
        } else {
          problems.add(RestEndpoints.undeclared(found.toString(), rule));
        }
      }
    }
    return routes;
  }

  private static String pathOf(JavaClass view, JavaAnnotation<?> annotation, boolean isRoute) {
    var value = string(annotation, "value").orElse(isRoute ? NAMING_CONVENTION : "");
    if (value.equals(NAMING_CONVENTION)) {
      value = conventionalPath(view.getSimpleName());
    }
    var segments = new ArrayList<String>();
    if (!Boolean.TRUE.equals(
        annotation.tryGetExplicitlyDeclaredProperty("absolute").orElse(false))) {
      var layout =
          annotation
              .tryGetExplicitlyDeclaredProperty("layout")
              .map(JavaClass.class::cast)
              .filter(l -> !l.getName().equals(UI))
              .orElse(null);
      segments.addAll(prefixes(view, layout));
      Collections.reverse(segments);
    }
    segments.add(value);
    if (view.getAllRawInterfaces().stream().anyMatch(i -> i.getName().equals(HAS_URL_PARAMETER))) {
      segments.add(":" + view.getSimpleName() + (optionalUrlParameter(view) ? "?" : ""));
    }
    return String.join("/", segments);
  }

  /** Vaadin's {@code DefaultRoutePathProvider}: HomeView → home, MainView and Main → "". */
  static String conventionalPath(String simpleName) {
    if (simpleName.equals("MainView") || simpleName.equals("Main")) {
      return "";
    }
    var name =
        simpleName.endsWith("View") ? simpleName.substring(0, simpleName.length() - 4) : simpleName;
    return name.toLowerCase(Locale.ROOT);
  }

  /** Route prefixes from the view up through its layouts, innermost first. */
  private static List<String> prefixes(JavaClass component, JavaClass layout) {
    var prefixes = new ArrayList<String>();
    var prefix = component.tryGetAnnotationOfType(ROUTE_PREFIX);
    if (prefix.isPresent()) {
      prefixes.add(string(prefix.get(), "value").orElse(""));
      if (Boolean.TRUE.equals(
          prefix.get().tryGetExplicitlyDeclaredProperty("absolute").orElse(false))) {
        return prefixes;
      }
    }
    var parent =
        layout != null
            ? Optional.of(layout)
            : component
                .tryGetAnnotationOfType(PARENT_LAYOUT)
                .flatMap(p -> p.get("value"))
                .map(JavaClass.class::cast);
    parent.ifPresent(p -> prefixes.addAll(prefixes(p, null)));
    return prefixes;
  }

  private static List<JavaAnnotation<?>> aliases(JavaClass view) {
    var aliases = new ArrayList<JavaAnnotation<?>>();
    view.tryGetAnnotationOfType(ROUTE_ALIAS).ifPresent(aliases::add);
    view.tryGetAnnotationOfType(ROUTE_ALIASES)
        .flatMap(c -> c.get("value"))
        .ifPresent(
            array -> {
              for (Object alias : (Object[]) array) {
                aliases.add((JavaAnnotation<?>) alias);
              }
            });
    return aliases;
  }

  /** {@code setParameter(BeforeEvent, @OptionalParameter/@WildcardParameter T)}. */
  private static boolean optionalUrlParameter(JavaClass view) {
    return view.getMethods().stream()
        .filter(m -> m.getName().equals("setParameter") && m.getParameters().size() == 2)
        .map(m -> m.getParameters().get(1))
        .anyMatch(
            p ->
                p.isAnnotatedWith("com.vaadin.flow.router.OptionalParameter")
                    || p.isAnnotatedWith("com.vaadin.flow.router.WildcardParameter"));
  }

  private static Optional<String> string(JavaAnnotation<?> annotation, String property) {
    return annotation.tryGetExplicitlyDeclaredProperty(property).map(String::valueOf);
  }
}
