package com.channelportal.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path with parameters, in one of two spellings: JAX-RS/OpenAPI ({@code /api/v1/partners/{id}},
 * also {@code {id: [0-9]+}}) or a Vaadin route template ({@code /partners/:id?}, {@code
 * :id(regex)}, {@code :path*}).
 */
record PathTemplate(String template, List<Parameter> parameters, boolean route) {

  record Parameter(String name, boolean optional) {}

  private static final Pattern REST_PARAMETER =
      Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");

  PathTemplate {
    parameters = List.copyOf(parameters);
  }

  /** A JAX-RS or OpenAPI path; the parts are joined with single slashes, regexes dropped. */
  static PathTemplate rest(String... parts) {
    var path = REST_PARAMETER.matcher(join(parts)).replaceAll("{$1}");
    var parameters = new ArrayList<Parameter>();
    Matcher matcher = REST_PARAMETER.matcher(path);
    while (matcher.find()) {
      parameters.add(new Parameter(matcher.group(1), false));
    }
    return new PathTemplate(path, parameters, false);
  }

  /** A Vaadin route template, e.g. the value of {@code @Route} with its prefixes joined. */
  static PathTemplate route(String... parts) {
    var path = join(parts);
    var parameters = new ArrayList<Parameter>();
    for (String segment : path.split("/")) {
      if (segment.startsWith(":")) {
        var name = segment.substring(1).split("[(?*]", 2)[0];
        var modifiers = segment.substring(1 + name.length()).replaceAll("\\(.*\\)", "");
        parameters.add(new Parameter(name, modifiers.contains("?") || modifiers.contains("*")));
      }
    }
    return new PathTemplate(path, parameters, true);
  }

  /** The path with these values; an optional parameter without a value is left out. */
  String fill(Map<String, String> values) {
    if (!route) {
      var filled = template;
      for (var parameter : parameters) {
        filled = filled.replace("{" + parameter.name() + "}", require(values, parameter));
      }
      return filled;
    }
    var segments = new ArrayList<String>();
    var parameterIndex = 0;
    for (String segment : template.split("/")) {
      if (!segment.startsWith(":")) {
        segments.add(segment);
        continue;
      }
      var parameter = parameters.get(parameterIndex++);
      if (values.containsKey(parameter.name()) || !parameter.optional()) {
        segments.add(require(values, parameter));
      }
    }
    var path = String.join("/", segments);
    return path.isEmpty() ? "/" : path;
  }

  @Override
  public String toString() {
    return template;
  }

  private static String require(Map<String, String> values, Parameter parameter) {
    var value = values.get(parameter.name());
    if (value == null) {
      throw new IllegalArgumentException("No value for path parameter " + parameter.name());
    }
    return value;
  }

  /** "/" + the non-empty parts, without doubled or trailing slashes. */
  private static String join(String... parts) {
    var joined = "/" + String.join("/", parts);
    joined = joined.replaceAll("/{2,}", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
