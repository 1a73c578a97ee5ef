package com.channelportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Http;
import com.channelportal.support.KeycloakTokens;
import com.channelportal.support.KeycloakTokens.TestClient;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /api/v1/me} from outside, with real tokens from the test Keycloak. */
@ExtendWith(StackExtension.class)
class MeApiIT {

  private static PortalStack stack;
  private static KeycloakTokens keycloak;
  private static TestClient client;

  @BeforeAll
  static void clients() {
    stack = StackExtension.stack();
    keycloak = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword());
    client = keycloak.portalAudienceClient();
  }

  @Test
  void validTokenOfAPartnerUserGivesIdentityCompanyAndRoles() {
    var response = me(client.accessToken("litai.user"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    var me = Http.json(response);
    assertThat(me.getString("username")).isEqualTo("litai.user");
    assertThat(me.getString("name")).isEqualTo("王建新");
    assertThat(me.getJsonObject("organization").getString("alias")).isEqualTo("litai");
    assertThat(me.getJsonObject("organization").getString("name")).isEqualTo("深圳利泰机电有限公司");
    assertThat(me.getJsonObject("organization").getString("kind")).isEqualTo("DISTRIBUTOR");
    assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactly("partner-user");
  }

  @Test
  void partnerAdminHasBothPartnerRolesAndOwnCompanyOnly() {
    var me = Http.json(me(client.accessToken("huanan.admin")));

    assertThat(me.getJsonObject("organization").getString("alias")).isEqualTo("huanan");
    assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString))
        .containsExactlyInAnyOrder("partner-admin", "partner-user");
  }

  @Test
  void tokenCarriesOrganizationGroupsAndAudience() {
    var claims = KeycloakTokens.claims(client.accessToken("litai.admin"));

    assertThat(claims.getJsonArray("organization").getString(0)).isEqualTo("litai");
    assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString))
        .contains("partner-admin", "partner-user");
    assertThat(claims.get("aud").toString()).contains("partner-portal");
    assertThat(claims.getString("typ")).isEqualTo("Bearer");
  }

  @Test
  void noTokenIs401WithBearerChallengeAndProblemJson() {
    var response = Http.get(meUrl());

    assertUnauthorized(response);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
  }

  @Test
  void alteredSignatureIs401() {
    var token = client.accessToken("litai.user");
    var parts = token.split("\\.");
    var signature = parts[2];
    var flipped = (signature.charAt(10) == 'A' ? 'B' : 'A');
    var forged =
        parts[0]
            + "."
            + parts[1]
            + "."
            + signature.substring(0, 10)
            + flipped
            + signature.substring(11);

    assertUnauthorized(me(forged));
  }

  @Test
  void alteredPayloadIs401() {
    var token = client.accessToken("litai.user");
    var parts = token.split("\\.");
    var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    var otherTenant = payload.replace("\"litai\"", "\"huanan\"");
    assertThat(otherTenant).isNotEqualTo(payload);
    var forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(otherTenant.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    assertUnauthorized(me(forged));
  }

  @Test
  void unsignedTokenIs401() {
    var parts = client.accessToken("litai.user").split("\\.");
    var none =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

    assertUnauthorized(me(none + "." + parts[1] + "."));
  }

  @Test
  void tokenForAnotherAudienceIs401() {
    var token = keycloak.otherAudienceClient().accessToken("litai.user");
    assertThat(KeycloakTokens.claims(token).toString()).doesNotContain("partner-portal");

    assertUnauthorized(me(token));
  }

  @Test
  void expiredTokenIs401() throws InterruptedException {
    var token = keycloak.shortLivedClient(1).accessToken("litai.user");
    assertThat(me(token).statusCode()).isEqualTo(200);

    // lifespan 1 s + the verifier's 5 s clock skew, plus a margin
    Thread.sleep(7_500);

    assertUnauthorized(me(token));
  }

  @Test
  void browserSessionCookieAloneDoesNotOpenTheApi() {
    var response = Http.get(meUrl(), "Cookie", "JSESSIONID=made-up");

    assertUnauthorized(response);
  }

  @Test
  void unknownApiPathIsProblemJson() {
    var response =
        Http.get(
            stack.portalUrl() + "/api/v1/nothing-here",
            "Authorization",
            "Bearer " + client.accessToken("litai.user"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  private static void assertUnauthorized(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Http.json(response).getInt("status")).isEqualTo(401);
    assertThat(response.body()).doesNotContain("Exception");
  }

  private static HttpResponse<String> me(String token) {
    return Http.get(meUrl(), "Authorization", "Bearer " + token);
  }

  private static String meUrl() {
    return stack.portalUrl() + "/api/v1/me";
  }
}
