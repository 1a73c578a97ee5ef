package com.channelportal.isolation;

import com.channelportal.isolation.RestEndpoints.RestEndpoint;
import com.channelportal.isolation.TenantFixtures.Target;
import com.channelportal.isolation.TenantFixtures.Write;
import com.channelportal.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Calls one REST endpoint as one persona and says what is wrong with the answer, if anything. */
final class RestProbe {

  record RestCase(RestEndpoint endpoint, Persona persona, Target target, Outcome expected) {

    boolean reads() {
      return endpoint.method().equals("GET");
    }

    @Override
    public String toString() {
      return persona
          + " → "
          + endpoint.method()
          + " "
          + target.path()
          + (target.tenant() == null ? "" : " (object of " + target.tenant().alias() + ")")
          + " ["
          + endpoint.source()
          + " "
          + endpoint.rule()
          + "]";
    }
  }

  private static final Set<String> WITHOUT_BODY = Set.of("GET", "DELETE", "HEAD", "OPTIONS");

  private final String portalUrl;
  private final Function<Persona, String> bearer;
  private final TenantFixtures fixtures;

  RestProbe(String portalUrl, Function<Persona, String> bearer, TenantFixtures fixtures) {
    this.portalUrl = portalUrl;
    this.bearer = bearer;
    this.fixtures = fixtures;
  }

  /** Empty when the answer is the expected one and leaks nothing. */
  Optional<String> check(RestCase c) {
    var method = c.endpoint().method();
    var write = fixtures.write(method, c.endpoint().path(), c.target());
    var body = write.map(Write::body).orElse(WITHOUT_BODY.contains(method) ? null : "{}");
    var headers = new ArrayList<>(List.of("Accept", "application/json"));
    write.ifPresent(w -> headers.addAll(w.headers()));
    if (!c.persona().anonymous()) {
      headers.addAll(List.of("Authorization", "Bearer " + bearer.apply(c.persona())));
    }
    var response =
        Http.request(method, portalUrl + c.target().path(), body, headers.toArray(String[]::new));

    var wrong = new ArrayList<String>();
    int status = response.statusCode();
    // a DELETE without a registered write lacks its If-Match: 428 is its answer, like a PUT's
    var strict =
        c.reads()
            || write.isPresent()
            || (WITHOUT_BODY.contains(method) && !method.equals("DELETE"));
    var ok =
        switch (c.expected()) {
          case LOGIN -> status == 401 && problemJson(response);
          case DENIED -> (status == 403 || status == 404) && problemJson(response);
          case ALLOWED ->
              strict
                  ? status >= 200 && status < 300
                  : status != 401 && status != 403 && status < 500;
        };
    if (status >= 500) {
      wrong.add("server error " + status);
    } else if (!ok) {
      wrong.add(
          "expected "
              + describe(c.expected(), strict)
              + ", got "
              + status
              + " "
              + response.headers().firstValue("Content-Type").orElse(""));
      if (c.expected() == Outcome.DENIED && write.isEmpty() && body != null) {
        wrong.add("if validation answers first, add a valid write in TenantFixtures");
      }
    }
    var json = response.headers().firstValue("Content-Type").orElse("").contains("json");
    for (Tenant tenant : Tenant.values()) {
      if (!c.persona().sees(tenant)) {
        var leaks = tenant.leaksIn(response.body(), json);
        if (!leaks.isEmpty()) {
          wrong.add("answer contains data of " + tenant.alias() + ": " + leaks);
        }
      }
    }
    return wrong.isEmpty()
        ? Optional.empty()
        : Optional.of(c + ": " + String.join("; ", wrong) + "\n      " + excerpt(response));
  }

  private static String describe(Outcome outcome, boolean strict) {
    return switch (outcome) {
      case LOGIN -> "401 problem+json";
      case DENIED -> "403 or 404 problem+json";
      case ALLOWED -> strict ? "2xx" : "anything but 401/403/5xx";
    };
  }

  private static boolean problemJson(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Content-Type")
        .map(t -> t.startsWith("application/problem+json"))
        .orElse(false);
  }

  private static String excerpt(HttpResponse<String> response) {
    var body = response.body().replaceAll("\\s+", " ");
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
