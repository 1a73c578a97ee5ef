package com.channelportal.identity.control;

import com.channelportal.base.control.JsonSupport;
import com.channelportal.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link OrganizationDirectory} on Keycloak's Admin REST API, called as the {@code portal-backend}
 * service account (client credentials; it needs {@code manage-realm} for organizations and {@code
 * manage-users} for people).
 *
 * <p>Also the {@link PeopleDirectory} that notifications find their recipients in.
 *
 * <p>Plain {@code java.net.http} and JSON-P rather than {@code keycloak-admin-client}: that client
 * brings RESTEasy, which broke Payara's own OIDC connector server-wide when deployed (STACK.md).
 */
@ApplicationScoped
public class KeycloakDirectory implements OrganizationDirectory, PeopleDirectory {

  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  /** How long the set-password link stays valid; an invitation that waits a weekend still works. */
  static final Duration INVITATION_LIFESPAN = Duration.ofHours(72);

  private static final int PAGE = 100;

  @Inject
  @ConfigProperty(name = "portal.oidc.provider-uri")
  String realmUrl;

  @Inject
  @ConfigProperty(name = "portal.directory.client-id", defaultValue = "portal-backend")
  String clientId;

  @Inject
  @ConfigProperty(name = "portal.directory.client-secret")
  String clientSecret;

  /** Where the set-password page sends the new user afterwards. */
  @Inject
  @ConfigProperty(name = "portal.base-url")
  String portalUrl;

  @Inject
  @ConfigProperty(name = "portal.oidc.client-id", defaultValue = "partner-portal")
  String portalClientId;

  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private String accessToken;
  private Instant tokenExpiry = Instant.EPOCH;

  @Override
  public String ensureOrganization(String alias, String name, String emailDomain) {
    var existing = findOrganization(alias);
    if (existing.isPresent()) {
      // a retry finds its own organization; one with this alias but another domain is somebody
      // else's, and joining it would put the new company's people into a foreign tenant
      if (!organizationDomains(existing.get()).contains(emailDomain)) {
        throw new DirectoryConflict(
            "Organization " + alias + " exists with other e-mail domains than " + emailDomain);
      }
      return existing.get();
    }
    var body =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("alias", alias)
            .add("name", name)
            .add("enabled", true)
            .add("description", "Distributor")
            // verified: the brand admin approved the application that names this domain
            .add(
                "domains",
                JsonSupport.PROVIDER
                    .createArrayBuilder()
                    .add(
                        JsonSupport.PROVIDER
                            .createObjectBuilder()
                            .add("name", emailDomain)
                            .add("verified", true)))
            .build();
    var response = send("POST", "/organizations", body.toString());
    if (response.statusCode() == 409) {
      // the alias may have been created a moment ago by a retry; anything else is a real clash
      return findOrganization(alias)
          .orElseThrow(
              () ->
                  new DirectoryConflict(
                      "Keycloak refused organization "
                          + alias
                          + ": its name or domain "
                          + emailDomain
                          + " is taken by another organization"));
    }
    expect(response, 201);
    return idFromLocation(response);
  }

  @Override
  public TeamMember invite(
      String organizationId, String organizationAlias, Invitee invitee, Role role) {
    var email = invitee.email().trim().toLowerCase(Locale.ROOT);
    var userId = findUserByEmail(email).orElseGet(() -> createUser(email, invitee));
    if (!isMember(organizationId, userId)) {
      var joined = send("POST", "/organizations/" + organizationId + "/members", userId);
      if (joined.statusCode() == 409) {
        throw new DirectoryConflict(
            "The address " + email + " already belongs to a member of another organization");
      }
      expect(joined, 201);
    }
    changeRole(userId, role == Role.PARTNER_ADMIN);
    var actions =
        "/users/"
            + userId
            + "/execute-actions-email?client_id="
            + encode(portalClientId)
            + "&redirect_uri="
            + encode(portalUrl + "/")
            + "&lifespan="
            + INVITATION_LIFESPAN.toSeconds();
    expect(send("PUT", actions, "[\"UPDATE_PASSWORD\"]"), 204);
    return new TeamMember(userId, email, organizationAlias, role == Role.PARTNER_ADMIN, true);
  }

  @Override
  public Optional<String> organizationId(String alias) {
    return findOrganization(alias);
  }

  @Override
  public List<String> organizationDomains(String organizationId) {
    var organization =
        (JsonObject) json(expect(send("GET", "/organizations/" + organizationId, null), 200));
    return organization.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
        .map(d -> d.getString("name"))
        .collect(Collectors.toList());
  }

  @Override
  public List<MemberProfile> members(String organizationId, String organizationAlias) {
    var admins = usersWithRole(Role.PARTNER_ADMIN);
    return memberObjects(organizationId).stream()
        .map(m -> profile(m, organizationAlias, admins))
        .collect(Collectors.toList());
  }

