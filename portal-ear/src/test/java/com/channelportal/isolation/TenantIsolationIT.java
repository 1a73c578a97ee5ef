package com.channelportal.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.channelportal.isolation.RestEndpoints.RestEndpoint;
import com.channelportal.isolation.RestProbe.RestCase;
import com.channelportal.isolation.ViewProbe.ViewCase;
import com.channelportal.isolation.ViewRoutes.ViewRoute;
import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation matrix of "Distributors as tenants": every REST endpoint and every view route the
 * portal has × every {@link Persona}, each answer checked against what the code's own security
 * annotations promise, and no answer may carry data of a tenant the caller may not see. The
 * endpoints are discovered (OpenAPI document, compiled classes), so new ones are covered without
 * touching this test; one without declared access, or with a path parameter that has no fixture in
 * {@link TenantFixtures}, fails it.
 */
@ExtendWith(StackExtension.class)
class TenantIsolationIT {

  @Test
  void everyEndpointAndViewKeepsTenantsApart() {
    long started = System.nanoTime();
    PortalStack stack = StackExtension.stack();
    new BrandStaffAccounts(stack.keycloakUrl(), stack.demoPassword()).ensure(Persona.BRAND_STAFF);
    var client =
        new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
    var bearer = new PersonaTokens(client);
    try (var fixtures = TenantFixtures.create(stack, bearer)) {
      checkAll(stack, bearer, fixtures, started);
    }
  }

  private static void checkAll(
      PortalStack stack, Function<Persona, String> bearer, TenantFixtures fixtures, long started) {
    var failures = new ArrayList<String>();
    var classes = PartnerWebClasses.imported();
    var documented = RestEndpoints.operations(Http.json(openApi(stack)));
    var scanned = RestEndpoints.scan(classes, failures);
    var endpoints = RestEndpoints.resolve(scanned, documented, failures);
    var routes = ViewRoutes.scan(classes, failures);
    var restCases = restCases(endpoints, fixtures, failures);
    var viewCases = viewCases(routes, fixtures, failures);

    var rest = new RestProbe(stack.portalUrl(), bearer, fixtures);
    restCases.forEach(c -> rest.check(c).ifPresent(failures::add));
    for (Persona persona : Persona.MATRIX) {
      var own = viewCases.stream().filter(c -> c.persona().equals(persona)).toList();
      if (own.isEmpty()) {
        continue;
      }
      try (var views =
          ViewProbe.open(stack.portalUrl(), stack.keycloakUrl(), persona, stack.demoPassword())) {
        own.forEach(c -> views.check(c).ifPresent(failures::add));
      } catch (AssertionError loginFailed) {
        failures.add(loginFailed.getMessage() + ": " + own.size() + " view cases not checked");
      }
    }

    var cases = restCases.size() + viewCases.size();
    // a discovery that finds nothing must not pass as "nothing failed"
    if (documented.isEmpty() || scanned.isEmpty() || routes.isEmpty() || cases == 0) {
      failures.add(
          "discovery found %d documented operations, %d resource methods, %d routes, %d cases"
              .formatted(documented.size(), scanned.size(), routes.size(), cases));
    }
    var summary =
        "Isolation matrix: %d cases checked (%d REST, %d views)"
            .formatted(cases, restCases.size(), viewCases.size());
    var seconds = (System.nanoTime() - started) / 1_000_000_000;
    System.out.printf(
        "%s, %s in %d s%n%s",
        summary,
        failures.isEmpty() ? "all passed" : failures.size() + " failed",
        seconds,
        overview(restCases, viewCases));
    if (!failures.isEmpty()) {
      fail("%s; these failed:%n  - %s%n", summary, String.join("\n  - ", failures));
    }
  }

  /** One line per endpoint and target: what was expected of how many personas. */
  private static String overview(List<RestCase> restCases, List<ViewCase> viewCases) {
    var lines = new TreeMap<String, Map<Outcome, Integer>>();
    restCases.forEach(
        c ->
            count(
                lines,
                "  %s %s %s"
                    .formatted(c.endpoint().method(), c.target().path(), c.endpoint().rule()),
                c.expected()));
    viewCases.forEach(
        c ->
            count(
                lines,
                "  view %s %s".formatted(c.target().path(), c.route().rule()),
                c.expected()));
    var overview = new StringBuilder();
    lines.forEach(
        (line, outcomes) -> overview.append(line).append(": ").append(outcomes).append('\n'));
    return overview.toString();
  }

  private static void count(
      Map<String, Map<Outcome, Integer>> lines, String line, Outcome outcome) {
    lines.computeIfAbsent(line, l -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
  }

  private static HttpResponse<String> openApi(PortalStack stack) {
    var response = Http.get(stack.portalUrl() + "/openapi", "Accept", "application/json");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }

  /** Reads first, then writes that must be refused, then permitted writes (they change data). */
  private static List<RestCase> restCases(
      List<RestEndpoint> endpoints, TenantFixtures fixtures, List<String> problems) {
    var cases = new ArrayList<RestCase>();
    for (RestEndpoint endpoint : endpoints) {
      for (var target : fixtures.targets(endpoint.path(), endpoint.toString(), problems)) {
        for (Persona persona : Persona.MATRIX) {
          var expected =
              Outcome.expected(endpoint.rule(), persona, target.tenant(), target.owner());
          cases.add(new RestCase(endpoint, persona, target, expected));
        }
      }
    }
    cases.sort(
        Comparator.comparingInt(c -> c.reads() ? 0 : c.expected() == Outcome.ALLOWED ? 2 : 1));
    return cases;
  }

  private static List<ViewCase> viewCases(
      List<ViewRoute> routes, TenantFixtures fixtures, List<String> problems) {
    var cases = new ArrayList<ViewCase>();
    for (ViewRoute route : routes) {
      for (var target : fixtures.targets(route.path(), route.toString(), problems)) {
        for (Persona persona : Persona.MATRIX) {
          var expected = Outcome.expected(route.rule(), persona, target.tenant(), target.owner());
          cases.add(new ViewCase(route, persona, target, expected));
        }
      }
    }
    return cases;
  }
}
