package com.channelportal.dealteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.onboarding.TestCompanies;
import com.channelportal.stack.PortalStack;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** The portal's API as the deal team tests drive it, with real tokens of the stack's realm. */
public final class DealTeamApi {

  static final String REGISTRATIONS = "/api/v1/registrations";
  private static final String PARTNERS = "/api/v1/partners";

  private final PortalStack stack;
  private final TestClient client;

  public DealTeamApi(PortalStack stack) {
    this.stack = stack;
    this.client =
        new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  /** A deal of the user's company: a registration submitted on a customer nobody else claims. */
  public String deal(String username) {
    var form =
        Json.createObjectBuilder()
            .add(
                "customer",
                Json.createObjectBuilder()
                    .add("name", uniqueCustomerName())
                    .add("uscc", TestCompanies.randomUscc())
                    .add("province", "广东省")
                    .add("city", "深圳"))
            .add("contactName", "王测试")
            .add("contactPhone", "0755-5555 6666")
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("product", "数控机床 X1").add("quantity", 1)))
            .add("estimatedAmount", "250000.00")
            .add("expectedCloseDate", LocalDate.now().plusMonths(2).toString())
            .build();
    var created = send("POST", REGISTRATIONS, username, form.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var id = Http.json(created).getJsonNumber("id").longValue();
    var submitted =
        sendIfMatch(
            "POST",
            REGISTRATIONS + "/" + id + "/submission",
            username,
            null,
            created.headers().firstValue("ETag").orElseThrow());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    return REGISTRATIONS + "/" + id;
  }

  public static long idOf(String deal) {
    return Long.parseLong(deal.substring(deal.lastIndexOf('/') + 1));
  }

  HttpResponse<String> send(String method, String path, String user, String body) {
    return Http.request(
        method,
        stack.portalUrl() + path,
        body,
        "Authorization",
        "Bearer " + client.accessToken(user),
        "Accept",
        "application/json");
  }

  HttpResponse<String> sendIfMatch(
      String method, String path, String user, String body, String ifMatch) {
    return Http.request(
        method,
        stack.portalUrl() + path,
        body,
        "Authorization",
        "Bearer " + client.accessToken(user),
        "Accept",
        "application/json",
        "If-Match",
        ifMatch);
  }

  /**
   * Makes {@code username} the channel manager of the partner with this organization alias.
   *
   * @return puts the previous one back
   */
  public Runnable assignChannelManager(String alias, String username, String brandAdmin) {
    var partner =
        Http.json(send("GET", PARTNERS + "?limit=100", brandAdmin, null))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(p -> alias.equals(p.getString("organization")))
            .findFirst()
            .orElseThrow();
    var path = PARTNERS + "/" + partner.getInt("id");
    var before = Http.json(send("GET", path, brandAdmin, null));
    var previous = before.isNull("channelManager") ? "" : before.getString("channelManager");
    changeChannelManager(path, username, brandAdmin);
    return () -> changeChannelManager(path, previous, brandAdmin);
  }

  private void changeChannelManager(String path, String username, String brandAdmin) {
    var current = send("GET", path, brandAdmin, null);
    var partner = Http.json(current);
    var programme = Json.createObjectBuilder();
    for (String field :
        new String[] {"name", "uscc", "region", "tier", "status", "foreignEmailAllowed"}) {
      if (partner.containsKey(field)) {
        programme.add(field, partner.get(field));
      }
    }
    programme.add("channelManager", username);
    var changed =
        sendIfMatch(
            "PUT",
            path + "/programme",
            brandAdmin,
            programme.build().toString(),
            current.headers().firstValue("ETag").orElseThrow());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  private static String uniqueCustomerName() {
    var pool = "鹏翎璟瑞澜珂骁琨岚琰曦砚钧霁韬璇沅翊骞珩桦楠晗煜";
    var random = ThreadLocalRandom.current();
    var name = new StringBuilder("团队");
    for (int i = 0; i < 4; i++) {
      name.append(pool.charAt(random.nextInt(pool.length())));
    }
    return name + "精密机械有限公司";
  }
}
