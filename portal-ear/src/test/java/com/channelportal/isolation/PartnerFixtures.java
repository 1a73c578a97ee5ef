package com.channelportal.isolation;

import com.channelportal.isolation.TenantFixtures.Target;
import com.channelportal.isolation.TenantFixtures.Write;
import com.channelportal.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;

/**
 * The demo distributors as partner companies ({@code /api/v1/partners}), looked up as the brand
 * admin: their ids, and writes that send the current values back with the current ETag, so that a
 * permitted write succeeds without changing what other tests see.
 */
final class PartnerFixtures {

  private static final String PARTNERS = "/api/v1/partners";
  private static final List<String> PROGRAMME =
      List.of("name", "uscc", "region", "tier", "status", "channelManager", "foreignEmailAllowed");

  private final String portalUrl;
  private final Supplier<String> brandAdminToken;

  PartnerFixtures(String portalUrl, Supplier<String> brandAdminToken) {
    this.portalUrl = portalUrl;
    this.brandAdminToken = brandAdminToken;
  }

  long idOf(Tenant tenant) {
    return Http.json(get(PARTNERS + "?limit=100"))
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(p -> tenant.alias().equals(p.getString("organization")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No partner company " + tenant.alias()))
        .getJsonNumber("id")
        .longValue();
  }

  /** The Keycloak user id of one member of the tenant's team, as its members endpoint lists it. */
  String memberIdOf(Tenant tenant, String username) {
    return Http.jsonArray(get(PARTNERS + "/" + idOf(tenant) + "/members"))
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(m -> username.equals(m.getString("username")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No member " + username + " in " + tenant.alias()))
        .getString("id");
  }

  /** PUT …/{id}/contact with the contact the partner has now. */
  Write unchangedContact(Target target) {
    var current = get(partnerOf(target.path()));
    return new Write(
        Http.json(current).getJsonObject("contact").toString(), List.of("If-Match", etag(current)));
  }

  /** PUT …/{id}/programme with the programme the partner has now. */
  Write unchangedProgramme(Target target) {
    var current = get(partnerOf(target.path()));
    return new Write(programme(Http.json(current), null), List.of("If-Match", etag(current)));
  }

  /** Makes the user the tenant's channel manager; the returned action restores the previous one. */
  Runnable assignChannelManager(Tenant tenant, String username) {
    var path = PARTNERS + "/" + idOf(tenant);
    var before = Http.json(get(path));
    var previous = before.isNull("channelManager") ? null : before.getString("channelManager");
    changeChannelManager(path, username);
    return () -> changeChannelManager(path, previous);
  }

  private void changeChannelManager(String path, String username) {
    var current = get(path);
    var body = programme(Http.json(current), username == null ? "" : username);
    var changed =
        Http.request(
            "PUT",
            portalUrl + path + "/programme",
            body,
            "Authorization",
            "Bearer " + brandAdminToken.get(),
            "If-Match",
            etag(current));
    if (changed.statusCode() != 200) {
      throw new AssertionError("Could not assign channel manager: " + changed.body());
    }
  }

  /** The programme fields of a partner, optionally with another channel manager. */
  private static String programme(JsonObject partner, String channelManager) {
    var programme = Json.createObjectBuilder();
    PROGRAMME.stream()
        .filter(partner::containsKey)
        .forEach(field -> programme.add(field, partner.get(field)));
    if (channelManager != null) {
      programme.add("channelManager", channelManager);
    }
    return programme.build().toString();
  }

  private static String partnerOf(String path) {
    return path.substring(0, path.lastIndexOf('/'));
  }

  private static String etag(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new AssertionError("No ETag on " + response.uri()));
  }

  private HttpResponse<String> get(String path) {
    var response = Http.get(portalUrl + path, "Authorization", "Bearer " + brandAdminToken.get());
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " as brand admin: " + response.statusCode());
    }
    return response;
  }
}
