package com.channelportal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelportal.stack.PortalStack;
import com.channelportal.stack.StackExtension;
import com.channelportal.support.Browser;
import com.channelportal.support.KeycloakLoginPage;
import com.channelportal.support.KeycloakTokens;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * The realms of realm-config, imported into the real Keycloak, give every demo person the claims
 * the portal relies on: tenant, roles and audience for partners; brand roles and the brand
 * organization for staff who arrive from the intranet.
 */
@ExtendWith(StackExtension.class)
class RealmClaimsIT {

  private static PortalStack stack;
  private static KeycloakTokens.TestClient client;

  @BeforeAll
  static void client() {
    stack = StackExtension.stack();
    client = new KeycloakTokens(stack.keycloakUrl(), stack.demoPassword()).portalAudienceClient();
  }

  @ParameterizedTest
  @CsvSource({
    "litai.admin, litai, partner-admin partner-user",
    "litai.user, litai, partner-user",
    "huanan.admin, huanan, partner-admin partner-user",
    "huanan.user, huanan, partner-user"
  })
  void partnerTokensCarryTenantRolesAndAudience(String user, String tenant, String roles) {
    var claims = KeycloakTokens.claims(client.accessToken(user));

    assertThat(claims.getJsonArray("organization").getValuesAs(JsonString::getString))
        .containsExactly(tenant);
    assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString))
        .contains(roles.split(" "))
        .doesNotContain("channel-manager", "brand-admin", "brand-sales");
    assertThat(claims.get("aud").toString()).contains("partner-portal");
    assertThat(claims.getString("iss")).isEqualTo(stack.keycloakUrl() + "/realms/partners");
  }

  @ParameterizedTest
  @CsvSource({
    "li.na, brand-admin channel-manager",
    "zhao.lei, brand-sales",
  })
  void intranetStaffArriveWithTheirBrandRoles(String user, String roles) {
    try (var browser = Browser.open("en-US")) {
      browser.go(stack.portalUrl() + "/");
      browser.waitForUrlStartingWith(stack.keycloakUrl() + "/realms/partners/");
      new KeycloakLoginPage(browser)
          .loginThroughBrandIntranet(
              stack.keycloakUrl(), user + "@brand.example", user, stack.demoPassword());
      browser.waitForUrlStartingWith(stack.portalUrl());
      browser.waitForVaadin();

      var shown =
          browser.all(By.cssSelector("#home-roles [data-role]")).stream()
              .map(badge -> badge.getAttribute("data-role"))
              .toList();
      assertThat(shown).containsExactlyInAnyOrder(roles.split(" "));
      assertThat(shown).doesNotContainAnyElementsOf(List.of("partner-user", "partner-admin"));
      assertThat(browser.waitFor(By.id("home-company")).getText()).contains("品牌方");
    }
  }
}