  @Override
  public Optional<MemberProfile> member(
      String organizationId, String organizationAlias, String userId) {
    if (!userId.matches("[0-9a-fA-F-]{36}")) {
      return Optional.empty();
    }
    var response = send("GET", "/organizations/" + organizationId + "/members/" + userId, null);
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    var member = (JsonObject) json(expect(response, 200));
    var admin = hasRealmRole(userId, Role.PARTNER_ADMIN);
    return Optional.of(profile(member, organizationAlias, admin ? Set.of(userId) : Set.of()));
  }

  @Override
  public void changeRole(String userId, boolean admin) {
    var mappings = "/users/" + userId + "/role-mappings/realm";
    var user = roleJson(Role.PARTNER_USER);
    var administrator = roleJson(Role.PARTNER_ADMIN);
    expect(
        send(
            "POST",
            mappings,
            JsonSupport.PROVIDER.createArrayBuilder().add(user).build().toString()),
        204);
    var change = JsonSupport.PROVIDER.createArrayBuilder().add(administrator).build().toString();
    expect(send(admin ? "POST" : "DELETE", mappings, change), 204);
  }

  @Override
  public void setEnabled(String userId, boolean enabled) {
    var user = (JsonObject) json(expect(send("GET", "/users/" + userId, null), 200));
    var changed = JsonSupport.PROVIDER.createObjectBuilder(user).add("enabled", enabled).build();
    expect(send("PUT", "/users/" + userId, changed.toString()), 204);
    if (!enabled) {
      expect(send("POST", "/users/" + userId + "/logout", null), 204);
    }
  }

  @Override
  public Optional<PeopleDirectory.Person> person(String username) {
    var query = "/users?exact=true&briefRepresentation=false&username=" + encode(username);
    var users = (JsonArray) json(expect(send("GET", query, null), 200));
    return users.getValuesAs(JsonObject.class).stream()
        .filter(u -> username.equalsIgnoreCase(u.getString("username", "")))
        .filter(KeycloakDirectory::reachable)
        .map(KeycloakDirectory::person)
        .findFirst();
  }

  @Override
  public List<PeopleDirectory.Person> organizationAdmins(String organizationAlias) {
    var organization = findOrganization(organizationAlias);
    if (organization.isEmpty()) {
      return List.of();
    }
    var admins = usersWithRole(Role.PARTNER_ADMIN);
    return memberObjects(organization.get()).stream()
        .filter(m -> admins.contains(m.getString("id")))
        .filter(KeycloakDirectory::reachable)
        .map(KeycloakDirectory::person)
        .collect(Collectors.toList());
  }

  @Override
  public List<PeopleDirectory.Person> withRole(Role role) {
    return all("/roles/" + role.roleName() + "/users?briefRepresentation=false").stream()
        .filter(KeycloakDirectory::reachable)
        .map(KeycloakDirectory::person)
        .collect(Collectors.toList());
  }

  /** Enabled and a person: service accounts hold roles (brand-erp is a brand admin) too. */
  private static boolean reachable(JsonObject user) {
    return user.getBoolean("enabled", false)
        && !user.getString("username", "").startsWith("service-account-");
  }

  private static PeopleDirectory.Person person(JsonObject user) {
    var attributes = user.getJsonObject("attributes");
    String locale = null;
    if (attributes != null && attributes.containsKey("locale")) {
      var values = attributes.getJsonArray("locale");
      locale = values.isEmpty() ? null : values.getString(0, null);
    }
    var email = user.getString("email", "");
    return new PeopleDirectory.Person(
        user.getString("id"), user.getString("username"), email.isBlank() ? null : email, locale);
  }

  private Optional<String> findOrganization(String alias) {
    return all("/organizations?briefRepresentation=true").stream()
        .filter(o -> alias.equals(o.getString("alias", null)))
        .map(o -> o.getString("id"))
        .findFirst();
  }

  private Optional<String> findUserByEmail(String email) {
    var users =
        (JsonArray)
            json(expect(send("GET", "/users?exact=true&email=" + encode(email), null), 200));
    return users.getValuesAs(JsonObject.class).stream()
        .filter(u -> email.equalsIgnoreCase(u.getString("email", "")))
        .map(u -> u.getString("id"))
        .findFirst();
  }

  private String createUser(String email, Invitee invitee) {
    var user =
        JsonSupport.PROVIDER
            .createObjectBuilder()
            .add("username", email)
            .add("email", email)
            // the only way in is the set-password link sent to this address, which proves it
            .add("emailVerified", true)
            .add("enabled", true)
            .add("firstName", invitee.givenName())
            .add("lastName", invitee.familyName())
            .add(
                "requiredActions", JsonSupport.PROVIDER.createArrayBuilder().add("UPDATE_PASSWORD"))
            .add(
                "attributes",
                JsonSupport.PROVIDER
                    .createObjectBuilder()
                    .add(
                        "locale",
                        JsonSupport.PROVIDER.createArrayBuilder().add(invitee.language())))
            .build();
    var response = send("POST", "/users", user.toString());
    if (response.statusCode() == 409) {
      // created by a concurrent retry between our lookup and this call
      return findUserByEmail(email)
          .orElseThrow(() -> new DirectoryConflict("The address " + email + " is taken"));
    }
    return idFromLocation(expect(response, 201));
  }

  private boolean isMember(String organizationId, String userId) {
    return send("GET", "/organizations/" + organizationId + "/members/" + userId, null).statusCode()
        == 200;
  }

  private List<JsonObject> memberObjects(String organizationId) {
    return all("/organizations/" + organizationId + "/members?briefRepresentation=false");
  }

  /** Direct holders only: the portal grants partner-admin directly, never through a group. */
  private Set<String> usersWithRole(Role role) {
    return all("/roles/" + role.roleName() + "/users?briefRepresentation=true").stream()
        .map(u -> u.getString("id"))
        .collect(Collectors.toSet());
  }

  /** Every element of a paged list resource, page by page ({@code first}/{@code max}). */
  private List<JsonObject> all(String path) {
    var all = new ArrayList<JsonObject>();
    for (int first = 0; ; first += PAGE) {
      var query = path + (path.contains("?") ? "&" : "?") + "first=" + first + "&max=" + PAGE;
      var page = (JsonArray) json(expect(send("GET", query, null), 200));
      all.addAll(page.getValuesAs(JsonObject.class));
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  private boolean hasRealmRole(String userId, Role role) {
    var roles =
        (JsonArray)
            json(expect(send("GET", "/users/" + userId + "/role-mappings/realm", null), 200));
    return roles.getValuesAs(JsonObject.class).stream()
        .anyMatch(r -> role.roleName().equals(r.getString("name", "")));
  }

  private static MemberProfile profile(JsonObject member, String alias, Set<String> admins) {
    var id = member.getString("id");
    var teamMember =
        new TeamMember(
            id,
            member.getString("username"),
            alias,
            admins.contains(id),
            member.getBoolean("enabled", false));
    return new MemberProfile(
        teamMember,
        member.getString("email", ""),
        member.getString("lastName", ""),
        member.getString("firstName", ""),
        member.getBoolean("emailVerified", false));
  }

  private JsonObject roleJson(Role role) {
    return (JsonObject) json(expect(send("GET", "/roles/" + role.roleName(), null), 200));
  }

  private HttpResponse<String> send(String method, String path, String body) {
    var adminUrl = realmUrl.replaceFirst("/realms/", "/admin/realms/");
    var request =
        HttpRequest.newBuilder(URI.create(adminUrl + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token())
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    var response = exchange(request.build());
    if (response.statusCode() == 401) {
      // the cached token was revoked or the realm restarted: one fresh try
      synchronized (this) {
        tokenExpiry = Instant.EPOCH;
      }
      return exchange(request.header("Authorization", "Bearer " + token()).build());
    }
    return response;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new DirectoryUnavailable("Keycloak is not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DirectoryUnavailable("Interrupted while calling Keycloak", e);
    }
  }

  private synchronized String token() {
    if (accessToken != null && clock.instant().isBefore(tokenExpiry)) {
      return accessToken;
    }
    var form =
        Map.of(
            "grant_type", "client_credentials",
            "client_id", clientId,
            "client_secret", clientSecret);
    var body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    var request =
        HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(body))
            .build();
    var response = exchange(request);
    if (response.statusCode() != 200) {
      throw new DirectoryUnavailable(
          "The portal's service account "
              + clientId
              + " got no token ("
              + response.statusCode()
              + "); check portal.directory.client-secret",
          null);
    }
    var json = (JsonObject) json(response);
    accessToken = json.getString("access_token");
    // renew a little early so that a token never expires on its way to Keycloak
    tokenExpiry = clock.instant().plusSeconds(Math.max(0, json.getInt("expires_in", 60) - 15));
    return accessToken;
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new DirectoryUnavailable(
          "Keycloak answered "
              + response.statusCode()
              + " to "
              + response.request().method()
              + " "
              + response.request().uri().getPath()
              + ": "
              + abbreviate(response.body()),
          null);
    }
    return response;
  }

  private static JsonStructure json(HttpResponse<String> response) {
    try (var reader = JsonSupport.PROVIDER.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  private static String idFromLocation(HttpResponse<String> response) {
    var location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new DirectoryUnavailable("Keycloak sent no Location", null));
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String abbreviate(String body) {
    return body == null || body.length() <= 300 ? String.valueOf(body) : body.substring(0, 300);
  }
}
